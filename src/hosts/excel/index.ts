// The Excel host: the only place (with src/commands) that talks to Office.js.
export { createExcelHost } from './host';
export { startExcel, type ExcelStart, type OfficeThemeInfo } from './bootstrap';
export { HostError, isHostError } from './errors';
export type { ExcelDeps } from './deps';
