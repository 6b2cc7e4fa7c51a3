// The documents the in-memory host keeps "inside the workbook", as JSON text, read defensively:
// a damaged document reads as empty rather than breaking the pane.
import type { CellChange, Message, ReviewedMark } from '../../core/findings/types';
import type { JournalEntry } from '../types';

export const STORE = {
  journal: 'perf.journal',
  fills: 'perf.fills',
  reviewed: 'perf.reviewed',
} as const;

/** A cell's fill before PERF coloured it (null: no fill) and the colour PERF put there. */
export interface SavedFill {
  readonly sheet: string;
  readonly address: string;
  readonly color: string | null;
  readonly applied: string;
}

type Json = Record<string, unknown>;

const isRecord = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const isMessage = (x: unknown): x is Message => isRecord(x) && typeof x.zh === 'string' && typeof x.en === 'string';

function listIn(text: string | undefined, field: string): unknown[] {
  if (!text) return [];
  try {
    const doc: unknown = JSON.parse(text);
    const list = isRecord(doc) ? doc[field] : undefined;
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

function isChange(x: unknown): x is CellChange {
  return isRecord(x) && typeof x.sheet === 'string' && typeof x.address === 'string' && isRecord(x.before) && isRecord(x.after);
}

function isEntry(x: unknown): x is JournalEntry {
  return (
    isRecord(x) && typeof x.id === 'string' && typeof x.at === 'string' && isMessage(x.label) &&
    Array.isArray(x.changes) && x.changes.length > 0 && x.changes.every(isChange)
  );
}

function isFill(x: unknown): x is SavedFill {
  return (
    isRecord(x) && typeof x.sheet === 'string' && typeof x.address === 'string' &&
    (x.color === null || typeof x.color === 'string') && typeof x.applied === 'string'
  );
}

function isMark(x: unknown): x is ReviewedMark {
  return (
    isRecord(x) && typeof x.rule === 'string' && /^PERF\d{3}$/.test(x.rule) && typeof x.sheet === 'string' &&
    typeof x.cell === 'string' && typeof x.reason === 'string' &&
    (x.by === undefined || typeof x.by === 'string') && (x.at === undefined || typeof x.at === 'string')
  );
}

export const parseJournal = (text: string | undefined): JournalEntry[] => listIn(text, 'entries').filter(isEntry);
export const serializeJournal = (entries: readonly JournalEntry[]): string => JSON.stringify({ v: 1, entries });
export const parseFills = (text: string | undefined): SavedFill[] => listIn(text, 'cells').filter(isFill);
export const serializeFills = (cells: readonly SavedFill[]): string => JSON.stringify({ v: 1, cells });
export const parseReviewed = (text: string | undefined): ReviewedMark[] => listIn(text, 'marks').filter(isMark);
export const serializeReviewed = (marks: readonly ReviewedMark[]): string => JSON.stringify({ v: 1, marks });
