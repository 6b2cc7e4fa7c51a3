// What PERF keeps inside the workbook in WPS: the undo journal, the original fills under highlights,
// the 批注 it added and the reviewed marks, as JSON in the workbook's custom document properties (saved with the file,
// in .xlsx as docProps/custom.xml). A text property holds at most 255 characters, so a document is
// cut into numbered parts (src/hosts/doc-parts.ts, the format the Excel and file hosts share):
// PERF.journal.n (how many) and PERF.journal.0, .1, … Read defensively: a missing or damaged
// document reads as empty. JSON shapes are the in-memory host's.
import { MAX_PARTS, NOTES_PROPERTY, REVIEWED_MAX_CHARS, REVIEWED_PROPERTY, countName, joinParts, partCount, partName, partsToWrite } from '../doc-parts';
import type { EtApplication, EtDocumentProperties } from './et';
import { XL } from './et';
import { WpsHostError } from './errors';
import { wpsMsg } from './messages';

export const WPS_STORE = {
  journal: 'PERF.journal',
  fills: 'PERF.fills',
  reviewed: REVIEWED_PROPERTY,
  /** The cell notes (批注) PERF added with highlights, with their text. */
  notes: NOTES_PROPERTY,
} as const;

export type WpsStoreKey = (typeof WPS_STORE)[keyof typeof WPS_STORE];

export { PART_CHARS } from '../doc-parts';

export const WPS_STORE_LIMITS = {
  /** Characters per document (each part is a property: keep the count of properties modest). */
  journalChars: 200_000,
  fillsChars: 200_000,
  reviewedChars: REVIEWED_MAX_CHARS,
  notesChars: 200_000,
  journalEntries: 20,
} as const;

function properties(app: EtApplication): EtDocumentProperties {
  const book = app.ActiveWorkbook;
  if (!book) throw new WpsHostError(wpsMsg.noWorkbook);
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

/**
 * The stored text, or undefined when absent or incomplete (or no workbook is open). ET failing to
 * give the workbook's properties throws: a store that cannot be read is not an empty one.
 */
export function readDocument(app: EtApplication, key: WpsStoreKey): string | undefined {
  const book = app.ActiveWorkbook;
  if (!book) return undefined;
  const props = book.CustomDocumentProperties;
  return joinParts((name) => valueOf(props, name), key);
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
  const old = partCount(valueOf(props, countName(key)));
  if (old !== undefined) {
    remove(props, countName(key));
    for (let i = 0; i < Math.min(old, MAX_PARTS); i += 1) remove(props, partName(key, i));
  }
  // The count comes last in the list: a write that fails half-way leaves no count, so it reads as absent.
  for (const property of partsToWrite(key, text)) props.Add(property.name, false, XL.propertyString, property.text);
}
