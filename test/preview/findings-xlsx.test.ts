// The findings list as .xlsx: one sheet named in the pane's language, the headers, text written as
// text (a message starting with = stays a string, never a formula) and figures as numbers keeping
// their decimals.
import ExcelJS from 'exceljs';
import { findingsXlsx } from '../../src/preview/findings-xlsx';
import type { Finding } from '../../src/core/findings/types';
import { findingsTable } from '../../src/taskpane/findings-csv';

const m = (zh: string, en: string) => ({ zh, en });
const finding: Finding = {
  rule: 'PERF021',
  severity: 'error',
  sheet: 'Sheet1',
  cells: ['I21'],
  row: 21,
  message: m('=HYPERLINK("http://x","a")', '@SUM(1,2)'),
  why: m('-1+1', '-1+1'),
  how: m('改为 2.620', 'Change to 2.620'),
  expected: '2.620',
  found: '2.63',
};

it('writes text as text and figures as numbers with their decimals', async () => {
  const data = await findingsXlsx(findingsTable([finding], 'zh'));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(['问题清单']);
  const sheet = workbook.worksheets[0];
  expect(sheet.getRow(1).values).toEqual([undefined, '序号', '严重程度', '规则', '规则名称', '工作表', '单元格', '行', '问题', '原因', '修改方法', '期望', '实际']);
  const message = sheet.getCell('H2');
  expect(message.type).toBe(ExcelJS.ValueType.String);
  expect(message.value).toBe('=HYPERLINK("http://x","a")');
  expect(message.formula).toBeUndefined();
  expect(sheet.getCell('I2').value).toBe('-1+1');
  expect(sheet.getCell('G2').value).toBe(21);
  expect(sheet.getCell('K2').value).toBe(2.62);
  expect(sheet.getCell('K2').numFmt).toBe('0.000');
  expect(sheet.getCell('L2').value).toBe(2.63);
  expect(sheet.getCell('L2').numFmt).toBe('0.00');
  expect(sheet.rowCount).toBe(2);
});

it('names the sheet in English for the English pane', async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await findingsXlsx(findingsTable([finding], 'en'))) as unknown as ExcelJS.Buffer);
  expect(workbook.worksheets[0].name).toBe('Findings');
  expect(workbook.worksheets[0].getCell('H2').value).toBe('@SUM(1,2)');
});
