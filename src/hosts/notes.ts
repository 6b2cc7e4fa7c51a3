// Cell notes PERF adds with highlights (Excel 注释/note, WPS 批注): which notes to add, which of its
// earlier notes to delete, and which to leave. The same plan in every host, so they keep the same
// promises: a cell that already has a note keeps it and gets none of PERF's text; PERF deletes only a
// note it recorded, and only while the note still says what PERF wrote (an edited note is the user's).
import type { Message } from '../core/findings/types';

/**
 * A note PERF wrote: where, and a fingerprint of its text (kept in the workbook's store; the text
 * itself would make the record too large for thousands of notes, a fingerprint tells an edit apart).
 */
export interface SavedNote {
  readonly sheet: string;
  readonly address: string;
  readonly hash: string;
}

export interface WantedNote {
  readonly sheet: string;
  readonly address: string;
  readonly text: string;
}

export interface NotePlan {
  /** PERF's own notes, unchanged since written, to delete. */
  readonly remove: readonly SavedNote[];
  /** Notes to add (the cell has none, or only one of PERF's that is being removed). */
  readonly add: readonly WantedNote[];
  /** Cells asked for that already carry a note of the user's: left alone. */
  readonly kept: readonly WantedNote[];
  /** PERF's notes the user has edited since: left in place and forgotten. */
  readonly edited: readonly SavedNote[];
  /** What the store records after the plan runs. */
  readonly record: readonly SavedNote[];
}

export const NOTES_STORE = 'perf.notes';

const keyOf = (c: { sheet: string; address: string }): string => `${c.sheet}\u0000${c.address.toUpperCase()}`;

/** Text notes are compared by: line ends and trailing blanks differ between hosts. */
const normalise = (s: string) => s.replace(/\r\n?/g, '\n').replace(/\s+$/, '');

export function sameNoteText(a: string, b: string): boolean {
  return normalise(a) === normalise(b);
}

/** FNV-1a over the normalised text's UTF-16 code units, and its length: 'a1b2c3d4.2s'. */
export function noteHash(text: string): string {
  const t = normalise(text);
  let h = 0x811c9dc5;
  for (let i = 0; i < t.length; i += 1) {
    h ^= t.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${h.toString(16).padStart(8, '0')}.${t.length.toString(36)}`;
}

const ours = (now: string, saved: SavedNote): boolean => noteHash(now) === saved.hash;

/**
 * `current` says what note a cell has now (undefined or null: none). `saved` is PERF's record,
 * `wanted` the notes asked for now (none when clearing).
 */
export function planNotes(
  saved: readonly SavedNote[],
  wanted: readonly WantedNote[],
  current: (cell: { sheet: string; address: string }) => string | null | undefined,
): NotePlan {
  const remove: SavedNote[] = [];
  const edited: SavedNote[] = [];
  const freed = new Set<string>();
  const wantedAt = new Map(wanted.map((w) => [keyOf(w), w]));
  const unchanged = new Set<string>();
  for (const s of saved) {
    const now = current(s);
    if (now === undefined || now === null) continue; // deleted by the user: nothing to do
    if (!ours(now, s)) {
      edited.push(s);
      continue;
    }
    const again = wantedAt.get(keyOf(s));
    if (again && sameNoteText(again.text, now)) {
      unchanged.add(keyOf(s)); // the same text again: left as it is
      continue;
    }
    remove.push(s);
    freed.add(keyOf(s));
  }
  const add: WantedNote[] = [];
  const kept: WantedNote[] = [];
  const record: SavedNote[] = [];
  for (const w of wantedAt.values()) {
    const key = keyOf(w);
    if (unchanged.has(key)) {
      record.push({ sheet: w.sheet, address: w.address, hash: noteHash(w.text) });
      continue;
    }
    const now = current(w);
    if (now !== undefined && now !== null && !freed.has(key)) {
      kept.push(w);
      continue;
    }
    add.push(w);
    record.push({ sheet: w.sheet, address: w.address, hash: noteHash(w.text) });
  }
  return { remove, add, kept, edited, record };
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The store's record, { v: 1, sheets: { name: { A1: hash } } }; a damaged document reads as empty. */
export function parseNotes(text: string | undefined): SavedNote[] {
  if (!text) return [];
  try {
    const doc: unknown = JSON.parse(text);
    const sheets = isRecord(doc) ? doc.sheets : undefined;
    if (!isRecord(sheets)) return [];
    const out: SavedNote[] = [];
    for (const [sheet, cells] of Object.entries(sheets)) {
      if (!isRecord(cells)) continue;
      for (const [address, hash] of Object.entries(cells)) if (typeof hash === 'string') out.push({ sheet, address, hash });
    }
    return out;
  } catch {
    return [];
  }
}

export function serializeNotes(notes: readonly SavedNote[]): string {
  // Without a prototype: a sheet may be named like an Object property.
  const sheets: Record<string, Record<string, string>> = Object.create(null);
  for (const n of notes) (sheets[n.sheet] ??= Object.create(null))[n.address] = n.hash;
  return JSON.stringify({ v: 1, sheets });
}

function list(cells: ReadonlyArray<{ sheet: string; address: string }>, max = 5): { zh: string; en: string } {
  const shown = cells.slice(0, max).map((c) => `${c.sheet}!${c.address}`);
  const more = cells.length - shown.length;
  return { zh: shown.join('、') + (more > 0 ? ` 等 ${cells.length} 个` : ''), en: shown.join(', ') + (more > 0 ? ` and ${more} more` : '') };
}

const cells = (n: number) => (n === 1 ? '1 cell' : `${n} cells`);

export const noteMessages = {
  kept: (kept: ReadonlyArray<{ sheet: string; address: string }>): Message => {
    const l = list(kept);
    return {
      zh: `${kept.length} 个单元格已有批注，保留原批注、未写入 PERF 批注：${l.zh}。`,
      en: `${cells(kept.length)} already had a note; ${kept.length === 1 ? 'it was left as it was' : 'they were left as they were'}, without PERF's note: ${l.en}.`,
    };
  },
  edited: (edited: ReadonlyArray<{ sheet: string; address: string }>): Message => {
    const l = list(edited);
    return {
      zh: `${edited.length} 个 PERF 批注已被修改，视为您的批注，保留未删：${l.zh}。`,
      en: `${edited.length === 1 ? '1 PERF note was' : `${edited.length} PERF notes were`} edited since, so ${edited.length === 1 ? 'it is' : 'they are'} yours now and left in place: ${l.en}.`,
    };
  },
  unsupported: { zh: '此工作簿不支持批注。', en: 'This workbook cannot hold notes.' } as Message,
};

/** The result note for a plan: the cells it left alone and why (undefined when none). */
export function notePlanMessage(plan: NotePlan): Message | undefined {
  const parts: Message[] = [];
  if (plan.kept.length > 0) parts.push(noteMessages.kept(plan.kept));
  if (plan.edited.length > 0) parts.push(noteMessages.edited(plan.edited));
  if (parts.length === 0) return undefined;
  return { zh: parts.map((p) => p.zh).join(''), en: parts.map((p) => p.en).join(' ') };
}

/** Two result notes joined (either may be absent). */
export function joinNotes(a: Message | undefined, b: Message | undefined): Message | undefined {
  if (!a) return b;
  if (!b) return a;
  return { zh: `${a.zh}${b.zh}`, en: `${a.en} ${b.en}` };
}
