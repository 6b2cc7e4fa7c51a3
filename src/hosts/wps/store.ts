// What PERF keeps inside the workbook in WPS: the undo journal, the original fills under highlights,
// the 批注 it added and the reviewed marks, as JSON in the workbook's custom document properties (saved with the file,
// in .xlsx as docProps/custom.xml). A text property holds at most 255 characters, so a document is
// cut into numbered parts: PERF.journal.n (how many) and PERF.journal.0, .1, … Read defensively: a
// missing or damaged document reads as empty. JSON shapes are the in-memory host's.
import type { EtApplication, EtDocumentProperties } from './et';
import { XL } from './et';

export const WPS_STORE = {
  journal: 'PERF.journal',
  fills: 'PERF.fills',
  reviewed: 'PERF.reviewed',
  /** The cell notes (批注) PERF added with highlights, with their text. */
  notes: 'PERF.notes',
} as const;

export type WpsStoreKey = (typeof WPS_STORE)[keyof typeof WPS_STORE];

export const PART_CHARS = 250;

export const WPS_STORE_LIMITS = {
  /** Characters per document (each part is a property: keep the count of properties modest). */
  journalChars: 200_000,
  fillsChars: 200_000,
  reviewedChars: 100_000,
  notesChars: 200_000,
  journalEntries: 20,
} as const;

function properties(app: EtApplication): EtDocumentProperties {
  const book = app.ActiveWorkbook;
  if (!book) throw new Error('no workbook');
  return book.CustomDocumentProperties;
}

function valueOf(props: EtDocumentProperties, name: string): string | undefined {
  try {
    const v = props.Item(name).Value;
    return v === undefined || v === null ? undefined : String(v);
  } catch {
    return undefined;
  }
}

/** The stored text, or undefined when absent or incomplete. */
export function readDocument(app: EtApplication, key: WpsStoreKey): string | undefined {
  let props: EtDocumentProperties;
  try {
    props = properties(app);
  } catch {
    return undefined;
  }
  const count = Number(valueOf(props, `${key}.n`));
  if (!Number.isInteger(count) || count <= 0 || count > 10_000) return undefined;
  let text = '';
  for (let i = 0; i < count; i += 1) {
    const part = valueOf(props, `${key}.${i}`);
    if (part === undefined) return undefined;
    text += part;
  }
  return text;
}

function remove(props: EtDocumentProperties, name: string): void {
  try {
    props.Item(name).Delete();
  } catch {
    // absent
  }
}

/** Replaces the stored text (undefined removes it). Throws when ET refuses. */
export function writeDocument(app: EtApplication, key: WpsStoreKey, text: string | undefined): void {
  const props = properties(app);
  const old = Number(valueOf(props, `${key}.n`));
  if (Number.isInteger(old) && old > 0) {
    remove(props, `${key}.n`);
    for (let i = 0; i < Math.min(old, 10_000); i += 1) remove(props, `${key}.${i}`);
  }
  if (text === undefined || text === '') return;
  const parts: string[] = [];
  for (let at = 0; at < text.length; at += PART_CHARS) parts.push(text.slice(at, at + PART_CHARS));
  parts.forEach((part, i) => props.Add(`${key}.${i}`, false, XL.propertyString, part));
  // The count last: a write that fails half-way leaves no count, so it reads as absent, not as a torn document.
  props.Add(`${key}.n`, false, XL.propertyString, String(parts.length));
}
