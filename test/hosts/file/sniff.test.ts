// Unreadable input is named, in one line, in both languages, before ExcelJS ever sees it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sniffWorkbook } from '../../../src/hosts/file/sniff';
import { tryReadWorkbookFromBuffer } from '../../../src/hosts/file/read';
import { DEFAULT_LIMITS } from '../../../src/hosts/file/limits';
import type { FileProblemCode } from '../../../src/hosts/file/problems';
import * as bad from './bad-files';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const seed = () => new Uint8Array(readFileSync(join(FIXTURES, 'seed-xiyong-2022.xlsx')));

async function codeOf(bytes: Uint8Array): Promise<FileProblemCode | undefined> {
  const result = await tryReadWorkbookFromBuffer(bytes, 'x.xlsx');
  return result.ok ? undefined : result.problem.code;
}

describe('what a file is, before ExcelJS reads it', () => {
  const cases: ReadonlyArray<[string, () => Uint8Array | Promise<Uint8Array>, FileProblemCode]> = [
    ['an empty file', () => new Uint8Array(0), 'empty'],
    ['random bytes named .xlsx', () => bad.randomBytes(4096), 'not-zip'],
    ['a zip cut in half', () => seed().subarray(0, Math.floor(seed().length / 2)), 'truncated'],
    ['a zip missing its last byte', () => seed().subarray(0, seed().length - 1), 'truncated'],
    ['a real Excel 97-2003 .xls', () => new Uint8Array(readFileSync(join(__dirname, 'assets', 'clean-project-2023.xls'))), 'legacy-xls'],
    ['an encrypted workbook (OLE with EncryptionInfo)', () => bad.oleWithStreams('EncryptionInfo', 'EncryptedPackage'), 'encrypted'],
    ['a legacy Word .doc', () => bad.oleWithStreams('WordDocument', '1Table'), 'legacy-office'],
    ['a .docx', bad.docx, 'docx'],
    ['a .pptx', bad.pptx, 'pptx'],
    ['an .xlsb', bad.xlsb, 'xlsb'],
    ['a zip that is no Office file', bad.plainZip, 'not-workbook'],
    ['a workbook with only a chart sheet', bad.chartsOnly, 'no-worksheets'],
    ['a zip with encrypted entries', async () => bad.withEncryptedFlag(await bad.plainZip()), 'encrypted'],
    ['a CSV renamed .xlsx', () => Buffer.from('名称,单位,单价,数量\r\nA4复印纸,包,23.5,120\r\n中性笔,支,1.8,600\r\n'), 'csv'],
    ['a CSV with a UTF-8 BOM and tabs', () => Buffer.from('\uFEFF指标名称\t指标值\n预算执行率\t100\n'), 'csv'],
    ['an HTML table saved as .xlsx', () => Buffer.from('<html><body><table><tr><td>绩效指标</td></tr></table></body></html>'), 'html'],
    ['an XML Spreadsheet 2003', () => Buffer.from('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>'), 'xml-spreadsheet'],
    ['xl/workbook.xml that is not XML', () => bad.zipOf({ 'xl/workbook.xml': '这不是XML', 'xl/worksheets/sheet1.xml': '<<<' }), 'corrupt'],
  ];

  it.each(cases)('%s', async (_label, make, code) => {
    expect(await codeOf(await make())).toBe(code);
  });

  it('reads every committed fixture without a problem', async () => {
    expect(await sniffWorkbook(seed())).toBeUndefined();
    expect(await codeOf(seed())).toBeUndefined();
  });

  it('gives one line per language, never a stack trace', async () => {
    for (const [, make] of cases) {
      const result = await tryReadWorkbookFromBuffer(await make(), 'x.xlsx');
      if (result.ok) throw new Error('expected a problem');
      for (const text of [result.problem.message.zh, result.problem.message.en]) {
        expect(text.length).toBeGreaterThan(5);
        expect(text).not.toMatch(/\n|\bat .*\(|Error:/);
      }
      expect(result.problem.message.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('tells the user to save legacy and foreign formats as .xlsx', async () => {
    for (const make of [() => new Uint8Array(readFileSync(join(__dirname, 'assets', 'clean-project-2023.xls'))), bad.docx]) {
      const result = await tryReadWorkbookFromBuffer(await make());
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.problem.message.zh).toContain('另存为 .xlsx');
        expect(result.problem.message.en).toContain('save it as .xlsx');
      }
    }
  });
});

describe('memory stays bounded', () => {
  it('refuses a sheet whose declared inflated size passes the cap, without inflating it', async () => {
    const limits = { ...DEFAULT_LIMITS, maxEntryBytes: 1024 * 1024, maxTotalBytes: 2 * 1024 * 1024 };
    const problem = await sniffWorkbook(await bad.hugeSheetZip(3 * 1024 * 1024), limits);
    expect(problem?.code).toBe('too-large-inflated');
    expect(problem?.message.zh).toContain('1.0 MB');
  });

  it('refuses a zip bomb that understates its size (200 MB of filler declared as 1 KB)', async () => {
    const bomb = await bad.hugeSheetZip(200 * 1024 * 1024, 1024);
    expect(bomb.length).toBeLessThan(DEFAULT_LIMITS.maxFileBytes);
    const problem = await sniffWorkbook(bomb);
    expect(problem?.code).toBe('zip-bomb');
    expect(problem?.message.en).toContain('xl/worksheets/sheet1.xml');
  }, 60_000); // compressing 200 MB of filler for the test takes seconds on a loaded machine

  it('refuses an honest 200 MB sheet by its declared size', async () => {
    const problem = await sniffWorkbook(await bad.hugeSheetZip(200 * 1024 * 1024));
    expect(problem?.code).toBe('too-large-inflated');
    expect(problem?.message.en).toMatch(/200 MB.*32 MB/);
  }, 60_000);

  it('refuses a file larger than the on-disk cap before looking inside', async () => {
    const problem = await sniffWorkbook(new Uint8Array(10), { ...DEFAULT_LIMITS, maxFileBytes: 5 });
    expect(problem?.code).toBe('too-large');
  });

  it('refuses a sheet of 1,048,576 rows of values by its inflated size', async () => {
    const problem = await sniffWorkbook(await bad.manyRowsWorkbook(1_048_576, { dimension: true, values: true }));
    expect(problem?.code).toBe('too-large-inflated');
  }, 60_000);

  it('refuses 300,000 formatted rows by the used range the sheet states, before parsing a row', async () => {
    const problem = await sniffWorkbook(await bad.manyRowsWorkbook(300_000, { dimension: true, values: false }));
    expect(problem?.code).toBe('too-many-rows');
    expect(problem?.message.zh).toContain('100000');
  }, 60_000);

  it('refuses 300,000 formatted rows with no stated range, by counting rows while parsing', async () => {
    const bytes = await bad.manyRowsWorkbook(300_000, { dimension: false, values: false });
    expect(await sniffWorkbook(bytes)).toBeUndefined();
    const result = await tryReadWorkbookFromBuffer(bytes);
    expect(result.ok ? 'read' : result.problem.code).toBe('too-many-rows');
  }, 60_000);

  it('reads a legitimately long sheet under the caps (20,000 rows)', async () => {
    const result = await tryReadWorkbookFromBuffer(await bad.manyRowsWorkbook(20_000, { dimension: true, values: true }));
    expect(result.ok && result.grid.sheets[0].rowCount).toBe(20_000);
  }, 60_000);
});
