// The file host's browser-safe surface (ExcelJS, no 'fs'). Node callers also import node.ts.
export { readWorkbookFromBuffer, tryReadWorkbookFromBuffer, type ReadResult } from './read';
export { applyChangesToBuffer, tryApplyChangesToBuffer, ApplyChangesError, type ApplyResult, type ApplyFailureReason, type ApplyOptions } from './apply';
export { sniffWorkbook } from './sniff';
export { UnreadableFileError, isUnreadableFileError, fileProblem, type FileProblem, type FileProblemCode } from './problems';
export { DEFAULT_LIMITS, type ReadLimits } from './limits';
export { openWorkbookFile, correctedFileName, PREVIEW_CAPABILITIES, type OpenedFile, type OpenFileResult, type DownloadResult } from './browser-host';
