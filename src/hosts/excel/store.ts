// What PERF keeps inside the workbook: the undo journal, the original fills under highlights, the
// cell notes it added, and the reviewed marks.
// - Journal, fills and notes live in Excel.settings (ExcelApi 1.4): a settings write is queued in the same
//   batch as the cell writes, in order, so "journal first" costs no extra round trip; settings are
//   scoped to this add-in and this file; the value is JSON, no XML escaping of user text.
// - Reviewed marks live in the workbook's custom document properties (ExcelApi 1.7), in the format
//   every host shares (src/hosts/doc-parts.ts), so marks made here are read by WPS and the preview (the
//   file host), and marks made there are read here. Files marked by an older PERF keep
//   them in the settings key perf.reviewed: read when the properties hold none, removed on the next save.
// Size: settings are saved with the file and Microsoft documents no per-add-in limit for
// Excel.settings; we stay well under the 2 MB reported in practice for Office.Settings by capping
// each document (journal 512 KB and 20 entries, fills 512 KB, UTF-8). Reviewed marks share the
// other hosts' limit (REVIEWED_MAX_CHARS characters of JSON).
import type { CellValue } from '../../core/grid/types';
import type { CellChange, Message, ReviewedMark } from '../../core/findings/types';
import type { JournalEntry } from '../types';
import { REVIEWED_MAX_CHARS, REVIEWED_PROPERTY, isPartOf, joinParts, partsToWrite } from '../doc-parts';

export { REVIEWED_PROPERTY };

export const STORE_KEYS = {
  journal: 'perf.journal',
  fills: 'perf.fills',
  reviewed: 'perf.reviewed',
  /** The cell notes PERF added with highlights, with their text. */
  notes: 'perf.notes',
} as const;

export type StoreKey = (typeof STORE_KEYS)[keyof typeof STORE_KEYS];

export const LIMITS = {
  journalBytes: 512 * 1024,
  journalEntries: 20,
  fillsBytes: 512 * 1024,
  /** Characters of JSON, as in every host. */
  reviewedChars: REVIEWED_MAX_CHARS,
  notesBytes: 512 * 1024,
} as const;

/** Queues a read of every custom document property (ExcelApi 1.7); the getter is valid after the next sync. */
export function queueReadProperties(context: Excel.RequestContext): () => Map<string, string> {
  const custom = context.workbook.properties.custom;
  custom.load('items/key,items/value');
  return () => {
    const out = new Map<string, string>();
    for (const item of custom.items) {
      if (typeof item.key === 'string' && item.value !== undefined && item.value !== null) out.set(item.key, String(item.value));
    }
    return out;
  };
}

/**
 * The text of PERF document `name` among properties read by queueReadProperties; undefined when
 * absent or incomplete. Excel matches property keys without regard to case, and so does this.
 */
export function documentIn(properties: ReadonlyMap<string, string>, name: string): string | undefined {
  const byKey = new Map([...properties].map(([key, value]) => [key.toLowerCase(), value]));
  return joinParts((key) => byKey.get(key.toLowerCase()), name);
}

/**
 * Queues the replacement of PERF document `name` in the custom document properties, given the
 * properties as they are (`existing`, read in an earlier sync), in the order that keeps a failed
 * batch readable: the old count first (no count reads as absent), then the parts, the new count,
 * and last the parts the new text no longer uses. `text` undefined or empty removes the document.
 */
export function queueWriteDocument(context: Excel.RequestContext, existing: ReadonlyMap<string, string>, name: string, text: string | undefined): void {
  const custom = context.workbook.properties.custom;
  const wanted = partsToWrite(name, text);
  const kept = new Set(wanted.map((p) => p.name.toLowerCase()));
  const count = `${name}.n`;
  const old = [...existing.keys()].filter((key) => isPartOf(key, name));
  const oldCount = old.find((key) => key.toLowerCase() === count.toLowerCase());
  if (oldCount !== undefined) custom.getItem(oldCount).delete();
  for (const property of wanted) custom.add(property.name, property.text);
  for (const key of old) if (key !== oldCount && !kept.has(key.toLowerCase())) custom.getItem(key).delete();
}

/** Queues a read of one stored document; the getter is valid after the next sync. */
export function queueRead(context: Excel.RequestContext, key: StoreKey): () => string | undefined {
  const item = context.workbook.settings.getItemOrNullObject(key);
  item.load('value');
  return () => (item.isNullObject || typeof item.value !== 'string' ? undefined : item.value);
}

/** Queues the write of one stored document (it runs in batch order, before later cell writes). */
export function queueWrite(context: Excel.RequestContext, key: StoreKey, text: string): void {
  context.workbook.settings.add(key, text);
}

export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

function parse(text: string | undefined): Record<string, unknown> | undefined {
  if (!text) return undefined;
  try {
    const doc: unknown = JSON.parse(text);
    return typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? (doc as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isMessage(x: unknown): x is Message {
  return isRecord(x) && typeof x.zh === 'string' && typeof x.en === 'string';
}

function isCellValue(x: unknown): x is CellValue {
  if (x === null || typeof x === 'string' || typeof x === 'boolean') return true;
  if (typeof x === 'number') return Number.isFinite(x);
  return isRecord(x) && typeof x.error === 'string';
}

function isContent(x: unknown, afterSide: boolean): boolean {
  if (!isRecord(x)) return false;
  if (x.formula !== undefined && typeof x.formula !== 'string') return false;
  if (afterSide) return (typeof x.value === 'number' && Number.isFinite(x.value)) || typeof x.value === 'string';
  return isCellValue(x.value);
}

function isCellChange(x: unknown): x is CellChange {
  return (
    isRecord(x) &&
    typeof x.sheet === 'string' &&
    typeof x.address === 'string' &&
    isContent(x.before, false) &&
    isContent(x.after, true)
  );
}

function isJournalEntry(x: unknown): x is JournalEntry {
  return (
    isRecord(x) &&
    typeof x.id === 'string' &&
    typeof x.at === 'string' &&
    isMessage(x.label) &&
    Array.isArray(x.changes) &&
    x.changes.length > 0 &&
    x.changes.every(isCellChange)
  );
}

export function parseJournal(text: string | undefined): JournalEntry[] {
  const doc = parse(text);
  if (!doc || !Array.isArray(doc.entries)) return [];
  return doc.entries.filter(isJournalEntry);
}

export function serializeJournal(entries: readonly JournalEntry[]): string {
  return JSON.stringify({ v: 1, entries });
}

/**
 * The journal with `entry` appended, oldest entries dropped to stay within the limits; undefined
 * when the entry alone is too large to record (then nothing may be written).
 */
export function appendToJournal(entries: readonly JournalEntry[], entry: JournalEntry): string | undefined {
  const kept = [...entries, entry].slice(-LIMITS.journalEntries);
  let text = serializeJournal(kept);
  while (utf8Bytes(text) > LIMITS.journalBytes && kept.length > 1) {
    kept.shift();
    text = serializeJournal(kept);
  }
  return utf8Bytes(text) > LIMITS.journalBytes ? undefined : text;
}

/** A cell's fill as it was before PERF coloured it, and the colour PERF put there. */
export interface SavedFill {
  readonly sheet: string;
  readonly address: string;
  readonly color: string | null;
  /** 'None' for no fill, 'Solid', or a pattern name; absent when this Excel cannot say (before 1.9). */
  readonly pattern?: string;
  readonly patternColor?: string | null;
  readonly applied: string;
  /** The worksheet's id: the record still finds the sheet after a rename. */
  readonly sheetId?: string;
  /** A short hash of the texts in the cell's row when coloured: finds the row again after inserted or deleted rows. */
  readonly rowSig?: string;
}

function isSavedFill(x: unknown): x is SavedFill {
  return (
    isRecord(x) &&
    typeof x.sheet === 'string' &&
    typeof x.address === 'string' &&
    (x.color === null || typeof x.color === 'string') &&
    (x.pattern === undefined || typeof x.pattern === 'string') &&
    (x.patternColor === undefined || x.patternColor === null || typeof x.patternColor === 'string') &&
    typeof x.applied === 'string' &&
    (x.sheetId === undefined || typeof x.sheetId === 'string') &&
    (x.rowSig === undefined || typeof x.rowSig === 'string')
  );
}

export function parseFills(text: string | undefined): SavedFill[] {
  const doc = parse(text);
  if (!doc || !Array.isArray(doc.cells)) return [];
  return doc.cells.filter(isSavedFill);
}

export function serializeFills(cells: readonly SavedFill[]): string {
  return JSON.stringify({ v: 1, cells });
}

function isReviewedMark(x: unknown): x is ReviewedMark {
  return (
    isRecord(x) &&
    typeof x.rule === 'string' &&
    /^PERF\d{3}$/.test(x.rule) &&
    typeof x.sheet === 'string' &&
    typeof x.cell === 'string' &&
    typeof x.reason === 'string' &&
    (x.by === undefined || typeof x.by === 'string') &&
    (x.at === undefined || typeof x.at === 'string')
  );
}

export function parseReviewed(text: string | undefined): ReviewedMark[] {
  const doc = parse(text);
  if (!doc || !Array.isArray(doc.marks)) return [];
  return doc.marks.filter(isReviewedMark);
}

export function serializeReviewed(marks: readonly ReviewedMark[]): string {
  return JSON.stringify({ v: 1, marks });
}
