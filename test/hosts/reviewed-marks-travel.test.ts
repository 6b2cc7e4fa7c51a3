// Reviewed marks travel with the file between every host: the preview's download, Excel and WPS all
// keep them in the same custom document properties, so a file marked in one opens with its marks in
// the others. Excel and WPS are the fakes over their property collections; "saving the file" from
// Excel is modelled by writing the fake's properties into docProps/custom.xml as Excel does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { ReviewedMark } from '../../src/core/findings/types';
import { createExcelHost } from '../../src/hosts/excel';
import { openWorkbookFile, type OpenedFile } from '../../src/hosts/file';
import { readTextProperties } from '../../src/hosts/file/doc-props';
import type { EtApplication } from '../../src/hosts/wps/et';
import { createWpsHost } from '../../src/hosts/wps/host';
import { FakeEt } from '../support/fake-et';
import { FakeExcel } from '../support/fake-excel';
import { sheetFromRows, workbookOf } from '../support/grid';
import { seed, workbookGrid } from './excel/tables';

const seedBytes = new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'seed-xiyong-2022.xlsx')));

const marks: ReviewedMark[] = [
  { rule: 'PERF021', sheet: 'Sheet1', cell: 'I21', reason: '经财政局确认，按 2.63 填报。'.repeat(12), at: '2026-12-05T02:31:00.000Z' },
  { rule: 'PERF051', sheet: 'Sheet1', cell: 'H27', reason: '产值确为 123.45 亿元 👍', by: '张三', at: '2026-12-05T02:40:00.000Z' },
];

async function open(bytes: Uint8Array): Promise<OpenedFile> {
  const opened = await openWorkbookFile(bytes, 'seed.xlsx');
  if (!opened.ok) throw new Error(opened.problem.message.zh);
  return opened.file;
}

const wps = () => new FakeEt(workbookOf(sheetFromRows('Sheet1', [['指标', '权重', '得分']])));

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The seed file as Excel saves it with these custom document properties. */
async function savedByExcel(properties: ReadonlyMap<string, string>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(seedBytes);
  const elements = [...properties].map(([name, value], i) =>
    `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${xmlText(name)}"><vt:lpwstr>${xmlText(value)}</vt:lpwstr></property>`);
  zip.file('docProps/custom.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' + elements.join('') + '</Properties>');
  const types = await zip.file('[Content_Types].xml')!.async('string');
  if (!types.includes('/docProps/custom.xml')) {
    zip.file('[Content_Types].xml', types.replace('</Types>', '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>'));
  }
  const rels = await zip.file('_rels/.rels')!.async('string');
  if (!rels.includes('custom-properties')) {
    zip.file('_rels/.rels', rels.replace('</Relationships>', '<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>'));
  }
  return zip.generateAsync({ type: 'uint8array' });
}

describe('reviewed marks travel with the file between hosts', () => {
  it('marked in the preview: the download opens with its marks in Excel and in WPS', async () => {
    const file = await open(seedBytes);
    await file.host.saveReviewed(marks);
    const download = await file.download();
    if (!download.ok) throw new Error(download.message.zh);
    const properties = await readTextProperties(download.data);

    const excel = new FakeExcel(workbookGrid(seed));
    excel.workbook.customProperties = new Map(properties);
    expect(await createExcelHost(excel.deps).loadReviewed()).toEqual(marks);

    const et = wps();
    for (const [name, value] of properties) et.properties.set(name, value);
    expect(await createWpsHost(et.application as EtApplication).loadReviewed()).toEqual(marks);
  });

  it('marked in Excel: the saved file opens with its marks in the preview (file host) and in WPS', async () => {
    const excel = new FakeExcel(workbookGrid(seed));
    excel.workbook.customProperties.set('公文编号', '鄂财绩〔2026〕12号');
    await createExcelHost(excel.deps).saveReviewed(marks);

    const reopened = await open(await savedByExcel(excel.workbook.customProperties));
    expect(await reopened.host.loadReviewed()).toEqual(marks);
    // The preview's own download keeps them, and the other program's property, as they were.
    const download = await reopened.download();
    if (!download.ok) throw new Error(download.message.zh);
    expect((await readTextProperties(download.data)).get('公文编号')).toBe('鄂财绩〔2026〕12号');

    const et = wps();
    for (const [name, value] of excel.workbook.customProperties) et.properties.set(name, value);
    const wpsHost = createWpsHost(et.application as EtApplication);
    expect(await wpsHost.loadReviewed()).toEqual(marks);

    // Changed in WPS, back in Excel: one set of marks, not two diverging copies.
    await wpsHost.saveReviewed([marks[1]]);
    excel.workbook.customProperties = new Map(et.properties);
    expect(await createExcelHost(excel.deps).loadReviewed()).toEqual([marks[1]]);
  });
});
