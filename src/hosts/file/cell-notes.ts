// The cell notes (Excel notes, WPS 批注) of .xlsx bytes, read at the zip level: ExcelJS drops a note
// whose cell has no value or style when it loads a file, so the preview would not know the cell
// already has the user's note, and a rewritten download would lose it. Each sheet's comments part is
// found through the workbook's relationships; the note's text is the text of all its runs.
import JSZip from 'jszip';

export interface FileNote {
  readonly sheet: string;
  readonly address: string;
  readonly text: string;
}

const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : e === 'amp' ? '&'
      : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)));

const attr = (element: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(element);
  return m ? unescapeXml(m[1]) : undefined;
};

/** 'xl/worksheets/_rels/sheet1.xml.rels' → targets resolved against the part's folder. */
function resolve(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const step of target.split('/')) {
    if (step === '..') parts.pop();
    else if (step !== '.') parts.push(step);
  }
  return parts.join('/');
}

async function text(zip: JSZip, path: string): Promise<string | undefined> {
  const file = zip.file(path);
  return file ? file.async('string') : undefined;
}

/** Relationship Id → [Type, resolved target] of one .rels part. */
async function relationships(zip: JSZip, part: string): Promise<Map<string, { type: string; target: string }>> {
  const slash = part.lastIndexOf('/');
  const relsPath = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const xml = (await text(zip, relsPath)) ?? '';
  const out = new Map<string, { type: string; target: string }>();
  for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target && attr(m[0], 'TargetMode') !== 'External') out.set(id, { type: attr(m[0], 'Type') ?? '', target: resolve(part, target) });
  }
  return out;
}

/** Every note in the file, by sheet name and cell address; empty when none or not a zip. */
export async function readFileNotes(bytes: Uint8Array): Promise<FileNote[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return [];
  }
  const workbook = await text(zip, 'xl/workbook.xml');
  if (!workbook) return [];
  const bookRels = await relationships(zip, 'xl/workbook.xml');
  const out: FileNote[] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attr(m[0], 'name');
    const id = attr(m[0], 'r:id') ?? /\s\w+:id="([^"]*)"/.exec(m[0])?.[1];
    const sheetPart = id ? bookRels.get(id)?.target : undefined;
    if (name === undefined || !sheetPart) continue;
    for (const rel of (await relationships(zip, sheetPart)).values()) {
      if (!/\/comments$/.test(rel.type)) continue;
      const xml = await text(zip, rel.target);
      if (!xml) continue;
      for (const c of xml.matchAll(/<(?:\w+:)?comment\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?comment>/g)) {
        const ref = attr(c[1].startsWith(' ') ? c[1] : ` ${c[1]}`, 'ref');
        if (!ref) continue;
        const runs = [...c[2].matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)].map((t) => unescapeXml(t[1]));
        out.push({ sheet: name, address: ref.toUpperCase(), text: runs.join('') });
      }
    }
  }
  return out;
}

/** The text of an ExcelJS cell note (plain or rich text); undefined without a note. */
export function noteTextOf(note: unknown): string | undefined {
  if (typeof note === 'string') return note;
  if (typeof note !== 'object' || note === null) return undefined;
  const texts = (note as { texts?: unknown }).texts;
  if (!Array.isArray(texts)) return undefined;
  return texts.map((t) => (typeof t === 'object' && t !== null && typeof (t as { text?: unknown }).text === 'string' ? (t as { text: string }).text : '')).join('');
}
