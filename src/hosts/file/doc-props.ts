// The workbook's custom document properties (docProps/custom.xml), read and written at the zip level
// because ExcelJS neither reads nor keeps them. PERF keeps its reviewed marks there in the format every
// host shares (src/hosts/doc-parts.ts): the JSON text cut into numbered text properties,
// PERF.reviewed.0, .1, … and the count in PERF.reviewed.n. So a file downloaded from the preview carries the marks to the preview, to WPS and
// to any tool that lists document properties; properties of other programs are kept as they were.
import JSZip from 'jszip';
import { REVIEWED_PROPERTY, isPartOf, joinParts as joinPropertyParts, partsToWrite } from '../doc-parts';

export { splitParts } from '../doc-parts';

const CUSTOM_PART = 'docProps/custom.xml';
const CUSTOM_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
const CUSTOM_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';
const FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';

/** The name under which the reviewed marks are stored (parts `${name}.0`…, count `${name}.n`). */
export { REVIEWED_PROPERTY };

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

/** The text stored under `name` in the shared part format, or undefined when absent or incomplete. */
function joinParts(props: readonly RawProperty[], name: string): string | undefined {
  const byName = new Map(props.map((p) => [p.name, p.text]));
  return joinPropertyParts((property) => byName.get(property), name);
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
  const kept = existing.filter((p) => !isPartOf(p.name, name));
  const added = partsToWrite(name, text);
  if (kept.length === 0 && added.length === 0 && !zip.file(CUSTOM_PART)) return bytes;
  zip.file(CUSTOM_PART, customXml(kept, added));
  await ensurePackageEntries(zip);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
