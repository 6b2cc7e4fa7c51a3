// Checking a workbook: recognise its tables, run the rule catalogue, summarise, apply reviewed marks.
export { checkRecognition, checkTable, countSeverities } from './report';
export type { CheckOptions } from './report';
export { validate, validateTable } from './validate';
export type { TableValidation } from './validate';
export { summariseTable, expectedScore } from './summary';
export { sortFindings } from './sort';
export { applyReviewed } from './reviewed';
export type { ReviewSplit } from './reviewed';
export { toCliFinding, toCliTable } from './serialise';
export type { CliFinding, CliTable } from './serialise';
export { checkWorkbook, checkWorkbookChoosing, checkSheet } from './workbook';
export type { CheckWorkbookOptions, CheckChoosingOptions, ChosenCheck } from './workbook';
