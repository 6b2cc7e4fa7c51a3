// Every text the WPS host shows, Chinese first: short, with the numbers and names that matter.
// A failure says what failed and what to do, then ET's own words as 详情 / Detail at the end.
import type { Message } from '../../core/findings/types';
import { list, memoryMessages, type CellName } from '../memory/messages';

export type { CellName };

const m = (zh: string, en: string): Message => ({ zh, en });

/** A failure: what failed, what to do, then ET's raw detail last. */
const failure = (zh: string, en: string, detail: string): Message => m(`${zh}（详情：${detail}）`, `${en} (Detail: ${detail})`);

/** What the user should try first when an ET call fails: ET refuses calls while a cell is being edited or a dialog is open. */
const RETRY_ZH = '请按 Esc 退出单元格编辑、关闭 WPS 中打开的对话框后重试。';
const RETRY_EN = 'Press Esc to leave cell editing, close any open WPS dialog, and try again.';

export const wpsMsg = {
  // Refusals of a write batch, worded as the in-memory host words them.
  sheetMissing: memoryMessages.sheetMissing,
  badAddress: memoryMessages.badAddress,
  emptyBatch: memoryMessages.emptyBatch,
  protectedCells: memoryMessages.protectedCells,
  changedSince: memoryMessages.changedSince,
  notInWps: m(
    '未在 WPS 表格中运行：无法读取工作簿。请在 WPS 表格的“绩效”选项卡中点“打开面板”。',
    'Not running inside WPS Spreadsheets: the workbook cannot be read. Open the pane from the 绩效 tab in WPS Spreadsheets.',
  ),
  noWorkbook: m('WPS 中没有打开的工作簿，请先打开要校验的表格。', 'No workbook is open in WPS; open the table to check first.'),
  readFailed: (detail: string) =>
    failure(`读取工作簿失败，未能校验。${RETRY_ZH}`, `Reading the workbook failed; nothing was checked. ${RETRY_EN}`, detail),
  readCancelled: m('已取消读取。', 'Reading was cancelled.'),
  sheetTooLarge: (sheet: string, rows: number, cols: number, readRows: number) =>
    m(
      `工作表「${sheet}」过大（${rows} 行 × ${cols} 列），只读取了前 ${readRows} 行。`,
      `Sheet "${sheet}" is too large (${rows} rows × ${cols} columns); only the first ${readRows} rows were read.`,
    ),
  workbookTooLarge: (skipped: readonly string[]) =>
    m(
      `工作簿过大，未读取工作表「${skipped.join('」「')}」。请把这些工作表另存为单独的工作簿后再校验。`,
      `The workbook is too large; sheet "${skipped.join('", "')}" was not read. Save those sheets as a separate workbook and validate it.`,
    ),
  sheetsMissing: (sheets: readonly string[]) =>
    m(`工作表「${sheets.join('」「')}」已不存在，请重新校验。`, `Sheet "${sheets.join('", "')}" no longer exists; please validate again.`),
  changedDuringRead: (sheet: string) =>
    m(
      `读取时工作表「${sheet}」被修改，结果可能不完整，请重新校验。`,
      `Sheet "${sheet}" changed while it was being read; the result may be incomplete. Please validate again.`,
    ),
  selectFailed: (sheet: string, address: string, detail: string) =>
    failure(
      `无法定位到「${sheet}」!${address}。工作表可能已隐藏：请取消隐藏后重试，或按 Esc 退出单元格编辑。`,
      `Could not go to "${sheet}"!${address}. The sheet may be hidden: unhide it and try again, or press Esc to leave cell editing.`,
      detail,
    ),
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
    failure(
      `写入失败，已恢复原有内容，未留下部分修改。${RETRY_ZH}`,
      `Writing failed; the original contents were restored, no partial change is left. ${RETRY_EN}`,
      detail,
    ),
  writeFailedPartly: (detail: string, cells: readonly CellName[]) => {
    const l = list(cells);
    return failure(
      `写入失败，且以下单元格未能恢复：${l.zh}。请逐个核对这些单元格，或在面板中撤销。`,
      `Writing failed and these cells could not be restored: ${l.en}. Check them one by one, or undo from the pane.`,
      detail,
    );
  },
  /** An operation that failed before it wrote anything. */
  notDone: (what: Message, detail: string) =>
    failure(`${what.zh}失败，未写入任何内容。${RETRY_ZH}`, `${what.en} failed; nothing was written. ${RETRY_EN}`, detail),
  tooManyHighlights: (max: number) =>
    m(`要标色的单元格超过 ${max} 个，未标色。请先处理部分问题。`, `More than ${max} cells to colour; nothing was coloured. Resolve some findings first.`),
  nothingToUndo: m('没有可撤销的修改。', 'Nothing to undo.'),
  journalTooLarge: m(
    '这次修正的撤销记录过大，无法保存在工作簿中，未写入任何内容。请分批修正（每次少选一些问题）。',
    "This fix's undo journal is too large to keep in the workbook; nothing was written. Fix in smaller batches (fewer findings at a time).",
  ),
  fillsTooLarge: m(
    '要记住的原底色过多，未标色。请先处理部分问题后再标色。',
    'Too many original fills to keep; nothing was coloured. Resolve some findings first, then colour again.',
  ),
  notesTooLarge: m(
    '单元格已标色，但要记住的批注过多，未写入批注。请先处理部分问题后再写批注（“清除高亮”可去掉底色）。',
    'The cells were coloured, but there are too many notes to keep, so none was written. Resolve some findings first, then add notes again ("Clear highlights" removes the colours).',
  ),
  reviewedTooLarge: m(
    '已复核标记过多，无法保存在工作簿中，未保存。请清除不再需要的标记后重试。',
    'Too many review marks to keep in the workbook; they were not saved. Remove marks no longer needed and try again.',
  ),
  storeFailed: (detail: string) =>
    failure(
      '无法在工作簿中保存 PERF 的撤销记录或复核标记，单元格未做修改。请确认工作簿不是只读、未受保护后重试。',
      'The undo journal or review marks could not be stored in the workbook; no cell was changed. Make sure the workbook is not read-only or protected, and try again.',
      detail,
    ),
  journalNotUpdated: (detail: string) =>
    failure(
      '单元格已恢复原值，但工作簿中的撤销记录未能更新，面板可能仍列出这条修正。请确认工作簿不是只读后重新打开面板。',
      'The cells were restored, but the undo journal in the workbook could not be updated, so the pane may still list this fix. Make sure the workbook is not read-only, then reopen the pane.',
      detail,
    ),
  storeReadFailed: (what: Message, detail: string) =>
    failure(`无法读取工作簿中的${what.zh}。${RETRY_ZH}`, `The ${what.en} stored in the workbook could not be read. ${RETRY_EN}`, detail),
  cannotAddSheet: (detail: string) =>
    failure(
      '无法添加报告工作表，未做任何修改。请取消工作簿结构保护（审阅 → 保护工作簿）后重试。',
      'The report sheet could not be added; nothing was changed. Remove the workbook structure protection (Review → Protect Workbook) and try again.',
      detail,
    ),
  watchFailed: (detail: string) =>
    failure(
      '无法监听单元格的修改，改动后不会自动重新校验。请修改后手动点“校验”。',
      'Cell edits cannot be watched, so edits are not re-checked automatically. Click Validate after editing.',
      detail,
    ),
  functionsFailed: (detail: string) =>
    failure(
      'PERF 函数注册失败，单元格中的 =PERF.SCORE 等会显示 #NAME?。请重启 WPS 后再试；校验和修正不受影响。',
      'The PERF functions could not be registered, so =PERF.SCORE and the others show #NAME?. Restart WPS and try again; validation and fixes still work.',
      detail,
    ),
  /** Names of operations, for notDone / storeReadFailed. */
  what: {
    fix: m('修正', 'The fix'),
    undo: m('撤销', 'Undo'),
    highlight: m('标色', 'Colouring the cells'),
    clearHighlights: m('清除标色', 'Clearing the colours'),
    journal: m('撤销记录', 'undo journal'),
    reviewed: m('复核标记', 'review marks'),
  },
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
