// Writes a batch of cell changes into .xlsx bytes (the preview's download): all or nothing. Every
// cell must still hold its `before`, no cell may sit on a protected sheet or under a merge, and every
// other cell, style and merge is kept as ExcelJS read it.
import ExcelJS from 'exceljs';
import { parseA1 } from '../../core/grid/address';
import type { Cell, CellValue, SheetGrid, WorkbookGrid } from '../../core/grid/types';
import type { CellChange, Message } from '../../core/findings/types';
import { DEFAULT_LIMITS } from './limits';
import { loadWorkbook, toBytes } from './read';
import { formulaOf, sheetToGrid, toCellValue } from './grid';
import { noteTextOf, type FileNote } from './cell-notes';

/** Sets fills and notes in the loaded workbook; cells on missing sheets or at bad addresses are skipped. */
function applyDecorations(workbook: ExcelJS.Workbook, options: ApplyOptions): void {
  const cellAt = (sheet: string, address: string): ExcelJS.Cell | undefined => {
    const ws = workbook.getWorksheet(sheet);
    const at = parseA1(address);
    return ws && at ? ws.getCell(at.row, at.col) : undefined;
  };
  for (const { sheet, address, color } of options.fills ?? []) {
    const cell = cellAt(sheet, address);
    if (!cell || !/^#[0-9A-Fa-f]{6}$/.test(color)) continue;
    // A new style object: loaded cells can share one, and only this cell is to change.
    cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${color.slice(1).toUpperCase()}` } } };
  }
  for (const { sheet, address } of options.removeNotes ?? []) {
    const cell = cellAt(sheet, address);
    // ExcelJS (4.4) has no call to delete a note: a cell keeps it in _comment and, when loaded from a
    // file, in its value's model too (the download test reads the file back to prove it is gone).
    if (cell && noteTextOf(cell.note) !== undefined) {
      const inner = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
      inner._comment = undefined;
      if (inner._value?.model && typeof inner._value.model === 'object') delete inner._value.model.comment;
    }
  }
  for (const { sheet, address, text } of options.notes ?? []) {
    const cell = cellAt(sheet, address);
    if (cell && noteTextOf(cell.note) !== text) cell.note = text;
  }
}

export interface ApplyOptions {
  /**
   * The grid the changes were computed from. With it, a file edited since (rows or columns inserted or
   * deleted, another cell of a fixed row changed) is refused even where the target cell still holds
   * its `before`: the seed has thirteen scores of 2.7 in one column, so after an inserted row the
   * target can hold the expected value in the wrong indicator.
   */
  readonly validated?: WorkbookGrid;
  /** Solid fills to set ('#RRGGBB'): the preview's highlights. */
  readonly fills?: ReadonlyArray<{ readonly sheet: string; readonly address: string; readonly color: string }>;
  /**
   * Every note the file is to carry: a cell whose note differs gets this text (ExcelJS drops the note
   * of an empty cell when it loads a file: such notes are put back). Absent: notes as ExcelJS kept them.
   */
  readonly notes?: readonly FileNote[];
  /** Notes to delete (PERF's, cleared since the file was opened). */
  readonly removeNotes?: ReadonlyArray<{ readonly sheet: string; readonly address: string }>;
}

export type ApplyFailureReason = 'changed' | 'protected' | 'unreadable' | 'failed';

export type ApplyResult =
  | { readonly ok: true; readonly data: Uint8Array; readonly written: number }
  | {
      readonly ok: false;
      readonly reason: ApplyFailureReason;
      readonly message: Message;
      readonly cells?: ReadonlyArray<{ readonly sheet: string; readonly address: string }>;
    };

export class ApplyChangesError extends Error {
  readonly reason: ApplyFailureReason;
  readonly problem: Message;
  readonly cells: ReadonlyArray<{ readonly sheet: string; readonly address: string }>;

  constructor(failure: Extract<ApplyResult, { ok: false }>) {
    super(failure.message.zh);
    this.name = 'ApplyChangesError';
    this.reason = failure.reason;
    this.problem = failure.message;
    this.cells = failure.cells ?? [];
  }
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (a === null || b === null) return (a ?? '') === (b ?? '');
  if (typeof a === 'object' || typeof b === 'object') {
    return typeof a === 'object' && typeof b === 'object' && a.error === b.error;
  }
  return a === b;
}

const normaliseFormula = (f: string | undefined) => (f === undefined || f === '' ? undefined : f.startsWith('=') ? f : `=${f}`);

function list(cells: ReadonlyArray<{ sheet: string; address: string }>): string {
  const shown = cells.slice(0, 5).map((c) => `${c.sheet}!${c.address}`).join('、');
  return cells.length > 5 ? `${shown} 等 ${cells.length} 处` : shown;
}

/** Same content for "still the validated file": formulas by text, constants by value. */
function sameCell(a: Cell | undefined, b: Cell | undefined): boolean {
  const fa = normaliseFormula(a?.formula);
  const fb = normaliseFormula(b?.formula);
  if (fa !== undefined || fb !== undefined) return fa === fb;
  return sameValue(a?.value ?? null, b?.value ?? null);
}

/** Sheets whose extent or fixed rows differ from the validated grid (or that it does not have). */
function movedSheets(targets: readonly { ws: ExcelJS.Worksheet; change: CellChange }[], validated: WorkbookGrid, date1904: boolean): string[] {
  const moved: string[] = [];
  const bySheet = new Map<ExcelJS.Worksheet, number[]>();
  for (const { ws, change } of targets) {
    const row = parseA1(change.address)?.row;
    if (row !== undefined) bySheet.set(ws, [...(bySheet.get(ws) ?? []), row]);
  }
  for (const [ws, rows] of bySheet) {
    const then: SheetGrid | undefined = validated.sheets.find((s) => s.name === ws.name);
    const now = sheetToGrid(ws, date1904);
    const sameExtent = then !== undefined && then.rowCount === now.rowCount && then.colCount === now.colCount;
    const width = Math.max(then?.colCount ?? 0, now.colCount);
    const sameRows = sameExtent && rows.every((r) => {
      for (let c = 1; c <= width; c++) if (!sameCell(then.rows[r - 1]?.[c - 1], now.rows[r - 1]?.[c - 1])) return false;
      return true;
    });
    if (!sameRows) moved.push(ws.name);
  }
  return moved;
}

function failure(reason: ApplyFailureReason, message: Message, cells?: { sheet: string; address: string }[]): ApplyResult {
  return { ok: false, reason, message, ...(cells ? { cells } : {}) };
}

/** Shared-formula cells that borrow this cell's formula must keep their own before it changes. */
function detachSharedFormulaDependants(ws: ExcelJS.Worksheet, master: ExcelJS.Cell): void {
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const value = cell.value as { sharedFormula?: string; result?: unknown } | null;
      if (value && typeof value === 'object' && value.sharedFormula === master.address) {
        cell.value = { formula: cell.formula, result: value.result } as ExcelJS.CellFormulaValue;
      }
    }),
  );
}

/** Never throws: the new bytes, or why nothing was written. */
export async function tryApplyChangesToBuffer(
  data: ArrayBuffer | Uint8Array,
  changes: readonly CellChange[],
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const loaded = await loadWorkbook(toBytes(data), DEFAULT_LIMITS);
  if (!loaded.ok) return failure('unreadable', loaded.problem.message);
  const workbook = loaded.workbook;
  const date1904 = Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904);

  const targets: { ws: ExcelJS.Worksheet; cell: ExcelJS.Cell; change: CellChange }[] = [];
  const missing: { sheet: string; address: string }[] = [];
  const changed: { sheet: string; address: string }[] = [];
  const locked: { sheet: string; address: string }[] = [];
  for (const change of changes) {
    const where = { sheet: change.sheet, address: change.address };
    const ws = workbook.getWorksheet(change.sheet);
    const at = parseA1(change.address);
    if (!ws || !at) {
      missing.push(where);
      continue;
    }
    const cell = ws.getCell(at.row, at.col);
    if (cell.type === ExcelJS.ValueType.Merge) {
      missing.push(where);
      continue;
    }
    const nowValue = toCellValue(cell.value, date1904);
    const nowFormula = formulaOf(cell);
    if (!sameValue(nowValue, change.before.value) || nowFormula !== normaliseFormula(change.before.formula)) changed.push(where);
    const sheetProtected = Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection?.sheet);
    if (sheetProtected && cell.style?.protection?.locked !== false) locked.push(where);
    targets.push({ ws, cell, change });
  }

  if (missing.length) {
    return failure('failed', {
      zh: `未写入任何单元格：找不到 ${list(missing)}（工作表不存在、地址无效或位于合并区域内）。`,
      en: `Nothing written: ${missing.map((c) => `${c.sheet}!${c.address}`).join(', ')} not found (no such sheet, bad address, or inside a merged area).`,
    }, missing);
  }
  if (changed.length) {
    return failure('changed', {
      zh: `未写入任何单元格：${list(changed)} 的内容自校验后已被修改，请重新校验后再修正。`,
      en: `Nothing written: ${changed.map((c) => `${c.sheet}!${c.address}`).join(', ')} changed since validation; validate again before fixing.`,
    }, changed);
  }
  const moved = options.validated ? movedSheets(targets, options.validated, date1904) : [];
  if (moved.length) {
    return failure('changed', {
      zh: `未写入任何单元格：工作表「${moved.join('」「')}」自校验后行列或所改行的内容有变化（插入、删除或修改），请重新校验后再修正。`,
      en: `Nothing written: rows, columns or the fixed rows of sheet "${moved.join('", "')}" changed since validation (inserted, deleted or edited); validate again before fixing.`,
    }, targets.filter((t) => moved.includes(t.ws.name)).map((t) => ({ sheet: t.change.sheet, address: t.change.address })));
  }
  if (locked.length) {
    return failure('protected', {
      zh: `未写入任何单元格：${list(locked)} 所在工作表受保护，请先撤销工作表保护。`,
      en: `Nothing written: ${locked.map((c) => `${c.sheet}!${c.address}`).join(', ')} on a protected sheet; unprotect the sheet first.`,
    }, locked);
  }

  for (const { ws, cell, change } of targets) {
    if (cell.type === ExcelJS.ValueType.Formula) detachSharedFormulaDependants(ws, cell);
    const formula = normaliseFormula(change.after.formula);
    cell.value = formula
      ? ({ formula: formula.slice(1), result: change.after.value } as ExcelJS.CellFormulaValue)
      : change.after.value;
    // A change may carry the number format the cell is to show (an inserted formula, the table's decimals).
    if (change.after.numberFormat) cell.numFmt = change.after.numberFormat;
  }
  applyDecorations(workbook, options);
  try {
    const out = await workbook.xlsx.writeBuffer();
    return { ok: true, data: toBytes(out as ArrayBuffer), written: targets.length };
  } catch (error) {
    return failure('failed', {
      zh: `写入失败：${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      en: `Writing failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    });
  }
}

/** The workbook bytes with the changes written; rejects only with ApplyChangesError, writing nothing. */
export async function applyChangesToBuffer(data: ArrayBuffer | Uint8Array, changes: readonly CellChange[], options: ApplyOptions = {}): Promise<Uint8Array> {
  const result = await tryApplyChangesToBuffer(data, changes, options);
  if (!result.ok) throw new ApplyChangesError(result);
  return result.data;
}
