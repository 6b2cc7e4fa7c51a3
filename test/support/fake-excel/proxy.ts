// The request-context machinery of the fake: proxies queue loads and writes; sync() runs the queue
// in order against the model, like Office.js. Reading a property that was not loaded and synced
// throws; a failing command rejects the sync and stops the queue there (earlier writes stay done,
// loads of the failed batch are discarded); children of a null object are null objects too.
import { FakeExcelError } from './model';

export interface SyncRecord {
  readonly index: number;
  readonly loads: number;
  readonly writes: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly error?: string;
}

export interface ContextOwner {
  syncCount: number;
  readonly log: SyncRecord[];
  payloadLimitBytes: number;
  beforeSync?: (index: number) => void;
  /** Fault injection: an error code makes the n-th write command (1-based) of sync `index` fail. */
  failWrite?: (index: number, write: number) => string | undefined;
  /** Fault injection: an error code makes sync `index` fail before it runs anything (grouped sheets, a busy Excel…). */
  failSync?: (index: number, ops: { loads: number; writes: number }) => string | undefined;
  /** Fires the events the sync's writes raised (after the sync, as Excel does). */
  afterSync(): void;
  /** Finishes the calculations whose time has come (called at the start of every sync). */
  settleCalculations(): void;
  /** The user is typing in a cell: plain batches fail, delayed ones wait until the edit ends. */
  cellEditing: boolean;
  /** Resolves when the user leaves cell edit mode. */
  cellEditEnded(): Promise<void>;
}

interface Op {
  readonly kind: 'load' | 'write';
  readonly bytes: number;
  readonly run: () => void;
  /** The object the command is on: its path (and its parents' not yet sent) is counted once per request. */
  readonly on?: BaseProxy<unknown>;
}

/**
 * Request bytes as office.js serialises them (calibrated against the shipped serializer, see
 * test/hosts/excel/real/request-bytes.test.ts): every object reached by a method (getItem,
 * getRange…) is an ObjectPath plus an Instantiate action of about 150 bytes and its arguments;
 * every property navigation (format, fill…) about 130; every command or load an action of about 100
 * bytes and its value. Paths are sent once per request; office.js does not share the path of two
 * getItem calls for the same sheet.
 */
export const REQUEST_BYTES = { methodPath: 150, navigationPath: 130, action: 100 } as const;

export function jsonBytes(value: unknown): number {
  if (value === undefined) return 0;
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export function notLoaded(prop: string): Error {
  return new FakeExcelError('PropertyNotLoaded', `The property '${prop}' is not available. Call load and context.sync() first.`);
}

export class FakeContext {
  readonly owner: ContextOwner;
  private queue: Op[] = [];
  private staged: Array<{ apply: () => void; bytes: number }> = [];
  private readonly nullables: BaseProxy<unknown>[] = [];
  /** Excel.run({ delayForCellEdit: true }): the batch waits for the user to leave the cell. */
  readonly delayForCellEdit: boolean;

  constructor(owner: ContextOwner, delayForCellEdit = false) {
    this.owner = owner;
    this.delayForCellEdit = delayForCellEdit;
  }

  get pending(): number {
    return this.queue.length;
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  /** Bytes of the object paths the queued commands need (each path once). */
  private pathBytes(ops: readonly Op[]): number {
    const sent = new Set<BaseProxy<unknown>>();
    let bytes = 0;
    for (const op of ops) {
      for (let p: BaseProxy<unknown> | undefined = op.on; p && !sent.has(p); p = p.parent) {
        sent.add(p);
        bytes += p.pathBytes;
      }
    }
    return bytes;
  }

  stage(apply: () => void, bytes: number): void {
    this.staged.push({ apply, bytes });
  }

  trackNullable(proxy: BaseProxy<unknown>): void {
    this.nullables.push(proxy);
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    while (this.owner.cellEditing && this.delayForCellEdit) await this.owner.cellEditEnded();
    if (this.owner.cellEditing) {
      this.queue = [];
      const index = ++this.owner.syncCount;
      this.owner.log.push({ index, loads: 0, writes: 0, requestBytes: 0, responseBytes: 0, error: 'InvalidOperationInCellEditMode' });
      throw new FakeExcelError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    }
    const ops = this.queue;
    this.queue = [];
    this.staged = [];
    const index = ++this.owner.syncCount;
    this.owner.beforeSync?.(index);
    this.owner.settleCalculations();
    const loads = ops.filter((o) => o.kind === 'load').length;
    const writes = ops.length - loads;
    const requestBytes = ops.reduce((sum, o) => sum + o.bytes, 0) + this.pathBytes(ops);
    const record = (responseBytes: number, error?: string): void => {
      this.owner.log.push({ index, loads, writes, requestBytes, responseBytes, ...(error ? { error } : {}) });
    };
    const injected = this.owner.failSync?.(index, { loads, writes });
    if (injected) {
      record(0, injected);
      throw new FakeExcelError(injected, `injected failure of sync ${index}`);
    }
    if (requestBytes > this.owner.payloadLimitBytes) {
      record(0, 'RequestPayloadSizeLimitExceeded');
      throw new FakeExcelError('RequestPayloadSizeLimitExceeded');
    }
    try {
      await this.runOps(ops, index, record);
    } finally {
      this.owner.afterSync();
    }
  }

  private async runOps(ops: Op[], index: number, record: (responseBytes: number, error?: string) => void): Promise<void> {
    try {
      let writeNo = 0;
      for (const op of ops) {
        if (op.kind === 'write') {
          writeNo += 1;
          const code = this.owner.failWrite?.(index, writeNo);
          if (code) throw new FakeExcelError(code, `injected failure of write ${writeNo}`);
        }
        op.run();
      }
    } catch (error) {
      this.staged = [];
      record(0, (error as { code?: string }).code ?? 'GeneralException');
      throw error;
    }
    const responseBytes = this.staged.reduce((sum, s) => sum + s.bytes, 0);
    if (responseBytes > this.owner.payloadLimitBytes) {
      this.staged = [];
      record(responseBytes, 'ResponsePayloadSizeLimitExceeded');
      throw new FakeExcelError('ResponsePayloadSizeLimitExceeded');
    }
    for (const s of this.staged) s.apply();
    this.staged = [];
    // *OrNullObject results report isNullObject after any sync, loaded or not (as documented).
    for (const proxy of this.nullables) proxy.settleNull();
    record(responseBytes);
  }
}

export abstract class BaseProxy<T> {
  readonly context: FakeContext;
  /** The object this one was reached from, and the bytes of its own path in a request. */
  parent?: BaseProxy<unknown>;
  pathBytes = 0;
  private memo?: { target: T | null };
  private readonly resolver: () => T | null;
  private nullState?: boolean;
  private readonly loaded = new Map<string, unknown>();

  constructor(context: FakeContext, resolver: () => T | null, orNull = false) {
    this.context = context;
    this.resolver = resolver;
    if (orNull) context.trackNullable(this as BaseProxy<unknown>);
  }

  /** The model object, resolved once at first use inside a sync (null for a null object). */
  target(): T | null {
    if (!this.memo) this.memo = { target: this.resolver() };
    return this.memo.target;
  }

  settleNull(): void {
    if (this.nullState !== undefined) return;
    try {
      this.nullState = this.target() === null;
    } catch {
      // An unresolvable path stays unknown, as Office leaves it unloaded.
    }
  }

  /** Marks `proxy` as reached from this object by a method with `args` (for request bytes). */
  child<P extends BaseProxy<unknown>>(proxy: P, args: readonly unknown[]): P {
    proxy.parent = this as BaseProxy<unknown>;
    proxy.pathBytes = REQUEST_BYTES.methodPath + jsonBytes(args.filter((a) => a !== undefined));
    return proxy;
  }

  /** Marks `proxy` as a navigation property of this object (format, fill, protection…). */
  nav_<P extends BaseProxy<unknown>>(proxy: P): P {
    proxy.parent = this as BaseProxy<unknown>;
    proxy.pathBytes = REQUEST_BYTES.navigationPath;
    return proxy;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded('isNullObject');
    return this.nullState;
  }

  protected abstract readProp(target: T, prop: string): unknown;

  protected nav(_name: string): BaseProxy<unknown> | undefined {
    return undefined;
  }

  load(spec?: string | string[]): this {
    const paths = (Array.isArray(spec) ? spec : (spec ?? '').split(',')).map((p) => p.trim()).filter(Boolean);
    paths.forEach((path, i) =>
      this.context.enqueue({ kind: 'load', bytes: i === 0 ? REQUEST_BYTES.action + paths.join(',').length : 0, run: () => this.stageLoad(path), on: this as BaseProxy<unknown> }),
    );
    return this;
  }

  /** Runs inside a sync: reads `path` now and stages it for delivery if the sync succeeds. */
  stageLoad(path: string): void {
    const [head, ...rest] = path.split('/');
    const target = this.target();
    this.context.stage(() => {
      this.nullState = target === null;
    }, 8);
    if (rest.length > 0) {
      const child = this.nav(head);
      if (!child) throw new Error(`fake Excel: no navigation property '${head}' on ${this.constructor.name}`);
      child.stageLoad(rest.join('/'));
      return;
    }
    if (target === null) return;
    const value = clone(this.readProp(target, head));
    this.context.stage(() => {
      this.loaded.set(head, value);
    }, jsonBytes(value) + head.length);
  }

  protected get(prop: string): unknown {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop);
  }

  protected write(bytes: number, apply: (target: T) => void): void {
    this.context.enqueue({
      kind: 'write',
      bytes: REQUEST_BYTES.action + bytes,
      on: this as BaseProxy<unknown>,
      run: () => {
        const target = this.target();
        if (target === null) throw new FakeExcelError('InvalidOperation', 'command on a null object');
        apply(target);
      },
    });
  }
}

/** A collection whose `items` are loaded with 'items/prop' paths. */
export abstract class CollectionProxy<T, I> extends BaseProxy<T> {
  private loadedItems?: I[];

  protected abstract list(target: T): unknown[];
  protected abstract item(element: unknown): BaseProxy<unknown> & I;

  protected readProp(_target: T, prop: string): unknown {
    throw new Error(`fake Excel: load ${prop} on a collection: use items/${prop}`);
  }

  override load(spec?: string | string[]): this {
    const paths = (Array.isArray(spec) ? spec : (spec ?? '').split(',')).map((p) => p.trim()).filter(Boolean);
    const itemPaths = paths.map((p) => (p.startsWith('items/') ? p.slice(6) : p));
    this.context.enqueue({
      kind: 'load',
      bytes: REQUEST_BYTES.action + paths.join(',').length,
      on: this as BaseProxy<unknown>,
      run: () => {
        const target = this.target();
        const items = target === null ? [] : this.list(target).map((e) => this.item(e));
        for (const item of items) for (const path of itemPaths) item.stageLoad(path);
        this.context.stage(() => {
          this.loadedItems = items;
        }, 8);
      },
    });
    return this;
  }

  get items(): I[] {
    if (!this.loadedItems) throw notLoaded('items');
    return this.loadedItems;
  }
}
