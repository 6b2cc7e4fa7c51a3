// What the in-memory host says when it refuses something, Chinese first, with the cells it means.
import type { Message } from '../../core/findings/types';

export interface CellName {
  readonly sheet: string;
  readonly address: string;
}

const m = (zh: string, en: string): Message => ({ zh, en });

/** Up to five cells by name, then how many more. */
export function list(cells: readonly CellName[], max = 5): Message {
  const shown = cells.slice(0, max).map((c) => `${c.sheet}!${c.address}`);
  const more = cells.length - shown.length;
  return {
    zh: shown.join('、') + (more > 0 ? ` 等 ${cells.length} 个` : ''),
    en: shown.join(', ') + (more > 0 ? ` and ${more} more` : ''),
  };
}

export const memoryMessages = {
  emptyBatch: m('没有要写入的修改。', 'There is nothing to write.'),
  sheetMissing: (sheet: string) => m(`工作表「${sheet}」不存在，请重新校验。`, `Sheet "${sheet}" does not exist; please validate again.`),
  badAddress: (address: string) => m(`单元格地址无效：${address}`, `Not a valid cell address: ${address}`),
  protectedCells: (cells: readonly CellName[]) => {
    const l = list(cells);
    return m(
      `工作表受保护，以下单元格无法修改：${l.zh}。未写入任何内容；请撤销工作表保护后重试。`,
      `The sheet is protected, these cells cannot be changed: ${l.en}. Nothing was written; unprotect the sheet and try again.`,
    );
  },
  changedSince: (cells: readonly CellName[]) => {
    const l = list(cells);
    return m(
      `校验后以下单元格已被修改：${l.zh}。未写入任何内容，请重新校验。`,
      `These cells changed since the validation: ${l.en}. Nothing was written; please validate again.`,
    );
  },
  changedSinceFix: (cells: readonly CellName[]) => {
    const l = list(cells);
    return m(
      `修正后以下单元格又被修改：${l.zh}。为免覆盖您的编辑，未撤销。`,
      `These cells were edited after the fix: ${l.en}. Undo was not done, so your edits are kept.`,
    );
  },
  movedSince: (sheets: readonly string[]) =>
    m(
      `校验后工作表「${sheets.join('」「')}」的行或内容已变动（如插入或删除了行）。未写入任何内容，请重新校验。`,
      `Rows or contents of sheet "${sheets.join('", "')}" changed since the validation (rows inserted or deleted?). Nothing was written; please validate again.`,
    ),
  nothingToUndo: m('没有可撤销的修改。', 'Nothing to undo.'),
  cannotHighlight: m('此工作簿不支持设置底色。', 'This workbook cannot change cell fills.'),
  cannotAddSheet: m('此工作簿不能添加工作表。', 'A sheet cannot be added to this workbook.'),
  readCancelled: m('已取消读取。', 'Reading was cancelled.'),
};
