// The findings list as CSV: headers in the pane's language, quoting, BOM and CRLF, and no formula
// injection (text starting with = + - @ tab CR gets an apostrophe; decimal figures stay numbers).
import type { Finding } from '../../src/core/findings/types';
import { csvText, findingsCsv, findingsCsvName } from '../../src/taskpane/findings-csv';

const m = (zh: string, en: string) => ({ zh, en });

const score: Finding = {
  rule: 'PERF021',
  severity: 'error',
  sheet: 'Sheet1',
  cells: ['I21'],
  row: 21,
  message: m('得分应为 2.62，实际 2.63', 'Score should be 2.62, found 2.63'),
  why: m('得分 = 权重 × 完成率', 'Score = weight × rate'),
  how: m('改为 2.62', 'Change it to 2.62'),
  expected: '2.62',
  found: '2.63',
};

const hostile: Finding = {
  rule: 'PERF040',
  severity: 'warning',
  sheet: '=HYPERLINK("http://x","a")',
  cells: ['B5', 'C5'],
  message: m('+cmd|" /C calc"!A0', '@SUM(1,2)'),
  why: m('-1+1', '-1+1'),
  how: m('\tTab, "quoted"\nnext line', '\rCR'),
  expected: '-0.5',
  found: '=1+1',
};

const rows = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');

describe('findingsCsv', () => {
  it('starts with a BOM, has headers in Chinese, one CRLF line per finding', () => {
    const csv = findingsCsv([score], 'zh', () => m('得分计算', 'Score computation'));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const lines = rows(csv);
    expect(lines[0]).toBe('序号,严重程度,规则,规则名称,工作表,单元格,行,问题,原因,修改方法,期望,实际');
    expect(lines[1]).toBe('1,错误,PERF021,得分计算,Sheet1,I21,21,得分应为 2.62，实际 2.63,得分 = 权重 × 完成率,改为 2.62,2.62,2.63');
    expect(lines).toHaveLength(3); // header, one finding, the empty tail after the last CRLF
  });

  it('writes English headers and messages in English', () => {
    const lines = rows(findingsCsv([score], 'en'));
    expect(lines[0]).toBe('No.,Severity,Rule,Rule name,Sheet,Cells,Row,Finding,Why,How to fix,Expected,Found');
    expect(lines[1]).toBe('1,Error,PERF021,,Sheet1,I21,21,"Score should be 2.62, found 2.63",Score = weight × rate,Change it to 2.62,2.62,2.63');
  });

  it('never lets a text field start like a formula, and quotes commas, quotes and line breaks', () => {
    const csv = findingsCsv([hostile], 'zh');
    const body = csv.replace(/^\uFEFF/, '').split('\r\n').slice(1).join('\r\n');
    expect(body).toBe(
      [
        '1,警告,PERF040,',
        `"'=HYPERLINK(""http://x"",""a"")"`,
        'B5 C5,',
        `"'+cmd|"" /C calc""!A0"`,
        `'-1+1`,
        `"'\tTab, ""quoted""\nnext line"`,
        '-0.5',
        `'=1+1\r\n`,
      ].join(','),
    );
  });

  it('csvText prefixes = + - @ tab and CR, and nothing else', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvText(`${start}x`)).toBe(`'${start}x`);
    expect(csvText('2.62')).toBe('2.62');
    expect(csvText('得分')).toBe('得分');
    expect(csvText('')).toBe('');
  });

  it('names the file by language and local time', () => {
    const at = new Date(2026, 11, 5, 6, 7);
    expect(findingsCsvName('zh', at)).toBe('问题清单-20261205-0607.csv');
    expect(findingsCsvName('en', at)).toBe('findings-20261205-0607.csv');
  });
});
