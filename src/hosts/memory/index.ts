export { createMemoryHost, MemoryHostError, SEVERITY_FILLS, JOURNAL_LIMIT } from './host';
export type { MemoryHost, MemoryHostOptions } from './host';
export { MemoryWorkbook, cellHolds } from './workbook';
export type { CellContent, MemoryWorkbookOptions, WorkbookEvent } from './workbook';
export { STORE } from './store';
