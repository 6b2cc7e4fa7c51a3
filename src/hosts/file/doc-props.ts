// The workbook's custom document properties (docProps/custom.xml), read and written at the zip level
// because ExcelJS neither reads nor keeps them. PERF keeps its reviewed marks there in the WPS host's
// format: the JSON text cut into numbered text properties, PERF.reviewed.0, .1, … and the count in
// PERF.reviewed.n. So a file downloaded from the preview carries the marks to the preview, to WPS and
// to any tool that lists document properties; properties of other programs are kept as they were.
import JSZip from 'jszip';
import { PART_CHARS, WPS_STORE } from '../wps/store';

const CUSTOM_PART = 'docProps/custom.xml';
const CUSTOM_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
const CUSTOM_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';
const FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';

/** The name under which the reviewed marks are stored (parts `${name}.0`…, count `${name}.n`). */
export const REVIEWED_PROPERTY = WPS_STORE.reviewed;

const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : e === 'amp' ? '&'
      : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)));

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface RawProperty {
  readonly name: string;
  /** The element as found, for properties that are not PERF's (kept byte for byte, pid renumbered). */
  readonly xml: string;
  /** The text of a string property; undefined for other types. */
  readonly text?: string;
}

function parseProperties(xml: string): RawProperty[] {
  const out: RawProperty[] = [];
  for (const match of xml.matchAll(/<property\b[^>]*?(?:\/>|>[\s\S]*?<\/property>)/g)) {
    const element = match[0];
    const name = /\bname="([^"]*)"/.exec(element)?.[1];
    if (name === undefined) continue;
    const text = /<(?:\w+:)?(?:lpwstr|bstr|lpstr)>([\s\S]*?)<\/(?:\w+:)?(?:lpwstr|bstr|lpstr)>/.exec(element)?.[1];
    out.push({ name: unescapeXml(name), xml: element, ...(text !== undefined ? { text: unescapeXml(text) } : {}) });
  }
  return out;
}

async function openZip(bytes: Uint8Array): Promise<JSZip | undefined> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch {
    return undefined;
  }
}

async function propertiesOf(zip: JSZip): Promise<RawProperty[]> {
  const part = zip.file(CUSTOM_PART);
  return part ? parseProperties(await part.async('string')) : [];
}

/** The text stored under `name` in the WPS part format, or undefined when absent or incomplete. */
function joinParts(props: readonly RawProperty[], name: string): string | undefined {
  const byName = new Map(props.map((p) => [p.name, p.text]));
  const count = Number(byName.get(`${name}.n`));
  if (!Number.isInteger(count) || count <= 0 || count > 10_000) return undefined;
  let text = '';
  for (let i = 0; i < count; i += 1) {
    const part = byName.get(`${name}.${i}`);
    if (part === undefined) return undefined;
    text += part;
  }
  return text;
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

/** Every custom document property with a text value, by name (empty when none or not a zip). */
export async function readTextProperties(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await openZip(bytes);
  const props = zip ? await propertiesOf(zip) : [];
  return new Map(props.filter((p) => p.text !== undefined).map((p) => [p.name, p.text!]));
}

/** The stored text of one PERF document in .xlsx bytes; undefined when absent, damaged or not a zip. */
export async function readStoredDocument(bytes: Uint8Array, name: string = REVIEWED_PROPERTY): Promise<string | undefined> {
  const zip = await openZip(bytes);
  return zip ? joinParts(await propertiesOf(zip), name) : undefined;
}

/** Is `property` one of the properties holding document `name` (its count or a numbered part)? */
function isPart(property: string, name: string): boolean {
  if (!property.startsWith(`${name}.`)) return false;
  const rest = property.slice(name.length + 1);
  return rest === 'n' || /^\d+$/.test(rest);
}

function customXml(kept: readonly RawProperty[], added: ReadonlyArray<{ name: string; text: string }>): string {
  let pid = 2;
  const elements = [
    ...kept.map((p) => p.xml.replace(/\bpid="\d+"/, () => `pid="${pid++}"`)),
    ...added.map((p) => `<property fmtid="${FMTID}" pid="${pid++}" name="${escapeXml(p.name)}"><vt:lpwstr>${escapeXml(p.text)}</vt:lpwstr></property>`),
  ];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    elements.join('') +
    '</Properties>'
  );
}

async function ensurePackageEntries(zip: JSZip): Promise<void> {
  const typesFile = zip.file('[Content_Types].xml');
  if (typesFile) {
    const types = await typesFile.async('string');
    if (!/PartName="\/docProps\/custom\.xml"/.test(types)) {
      zip.file('[Content_Types].xml', types.replace('</Types>', `<Override PartName="/docProps/custom.xml" ContentType="${CUSTOM_TYPE}"/></Types>`));
    }
  }
  const relsFile = zip.file('_rels/.rels');
  if (relsFile) {
    const rels = await relsFile.async('string');
    if (!rels.includes(CUSTOM_REL)) {
      const ids = new Set([...rels.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
      let n = 1;
      while (ids.has(`rId${n}`)) n += 1;
      zip.file('_rels/.rels', rels.replace('</Relationships>', `<Relationship Id="rId${n}" Type="${CUSTOM_REL}" Target="docProps/custom.xml"/></Relationships>`));
    }
  }
}

/**
 * `bytes` with the custom document properties of `source` (the file as opened: ExcelJS drops them
 * when it rewrites a workbook) and the document `name` replaced by `text` (undefined removes it).
 */
export async function writeStoredDocument(
  bytes: Uint8Array,
  source: Uint8Array,
  text: string | undefined,
  name: string = REVIEWED_PROPERTY,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const sourceZip = source === bytes ? zip : await openZip(source);
  const existing = sourceZip ? await propertiesOf(sourceZip) : [];
  const kept = existing.filter((p) => !isPart(p.name, name));
  const parts = text ? splitParts(text) : [];
  const added = [
    ...parts.map((part, i) => ({ name: `${name}.${i}`, text: part })),
    ...(parts.length > 0 ? [{ name: `${name}.n`, text: String(parts.length) }] : []),
  ];
  if (kept.length === 0 && added.length === 0 && !zip.file(CUSTOM_PART)) return bytes;
  zip.file(CUSTOM_PART, customXml(kept, added));
  await ensurePackageEntries(zip);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
