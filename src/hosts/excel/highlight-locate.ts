// Where the cells of a highlight record are now. The record names each sheet by its id (a renamed
// sheet is still found) and each row by a short hash of the texts in it (indicator names, units,
// operators: what a fix or a recalculation does not change), so rows inserted or deleted since
// are followed: a cell is looked for at its recorded address first and, when that row's texts
// differ, in the row of its sheet that has the same texts. A row found nowhere, or in more than
// one place, is reported as lost instead of guessed.
import { parseA1, a1 } from '../../core/grid/address';
import type { ExcelFeatures } from './capabilities';
import type { SavedFill } from './store';

export interface CurrentFill {
  readonly color: string | null;
  readonly pattern?: string;
  readonly patternColor?: string | null;
}

export interface CellRef {
  readonly sheet: string;
  readonly address: string;
}

/** A cell as it is now: its sheet's current name and id, its current fill, its row's hash. */
export interface Seen {
  readonly sheet: string;
  readonly sheetId: string;
  readonly address: string;
  readonly fill: CurrentFill;
  readonly rowSig: string;
}

export interface Look {
  /** By the key the cell was asked for with (see lookKey). */
  readonly cells: Map<string, Seen>;
  /** Keys whose sheet no longer exists. */
  readonly missing: Set<string>;
  /** Current names of sheets protected against formatting. */
  readonly formatLocked: Set<string>;
}

export interface LookRequest extends CellRef {
  /** The sheet's id when known (saved records); else the sheet is found by name. */
  readonly sheetId?: string;
}

export const lookKey = (c: LookRequest): string => `${c.sheetId ?? c.sheet}\u0000${c.address}`;

/** FNV-1a of the row's texts, as 8 hex digits; '' for a row without text (it cannot be recognised). */
export function rowSignature(values: readonly unknown[] | undefined): string {
  const texts = (values ?? []).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  if (texts.length === 0) return '';
  let hash = 0x811c9dc5;
  for (const ch of texts.join('\u0001')) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Queues the current fill, sheet id and name, protection and row texts of `cells` (one sync). */
export function queueLook(context: Excel.RequestContext, cells: readonly LookRequest[], features: ExcelFeatures): () => Look {
  const sheets = new Map<string, Excel.Worksheet>();
  const rows = new Map<string, Excel.Range>();
  const sheetOf = (c: LookRequest): Excel.Worksheet => {
    const k = c.sheetId ?? c.sheet;
    let sheet = sheets.get(k);
    if (!sheet) {
      sheet = context.workbook.worksheets.getItemOrNullObject(k);
      sheet.load('id,name');
      sheet.protection.load('protected,options');
      sheets.set(k, sheet);
    }
    return sheet;
  };
  const queued = cells.map((cell) => {
    const sheet = sheetOf(cell);
    const range = sheet.getRange(cell.address);
    range.format.fill.load(features.fillPattern ? 'color,pattern,patternColor' : 'color');
    const row = parseA1(cell.address)?.row ?? 1;
    const rowKey = `${cell.sheetId ?? cell.sheet}\u0000${row}`;
    if (!rows.has(rowKey)) {
      const used = sheet.getRange(`${row}:${row}`).getUsedRangeOrNullObject(true);
      used.load('values');
      rows.set(rowKey, used);
    }
    return { cell, sheet, range, rowKey };
  });
  return () => {
    const look: Look = { cells: new Map(), missing: new Set(), formatLocked: new Set() };
    for (const sheet of sheets.values()) {
      if (!sheet.isNullObject && sheet.protection.protected && sheet.protection.options?.allowFormatCells !== true) look.formatLocked.add(sheet.name);
    }
    for (const { cell, sheet, range, rowKey } of queued) {
      if (sheet.isNullObject) {
        look.missing.add(lookKey(cell));
        continue;
      }
      const f = range.format.fill;
      const fill: CurrentFill = features.fillPattern ? { color: f.color ?? null, pattern: f.pattern, patternColor: f.patternColor ?? null } : { color: f.color ?? null };
      const row = rows.get(rowKey);
      const rowSig = row && !row.isNullObject ? rowSignature(row.values[0]) : '';
      look.cells.set(lookKey(cell), { sheet: sheet.name, sheetId: sheet.id, address: cell.address, fill, rowSig });
    }
    return look;
  };
}

/** Saved cells whose row no longer holds the texts it held, by sheet (current name). */
export function movedRows(saved: readonly SavedFill[], look: Look): SavedFill[] {
  return saved.filter((s) => {
    const seen = look.cells.get(lookKey(s));
    return seen !== undefined && s.rowSig !== undefined && s.rowSig !== '' && seen.rowSig !== s.rowSig;
  });
}

/**
 * Finds the rows of `moved` in their sheets (one sync over the used ranges); returns each saved
 * cell with the address it has now, or undefined when its row is found nowhere or twice.
 */
export async function relocate(context: Excel.RequestContext, moved: readonly SavedFill[], look: Look, maxCells: number): Promise<Map<SavedFill, string | undefined>> {
  const bySheet = new Map<string, { used: Excel.Range; cells: SavedFill[] }>();
  for (const s of moved) {
    const seen = look.cells.get(lookKey(s));
    if (!seen) continue;
    let entry = bySheet.get(seen.sheetId);
    if (!entry) {
      const used = context.workbook.worksheets.getItem(seen.sheetId).getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      entry = { used, cells: [] };
      bySheet.set(seen.sheetId, entry);
    }
    entry.cells.push(s);
  }
  await context.sync();
  const values = new Map<string, Excel.Range>();
  for (const [id, { used }] of bySheet) {
    if (used.isNullObject || used.rowCount * used.columnCount > maxCells) continue;
    const range = context.workbook.worksheets.getItem(id).getRangeByIndexes(used.rowIndex, 0, used.rowCount, used.columnIndex + used.columnCount);
    range.load('values');
    values.set(id, range);
  }
  if (values.size > 0) await context.sync();
  const out = new Map<SavedFill, string | undefined>();
  for (const [id, { used, cells }] of bySheet) {
    const range = values.get(id);
    const rowsBySig = new Map<string, number[]>();
    range?.values.forEach((row, i) => {
      const sig = rowSignature(row);
      if (sig === '') return;
      const list = rowsBySig.get(sig) ?? [];
      list.push(used.rowIndex + i + 1);
      rowsBySig.set(sig, list);
    });
    for (const s of cells) {
      const found = rowsBySig.get(s.rowSig ?? '') ?? [];
      const p = parseA1(s.address);
      out.set(s, found.length === 1 && p ? a1(found[0], p.col) : undefined);
    }
  }
  return out;
}
