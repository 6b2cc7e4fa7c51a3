// Writes the summary workbook (汇总 / 问题 / 规则) with ExcelJS: frozen header, autofilter, widths
// that fit Chinese text, severity colours, links that open each checked workbook at the cell. Every
// text is written as text, never as a formula. Node only; loaded only when --xlsx is given.
import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Language } from './args';
import { useLightExcelJs } from './light-exceljs';
import type { FileOutcome } from './outcome';
import { summarySheets, type Link, type SummarySheet, type SummaryValue } from './summary';
import { displayWidth } from './width';

/** Excel's limit for the text of one cell. */
const MAX_CELL_TEXT = 32767;

const TONES = {
  error: { fill: 'FFFFC7CE', font: 'FF9C0006' },
  warning: { fill: 'FFFFEB9C', font: 'FF9C5700' },
  info: { fill: 'FFDDEBF7', font: 'FF1F4E78' },
  passed: { fill: 'FFC6EFCE', font: 'FF006100' },
} as const;

function textOf(value: SummaryValue): string {
  if (value === undefined) return '';
  if (typeof value === 'object') return value.text;
  return String(value);
}

const clip = (text: string) => (text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT) : text);

/** The ExcelJS value: text as a plain string (ExcelJS writes it as a string, never a formula). */
function cellValue(value: SummaryValue): unknown {
  if (value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return clip(value);
  return { text: clip(value.text), hyperlink: value.link.target };
}

type Sheet = import('exceljs').Worksheet;

function fill(sheet: Sheet, data: SummarySheet): void {
  const columns = data.header.length;
  sheet.addRow([...data.header]);
  for (const row of data.rows) {
    const added = sheet.addRow([]);
    row.forEach((value, i) => {
      added.getCell(i + 1).value = cellValue(value) as never;
    });
  }
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
    cell.alignment = { vertical: 'middle' };
  });
  data.rows.forEach((row, r) => {
    const excelRow = sheet.getRow(r + 2);
    row.forEach((value, c) => {
      if (typeof value === 'object' && value !== undefined) excelRow.getCell(c + 1).font = { color: { argb: 'FF0563C1' }, underline: true };
    });
    const tone = data.tones[r];
    if (tone) {
      const cell = excelRow.getCell(data.toneColumn + 1);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: TONES[tone].fill } };
      cell.font = { color: { argb: TONES[tone].font } };
    }
    for (const c of data.percentColumns ?? []) excelRow.getCell(c + 1).numFmt = '0.0%';
    if (data.wrapColumn !== undefined) excelRow.getCell(data.wrapColumn + 1).alignment = { wrapText: true, vertical: 'top' };
  });
  for (let c = 0; c < columns; c++) {
    const widest = Math.max(displayWidth(data.header[c]), ...data.rows.map((row) => displayWidth(textOf(row[c]))));
    const limit = c === data.wrapColumn ? 80 : 50;
    sheet.getColumn(c + 1).width = Math.min(limit, Math.max(6, widest + 2));
  }
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, data.rows.length + 1), column: columns } };
}

/**
 * ExcelJS writes a hyperlink's whole target into the relationship and cannot add a location, so a
 * link to another workbook's cell is finished here, as Excel itself writes one: the relationship
 * names the file, the hyperlink element's location attribute names the sheet and cell.
 */
async function addLocations(buffer: Uint8Array, sheetFiles: ReadonlyArray<Map<string, Link>>): Promise<Uint8Array> {
  const from = { paths: [dirname(require.resolve('exceljs'))] };
  const JSZip = require(require.resolve('jszip', from)) as {
    loadAsync(data: Uint8Array): Promise<{
      file(name: string): { async(type: 'string'): Promise<string> } | null;
      file(name: string, data: string): void;
      generateAsync(options: object): Promise<Uint8Array>;
    }>;
  };
  const zip = await JSZip.loadAsync(buffer);
  for (const [i, links] of sheetFiles.entries()) {
    if (links.size === 0) continue;
    const name = `xl/worksheets/sheet${i + 1}.xml`;
    const entry = zip.file(name);
    if (!entry) throw new Error(`${name} missing`);
    const xml = await entry.async('string');
    const patched = xml.replace(/<hyperlink ref="([A-Z]+\d+)"([^>]*?)\/>/g, (whole, ref: string, rest: string) => {
      const location = links.get(ref)?.location;
      if (location === undefined || rest.includes('location=')) return whole;
      return `<hyperlink ref="${ref}"${rest} location="${escapeXml(location)}"/>`;
    });
    zip.file(name, patched);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!);
}

function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** Builds the summary workbook's bytes. */
export async function summaryWorkbook(outcomes: readonly FileOutcome[], lang: Language, summaryPath: string): Promise<Uint8Array> {
  const { ruleById } = await import('../core/rules');
  useLightExcelJs(); // writing needs only the Workbook class: not ExcelJS's streaming reader and writer
  const ExcelJS = (await import('exceljs')).default;
  const sheets = summarySheets({ outcomes, lang, summaryPath, rules: (id) => ruleById(id) });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'perf-audit';
  const links: Array<Map<string, Link>> = [];
  for (const data of sheets) {
    fill(workbook.addWorksheet(data.name), data);
    const map = new Map<string, Link>();
    data.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (typeof value === 'object' && value !== undefined && value.link.location !== undefined) map.set(`${columnLetters(c + 1)}${r + 2}`, value.link);
      }),
    );
    links.push(map);
  }
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  return addLocations(written, links);
}

/** Writes the summary workbook, whole or not at all (a temporary file renamed into place). */
export async function writeSummaryWorkbook(outcomes: readonly FileOutcome[], lang: Language, path: string): Promise<void> {
  const bytes = await summaryWorkbook(outcomes, lang, path);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
