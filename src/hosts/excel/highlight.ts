// Highlights: colour flagged cells by severity after saving each cell's own fill in the workbook;
// clearing restores exactly those fills and forgets them. Colours are never left behind silently:
// a new highlight first restores the previous set, and a cell whose fill the user changed after we
// coloured it is left as the user made it (their fill wins, we only forget our record).
// Three round trips: read the saved set; read the current fills; write (record first, then colours).
import type { Severity } from '../../core/findings/types';
import { a1, parseRectA1 } from '../../core/grid/address';
import type { HighlightMark, WriteResult } from '../types';
import type { ExcelFeatures } from './capabilities';
import type { ExcelDeps } from './deps';
import { errorDetail, failureMessage } from './errors';
import { msg } from './messages';
import { LIMITS, STORE_KEYS, parseFills, queueRead, queueWrite, serializeFills, utf8Bytes, type SavedFill } from './store';
import { fail, type CellRef } from './verify';

/** Excel's own "bad / neutral" styles, and a light blue for information. */
export const SEVERITY_FILL: Readonly<Record<Severity, string>> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

export const MAX_HIGHLIGHT_CELLS = 5000;

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

interface Wanted extends CellRef {
  readonly severity: Severity;
}

interface CurrentFill {
  readonly color: string | null;
  readonly pattern?: string;
  readonly patternColor?: string | null;
}

const keyOf = (c: CellRef): string => `${c.sheet}\u0000${c.address}`;

/** One entry per cell (ranges expanded), the most severe mark winning; undefined when too many. */
function expand(marks: readonly HighlightMark[]): Map<string, Wanted> | undefined {
  const out = new Map<string, Wanted>();
  for (const mark of marks) {
    const rect = typeof mark?.address === 'string' ? parseRectA1(mark.address.replace(/\$/g, '')) : undefined;
    if (!rect || typeof mark.sheet !== 'string' || !(mark.severity in RANK)) continue;
    for (let r = rect.top; r <= rect.bottom; r += 1) {
      for (let c = rect.left; c <= rect.right; c += 1) {
        const cell: Wanted = { sheet: mark.sheet, address: a1(r, c), severity: mark.severity };
        const key = keyOf(cell);
        const had = out.get(key);
        if (!had || RANK[cell.severity] > RANK[had.severity]) out.set(key, cell);
        if (out.size > MAX_HIGHLIGHT_CELLS) return undefined;
      }
    }
  }
  return out;
}

function sameColor(a: string | null | undefined, b: string): boolean {
  return typeof a === 'string' && a.toUpperCase() === b.toUpperCase();
}

function stillOurs(current: CurrentFill, saved: SavedFill): boolean {
  if (!sameColor(current.color, saved.applied)) return false;
  return current.pattern === undefined || current.pattern === 'Solid';
}

/** LinearGradient, RectangularGradient: Excel reports them but an add-in cannot set them. */
function isGradient(pattern: string | undefined): boolean {
  return typeof pattern === 'string' && /Gradient$/i.test(pattern);
}

function restoreFill(range: Excel.Range, saved: CurrentFill, features: ExcelFeatures): void {
  const fill = range.format.fill;
  // A gradient cannot be written back: no fill is the closest (said in the result's note).
  const noFill =
    isGradient(saved.pattern) || saved.pattern === 'None' || (saved.pattern === undefined && (saved.color === null || sameColor(saved.color, '#FFFFFF')));
  if (noFill) {
    fill.clear();
    return;
  }
  if (saved.color) fill.color = saved.color;
  if (features.fillPattern && saved.pattern && saved.pattern !== 'Solid') {
    fill.pattern = saved.pattern as Excel.FillPattern;
    if (saved.patternColor) fill.patternColor = saved.patternColor;
  }
}

/** A plain solid fill: setting only the colour would keep a hatch pattern the cell had. */
function paint(range: Excel.Range, color: string, features: ExcelFeatures): void {
  range.format.fill.color = color;
  if (features.fillPattern) range.format.fill.pattern = 'Solid';
}

interface Looked {
  readonly fills: Map<string, CurrentFill>;
  readonly missingSheets: Set<string>;
  readonly formatLocked: Set<string>;
}

/** Queues loads of the current fill of `cells` and the protection of their sheets. */
function queueLook(context: Excel.RequestContext, cells: readonly CellRef[], features: ExcelFeatures): () => Looked {
  const sheets = new Map<string, Excel.Worksheet>();
  const ranges = cells.map((cell) => {
    let sheet = sheets.get(cell.sheet);
    if (!sheet) {
      sheet = context.workbook.worksheets.getItemOrNullObject(cell.sheet);
      sheet.protection.load('protected,options');
      sheets.set(cell.sheet, sheet);
    }
    const range = sheet.getRange(cell.address);
    range.format.fill.load(features.fillPattern ? 'color,pattern,patternColor' : 'color');
    return { cell, sheet, range };
  });
  return () => {
    const looked: Looked = { fills: new Map(), missingSheets: new Set(), formatLocked: new Set() };
    for (const [name, sheet] of sheets) {
      if (sheet.isNullObject) looked.missingSheets.add(name);
      else if (sheet.protection.protected && sheet.protection.options?.allowFormatCells !== true) looked.formatLocked.add(name);
    }
    for (const { cell, sheet, range } of ranges) {
      if (sheet.isNullObject) continue;
      const fill = range.format.fill;
      const current: CurrentFill = features.fillPattern
        ? { color: fill.color ?? null, pattern: fill.pattern, patternColor: fill.patternColor ?? null }
        : { color: fill.color ?? null };
      looked.fills.set(keyOf(cell), current);
    }
    return looked;
  };
}

function rangeOf(context: Excel.RequestContext, cell: CellRef): Excel.Range {
  return context.workbook.worksheets.getItem(cell.sheet).getRange(cell.address);
}

function formatRefusal(looked: Looked, touched: readonly CellRef[]): WriteResult | undefined {
  const sheets = [...new Set(touched.map((c) => c.sheet))].filter((s) => looked.formatLocked.has(s));
  if (sheets.length === 0) return undefined;
  const cells = touched.filter((c) => looked.formatLocked.has(c.sheet));
  return fail('protected', msg.protectedFormat(sheets), cells);
}

export async function highlight(deps: ExcelDeps, features: ExcelFeatures, marks: readonly HighlightMark[]): Promise<WriteResult> {
  const wanted = expand(Array.isArray(marks) ? marks : []);
  if (!wanted) return fail('failed', msg.tooManyHighlights(marks.length, MAX_HIGHLIGHT_CELLS));
  try {
    return await deps.run(async (context) => {
      const stored = queueRead(context, STORE_KEYS.fills);
      await context.sync();
      const saved = parseFills(stored());
      const savedByKey = new Map(saved.map((s) => [keyOf(s), s]));
      const look = queueLook(context, [...saved, ...[...wanted.values()].filter((w) => !savedByKey.has(keyOf(w)))], features);
      await context.sync();
      const looked = look();

      const next: SavedFill[] = [];
      const restores: SavedFill[] = [];
      const gradients: CellRef[] = [];
      for (const s of saved) {
        const current = looked.fills.get(keyOf(s));
        if (!current) continue;
        const ours = stillOurs(current, s);
        if (!ours && isGradient(current.pattern)) {
          if (wanted.has(keyOf(s))) gradients.push(s);
          continue;
        }
        if (wanted.has(keyOf(s)) && !isGradient(s.pattern)) {
          const original: CurrentFill = ours ? s : current;
          next.push({ ...original, sheet: s.sheet, address: s.address, applied: SEVERITY_FILL[(wanted.get(keyOf(s)) as Wanted).severity] });
        } else if (ours) {
          restores.push(s);
        }
      }
      for (const w of wanted.values()) {
        if (savedByKey.has(keyOf(w))) continue;
        const current = looked.fills.get(keyOf(w));
        if (!current) continue;
        if (isGradient(current.pattern)) {
          gradients.push(w);
          continue;
        }
        next.push({ ...current, sheet: w.sheet, address: w.address, applied: SEVERITY_FILL[w.severity] });
      }
      const refused = formatRefusal(looked, [...restores, ...next]);
      if (refused) return refused;
      const record = serializeFills(next);
      if (utf8Bytes(record) > LIMITS.fillsBytes) return fail('failed', msg.tooManyHighlights(next.length, MAX_HIGHLIGHT_CELLS));

      queueWrite(context, STORE_KEYS.fills, record);
      for (const s of restores) restoreFill(rangeOf(context, s), s, features);
      for (const n of next) paint(rangeOf(context, n), n.applied, features);
      try {
        await context.sync();
      } catch (error) {
        const detail = errorDetail(error);
        try {
          for (const s of [...restores, ...next]) restoreFill(rangeOf(context, s), s, features);
          queueWrite(context, STORE_KEYS.fills, serializeFills([]));
          await context.sync();
        } catch {
          // The record written first still lists every coloured cell: 清除高亮 can restore them later.
        }
        return fail('failed', msg.highlightFailedRestored(detail));
      }
      const lost = restores.filter((s) => isGradient(s.pattern));
      const note = gradients.length > 0 ? msg.gradientSkipped(gradients) : lost.length > 0 ? msg.gradientNotRestored(lost) : undefined;
      return note ? { ok: true, written: next.length, note } : { ok: true, written: next.length };
    });
  } catch (error) {
    return fail('failed', failureMessage(error, msg.unexpected));
  }
}

export async function clearHighlights(deps: ExcelDeps, features: ExcelFeatures): Promise<WriteResult> {
  try {
    return await deps.run(async (context) => {
      const stored = queueRead(context, STORE_KEYS.fills);
      await context.sync();
      const saved = parseFills(stored());
      if (saved.length === 0) return { ok: true, written: 0 };
      const look = queueLook(context, saved, features);
      await context.sync();
      const looked = look();
      const restores = saved.filter((s) => {
        const current = looked.fills.get(keyOf(s));
        return current !== undefined && stillOurs(current, s);
      });
      const refused = formatRefusal(looked, restores);
      if (refused) return refused;
      for (const s of restores) restoreFill(rangeOf(context, s), s, features);
      // Forget last: if a restore fails, the record stays and a later clear can finish the job.
      queueWrite(context, STORE_KEYS.fills, serializeFills([]));
      await context.sync();
      const lost = restores.filter((s) => isGradient(s.pattern));
      return lost.length > 0 ? { ok: true, written: restores.length, note: msg.gradientNotRestored(lost) } : { ok: true, written: restores.length };
    });
  } catch (error) {
    return fail('failed', failureMessage(error, msg.unexpected));
  }
}
