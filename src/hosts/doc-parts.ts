// A PERF document (JSON text) kept in a workbook's custom document properties, the one format every
// host reads and writes: Excel (workbook.properties.custom), WPS (CustomDocumentProperties) and the
// file host (docProps/custom.xml in the preview's download). A text property holds at most 255
// characters in Excel and WPS, so the text is cut into numbered parts `${name}.0`, `${name}.1`, …
// and the count is stored last in `${name}.n`: a write that stops half-way leaves no count (or the
// old one over parts that no longer parse), which reads as absent, never as a torn document.
// Pure: no Office, no ExcelJS; each host supplies how to get one property.

/** Characters per part (Excel and WPS cut text properties at 255). */
export const PART_CHARS = 250;

/** More parts than this is not a PERF document: reading stops there. */
export const MAX_PARTS = 10_000;

/** The reviewed marks: parts `PERF.reviewed.0`…, count `PERF.reviewed.n`. */
export const REVIEWED_PROPERTY = 'PERF.reviewed';

/** The record of the cell notes PERF added with highlights (WPS and the preview's download). */
export const NOTES_PROPERTY = 'PERF.notes';

/** The longest reviewed-marks text any host stores (characters of JSON; 400 parts). */
export const REVIEWED_MAX_CHARS = 100_000;

/** The name of the count property of document `name`. */
export const countName = (name: string): string => `${name}.n`;

/** The name of part `i` of document `name`. */
export const partName = (name: string, i: number): string => `${name}.${i}`;

/** The number of parts a stored count stands for, or undefined when it is not a usable count. */
export function partCount(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n > 0 && n <= MAX_PARTS ? n : undefined;
}

/** Cuts text into parts of at most PART_CHARS, never between the halves of a surrogate pair. */
export function splitParts(text: string): string[] {
  const parts: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + PART_CHARS);
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end -= 1;
    parts.push(text.slice(at, end));
    at = end;
  }
  return parts;
}

/**
 * The text of document `name`, read through `get` (a property's text, undefined when absent);
 * undefined when the count is missing or bad or any part is missing.
 */
export function joinParts(get: (property: string) => string | undefined, name: string): string | undefined {
  const count = partCount(get(countName(name)));
  if (count === undefined) return undefined;
  let text = '';
  for (let i = 0; i < count; i += 1) {
    const part = get(partName(name, i));
    if (part === undefined) return undefined;
    text += part;
  }
  return text;
}

/** The properties that hold `text` as document `name`, parts first and the count last; none for no text. */
export function partsToWrite(name: string, text: string | undefined): Array<{ readonly name: string; readonly text: string }> {
  const parts = text ? splitParts(text) : [];
  if (parts.length === 0) return [];
  return [...parts.map((part, i) => ({ name: partName(name, i), text: part })), { name: countName(name), text: String(parts.length) }];
}

/** Is `property` one of the properties holding document `name` (its count or a numbered part)? */
export function isPartOf(property: string, name: string): boolean {
  if (!property.startsWith(`${name}.`)) return false;
  const rest = property.slice(name.length + 1);
  return rest === 'n' || /^\d+$/.test(rest);
}
