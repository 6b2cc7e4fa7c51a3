// The broken-file corpus: every kind of file perf-audit and the preview must refuse
// with one clear line, plus two good workbooks that must still be checked in the same run. Made here,
// never committed (a few of these are tens of megabytes once inflated).
//
//   node scripts/build-hostile-corpus.js [DIR]     default DIR: test-output/hostile-corpus (ignored)
//
// The test (test/hostile/corpus.test.ts) builds it into a temporary folder.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FileProblemCode } from '../../../src/hosts/file/problems';
import * as bad from '../../hosts/file/bad-files';
import { encryptedWorkbook } from './compound-file';

const ROOT = resolve(__dirname, '..', '..', '..');
const SEED = join(ROOT, 'test', 'fixtures', 'seed-xiyong-2022.xlsx');
const XLS = join(ROOT, 'test', 'hosts', 'file', 'assets', 'clean-project-2023.xls');

export interface CorpusFile {
  readonly file: string;
  /** What the file is, for people. */
  readonly what: string;
  /** The problem the file host must name, or 'ok' for a workbook that must be checked. */
  readonly expect: FileProblemCode | 'ok';
  readonly make: () => Promise<Uint8Array> | Uint8Array;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A workbook whose only sheet is a chart sheet, as Excel saves one: workbook, chartsheet, drawing, chart. */
function chartsOnlyWorkbook(): Promise<Uint8Array> {
  return bad.zipOf({
    '[Content_Types].xml':
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="${CT}.spreadsheetml.chartsheet+xml"/>` +
      `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${CT}.drawing+xml"/>` +
      `<Override PartName="/xl/charts/chart1.xml" ContentType="${CT}.drawingml.chart+xml"/></Types>`,
    '_rels/.rels': `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="图表1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`,
    'xl/chartsheets/sheet1.xml': `${XML}<chartsheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><drawing r:id="rId1"/></chartsheet>`,
    'xl/chartsheets/_rels/sheet1.xml.rels': `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`,
    'xl/drawings/drawing1.xml':
      `${XML}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}">` +
      '<xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="8666049" cy="6293304"/><xdr:graphicFrame><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:absoluteAnchor></xdr:wsDr>',
    'xl/drawings/_rels/drawing1.xml.rels': `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/></Relationships>`,
    'xl/charts/chart1.xml':
      `${XML}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/>` +
      '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numLit><c:ptCount val="3"/>' +
      '<c:pt idx="0"><c:v>50</c:v></c:pt><c:pt idx="1"><c:v>30</c:v></c:pt><c:pt idx="2"><c:v>10</c:v></c:pt></c:numLit></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart>' +
      '<c:catAx><c:axId val="1"/><c:scaling/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>',
  });
}

/**
 * The seed workbook with its first sheet replaced by `rows` rows filling all 16,384 columns (A…XFD),
 * one number per cell, its used range stated as Excel writes it.
 */
async function fullWidthWorkbook(rows: number): Promise<Uint8Array> {
  const JSZip = (await import('jszip')).default;
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Sheet1').getCell('A1').value = 1;
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const letters: string[] = [];
  for (let c = 1; c <= 16_384; c++) {
    let n = c;
    let s = '';
    while (n > 0) {
      s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      n = Math.floor((n - 1) / 26);
    }
    letters.push(s);
  }
  const parts: string[] = [`${XML}<worksheet xmlns="${MAIN}"><dimension ref="A1:XFD${rows}"/><sheetData>`];
  for (let r = 1; r <= rows; r++) {
    parts.push(`<row r="${r}" spans="1:16384">`);
    for (let c = 0; c < 16_384; c++) parts.push(`<c r="${letters[c]}${r}"><v>${c}</v></c>`);
    parts.push('</row>');
  }
  parts.push('</sheetData></worksheet>');
  const entries = [];
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const content = entry.name === 'xl/worksheets/sheet1.xml' ? parts.join('') : await entry.async('uint8array');
    entries.push(bad.deflatedEntry(entry.name, content));
  }
  return bad.rawZip(entries);
}

/** The seed with one stray value in the sheet's last cell, XFD1048576: used range = the whole sheet. */
async function seedWithStrayLastCell(): Promise<Uint8Array> {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(SEED) as unknown as ArrayBuffer);
  workbook.worksheets[0].getCell('XFD1048576').value = '.';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const MB = 1024 * 1024;

export const CORPUS: readonly CorpusFile[] = [
  { file: 'empty.xlsx', what: 'an empty file (0 bytes)', expect: 'empty', make: () => new Uint8Array(0) },
  { file: 'random-bytes.xlsx', what: '64 KB of random bytes named .xlsx', expect: 'not-zip', make: () => bad.randomBytes(64 * 1024, 7) },
  { file: 'truncated.xlsx', what: 'the seed cut off after 60% of its bytes', expect: 'truncated', make: () => readFileSync(SEED).subarray(0, Math.floor(readFileSync(SEED).length * 0.6)) },
  { file: 'zip-bomb.xlsx', what: 'a sheet of 200 MB declared as 1 KB (a zip bomb)', expect: 'zip-bomb', make: () => bad.hugeSheetZip(200 * MB, 1024) },
  { file: 'rows-1048576.xlsx', what: "a sheet of 1,048,576 rows (Excel's maximum), one value each", expect: 'too-large-inflated', make: () => bad.manyRowsWorkbook(1_048_576, { dimension: true, values: true }) },
  { file: 'columns-16384.xlsx', what: 'a sheet of 100 rows filling all 16,384 columns (A…XFD)', expect: 'too-large-inflated', make: () => fullWidthWorkbook(100) },
  { file: 'encrypted.xlsx', what: 'a workbook with a password to open (OLE compound file: EncryptionInfo, EncryptedPackage)', expect: 'encrypted', make: encryptedWorkbook },
  { file: 'legacy-97-2003.xls', what: 'a real Excel 97-2003 workbook (.xls, BIFF8)', expect: 'legacy-xls', make: () => readFileSync(XLS) },
  { file: 'csv-renamed.xlsx', what: 'a CSV file renamed .xlsx', expect: 'csv', make: () => Buffer.from('指标名称,指标值,全年完成值,得分\r\n出动森林防火宣传车,≥20次,25,2.7\r\n预算执行率,100%,99.74%,9.97\r\n', 'utf8') },
  { file: 'charts-only.xlsx', what: 'a workbook holding only a chart sheet', expect: 'no-worksheets', make: chartsOnlyWorkbook },
  { file: 'good-seed.xlsx', what: 'the seed (a good workbook, still checked in the same run)', expect: 'ok', make: () => readFileSync(SEED) },
  { file: 'good-stray-last-cell.xlsx', what: 'the seed with a stray value in XFD1048576 (used range = the whole sheet)', expect: 'ok', make: seedWithStrayLastCell },
];

/** Writes every corpus file into `dir`; returns the list with paths. */
export async function buildHostileCorpus(dir: string): Promise<Array<CorpusFile & { readonly path: string; readonly bytes: number }>> {
  mkdirSync(dir, { recursive: true });
  const out = [];
  for (const entry of CORPUS) {
    const bytes = await entry.make();
    const path = join(dir, entry.file);
    writeFileSync(path, bytes);
    out.push({ ...entry, path, bytes: bytes.length });
  }
  return out;
}
