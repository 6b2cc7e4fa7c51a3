// What the Excel host needs from Office.js, injected so tests can pass a fake that counts syncs.
// The defaults read the Office and Excel globals, and only when first used.
import { isCellEditMode } from './errors';

export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;

/** Excel.RunOptions the host uses: delayForCellEdit (ExcelApi 1.11) waits for the user to leave a cell. */
export interface ExcelRunOptions {
  readonly delayForCellEdit?: boolean;
}

export interface ExcelDeps {
  /** Excel.run: one request context per call; with options, Excel.run(options, batch). */
  readonly run: <T>(batch: ExcelBatch<T>, options?: ExcelRunOptions) => Promise<T>;
  /** Excel.run(object, batch): re-enter the context an object (an event registration) lives in. */
  readonly runWith: <T>(object: OfficeExtension.ClientObject | OfficeExtension.ClientRequestContext, batch: ExcelBatch<T>) => Promise<T>;
  /** Office.context.requirements.isSetSupported. */
  readonly isSetSupported: (name: string, version: string) => boolean;
  /** Office.context.displayLanguage ('zh-CN', 'en-US'…): which names Excel shows PERF's functions by. */
  readonly displayLanguage?: () => string | undefined;
  readonly now: () => Date;
  readonly newId: () => string;
  /** Waits `ms` milliseconds (setTimeout): between polls while Excel calculates. */
  readonly sleep: (ms: number) => Promise<void>;
}

function officeGlobal(): typeof Office | undefined {
  return typeof Office === 'undefined' ? undefined : Office;
}

function excelGlobal(): typeof Excel | undefined {
  return typeof Excel === 'undefined' ? undefined : Excel;
}

function newId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * The deps every host operation goes through: batches ask Excel to wait while the user edits a cell
 * (when this Excel can), and a batch Excel refused because of cell edit mode rejects with the
 * host's message instead of the raw code.
 */
export function cellEditAware(deps: ExcelDeps, delayForCellEdit: boolean, cellEditError: () => Error): ExcelDeps {
  const options: ExcelRunOptions | undefined = delayForCellEdit ? { delayForCellEdit: true } : undefined;
  const mapped = <T>(promise: Promise<T>): Promise<T> =>
    promise.catch((error: unknown) => {
      throw isCellEditMode(error) ? cellEditError() : error;
    });
  return {
    ...deps,
    run: <T>(batch: ExcelBatch<T>) => mapped(options ? deps.run(batch, options) : deps.run(batch)),
    runWith: <T>(object: OfficeExtension.ClientObject | OfficeExtension.ClientRequestContext, batch: ExcelBatch<T>) => mapped(deps.runWith(object, batch)),
  };
}

export function officeDeps(): ExcelDeps {
  return {
    run: <T>(batch: ExcelBatch<T>, options?: ExcelRunOptions) => {
      const excel = excelGlobal();
      if (!excel) return Promise.reject(new Error('Excel is not available'));
      return options ? excel.run({ ...options }, batch) : excel.run(batch);
    },
    runWith: <T>(object: OfficeExtension.ClientObject | OfficeExtension.ClientRequestContext, batch: ExcelBatch<T>) => {
      const excel = excelGlobal();
      if (!excel) return Promise.reject(new Error('Excel is not available'));
      return excel.run(object as OfficeExtension.ClientRequestContext, batch);
    },
    isSetSupported: (name, version) => {
      try {
        return officeGlobal()?.context?.requirements?.isSetSupported(name, version) === true;
      } catch {
        return false;
      }
    },
    displayLanguage: () => {
      try {
        return officeGlobal()?.context?.displayLanguage;
      } catch {
        return undefined;
      }
    },
    now: () => new Date(),
    newId,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}
