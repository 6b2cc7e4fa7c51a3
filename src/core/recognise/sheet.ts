// One sheet: find every indicator header, read the table under it and the blocks around it.
// Rows are scanned once for headers; each table reads its own rows once; nothing is read twice
// except the few rows where tables meet.
import type { SheetGrid } from '../grid/types';
import type { IndicatorTable } from '../model/types';
import { readAbove } from './above';
import { readBody, type GoalBlockStart } from './body';
import { Bounds } from './bounds';
import { detectFamily, missingColumns } from './family';
import { readFooter } from './footer';
import { headerBandsAt, mayBeHeaderRow, type HeaderBand } from './header';
import { SheetReader } from './reader';
import type { Zone } from './row-profile';

interface Claimed extends Zone {
  readonly top: number;
  readonly bottom: number;
}

const MAX_COL = 16_384;

function zonesOf(bands: readonly HeaderBand[]): Zone[] {
  return bands.map((_band, i) => ({
    left: i === 0 ? 1 : bands[i - 1].right + 1,
    right: i === bands.length - 1 ? MAX_COL : bands[i + 1].left - 1,
  }));
}

function overlaps(a: Zone, b: Zone): boolean {
  return a.left <= b.right && b.left <= a.right;
}

/** Goal-block label left of the header in its row (a Hubei label merged down the block). */
function goalBlockLeftOf(reader: SheetReader, row: number, zone: Zone, band: HeaderBand): GoalBlockStart | undefined {
  for (let c = zone.left; c < band.left; c++) {
    let r = row;
    const m = reader.merges.at(row, c);
    if (m && m.left === c) r = m.top;
    const n = reader.meaning(r, c).goalBlock;
    if (n !== undefined) return { n, label: reader.textField(r, c) };
  }
  return undefined;
}

function readTable(reader: SheetReader, band: HeaderBand, zone: Zone, top: number, stopAt?: number): { table: IndicatorTable; bottom: number } {
  const headerRow = band.rows[0];
  const above = readAbove(reader, top, headerRow - 1, zone);
  const startGoal = goalBlockLeftOf(reader, headerRow, zone, band) ?? above.goalBlock;
  const body = readBody(reader, band, zone, startGoal, stopAt);
  const footer = body.end === 'footer' && body.stopRow !== undefined ? readFooter(reader, body.stopRow, zone, band.columns) : undefined;

  const indicatorBounds = new Bounds().addRect(headerRow, band.left, body.lastIndicatorRow ?? band.rows[band.rows.length - 1], band.right);
  const whole = new Bounds().addBounds(above.bounds).addBounds(indicatorBounds).addRect(headerRow, band.left, body.lastRow, band.right);
  if (footer) {
    for (const f of [footer.total?.label, footer.total?.score, footer.total?.weight, footer.total?.grade, footer.explanation, footer.remarks]) {
      if (f) whole.add(reader, f.ref.row, f.ref.col);
    }
    if (footer.lastRow >= headerRow) whole.addRect(headerRow, band.left, footer.lastRow, band.right);
  }
  const family = detectFamily({
    columns: band.columns,
    keys: band.keys,
    header: above.header,
    labels: above.keys,
    goalBlocks: body.usedGoalBlocks,
  });
  const table: IndicatorTable = {
    sheet: reader.name,
    range: whole.a1(),
    indicatorRange: indicatorBounds.a1(),
    family,
    header: above.header,
    ...(above.budget ? { budget: above.budget.block } : {}),
    ...(above.goals ? { goals: above.goals } : {}),
    columns: band.columns,
    headerRows: band.rows,
    blocks: body.blocks,
    ...(above.section ? { section: above.section } : {}),
    indicators: body.indicators,
    ...(body.emptyCategories.length > 0 ? { emptyCategories: body.emptyCategories } : {}),
    ...(body.skippedRows.length > 0 ? { skippedRows: body.skippedRows } : {}),
    ...(footer?.total ? { total: footer.total } : {}),
    ...(footer?.explanation ? { explanation: footer.explanation } : {}),
    ...(footer?.remarks ? { remarks: footer.remarks } : {}),
    missingColumns: missingColumns(family, band.columns),
  };
  return { table, bottom: Math.max(body.lastRow, footer?.lastRow ?? 0, whole.bottom) };
}

/**
 * Every indicator table on one sheet, top to bottom, left to right. Never throws on odd cells.
 * `headerRow`: a row the user named as a header; it is read first, and a cell there counts as a
 * header when it contains a header word (the rest of the sheet is scanned as usual).
 */
export function recogniseSheet(sheet: SheetGrid, headerRow?: number): IndicatorTable[] {
  const reader = new SheetReader(sheet);
  const tables: IndicatorTable[] = [];
  const claimed: Claimed[] = [];
  const named = headerRow !== undefined && Number.isInteger(headerRow) && headerRow >= 1 && headerRow <= reader.lastRow ? headerRow : undefined;
  const readBands = (row: number, bands: readonly HeaderBand[]): void => {
    const zones = zonesOf(bands);
    bands.forEach((band, i) => {
      const zone = zones[i];
      const span = { left: band.left, right: band.right };
      if (claimed.some((c) => row >= c.top && row <= c.bottom && overlaps(c, span))) return;
      const top = claimed.filter((c) => overlaps(c, zone) && c.bottom < row).reduce((t, c) => Math.max(t, c.bottom + 1), 1);
      let read: ReturnType<typeof readTable>;
      try {
        read = readTable(reader, band, zone, top, named !== undefined && named > row ? named : undefined);
      } catch {
        return; // a malformed area is skipped; the other tables of the sheet are still read
      }
      tables.push(read.table);
      claimed.push({ top: row, bottom: read.bottom, left: zone.left, right: zone.right });
    });
  };
  if (named !== undefined) readBands(named, headerBandsAt(reader, named, true));
  for (let row = 1; row <= reader.lastRow; row++) {
    if (row === named || !mayBeHeaderRow(reader, row)) continue;
    const bands = headerBandsAt(reader, row);
    if (bands.length === 0) continue;
    const before = claimed.length;
    readBands(row, bands);
    // One table across the sheet: its rows are read, continue below it. (The named header's table
    // is claimed first, out of order: jump only past a table this row started.)
    if (bands.length === 1 && (named === undefined || claimed.length > before)) row = Math.max(row, claimed[claimed.length - 1]?.bottom ?? row);
  }
  if (named === undefined) return tables;
  return tables
    .map((table, i) => ({ table, i }))
    .sort((a, b) => a.table.headerRows[0] - b.table.headerRows[0] || a.i - b.i)
    .map(({ table }) => table);
}
