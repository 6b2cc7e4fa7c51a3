// Workbook, worksheets, settings and events of the fake Excel.
import { FakeExcelError, key, parseAddress, type FakeSheet, type FakeWorkbook } from './model';
import { BaseProxy, CollectionProxy, REQUEST_BYTES, jsonBytes, type FakeContext } from './proxy';
import { RangeProxy, type FakeEnv } from './range';

export type ChangeHandler = (args: Record<string, unknown>) => Promise<unknown> | unknown;

export interface EventEnv extends FakeEnv {
  readonly changeHandlers: Set<ChangeHandler>;
  readonly calculatedHandlers: Set<ChangeHandler>;
  readonly nameChangedHandlers: Set<ChangeHandler>;
  readonly selectionHandlers: Set<ChangeHandler>;
}

export class WorksheetProtectionProxy extends BaseProxy<FakeSheet> {
  protected readProp(t: FakeSheet, prop: string): unknown {
    if (prop === 'protected') return t.protected;
    if (prop === 'options') return { allowFormatCells: t.allowFormatCells, allowFormatColumns: false, allowFormatRows: false };
    throw new Error(`fake Excel: WorksheetProtection.${prop} not modelled`);
  }
  get protected(): boolean { return this.get('protected') as boolean; }
  get options(): { allowFormatCells: boolean } { return this.get('options') as { allowFormatCells: boolean }; }
}

interface NoteTarget {
  readonly sheet: FakeSheet;
  readonly key: number;
}

/** A cell's note (ExcelApi 1.18): content, delete(). */
export class NoteProxy extends BaseProxy<NoteTarget> {
  protected readProp(t: NoteTarget, prop: string): unknown {
    if (prop === 'content') return t.sheet.notes.get(t.key);
    throw new Error(`fake Excel: Note.${prop} not modelled`);
  }
  get content(): string { return this.get('content') as string; }
  delete(): void {
    this.write(16, (t) => {
      if (t.sheet.protected) throw new FakeExcelError('AccessDenied', 'the sheet is protected');
      if (!t.sheet.notes.delete(t.key)) throw new FakeExcelError('ItemNotFound', 'no note');
    });
  }
}

function noteKey(address: string): number {
  const rect = parseAddress(address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address);
  if (rect.top !== rect.bottom || rect.left !== rect.right) throw new FakeExcelError('InvalidCellAddress', 'a note needs a single cell');
  return key(rect.top, rect.left);
}

/** worksheet.notes (ExcelApi 1.18): getItem / getItemOrNullObject(address), add(address, content). */
export class NoteCollectionProxy extends BaseProxy<FakeSheet> {
  protected readProp(_t: FakeSheet, prop: string): unknown {
    throw new Error(`fake Excel: NoteCollection.${prop} not modelled`);
  }
  getItemOrNullObject(address: string): NoteProxy {
    return this.child(new NoteProxy(this.context, () => {
      const t = this.target();
      if (t === null) return null;
      const k = noteKey(address);
      return t.notes.has(k) ? { sheet: t, key: k } : null;
    }, true), [address]);
  }
  /** getItem(address): a command on it fails with ItemNotFound when the cell has no note. */
  getItem(address: string): NoteProxy {
    return this.child(new NoteProxy(this.context, () => {
      const t = this.target();
      if (t === null) return null;
      const k = noteKey(address);
      if (!t.notes.has(k)) throw new FakeExcelError('ItemNotFound', 'no note at this cell');
      return { sheet: t, key: k };
    }), [address]);
  }
  add(address: string, content: string): void {
    this.write(jsonBytes([address, content]), (t) => {
      if (t.protected) throw new FakeExcelError('AccessDenied', 'the sheet is protected');
      const k = noteKey(address);
      if (t.notes.has(k)) throw new FakeExcelError('InvalidArgument', 'the cell already has a note');
      t.notes.set(k, String(content));
    });
  }
}

export class WorksheetProxy extends BaseProxy<FakeSheet> {
  private readonly env: EventEnv;
  readonly protection: WorksheetProtectionProxy;
  readonly notes: NoteCollectionProxy;

  constructor(context: FakeContext, env: EventEnv, resolver: () => FakeSheet | null, orNull = false) {
    super(context, resolver, orNull);
    this.env = env;
    this.protection = this.nav_(new WorksheetProtectionProxy(context, () => this.target()));
    this.notes = this.nav_(new NoteCollectionProxy(context, () => this.target()));
  }

  protected override nav(name: string): BaseProxy<unknown> | undefined {
    return name === 'protection' ? (this.protection as BaseProxy<unknown>) : undefined;
  }

  protected readProp(t: FakeSheet, prop: string): unknown {
    if (prop === 'name') return t.name;
    if (prop === 'id') return t.id;
    if (prop === 'visibility') return t.visibility;
    if (prop === 'position') return this.env.workbook.sheets.indexOf(t);
    throw new Error(`fake Excel: Worksheet.${prop} not modelled`);
  }

  get name(): string { return this.get('name') as string; }
  get id(): string { return this.get('id') as string; }
  get visibility(): string { return this.get('visibility') as string; }
  get position(): number { return this.get('position') as number; }

  getNextOrNullObject(): WorksheetProxy {
    return this.child(new WorksheetProxy(this.context, this.env, () => {
      const t = this.target();
      if (t === null) return null;
      const sheets = this.env.workbook.sheets;
      return sheets[sheets.indexOf(t) + 1] ?? null;
    }, true), []);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return this.child(new RangeProxy(this.context, this.env, () => {
      const t = this.target();
      if (t === null) return null;
      const rect = this.env.workbook.usedRect(t, valuesOnly === true);
      return rect ? { sheet: t, rect } : null;
    }, true), [valuesOnly]);
  }

  getRange(address: string): RangeProxy {
    return this.child(new RangeProxy(this.context, this.env, () => {
      const t = this.target();
      return t === null ? null : { sheet: t, rect: parseAddress(address) };
    }), [address]);
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    return this.child(new RangeProxy(this.context, this.env, () => {
      const t = this.target();
      if (t === null) return null;
      if (rowCount < 1 || columnCount < 1) throw new FakeExcelError('InvalidArgument', 'empty range');
      return { sheet: t, rect: { top: startRow + 1, left: startColumn + 1, bottom: startRow + rowCount, right: startColumn + columnCount } };
    }), [startRow, startColumn, rowCount, columnCount]);
  }

  activate(): void {
    this.write(16, (t) => {
      if (t.visibility !== 'Visible') throw new FakeExcelError('InvalidOperation', 'cannot activate a hidden sheet');
      this.env.workbook.activeSheet = t.name;
    });
  }

  delete(): void {
    this.write(16, (t) => {
      const sheets = this.env.workbook.sheets;
      sheets.splice(sheets.indexOf(t), 1);
    });
  }
}

export class EventHandlersProxy {
  private readonly context: FakeContext;
  private readonly handlers: Set<ChangeHandler>;

  constructor(context: FakeContext, handlers: Set<ChangeHandler>) {
    this.context = context;
    this.handlers = handlers;
  }

  add(handler: ChangeHandler): { context: FakeContext; remove: () => void } {
    this.context.enqueue({ kind: 'write', bytes: 16, run: () => void this.handlers.add(handler) });
    return {
      context: this.context,
      remove: () => this.context.enqueue({ kind: 'write', bytes: 16, run: () => void this.handlers.delete(handler) }),
    };
  }
}

export class WorksheetCollectionProxy extends CollectionProxy<FakeWorkbook, WorksheetProxy> {
  private readonly env: EventEnv;
  readonly onChanged: EventHandlersProxy;
  /** ExcelApi 1.8: a sheet finished calculating. */
  readonly onCalculated: EventHandlersProxy;
  /** ExcelApi 1.17: a sheet was renamed. */
  readonly onNameChanged: EventHandlersProxy;
  /** ExcelApi 1.9: the selection changed on any sheet. */
  readonly onSelectionChanged: EventHandlersProxy;

  constructor(context: FakeContext, env: EventEnv) {
    super(context, () => env.workbook);
    this.env = env;
    this.onChanged = new EventHandlersProxy(context, env.changeHandlers);
    this.onCalculated = new EventHandlersProxy(context, env.calculatedHandlers);
    this.onNameChanged = new EventHandlersProxy(context, env.nameChangedHandlers);
    this.onSelectionChanged = new EventHandlersProxy(context, env.selectionHandlers);
  }

  protected list(t: FakeWorkbook): unknown[] {
    return [...t.sheets];
  }

  protected item(element: unknown): WorksheetProxy {
    return this.child(new WorksheetProxy(this.context, this.env, () => element as FakeSheet), []);
  }

  getFirst(): WorksheetProxy {
    return this.child(new WorksheetProxy(this.context, this.env, () => {
      const first = this.env.workbook.sheets[0];
      if (!first) throw new FakeExcelError('ItemNotFound', 'no sheets');
      return first;
    }), []);
  }

  getItem(key: string): WorksheetProxy {
    return this.child(new WorksheetProxy(this.context, this.env, () => {
      const sheet = this.env.workbook.find(key);
      if (!sheet) throw new FakeExcelError('ItemNotFound', `no sheet ${key}`);
      return sheet;
    }), [key]);
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return this.child(new WorksheetProxy(this.context, this.env, () => this.env.workbook.find(key) ?? null, true), [key]);
  }

  /** The active sheet (ExcelApi 1.1). */
  getActiveWorksheet(): WorksheetProxy {
    return this.child(new WorksheetProxy(this.context, this.env, () => {
      const wb = this.env.workbook;
      const sheet = (wb.activeSheet !== undefined ? wb.find(wb.activeSheet) : undefined) ?? wb.sheets[0];
      if (!sheet) throw new FakeExcelError('ItemNotFound', 'no sheets');
      return sheet;
    }), []);
  }

  add(name: string): WorksheetProxy {
    let added: FakeSheet | undefined;
    this.context.enqueue({
      kind: 'write',
      bytes: 32,
      run: () => {
        const wb = this.env.workbook;
        if (wb.structureProtected) throw new FakeExcelError('AccessDenied', 'workbook structure is protected');
        if (wb.find(name)) throw new FakeExcelError('ItemAlreadyExists', `sheet ${name} exists`);
        if (name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new FakeExcelError('InvalidArgument', `bad sheet name ${name}`);
        added = wb.addSheet(name);
      },
    });
    return this.child(new WorksheetProxy(this.context, this.env, () => {
      if (!added) throw new FakeExcelError('ItemNotFound', 'sheet was not added');
      return added;
    }), [name]);
  }
}

export class SettingProxy extends BaseProxy<{ key: string; value: unknown }> {
  private readonly env: EventEnv;

  constructor(context: FakeContext, env: EventEnv, resolver: () => { key: string; value: unknown } | null, orNull: boolean) {
    super(context, resolver, orNull);
    this.env = env;
  }

  protected readProp(t: { key: string; value: unknown }, prop: string): unknown {
    if (prop === 'value') return t.value;
    if (prop === 'key') return t.key;
    throw new Error(`fake Excel: Setting.${prop} not modelled`);
  }

  get value(): unknown { return this.get('value'); }
  get key(): string { return this.get('key') as string; }

  delete(): void {
    this.write(16, (t) => void this.env.workbook.settings.delete(t.key));
  }
}

export class SettingCollectionProxy {
  private readonly context: FakeContext;
  private readonly env: EventEnv & { settingsLimitBytes: number };

  constructor(context: FakeContext, env: EventEnv & { settingsLimitBytes: number }) {
    this.context = context;
    this.env = env;
  }

  getItemOrNullObject(key: string): SettingProxy {
    const setting = new SettingProxy(this.context, this.env, () => {
      const settings = this.env.workbook.settings;
      return settings.has(key) ? { key, value: settings.get(key) } : null;
    }, true);
    // settings.getItemOrNullObject(key): the settings path and this one.
    setting.pathBytes = REQUEST_BYTES.navigationPath + REQUEST_BYTES.methodPath + key.length;
    return setting;
  }

  add(key: string, value: unknown): void {
    const copy = JSON.parse(JSON.stringify(value ?? null)) as unknown;
    this.context.enqueue({
      kind: 'write',
      // The settings collection's path, the Add action, the key and the value.
      bytes: 2 * REQUEST_BYTES.navigationPath + REQUEST_BYTES.action + jsonBytes(copy) + key.length,
      run: () => {
        const settings = this.env.workbook.settings;
        const next = new Map(settings);
        next.set(key, copy);
        if (jsonBytes(Object.fromEntries(next)) > this.env.settingsLimitBytes) throw new FakeExcelError('GeneralException', 'settings too large');
        settings.set(key, copy);
      },
    });
  }
}

export class CustomPropertyProxy extends BaseProxy<{ key: string; value: string }> {
  constructor(context: FakeContext, private readonly env: EventEnv, resolver: () => { key: string; value: string } | null, orNull: boolean) {
    super(context, resolver, orNull);
  }
  protected readProp(t: { key: string; value: string }, prop: string): unknown {
    if (prop === 'value') return t.value;
    if (prop === 'key') return t.key;
    if (prop === 'type') return 'String';
    throw new Error(`fake Excel: CustomProperty.${prop} not modelled`);
  }
  get value(): unknown { return this.get('value'); }
  get key(): string { return this.get('key') as string; }

  delete(): void {
    this.write(16, (t) => void this.env.workbook.customProperties.delete(t.key));
  }
}

/**
 * workbook.properties.custom (ExcelApi 1.7): items with key and value (text only), getItem,
 * getItemOrNullObject, add (creates or replaces) and delete. As in desktop Excel, a key or value
 * longer than 255 characters is cut to 255; keys are matched without regard to case.
 */
export class CustomPropertyCollectionProxy extends CollectionProxy<FakeWorkbook, CustomPropertyProxy> {
  constructor(context: FakeContext, private readonly env: EventEnv) {
    super(context, () => env.workbook);
  }

  private find(key: string): { key: string; value: string } | null {
    for (const [k, value] of this.env.workbook.customProperties) if (k.toLowerCase() === key.toLowerCase()) return { key: k, value };
    return null;
  }

  protected list(t: FakeWorkbook): unknown[] {
    return [...t.customProperties].map(([key, value]) => ({ key, value }));
  }

  protected item(element: unknown): CustomPropertyProxy {
    return this.child(new CustomPropertyProxy(this.context, this.env, () => element as { key: string; value: string }, false), []);
  }

  getItemOrNullObject(key: string): CustomPropertyProxy {
    const item = new CustomPropertyProxy(this.context, this.env, () => this.find(key), true);
    item.pathBytes = 2 * REQUEST_BYTES.navigationPath + REQUEST_BYTES.methodPath + key.length;
    return item;
  }

  getItem(key: string): CustomPropertyProxy {
    return this.child(new CustomPropertyProxy(this.context, this.env, () => {
      const found = this.find(key);
      if (!found) throw new FakeExcelError('ItemNotFound', `no custom property ${key}`);
      return found;
    }, false), [key]);
  }

  add(key: string, value: unknown): void {
    const text = String(value).slice(0, 255);
    this.context.enqueue({
      kind: 'write',
      bytes: 2 * REQUEST_BYTES.navigationPath + REQUEST_BYTES.action + jsonBytes(text) + key.length,
      on: this as BaseProxy<unknown>,
      run: () => {
        const props = this.env.workbook.customProperties;
        const existing = this.find(key);
        if (existing) props.set(existing.key, text);
        else props.set(key.slice(0, 255), text);
      },
    });
  }
}

export class WorkbookProtectionProxy extends BaseProxy<FakeWorkbook> {
  protected readProp(t: FakeWorkbook, prop: string): unknown {
    if (prop === 'protected') return t.structureProtected;
    throw new Error(`fake Excel: WorkbookProtection.${prop} not modelled`);
  }
  get protected(): boolean { return this.get('protected') as boolean; }
}

/** Application.calculationState (ExcelApi 1.9): 'Calculating' while any calculation is pending. */
export class ApplicationProxy extends BaseProxy<EventEnv> {
  protected readProp(t: EventEnv, prop: string): unknown {
    if (prop === 'calculationState') return t.pendingCalcs.length > 0 ? 'Calculating' : 'Done';
    throw new Error(`fake Excel: Application.${prop} not modelled`);
  }
  get calculationState(): string { return this.get('calculationState') as string; }
}

export class WorkbookProxy extends BaseProxy<FakeWorkbook> {
  readonly application: ApplicationProxy;
  readonly worksheets: WorksheetCollectionProxy;
  readonly settings: SettingCollectionProxy;
  readonly protection: WorkbookProtectionProxy;
  readonly properties: { readonly custom: CustomPropertyCollectionProxy };
  private readonly env: EventEnv;

  constructor(context: FakeContext, env: EventEnv & { settingsLimitBytes: number }) {
    super(context, () => env.workbook);
    this.env = env;
    this.application = this.nav_(new ApplicationProxy(context, () => env));
    this.worksheets = this.nav_(new WorksheetCollectionProxy(context, env));
    this.settings = new SettingCollectionProxy(context, env);
    this.properties = { custom: this.nav_(new CustomPropertyCollectionProxy(context, env)) };
    this.protection = this.nav_(new WorkbookProtectionProxy(context, () => env.workbook));
  }

  protected override nav(name: string): BaseProxy<unknown> | undefined {
    return name === 'protection' ? (this.protection as BaseProxy<unknown>) : undefined;
  }

  /** The selected range (ExcelApi 1.1): the last selection, else A1 of the active sheet. */
  getSelectedRange(): RangeProxy {
    return this.child(new RangeProxy(this.context, this.env, () => {
      const wb = this.env.workbook;
      const at = wb.selection;
      const sheet = at ? wb.find(at.sheet) : ((wb.activeSheet !== undefined ? wb.find(wb.activeSheet) : undefined) ?? wb.sheets[0]);
      if (!sheet) throw new FakeExcelError('ItemNotFound', 'no sheets');
      return { sheet, rect: parseAddress(at ? at.address : 'A1') };
    }), []);
  }

  protected readProp(t: FakeWorkbook, prop: string): unknown {
    if (prop === 'name') return t.name;
    throw new Error(`fake Excel: Workbook.${prop} not modelled`);
  }

  get name(): string { return this.get('name') as string; }
}
