// What the Excel host needs from Office.js, injected so tests can pass a fake that counts syncs.
// The defaults read the Office and Excel globals, and only when first used.

export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface ExcelDeps {
  /** Excel.run: one request context per call. */
  readonly run: <T>(batch: ExcelBatch<T>) => Promise<T>;
  /** Excel.run(object, batch): re-enter the context an object (an event registration) lives in. */
  readonly runWith: <T>(object: OfficeExtension.ClientObject | OfficeExtension.ClientRequestContext, batch: ExcelBatch<T>) => Promise<T>;
  /** Office.context.requirements.isSetSupported. */
  readonly isSetSupported: (name: string, version: string) => boolean;
  /** Office.context.displayLanguage ('zh-CN', 'en-US'…): which names Excel shows PERF's functions by. */
  readonly displayLanguage?: () => string | undefined;
  readonly now: () => Date;
  readonly newId: () => string;
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

export function officeDeps(): ExcelDeps {
  return {
    run: <T>(batch: ExcelBatch<T>) => {
      const excel = excelGlobal();
      if (!excel) return Promise.reject(new Error('Excel is not available'));
      return excel.run(batch);
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
  };
}
