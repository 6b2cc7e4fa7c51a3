// Writes a batch of cell changes into .xlsx bytes (the preview's download): all or nothing. Every
// cell must still hold its `before`, no cell may sit on a protected sheet or under a merge, and every
// other cell, style and merge is kept as ExcelJS read it.
import ExcelJS from 'exceljs';
import { parseA1 } from '../../core/grid/address';
import type { CellValue } from '../../core/grid/types';
import type { CellChange, Message } from '../../core/findings/types';
import { DEFAULT_LIMITS } from './limits';
import { loadWorkbook, toBytes } from './read';
import { formulaOf, toCellValue } from './grid';

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
export async function tryApplyChangesToBuffer(data: ArrayBuffer | Uint8Array, changes: readonly CellChange[]): Promise<ApplyResult> {
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
  }
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
export async function applyChangesToBuffer(data: ArrayBuffer | Uint8Array, changes: readonly CellChange[]): Promise<Uint8Array> {
  const result = await tryApplyChangesToBuffer(data, changes);
  if (!result.ok) throw new ApplyChangesError(result);
  return result.data;
}
