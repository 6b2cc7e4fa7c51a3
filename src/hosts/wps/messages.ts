// Every text the WPS host shows, Chinese first: short, with the numbers and names that matter.
import type { Message } from '../../core/findings/types';
import { list, memoryMessages, type CellName } from '../memory/messages';

export type { CellName };

const m = (zh: string, en: string): Message => ({ zh, en });

export const wpsMsg = {
  // Refusals of a write batch, worded as the in-memory host words them.
  sheetMissing: memoryMessages.sheetMissing,
  badAddress: memoryMessages.badAddress,
  emptyBatch: memoryMessages.emptyBatch,
  protectedCells: memoryMessages.protectedCells,
  changedSince: memoryMessages.changedSince,
  notInWps: m('未在 WPS 表格中运行：无法读取工作簿。', 'Not running inside WPS Spreadsheets: the workbook cannot be read.'),
  noWorkbook: m('WPS 中没有打开的工作簿，请先打开要校验的表格。', 'No workbook is open in WPS; open the table to check first.'),
  readFailed: (detail: string) => m(`读取工作簿失败：${detail}`, `Reading the workbook failed: ${detail}`),
  readCancelled: m('已取消读取。', 'Reading was cancelled.'),
  sheetTooLarge: (sheet: string, rows: number, cols: number, readRows: number) =>
    m(
      `工作表「${sheet}」过大（${rows} 行 × ${cols} 列），只读取了前 ${readRows} 行。`,
      `Sheet "${sheet}" is too large (${rows} rows × ${cols} columns); only the first ${readRows} rows were read.`,
    ),
  workbookTooLarge: (skipped: readonly string[]) =>
    m(
      `工作簿过大，未读取工作表「${skipped.join('」「')}」。`,
      `The workbook is too large; sheet "${skipped.join('", "')}" was not read.`,
    ),
  sheetsMissing: (sheets: readonly string[]) =>
    m(`工作表「${sheets.join('」「')}」已不存在。`, `Sheet "${sheets.join('", "')}" no longer exists.`),
  changedDuringRead: (sheet: string) =>
    m(
      `读取时工作表「${sheet}」被修改，结果可能不完整，请重新校验。`,
      `Sheet "${sheet}" changed while it was being read; the result may be incomplete. Please validate again.`,
    ),
  selectFailed: (sheet: string, address: string) =>
    m(`无法定位到「${sheet}」!${address}（工作表可能已隐藏）。`, `Could not go to "${sheet}"!${address} (the sheet may be hidden).`),
  movedSince: (sheets: readonly string[]) =>
    m(
      `校验后工作表「${sheets.join('」「')}」的行或内容已变动（如插入或删除了行）。未写入任何内容，请重新校验。`,
      `Rows or contents of sheet "${sheets.join('", "')}" changed since the validation (rows inserted or deleted?). Nothing was written; please validate again.`,
    ),
  changedSinceFix: (cells: readonly CellName[]) => {
    const l = list(cells);
    return m(
      `修正后以下单元格又被修改：${l.zh}。为免覆盖您的编辑，未撤销。`,
      `These cells were edited after the fix: ${l.en}. Undo was not done, so your edits are kept.`,
    );
  },
  writeFailed: (detail: string) =>
    m(`写入失败（${detail}），已恢复原有内容，未留下部分修改。`, `Writing failed (${detail}); the original contents were restored, no partial change is left.`),
  writeFailedPartly: (detail: string, cells: readonly CellName[]) => {
    const l = list(cells);
    return m(
      `写入失败（${detail}），且以下单元格未能恢复：${l.zh}。请用撤销记录或手工核对。`,
      `Writing failed (${detail}) and these cells could not be restored: ${l.en}. Check them by hand or from the undo journal.`,
    );
  },
  tooManyHighlights: (max: number) =>
    m(`要标色的单元格超过 ${max} 个，未标色。请先处理部分问题。`, `More than ${max} cells to colour; nothing was coloured. Resolve some findings first.`),
  nothingToUndo: m('没有可撤销的修改。', 'Nothing to undo.'),
  storeTooLarge: (what: string) => m(`要保存的${what}过大，未保存。`, `The ${what} to store is too large; it was not saved.`),
  storeFailed: (detail: string) => m(`无法在工作簿中保存 PERF 数据：${detail}`, `PERF data could not be stored in the workbook: ${detail}`),
  cannotAddSheet: (detail: string) => m(`无法添加报告工作表：${detail}`, `The report sheet could not be added: ${detail}`),
  noFunctionsApi: (version: string) =>
    m(
      `此版本 WPS（${version}）不支持自定义函数，PERF.SCORE 等函数不可用；需要 WPS 12.1.0.20540 或更高版本。校验和修正不受影响。`,
      `This WPS (${version}) has no custom-function API, so PERF.SCORE and the other functions are unavailable; WPS 12.1.0.20540 or later is needed. Validation and fixes still work.`,
    ),
  noUndoInWps: m(
    'WPS 的 Ctrl+Z 可能无法撤销 PERF 的写入，请用面板中的“撤销”。',
    "WPS's Ctrl+Z may not undo PERF's writes; use Undo in the pane.",
  ),
};
