// Highlights: colour flagged cells by severity after saving each cell's own fill in the workbook;
// clearing restores exactly those fills and forgets them. Colours are never left behind silently:
// a new highlight first restores the previous set, and a cell whose fill the user changed after we
// coloured it is left as the user made it (their fill wins, we only forget our record).
// The record finds its cells again by sheet id and row texts (highlight-locate.ts): after a rename
// or inserted rows the colours PERF put are restored where they are now, and a row that cannot be
// recognised is reported. Gradient fills are left alone (Excel cannot set one back).
// Three round trips: read the saved set; read the current fills and rows; write (record first,
// then colours) — two more only when rows moved under saved cells.
import type { Message, Severity } from '../../core/findings/types';
import { a1, parseRectA1 } from '../../core/grid/address';
import type { HighlightMark, WriteResult } from '../types';
import type { ExcelFeatures } from './capabilities';
import type { ExcelDeps } from './deps';
import { errorDetail, failureMessage } from './errors';
import { msg } from './messages';
import { LIMITS, STORE_KEYS, parseFills, queueRead, queueWrite, serializeFills, utf8Bytes, type SavedFill } from './store';
import { fail } from './verify';
import { lookKey, movedRows, queueLook, relocate, type CellRef, type CurrentFill, type Look, type LookRequest, type Seen } from './highlight-locate';
import { chunked } from './write';
import { joinNotes, noteMessages, notePlanMessage, parseNotes, planNotes, serializeNotes, type NotePlan, type SavedNote, type WantedNote } from '../notes';

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
  readonly note?: string;
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
        const key = keyOf({ sheet: mark.sheet, address: a1(r, c) });
        const had = out.get(key);
        const note = typeof mark.note === 'string' && mark.note !== '' ? mark.note : had?.note;
        const severity = had && RANK[had.severity] >= RANK[mark.severity] ? had.severity : mark.severity;
        out.set(key, { sheet: mark.sheet, address: a1(r, c), severity, ...(note ? { note } : {}) });
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

function rangeOf(context: Excel.RequestContext, cell: CellRef): Excel.Range {
  return context.workbook.worksheets.getItem(cell.sheet).getRange(cell.address);
}

function formatRefusal(formatLocked: ReadonlySet<string>, touched: readonly CellRef[]): WriteResult | undefined {
  const sheets = [...new Set(touched.map((c) => c.sheet))].filter((s) => formatLocked.has(s));
  if (sheets.length === 0) return undefined;
  const cells = touched.filter((c) => formatLocked.has(c.sheet));
  return fail('protected', msg.protectedFormat(sheets), cells);
}

const fillPart = (f: CurrentFill): CurrentFill =>
  f.pattern === undefined ? { color: f.color } : { color: f.color, pattern: f.pattern, patternColor: f.patternColor ?? null };

/** Where a cell is now: its sheet's id and its address (names change, ids do not). */
const placeKey = (seen: Seen): string => `${seen.sheetId}\u0000${seen.address}`;

/**
 * Cells per round trip. office.js sends about 1,000 bytes per looked-at cell and 800–950 per
 * coloured or restored one, so 5,000 old and 5,000 new cells would be about 10 MB, twice Excel on
 * the web's 5 MB request limit: looks and colours go in requests of HIGHLIGHT_CHUNK cells.
 */
export const HIGHLIGHT_CHUNK = 2000;

/** queueLook in requests of HIGHLIGHT_CHUNK cells (one in the usual case), joined. */
async function lookAll(context: Excel.RequestContext, cells: readonly LookRequest[], features: ExcelFeatures): Promise<Look> {
  const look: Look = { cells: new Map(), missing: new Set(), formatLocked: new Set() };
  for (const part of chunked(cells, HIGHLIGHT_CHUNK)) {
    const judge = queueLook(context, part, features);
    await context.sync();
    const one = judge();
    one.cells.forEach((v, k) => look.cells.set(k, v));
    one.missing.forEach((k) => look.missing.add(k));
    one.formatLocked.forEach((k) => look.formatLocked.add(k));
  }
  return look;
}

/** Restores then colours, in requests of HIGHLIGHT_CHUNK cells; `first` is queued into the first request. */
async function paintAll(
  context: Excel.RequestContext,
  restores: readonly SavedFill[],
  paints: readonly SavedFill[],
  features: ExcelFeatures,
  hooks: { first?: () => void; last?: () => void } = {},
  notes: readonly (() => void)[] = [],
): Promise<void> {
  const steps: Array<() => void> = [
    ...restores.map((s) => () => restoreFill(rangeOf(context, s), s, features)),
    ...paints.map((n) => () => paint(rangeOf(context, n), n.applied, features)),
    ...notes,
  ];
  const parts = chunked(steps, HIGHLIGHT_CHUNK);
  if (parts.length === 0) parts.push([]);
  for (const [i, part] of parts.entries()) {
    if (i === 0) hooks.first?.();
    for (const step of part) step();
    if (i === parts.length - 1) hooks.last?.();
    await context.sync();
  }
}

/** Cells on sheets too large to search for moved rows are reported as lost. */
const MAX_SEARCH_CELLS = 200_000;

interface Survey {
  /** Saved cells found, with where they are now and their fill there. */
  readonly placed: Array<{ readonly saved: SavedFill; readonly now: Seen }>;
  /** Saved cells whose row can no longer be recognised. */
  readonly lost: SavedFill[];
  /** The new cells, by lookKey. */
  readonly fresh: Map<string, Seen>;
  readonly formatLocked: Set<string>;
}

/**
 * One round trip in the usual case: the saved cells (by sheet id, at their recorded addresses) and
 * the new ones, with their fills and rows; two more only when rows moved under saved cells.
 */
async function survey(context: Excel.RequestContext, saved: readonly SavedFill[], fresh: readonly CellRef[], features: ExcelFeatures): Promise<Survey> {
  const look = await lookAll(context, [...saved, ...fresh], features);
  const formatLocked = new Set(look.formatLocked);
  const moved = new Set(movedRows(saved, look));
  let found = new Map<SavedFill, string | undefined>();
  let again: Look | undefined;
  if (moved.size > 0) {
    found = await relocate(context, [...moved], look, MAX_SEARCH_CELLS);
    const requests = [...found].flatMap(([s, address]) => {
      const seen = look.cells.get(lookKey(s));
      return address && seen ? [{ sheet: seen.sheet, sheetId: seen.sheetId, address }] : [];
    });
    if (requests.length > 0) {
      again = await lookAll(context, requests, features);
      again.formatLocked.forEach((name) => formatLocked.add(name));
    }
  }
  const placed: Survey['placed'] = [];
  const lost: SavedFill[] = [];
  for (const s of saved) {
    const seen = look.cells.get(lookKey(s));
    if (!seen) continue; // its sheet was deleted: nothing to restore
    if (!moved.has(s)) {
      placed.push({ saved: s, now: seen });
      continue;
    }
    const address = found.get(s);
    const now = address ? again?.cells.get(lookKey({ sheet: seen.sheet, sheetId: seen.sheetId, address })) : undefined;
    if (now) placed.push({ saved: s, now });
    else lost.push(s);
  }
  const freshSeen = new Map<string, Seen>();
  for (const c of fresh) {
    const seen = look.cells.get(lookKey(c));
    if (seen) freshSeen.set(lookKey(c), seen);
  }
  return { placed, lost, fresh: freshSeen, formatLocked };
}

/** The note of a highlight or clear that left cells as they were: gradients, rows not found. */
function noteOf(gradients: readonly CellRef[], lostGradients: readonly CellRef[], lostRows: readonly CellRef[]): Message | undefined {
  const parts = [
    gradients.length > 0 ? msg.gradientSkipped(gradients) : undefined,
    lostGradients.length > 0 ? msg.gradientNotRestored(lostGradients) : undefined,
    lostRows.length > 0 ? msg.highlightRowsLost(lostRows) : undefined,
  ].filter((m): m is Message => m !== undefined);
  if (parts.length === 0) return undefined;
  return { zh: parts.map((p) => p.zh).join(''), en: parts.map((p) => p.en).join(' ') };
}

const done = (written: number, note: Message | undefined, notes = 0): WriteResult => ({
  ok: true,
  written,
  ...(notes > 0 ? { notes } : {}),
  ...(note ? { note } : {}),
});

/**
 * Queues a look at the notes of `cells` (ExcelApi 1.18), through sheets found by name or not at all:
 * after the next sync, the text of each cell's note or null. Rides in the request that follows.
 */
function queueNoteLook(context: Excel.RequestContext, cells: readonly CellRef[]): (cell: CellRef) => string | null {
  const sheets = new Map<string, Excel.Worksheet>();
  const notes = new Map<string, Excel.Note>();
  for (const cell of cells) {
    const key = keyOf(cell);
    if (notes.has(key)) continue;
    let sheet = sheets.get(cell.sheet);
    if (!sheet) {
      sheet = context.workbook.worksheets.getItemOrNullObject(cell.sheet);
      sheets.set(cell.sheet, sheet);
    }
    const note = sheet.notes.getItemOrNullObject(cell.address);
    note.load('content');
    notes.set(key, note);
  }
  return (cell) => {
    const note = notes.get(keyOf(cell));
    if (!note || note.isNullObject) return null;
    return typeof note.content === 'string' ? note.content : '';
  };
}

/** The note commands of a plan, to run in the batch with the fills: deletes first, then adds. */
function noteSteps(context: Excel.RequestContext, plan: NotePlan): Array<() => void> {
  const notesOf = (sheet: string) => context.workbook.worksheets.getItem(sheet).notes;
  return [
    ...plan.remove.map((n) => () => notesOf(n.sheet).getItem(n.address).delete()),
    ...plan.add.map((n) => () => void notesOf(n.sheet).add(n.address, n.text)),
  ];
}

/** The records to write for a plan: before the notes (every note PERF may leave), and after. */
function noteRecords(plan: NotePlan): { before: string; after: string } {
  const pending: SavedNote[] = [...plan.record, ...plan.remove];
  return { before: serializeNotes(pending), after: serializeNotes(plan.record) };
}

const touchesNotes = (plan: NotePlan): boolean => plan.add.length > 0 || plan.remove.length > 0;

export async function highlight(deps: ExcelDeps, features: ExcelFeatures, marks: readonly HighlightMark[]): Promise<WriteResult> {
  const wanted = expand(Array.isArray(marks) ? marks : []);
  if (!wanted) return fail('failed', msg.tooManyHighlights(marks.length, MAX_HIGHLIGHT_CELLS));
  const wantedNotes: WantedNote[] = [...wanted.values()].flatMap((w) => (w.note ? [{ sheet: w.sheet, address: w.address, text: w.note }] : []));
  if (wantedNotes.length > 0 && !features.notes) return fail('unsupported', noteMessages.unsupported);
  try {
    return await deps.run(async (context) => {
      const stored = queueRead(context, STORE_KEYS.fills);
      const storedNotes = features.notes ? queueRead(context, STORE_KEYS.notes) : () => undefined;
      await context.sync();
      const saved = parseFills(stored());
      const savedNotes = parseNotes(storedNotes());
      // The notes are looked at in the survey's first request.
      const noteNow = savedNotes.length + wantedNotes.length > 0 ? queueNoteLook(context, [...savedNotes, ...wantedNotes]) : () => null;
      const seen = await survey(context, saved, [...wanted.values()], features);
      const plan = planNotes(savedNotes, wantedNotes, noteNow);
      // What is wanted, by where it is now.
      const wantedAt = new Map<string, Wanted>();
      for (const w of wanted.values()) {
        const now = seen.fresh.get(lookKey(w));
        if (now) wantedAt.set(placeKey(now), w);
      }

      const next: SavedFill[] = [];
      const restores: SavedFill[] = [];
      const gradients: CellRef[] = [];
      const kept = new Set<string>();
      for (const { saved: s, now } of seen.placed) {
        const key = placeKey(now);
        const target = wantedAt.get(key);
        const ours = stillOurs(now.fill, s);
        const here = { sheet: now.sheet, address: now.address, sheetId: now.sheetId, rowSig: now.rowSig };
        if (!ours && isGradient(now.fill.pattern)) {
          if (target) gradients.push(here);
          kept.add(key);
          continue;
        }
        if (target && !isGradient(s.pattern)) {
          next.push({ ...fillPart(ours ? s : now.fill), ...here, applied: SEVERITY_FILL[target.severity] });
          kept.add(key);
        } else if (ours) {
          restores.push({ ...s, ...here });
        }
      }
      for (const [key, w] of wantedAt) {
        if (kept.has(key)) continue;
        const now = seen.fresh.get(lookKey(w)) as Seen;
        if (isGradient(now.fill.pattern)) {
          gradients.push(now);
          continue;
        }
        next.push({ ...fillPart(now.fill), sheet: now.sheet, address: now.address, sheetId: now.sheetId, rowSig: now.rowSig, applied: SEVERITY_FILL[w.severity] });
      }
      const refused = formatRefusal(seen.formatLocked, [...restores, ...next, ...plan.remove, ...plan.add]);
      if (refused) return refused;
      const record = serializeFills(next);
      if (utf8Bytes(record) > LIMITS.fillsBytes) return fail('failed', msg.tooManyHighlights(next.length, MAX_HIGHLIGHT_CELLS));
      const notes = noteRecords(plan);
      if (utf8Bytes(notes.before) > LIMITS.notesBytes) return fail('failed', msg.tooManyHighlights(next.length, MAX_HIGHLIGHT_CELLS));
      const withNotes = touchesNotes(plan);

      try {
        // The records first: whatever gets coloured or noted is listed in the workbook before it is.
        await paintAll(
          context,
          restores,
          next,
          features,
          {
            first: () => {
              queueWrite(context, STORE_KEYS.fills, record);
              if (withNotes) queueWrite(context, STORE_KEYS.notes, notes.before);
            },
            last: () => {
              if (withNotes) queueWrite(context, STORE_KEYS.notes, notes.after);
            },
          },
          withNotes ? noteSteps(context, plan) : [],
        );
      } catch (error) {
        const detail = errorDetail(error);
        try {
          await paintAll(context, [...restores, ...next], [], features, { last: () => queueWrite(context, STORE_KEYS.fills, serializeFills([])) });
        } catch {
          // The record written first still lists every coloured cell: 清除高亮 can restore them later.
        }
        // Notes already added stay listed in the record written first: 清除高亮 deletes them.
        return fail('failed', msg.highlightFailedRestored(detail));
      }
      const fillNote = noteOf(gradients, restores.filter((s) => isGradient(s.pattern)), seen.lost);
      return done(next.length, joinNotes(notePlanMessage(plan), fillNote), plan.add.length);
    });
  } catch (error) {
    return fail('failed', failureMessage(error, msg.unexpected));
  }
}

export async function clearHighlights(deps: ExcelDeps, features: ExcelFeatures): Promise<WriteResult> {
  try {
    return await deps.run(async (context) => {
      const stored = queueRead(context, STORE_KEYS.fills);
      const storedNotes = features.notes ? queueRead(context, STORE_KEYS.notes) : () => undefined;
      await context.sync();
      const saved = parseFills(stored());
      const savedNotes = parseNotes(storedNotes());
      if (saved.length === 0 && savedNotes.length === 0) return { ok: true, written: 0 };
      const noteNow = savedNotes.length > 0 ? queueNoteLook(context, savedNotes) : () => null;
      // The notes are looked at in the survey's first request (or on their own when no fill is saved).
      const seen = saved.length > 0 ? await survey(context, saved, [], features) : undefined;
      if (!seen) await context.sync();
      const plan = planNotes(savedNotes, [], noteNow);
      const placed = seen?.placed ?? [];
      const restores = placed.filter(({ saved: s, now }) => stillOurs(now.fill, s)).map(({ saved: s, now }) => ({ ...s, sheet: now.sheet, address: now.address }));
      const refused = formatRefusal(seen?.formatLocked ?? new Set(), [...restores, ...plan.remove]);
      if (refused) return refused;
      // Forget last: if a restore fails, the records stay and a later clear can finish the job.
      await paintAll(
        context,
        restores,
        [],
        features,
        {
          last: () => {
            if (saved.length > 0) queueWrite(context, STORE_KEYS.fills, serializeFills([]));
            if (savedNotes.length > 0) queueWrite(context, STORE_KEYS.notes, serializeNotes([]));
          },
        },
        noteSteps(context, plan),
      );
      const fillNote = noteOf([], restores.filter((s) => isGradient(s.pattern)), seen?.lost ?? []);
      return done(restores.length, joinNotes(notePlanMessage(plan), fillNote), plan.remove.length);
    });
  } catch (error) {
    return fail('failed', failureMessage(error, msg.unexpected));
  }
}
