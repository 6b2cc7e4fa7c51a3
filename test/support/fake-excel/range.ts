// Range and RangeAreas of the fake Excel.
import type { Rect } from '../../../src/core/grid/types';
import { isCellError } from '../../../src/core/grid/types';
import { canonicalFormula, displayedFormula, functionIdOf, perfCallNames, type FunctionNames } from '../../../src/functions/names';
import { forEachCell, guardContents, guardFormat, type RangeTarget } from './cells';
import { RangeFormatProxy } from './format';
import {
  FakeExcelError,
  displayText,
  emptyCell,
  intersect,
  key,
  parseAddress,
  parseInput,
  quoteSheet,
  rectAddress,
  type FakeCell,
  type FakeSheet,
  type FakeWorkbook,
} from './model';
import { BaseProxy, CollectionProxy, jsonBytes, type FakeContext } from './proxy';

export type { RangeTarget } from './cells';

export interface RangeAreasTarget {
  readonly sheet: FakeSheet;
  readonly rects: Rect[];
}

export interface FakeEnv {
  readonly workbook: FakeWorkbook;
  maxRangeCells: number;
  /** How often each modelled API method was queued, by name (e.g. 'getSpecialCellsOrNullObject'). */
  readonly apiCalls: Map<string, number>;
  evaluate?: (sheet: string, address: string, formula: string) => FakeCell['value'];
  /**
   * Custom functions answer after this many (fake) milliseconds: until then a cell written with
   * one reads #BUSY!. 0: they answer inside the write.
   */
  customFunctionMs: number;
  /** Calculations still running: the cell shows #BUSY! (new) or its old value (recalculated). */
  readonly pendingCalcs: PendingCalc[];
  clockMs: number;
  /** Queues worksheets.onChanged for a write the add-in made (fired after the sync, one per write command). */
  ownWrite(sheet: FakeSheet, address: string): void;
  /** Queues worksheets.onSelectionChanged for a selection the add-in made (fired after the sync). */
  ownSelection?(sheet: FakeSheet, address: string): void;
  /** Which names this Excel shows PERF's functions by (its display language). */
  readonly functionNames?: FunctionNames;
}

export interface PendingCalc {
  readonly cell: FakeCell;
  readonly value: FakeCell['value'];
  readonly readyAt: number;
}

/**
 * How this Excel takes a formula naming PERF functions. Cells keep formulas with the English names
 * (what range.formulas reads back); range.formulasLocal reads and takes the displayed names. Like
 * Excel, a name it does not know gives #NAME?: in an Excel showing Chinese names, that is any PERF
 * name written through range.formulas (the documented trap), and an English one through formulasLocal.
 */
function takeFormula(formula: string, env: FakeEnv, local: boolean): { formula: string; unknownName: boolean } {
  const names = env.functionNames ?? 'en';
  let unknownName = false;
  for (const name of perfCallNames(formula)) {
    const id = functionIdOf(name);
    const english = id !== undefined && name.toUpperCase() === id;
    const known = names === 'en' ? english : local && id !== undefined && !english;
    if (!known) unknownName = true;
  }
  return { formula: local ? canonicalFormula(formula) : formula, unknownName };
}

const MAX_MERGES = 512;

function cellsOf(t: RangeTarget): number {
  return (t.rect.bottom - t.rect.top + 1) * (t.rect.right - t.rect.left + 1);
}

function grid<V>(t: RangeTarget, env: FakeEnv, read: (cell: FakeCell) => V): V[][] {
  if (cellsOf(t) > env.maxRangeCells) throw new FakeExcelError('ResponsePayloadSizeLimitExceeded', 'range too large');
  const out: V[][] = [];
  for (let r = t.rect.top; r <= t.rect.bottom; r += 1) {
    const row: V[] = [];
    for (let c = t.rect.left; c <= t.rect.right; c += 1) row.push(read(t.sheet.cells.get(key(r, c)) ?? emptyCell()));
    out.push(row);
  }
  return out;
}

function checkShape(t: RangeTarget, value: unknown): unknown[][] {
  const rows = t.rect.bottom - t.rect.top + 1;
  const cols = t.rect.right - t.rect.left + 1;
  if (!Array.isArray(value) || value.length !== rows || value.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new FakeExcelError('InvalidArgument', `expected a ${rows}×${cols} array`);
  }
  return value as unknown[][];
}

function valueType(cell: FakeCell): string {
  const v = cell.value;
  if (v === null) return cell.formula ? 'String' : 'Empty';
  if (isCellError(v)) return 'Error';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return 'String';
}

function plainValue(cell: FakeCell): unknown {
  const v = cell.value;
  if (v === null) return '';
  return isCellError(v) ? v.error : v;
}

export class RangeProxy extends BaseProxy<RangeTarget> {
  private readonly env: FakeEnv;
  readonly format: RangeFormatProxy;

  constructor(context: FakeContext, env: FakeEnv, resolver: () => RangeTarget | null, orNull = false) {
    super(context, resolver, orNull);
    this.env = env;
    this.format = this.nav_(new RangeFormatProxy(context, () => this.target()));
  }

  protected override nav(name: string): BaseProxy<unknown> | undefined {
    return name === 'format' ? (this.format as BaseProxy<unknown>) : undefined;
  }

  protected readProp(t: RangeTarget, prop: string): unknown {
    switch (prop) {
      case 'address':
        return `${quoteSheet(t.sheet.name)}!${rectAddress(t.rect)}`;
      case 'rowIndex':
        return t.rect.top - 1;
      case 'columnIndex':
        return t.rect.left - 1;
      case 'rowCount':
        return t.rect.bottom - t.rect.top + 1;
      case 'columnCount':
        return t.rect.right - t.rect.left + 1;
      case 'values':
        return grid(t, this.env, plainValue);
      case 'formulas':
        return grid(t, this.env, (c) => c.formula ?? plainValue(c));
      case 'formulasLocal':
        return grid(t, this.env, (c) => (c.formula !== undefined ? displayedFormula(c.formula, this.env.functionNames ?? 'en') : plainValue(c)));
      case 'numberFormat':
        return grid(t, this.env, (c) => c.numFmt);
      case 'valueTypes':
        return grid(t, this.env, valueType);
      case 'text':
        return grid(t, this.env, displayText);
      case 'hyperlink':
        return (t.sheet.cells.get(key(t.rect.top, t.rect.left)) ?? emptyCell()).hyperlink ?? null;
      default:
        throw new Error(`fake Excel: Range.${prop} not modelled`);
    }
  }

  get address(): string { return this.get('address') as string; }
  get rowIndex(): number { return this.get('rowIndex') as number; }
  get columnIndex(): number { return this.get('columnIndex') as number; }
  get rowCount(): number { return this.get('rowCount') as number; }
  get columnCount(): number { return this.get('columnCount') as number; }
  get text(): string[][] { return this.get('text') as string[][]; }
  get valueTypes(): string[][] { return this.get('valueTypes') as string[][]; }

  get values(): unknown[][] { return this.get('values') as unknown[][]; }
  set values(value: unknown[][]) { this.writeInput(value); }
  get formulas(): unknown[][] { return this.get('formulas') as unknown[][]; }
  set formulas(value: unknown[][]) { this.writeInput(value); }
  get formulasLocal(): unknown[][] { return this.get('formulasLocal') as unknown[][]; }
  set formulasLocal(value: unknown[][]) { this.writeInput(value, true); }
  get numberFormat(): unknown[][] { return this.get('numberFormat') as unknown[][]; }
  set numberFormat(value: unknown[][]) {
    this.write(jsonBytes(value), (t) => {
      const rows = checkShape(t, value);
      guardFormat(t);
      forEachCell(t, (cell, r, c) => {
        cell.numFmt = String(rows[r - t.rect.top][c - t.rect.left]);
      });
    });
  }

  set hyperlink(link: FakeCell['hyperlink']) {
    this.write(jsonBytes(link), (t) => forEachCell(t, (cell) => void (cell.hyperlink = { ...link })));
  }

  private writeInput(value: unknown[][], local = false): void {
    this.write(jsonBytes(value), (t) => {
      const rows = checkShape(t, value);
      guardContents(t);
      this.env.ownWrite(t.sheet, rectAddress(t.rect));
      forEachCell(t, (cell, r, c) => {
        const parsed = parseInput(rows[r - t.rect.top][c - t.rect.left], cell.numFmt);
        cell.text = undefined;
        if (parsed.formula === undefined) {
          cell.formula = undefined;
          cell.value = parsed.value;
          return;
        }
        const taken = takeFormula(parsed.formula, this.env, local);
        cell.formula = taken.formula;
        if (taken.unknownName) {
          cell.value = { error: '#NAME?' };
          return;
        }
        const result = this.env.evaluate?.(t.sheet.name, rectAddress({ top: r, left: c, bottom: r, right: c }), taken.formula) ?? null;
        if (this.env.customFunctionMs > 0 && /^=PERF\./i.test(taken.formula)) {
          cell.value = { error: '#BUSY!' };
          this.env.pendingCalcs.push({ cell, value: result, readyAt: this.env.clockMs + this.env.customFunctionMs });
        } else {
          cell.value = result;
        }
      });
    });
  }

  clear(applyTo?: string): void {
    this.write(16, (t) => {
      if (applyTo !== 'Contents') throw new Error(`fake Excel: clear(${applyTo}) not modelled`);
      guardContents(t);
      this.env.ownWrite(t.sheet, rectAddress(t.rect));
      forEachCell(t, (cell) => {
        cell.value = null;
        cell.formula = undefined;
        cell.text = undefined;
      });
    });
  }

  select(): void {
    this.write(16, (t) => {
      if (this.env.workbook.activeSheet !== t.sheet.name) throw new FakeExcelError('InvalidOperation', 'select on an inactive sheet');
      this.env.workbook.selection = { sheet: t.sheet.name, address: rectAddress(t.rect) };
      this.env.ownSelection?.(t.sheet, rectAddress(t.rect));
    });
  }

  /** The smallest part of this range holding every cell with a value (valuesOnly) or any content. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return this.child(new RangeProxy(this.context, this.env, () => {
      const t = this.target();
      if (t === null) return null;
      const rect = intersect(t.rect, { top: t.rect.top, left: t.rect.left, bottom: t.rect.bottom, right: Math.min(t.rect.right, t.sheet.colBound) });
      if (valuesOnly !== true) throw new Error('fake Excel: Range.getUsedRangeOrNullObject modelled for valuesOnly only');
      if (!rect) return null;
      let top = Infinity;
      let left = Infinity;
      let bottom = -Infinity;
      let right = -Infinity;
      for (let r = rect.top; r <= rect.bottom; r += 1) {
        for (let c = rect.left; c <= rect.right; c += 1) {
          const cell = t.sheet.cells.get(key(r, c));
          if (!cell || (cell.value === null && cell.formula === undefined)) continue;
          top = Math.min(top, r);
          left = Math.min(left, c);
          bottom = Math.max(bottom, r);
          right = Math.max(right, c);
        }
      }
      return top === Infinity ? null : { sheet: t.sheet, rect: { top, left, bottom, right } };
    }, true), [valuesOnly]);
  }

  getIntersectionOrNullObject(other: string): RangeProxy {
    return this.child(new RangeProxy(this.context, this.env, () => {
      const t = this.target();
      if (t === null) return null;
      const rect = intersect(t.rect, parseAddress(other));
      return rect ? { sheet: t.sheet, rect } : null;
    }, true), [other]);
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    return this.child(new RangeAreasProxy(this.context, this.env, () => {
      const t = this.target();
      if (t === null) return null;
      const rects = t.sheet.merges.filter((m) => intersect(m, t.rect) !== null);
      if (rects.length > MAX_MERGES) throw new FakeExcelError('InvalidOperation', 'more than 512 merged areas');
      return rects.length > 0 ? { sheet: t.sheet, rects } : null;
    }), []);
  }

  getSpecialCellsOrNullObject(cellType: string): RangeAreasProxy {
    this.env.apiCalls.set('getSpecialCellsOrNullObject', (this.env.apiCalls.get('getSpecialCellsOrNullObject') ?? 0) + 1);
    return this.child(new RangeAreasProxy(this.context, this.env, () => {
      if (cellType !== 'Visible') throw new Error(`fake Excel: special cells ${cellType} not modelled`);
      const t = this.target();
      if (t === null) return null;
      const runs = (from: number, to: number, hidden: Set<number>): Array<[number, number]> => {
        const out: Array<[number, number]> = [];
        for (let i = from; i <= to; i += 1) {
          if (hidden.has(i)) continue;
          const last = out[out.length - 1];
          if (last && last[1] === i - 1) last[1] = i;
          else out.push([i, i]);
        }
        return out;
      };
      const rows = runs(t.rect.top, t.rect.bottom, t.sheet.hiddenRows);
      const cols = runs(t.rect.left, t.rect.right, t.sheet.hiddenCols);
      const rects: Rect[] = [];
      for (const [top, bottom] of rows) for (const [left, right] of cols) rects.push({ top, left, bottom, right });
      return rects.length > 0 ? { sheet: t.sheet, rects } : null;
    }), [cellType]);
  }
}

export class RangeAreasProxy extends BaseProxy<RangeAreasTarget> {
  readonly areas: RangeCollectionProxy;

  constructor(context: FakeContext, env: FakeEnv, resolver: () => RangeAreasTarget | null) {
    super(context, resolver, true);
    this.areas = this.nav_(new RangeCollectionProxy(context, env, () => this.target()));
  }

  protected override nav(name: string): BaseProxy<unknown> | undefined {
    return name === 'areas' ? (this.areas as BaseProxy<unknown>) : undefined;
  }

  protected readProp(t: RangeAreasTarget, prop: string): unknown {
    if (prop === 'address') return t.rects.map((r) => `${quoteSheet(t.sheet.name)}!${rectAddress(r)}`).join(', ');
    if (prop === 'areaCount') return t.rects.length;
    throw new Error(`fake Excel: RangeAreas.${prop} not modelled`);
  }
}

export class RangeCollectionProxy extends CollectionProxy<RangeAreasTarget, RangeProxy> {
  private readonly env: FakeEnv;

  constructor(context: FakeContext, env: FakeEnv, resolver: () => RangeAreasTarget | null) {
    super(context, resolver);
    this.env = env;
  }

  protected list(t: RangeAreasTarget): unknown[] {
    return t.rects.map((rect) => ({ sheet: t.sheet, rect }));
  }

  protected item(element: unknown): RangeProxy {
    return this.child(new RangeProxy(this.context, this.env, () => element as RangeTarget), []);
  }
}
