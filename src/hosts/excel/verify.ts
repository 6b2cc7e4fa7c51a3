// The verification round trip before a write: every target cell still holds what is expected, its
// sheet exists and does not lock it, and (against the last read) the sheet's used range and the
// target rows are unchanged. Everything is queued for ONE sync; the returned judge reads the result.
import type { Message } from '../../core/findings/types';
import { parseA1 } from '../../core/grid/address';
import type { Rect } from '../../core/grid/types';
import type { WriteResult } from '../types';
import { holds, type CellContent } from './cell-io';
import { msg } from './messages';
import { toCell } from './sheet-builder';
import { sameCell, snapshotCell, type SheetSnapshot, type Snapshots } from './snapshot';

export interface CellRef {
  readonly sheet: string;
  readonly address: string;
}

export interface Target extends CellRef {
  readonly expect: CellContent;
}

export function fail(reason: 'protected' | 'changed' | 'unsupported' | 'failed', message: Message, cells?: readonly CellRef[]): WriteResult {
  return cells && cells.length > 0 ? { ok: false, reason, message, cells: [...cells] } : { ok: false, reason, message };
}

export interface Verdict {
  readonly locked: CellRef[];
  readonly changed: CellRef[];
  /** Sheets whose rows or columns moved since the last read (inserted, deleted). */
  readonly moved: string[];
}

type RangeRect = Pick<Excel.Range, 'rowIndex' | 'columnIndex' | 'rowCount' | 'columnCount'>;

const sameRect = (range: RangeRect, rect: Rect): boolean =>
  range.rowIndex + 1 === rect.top &&
  range.columnIndex + 1 === rect.left &&
  range.rowIndex + range.rowCount === rect.bottom &&
  range.columnIndex + range.columnCount === rect.right;

/**
 * Queues, in the same round trip, the checks against the last read: each sheet's used range, and
 * (with `rows`) every target row in full. Returns a judge of moved sheets and changed rows.
 */
function queueContext(
  sheets: ReadonlyMap<string, Excel.Worksheet>,
  targets: readonly Target[],
  snapshots: Snapshots,
  rows: boolean,
): () => { moved: Set<string>; changedRows: Set<string> } {
  const usedChecks: Array<{ name: string; used: Excel.Range; snapshot: SheetSnapshot; sheet: Excel.Worksheet }> = [];
  const rowChecks: Array<{ name: string; row: number; range: Excel.Range; snapshot: SheetSnapshot }> = [];
  for (const [name, sheet] of sheets) {
    const snapshot = snapshots.get(name);
    if (!snapshot) continue;
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    usedChecks.push({ name, used, snapshot, sheet });
    const width = snapshot.used?.right ?? 0;
    if (!rows || width === 0) continue;
    const targetRows = new Set(targets.filter((t) => t.sheet === name).map((t) => parseA1(t.address)?.row ?? 0));
    for (const row of targetRows) {
      if (row < 1) continue;
      const range = sheet.getRangeByIndexes(row - 1, 0, 1, width);
      range.load('values,formulas,valueTypes');
      rowChecks.push({ name, row, range, snapshot });
    }
  }
  return () => {
    const moved = new Set<string>();
    const changedRows = new Set<string>();
    for (const { name, used, snapshot, sheet } of usedChecks) {
      if (sheet.isNullObject) continue;
      const same = used.isNullObject ? snapshot.used === undefined : snapshot.used !== undefined && sameRect(used, snapshot.used);
      if (!same) moved.add(name);
    }
    for (const { name, row, range, snapshot } of rowChecks) {
      if (range.isNullObject) continue;
      const values = range.values[0] ?? [];
      const differs = values.some((value, i) => {
        const now = toCell(value, range.formulas[0]?.[i], undefined, range.valueTypes[0]?.[i], undefined);
        return !sameCell(now, snapshotCell(snapshot, row, i + 1));
      });
      if (differs) changedRows.add(`${name}\u0000${row}`);
    }
    return { moved, changedRows };
  };
}

/** Queues what verification needs; the returned function judges after the sync. */
export function queueVerify(context: Excel.RequestContext, targets: readonly Target[], snapshots?: Snapshots, rows = true): () => Verdict {
  const sheets = new Map<string, Excel.Worksheet>();
  const queued = targets.map((target) => {
    let sheet = sheets.get(target.sheet);
    if (!sheet) {
      sheet = context.workbook.worksheets.getItemOrNullObject(target.sheet);
      sheet.protection.load('protected');
      sheets.set(target.sheet, sheet);
    }
    const range = sheet.getRange(target.address);
    range.load('values,formulas');
    range.format.protection.load('locked');
    return { target, sheet, range };
  });
  const judgeContext = snapshots ? queueContext(sheets, targets, snapshots, rows) : undefined;
  return () => {
    const verdict: Verdict = { locked: [], changed: [], moved: [] };
    const context = judgeContext?.();
    for (const { target, sheet, range } of queued) {
      const ref = { sheet: target.sheet, address: target.address };
      const row = parseA1(target.address)?.row ?? 0;
      if (sheet.isNullObject || range.isNullObject) verdict.changed.push(ref);
      else if (sheet.protection.protected && range.format.protection.locked !== false) verdict.locked.push(ref);
      else if (!holds(range.values[0]?.[0], range.formulas[0]?.[0], target.expect)) verdict.changed.push(ref);
      else if (context?.moved.has(target.sheet)) {
        verdict.changed.push(ref);
        if (!verdict.moved.includes(target.sheet)) verdict.moved.push(target.sheet);
      } else if (context?.changedRows.has(`${target.sheet}\u0000${row}`)) verdict.changed.push(ref);
    }
    return verdict;
  };
}

export function judged(verdict: Verdict, changedMessage: (cells: readonly CellRef[]) => Message): WriteResult | undefined {
  if (verdict.locked.length > 0) return fail('protected', msg.protectedCells(verdict.locked), verdict.locked);
  if (verdict.moved.length > 0) return fail('changed', msg.layoutChanged(verdict.moved), verdict.changed);
  if (verdict.changed.length > 0) return fail('changed', changedMessage(verdict.changed), verdict.changed);
  return undefined;
}
