// Every text the Excel host shows, Chinese first. Short, with the numbers and names that matter.
import type { Message } from '../../core/findings/types';

const m = (zh: string, en: string): Message => ({ zh, en });

function list(cells: ReadonlyArray<{ sheet: string; address: string }>, max = 5): { zh: string; en: string } {
  const shown = cells.slice(0, max).map((c) => `${c.sheet}!${c.address}`);
  const more = cells.length - shown.length;
  return {
    zh: shown.join('、') + (more > 0 ? ` 等 ${cells.length} 个` : ''),
    en: shown.join(', ') + (more > 0 ? ` and ${more} more` : ''),
  };
}

export const msg = {
  notInExcel: m('未在 Excel 中运行：无法读取工作簿。', 'Not running inside Excel: the workbook cannot be read.'),
  needsApi: (version: string) =>
    m(
      `此版本的 Excel 不支持 ExcelApi ${version}，PERF 无法读取工作簿。请使用 Microsoft 365、Excel 2021 或网页版 Excel。`,
      `This Excel does not support ExcelApi ${version}; PERF cannot read the workbook. Use Microsoft 365, Excel 2021 or Excel on the web.`,
    ),
  noMerges: m(
    '此版本的 Excel 无法读取合并单元格（需要 ExcelApi 1.13）：按未合并处理，表格识别可能不完整。',
    'This Excel cannot report merged cells (needs ExcelApi 1.13): cells are read as unmerged, so recognition may miss parts of a table.',
  ),
  noFillPattern: m(
    '此版本的 Excel 无法区分“无填充”和白色填充（需要 ExcelApi 1.9）：清除高亮时白色按无填充恢复。',
    'This Excel cannot tell "no fill" from a white fill (needs ExcelApi 1.9): clearing highlights restores white as no fill.',
  ),
  noWatch: m(
    '此版本的 Excel 不支持监听编辑（需要 ExcelApi 1.9）：实时复查不可用，请手动重新校验。',
    'This Excel cannot watch edits (needs ExcelApi 1.9): live re-check is off; re-run the validation by hand.',
  ),
  cellEditing: m(
    '请先结束单元格编辑（按 Enter 或 Esc），然后重试。Excel 在编辑单元格时不接受加载项的读写。',
    'Finish editing the cell first (press Enter or Esc), then try again. Excel accepts no add-in reads or writes while a cell is being edited.',
  ),
  noNotes: (version: string) =>
    m(
      `此版本的 Excel 不能写入批注（需要 ExcelApi ${version}：Microsoft 365 版 Excel，Windows 版本 2501 或更高、Mac 16.93 或更高，或网页版 Excel；Excel 2024、2021 等一次性购买版不支持）。高亮照常。`,
      `This Excel cannot add notes (needs ExcelApi ${version}: Excel for Microsoft 365 on Windows version 2501 or later, on Mac 16.93 or later, or Excel on the web; Excel 2024 and 2021 bought once do not have it). Highlighting works as usual.`,
    ),
  noCustomFunctions: (version: string) =>
    m(
      `此版本的 Excel 不支持 PERF 函数（需要 CustomFunctionsRuntime ${version}，如 Microsoft 365、Office 2021 或 2024）：“插入公式”不可用，校验和修正照常。`,
      `This Excel cannot run the PERF functions (needs CustomFunctionsRuntime ${version}, e.g. Microsoft 365, Office 2021 or 2024): Insert formulas is off; checks and fixes work as usual.`,
    ),
  sheetTooLarge: (sheet: string, rows: number, cols: number, readRows: number) =>
    m(
      `工作表「${sheet}」过大（${rows} 行 × ${cols} 列），只读取了前 ${readRows} 行。`,
      `Sheet "${sheet}" is too large (${rows} rows × ${cols} columns); only the first ${readRows} rows were read.`,
    ),
  workbookTooLarge: (skipped: readonly string[]) =>
    m(
      `工作簿数据量超过上限，以下工作表未读取：${skipped.join('、')}。`,
      `The workbook exceeds the size limit; these sheets were not read: ${skipped.join(', ')}.`,
    ),
  rowsUnreadable: (sheet: string, rows: string) =>
    m(`工作表「${sheet}」第 ${rows} 行无法读取，已跳过。`, `Sheet "${sheet}", rows ${rows} could not be read and were skipped.`),
  mergesUnreadable: (sheet: string) =>
    m(
      `工作表「${sheet}」的合并单元格无法全部读取：部分区域按未合并处理。`,
      `Merged cells of sheet "${sheet}" could not all be read: some areas are treated as unmerged.`,
    ),
  sheetsMissing: (names: readonly string[]) =>
    m(`找不到工作表：${names.join('、')}。`, `Sheets not found: ${names.join(', ')}.`),
  stillCalculating: (cells: ReadonlyArray<{ sheet: string; address: string }>) => {
    const l = list(cells);
    return m(
      `以下 ${cells.length} 个单元格仍在计算（#BUSY!），其结果未参与校验：${l.zh}。请稍后重新校验。`,
      `${cells.length} cells are still calculating (#BUSY!), so their results were not checked: ${l.en}. Validate again in a moment.`,
    );
  },
  calculationRunning: m(
    'Excel 仍在计算，部分公式结果可能尚未更新。请稍后重新校验。',
    'Excel is still calculating; some formula results may not be up to date yet. Validate again in a moment.',
  ),
  sheetsChangedDuringRead: m(
    '读取期间工作表被改名、删除或移动，未完成读取：请重新校验。',
    'A sheet was renamed, deleted or moved during the read, so it did not finish: please validate again.',
  ),
  readRefused: m(
    'Excel 拒绝了读取请求（GeneralException）。多个工作表被组合时常见：请右键工作表标签，选择“取消组合工作表”，然后重新校验。',
    'Excel refused the read (GeneralException). This is common when several sheets are grouped: right-click a sheet tab, choose Ungroup Sheets, then validate again.',
  ),
  readFailed: (detail: string) =>
    m(`读取工作簿失败：${detail}`, `Reading the workbook failed: ${detail}`),
  sheetMissing: (sheet: string) =>
    m(`工作表「${sheet}」已不存在，请重新校验。`, `Sheet "${sheet}" no longer exists; please validate again.`),
  badAddress: (address: string) =>
    m(`单元格地址无效：${address}`, `Not a valid cell address: ${address}`),
  selectFailed: (sheet: string, address: string) =>
    m(
      `无法定位到 ${sheet}!${address}（工作表可能已隐藏或受保护）。`,
      `Cannot go to ${sheet}!${address} (the sheet may be hidden or protected).`,
    ),
  badBatch: (why: string) => m(`修改无效，未写入：${why}`, `Invalid changes, nothing written: ${why}`),
  protectedCells: (cells: ReadonlyArray<{ sheet: string; address: string }>) => {
    const l = list(cells);
    return m(
      `工作表受保护，以下单元格被锁定：${l.zh}。未写入任何内容；请撤销工作表保护后重试。`,
      `The sheet is protected and these cells are locked: ${l.en}. Nothing was written; unprotect the sheet and try again.`,
    );
  },
  protectedFormat: (sheets: readonly string[]) =>
    m(
      `工作表受保护，不允许设置格式：${sheets.join('、')}。未做任何更改；请撤销保护后重试。`,
      `These sheets are protected against formatting: ${sheets.join(', ')}. Nothing was changed; unprotect them and try again.`,
    ),
  protectedWorkbook: m(
    '工作簿结构受保护，无法添加报告工作表。请撤销工作簿保护后重试。',
    'The workbook structure is protected; the report sheet cannot be added. Unprotect the workbook and try again.',
  ),
  changedSince: (cells: ReadonlyArray<{ sheet: string; address: string }>) => {
    const l = list(cells);
    return m(
      `校验后以下单元格已被修改：${l.zh}。未写入任何内容，请重新校验后再修正。`,
      `These cells changed since the validation: ${l.en}. Nothing was written; validate again before fixing.`,
    );
  },
  layoutChanged: (sheets: readonly string[]) =>
    m(
      `校验后工作表「${sheets.join('」「')}」的行列有变化（插入、删除或新填了行列）。未写入任何内容，请重新校验后再修正。`,
      `Rows or columns of sheet "${sheets.join('", "')}" changed since the validation (inserted, deleted or newly filled). Nothing was written; validate again before fixing.`,
    ),
  changedSinceFix: (cells: ReadonlyArray<{ sheet: string; address: string }>) => {
    const l = list(cells);
    return m(
      `修正后以下单元格又被修改：${l.zh}。为免覆盖您的编辑，未撤销。`,
      `These cells were edited after the fix: ${l.en}. Undo was not done, so your edits are kept.`,
    );
  },
  nothingToUndo: m('没有可撤销的修改。', 'Nothing to undo.'),
  journalTooLarge: (cells: number) =>
    m(
      `这批修改太大（${cells} 个单元格），无法记录撤销信息，未写入。请分批修正。`,
      `This batch is too large (${cells} cells) to record for undo; nothing was written. Apply the fixes in smaller batches.`,
    ),
  writeFailedRestored: (detail: string) =>
    m(`写入失败（${detail}），已恢复原值，工作簿未改变。`, `Writing failed (${detail}); the previous values were restored, the workbook is unchanged.`),
  writeFailedPartial: (cells: ReadonlyArray<{ sheet: string; address: string }>, detail: string) => {
    const l = list(cells);
    return m(
      `写入失败（${detail}），且以下单元格未能恢复，请手动检查：${l.zh}。`,
      `Writing failed (${detail}) and these cells could not be restored; please check them: ${l.en}.`,
    );
  },
  tooManyHighlights: (count: number, max: number) =>
    m(
      `要高亮的单元格太多（${count} 个，上限 ${max}）。未着色；请先处理部分问题。`,
      `Too many cells to highlight (${count}, limit ${max}). Nothing was coloured; resolve some findings first.`,
    ),
  gradientSkipped: (cells: ReadonlyArray<{ sheet: string; address: string }>) => {
    const l = list(cells);
    return m(
      `${cells.length} 个单元格为渐变填充，未着色（Excel 无法通过加载项恢复渐变）：${l.zh}。`,
      `${cells.length} cells have a gradient fill and were not coloured (Excel cannot restore a gradient from an add-in): ${l.en}.`,
    );
  },
  gradientNotRestored: (cells: ReadonlyArray<{ sheet: string; address: string }>) => {
    const l = list(cells);
    return m(
      `${cells.length} 个单元格原为渐变填充，无法恢复，已改为无填充：${l.zh}。`,
      `${cells.length} cells had a gradient fill that cannot be restored; they now have no fill: ${l.en}.`,
    );
  },
  highlightRowsLost: (cells: ReadonlyArray<{ sheet: string; address: string }>) => {
    const l = list(cells);
    return m(
      `${cells.length} 个高亮单元格所在的行已找不到（行被插入、删除或改写），未恢复底色，请手动检查原来的：${l.zh}。`,
      `The rows of ${cells.length} highlighted cells can no longer be found (rows inserted, deleted or rewritten); their fills were not restored. Please check what were: ${l.en}.`,
    );
  },
  highlightFailedRestored: (detail: string) =>
    m(`着色失败（${detail}），已恢复原有底色。`, `Colouring failed (${detail}); the original fills were restored.`),
  reviewedTooLarge: (count: number) =>
    m(
      `复核标记太多（${count} 条），无法保存到工作簿。`,
      `Too many reviewed marks (${count}) to store in the workbook.`,
    ),
  storeFailed: (detail: string) =>
    m(`无法保存到工作簿：${detail}`, `Could not store in the workbook: ${detail}`),
  reportFailed: (detail: string) =>
    m(`生成报告失败：${detail}`, `Creating the report failed: ${detail}`),
  unexpected: (detail: string) => m(`操作失败：${detail}`, `The operation failed: ${detail}`),
};
