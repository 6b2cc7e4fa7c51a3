// perf-audit --xlsx: the summary workbook read back with ExcelJS and checked, sheet by sheet and cell
// by cell, against the JSON report of the same run.
import { mkdtempSync, mkdirSync, copyFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { linkLocation, linkTarget, worstFirst } from '../../src/cli/summary';
import { summaryWorkbook } from '../../src/cli/summary-xlsx';
import type { FileOutcome } from '../../src/cli/outcome';
import { ruleById } from '../../src/core/rules';
import { runCli } from './run';

const FIXTURES = join(__dirname, '..', 'fixtures');

interface JsonFile {
  file: string;
  error?: string;
  status: 'unreadable' | 'errors' | 'noTable' | 'passed';
  tables: Array<{ sheet: string; range: string; family: string; statedTotal?: string; computedTotal: string; grade: string; unit?: string; project?: string }>;
  findings: Array<{ rule: string; severity: 'error' | 'warning' | 'info'; sheet: string; cell: string; message: string; expected?: string; found?: string }>;
}

const STATUS_ZH = { unreadable: '无法读取', errors: '有错误', noTable: '未找到绩效指标表', passed: '无错误' };
const SEVERITY_ZH = { error: '错误', warning: '警告', info: '提示' };
const RANK = { unreadable: 0, errors: 1, noTable: 2, passed: 3 };

async function readBack(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** Row values as plain data: hyperlink cells as their text, empty cells as undefined. */
function values(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const out: unknown[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const v = row.getCell(c).value;
      out.push(v === null ? undefined : typeof v === 'object' && v !== null && 'text' in v ? (v as { text: string }).text : v);
    }
    rows.push(out);
  });
  return rows;
}

/** Every hyperlink location of a sheet, from the saved XML (ExcelJS reads only the target). */
async function locations(path: string, sheetIndex: number): Promise<Map<string, string>> {
  const JSZip = require(require.resolve('jszip', { paths: [dirname(require.resolve('exceljs'))] }));
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml: string = await zip.file(`xl/worksheets/sheet${sheetIndex}.xml`).async('string');
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<hyperlink ref="([A-Z]+\d+)"[^>]*?location="([^"]*)"/g)) out.set(m[1], m[2].replace(/&apos;/g, "'").replace(/&amp;/g, '&'));
  return out;
}

function noFormulas(workbook: ExcelJS.Workbook): void {
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      }),
    ),
  );
}

describe('perf-audit test/fixtures --xlsx summary.xlsx', () => {
  let dir: string;
  let summary: string;
  let files: JsonFile[];
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'perf-summary-'));
    summary = join(dir, 'out', '汇总.xlsx');
    mkdirSync(dirname(summary));
    const run = await runCli(FIXTURES, '--format', 'json', '--jobs', '1', '--xlsx', summary);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    files = (JSON.parse(run.stdout) as { files: JsonFile[] }).files;
    workbook = await readBack(summary);
  }, 60_000);

  it('writes the three sheets, each with a frozen header row and an autofilter over its rows', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['汇总', '问题', '规则']);
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeDefined();
      expect(sheet.getRow(1).font?.bold).toBe(true);
    }
  });

  it('汇总: one row per file of the JSON, worst first, with its unit, project, tables, totals, grade, profile and counts', () => {
    const sheet = workbook.getWorksheet('汇总')!;
    const [header, ...rows] = values(sheet);
    expect(header).toEqual(['文件', '单位', '项目', '表格', '自评总分', '计算总分', '等级', '评分方案', '错误', '警告', '提示', '结果', '无法读取原因']);
    // The default profile rule: Hubei forms (family F) with the Hubei profile, said to be chosen; the rest national.
    const profileOf = (f: JsonFile) =>
      f.tables.length === 0 ? undefined : f.tables.every((t) => t.family === 'F') ? '湖北省（预算执行 20 分 + 绩效目标 80 分）（按版式自动选用）' : '全国（财预〔2020〕10号）';
    expect(rows).toHaveLength(files.length);
    const count = (f: JsonFile, s: string) => f.findings.filter((x) => x.severity === s).length;
    const join = (list: Array<string | undefined>) => [...new Set(list.filter((x) => x))].join('；') || undefined;
    const expected = files.map((f) => [
      f.file,
      join(f.tables.map((t) => t.unit)),
      join(f.tables.map((t) => t.project)),
      f.tables.map((t) => `${t.sheet}!${t.range}`).join('；') || undefined,
      f.tables.length === 1 ? (f.tables[0].statedTotal === undefined ? undefined : Number(f.tables[0].statedTotal)) : f.tables.length ? f.tables.map((t) => t.statedTotal ?? '—').join('；') : undefined,
      f.tables.length === 1 ? Number(f.tables[0].computedTotal) : f.tables.length ? f.tables.map((t) => t.computedTotal).join('；') : undefined,
      f.tables.map((t) => t.grade).join('/') || undefined,
      profileOf(f),
      count(f, 'error'),
      count(f, 'warning'),
      count(f, 'info'),
      STATUS_ZH[f.status],
      f.error,
    ]);
    expect([...rows].sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual(
      [...expected].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    // Worst first: by result, then errors, warnings, infos, most first.
    const byFile = new Map(files.map((f) => [f.file, f]));
    const keys = rows.map((r) => {
      const f = byFile.get(String(r[0]))!;
      return [RANK[f.status], -count(f, 'error'), -count(f, 'warning'), -count(f, 'info')];
    });
    for (let i = 1; i < keys.length; i++) {
      const [a, b] = [keys[i - 1], keys[i]];
      const cmp = a.findIndex((x, k) => x !== b[k]);
      if (cmp >= 0) expect(a[cmp]).toBeLessThan(b[cmp]);
    }
    // The three workbooks with no indicator table are counted apart from the passed ones.
    expect(rows.filter((r) => r[7]?.toString().startsWith('湖北')).map((r) => String(r[0]).split('/').pop()).sort()).toEqual(['huanggang-2020.xlsx', 'shangwuju-2020.xlsx']);
    expect(rows.filter((r) => r[11] === '未找到绩效指标表').map((r) => String(r[0]).split('/').pop())).toEqual([
      'negative-budget-only.xlsx',
      'negative-empty.xlsx',
      'negative-unrelated-tables.xlsx',
    ]);
    // The file name links to the workbook, relative to the summary's folder.
    for (let r = 2; r <= rows.length + 1; r++) {
      const cell = sheet.getCell(r, 1);
      expect(cell.hyperlink).toBe(relative(dirname(summary), String(cell.text)));
    }
  });

  it('问题: one row per finding of the JSON; the file and the cell open that workbook at that cell', async () => {
    const sheet = workbook.getWorksheet('问题')!;
    const [header, ...rows] = values(sheet);
    expect(header).toEqual(['文件', '工作表', '单元格', '规则', '级别', '说明', '应为', '实际']);
    const expected = files.flatMap((f) =>
      f.findings.map((x) => [f.file, x.sheet, x.cell, x.rule, SEVERITY_ZH[x.severity], x.message, x.expected, x.found]),
    );
    expect(expected.length).toBeGreaterThan(20);
    const key = (r: unknown[]) => JSON.stringify(r);
    expect(rows.map(key).sort()).toEqual(expected.map(key).sort());
    const where = await locations(summary, 2);
    for (let r = 2; r <= rows.length + 1; r++) {
      const [file, sheetName, cell] = rows[r - 2] as string[];
      const location = `'${sheetName.replace(/'/g, "''")}'!${cell.split(',')[0].trim()}`;
      for (const column of ['A', 'C']) {
        expect(sheet.getCell(`${column}${r}`).hyperlink).toBe(relative(dirname(summary), file));
        expect(where.get(`${column}${r}`)).toBe(location);
      }
    }
    // Severity colours: errors red, warnings yellow, infos blue.
    const fills = new Map<string, string>();
    for (let r = 2; r <= rows.length + 1; r++) {
      const fill = sheet.getCell(`E${r}`).fill as ExcelJS.FillPattern;
      fills.set(String(rows[r - 2][4]), String(fill.fgColor?.argb));
    }
    expect(Object.fromEntries(fills)).toEqual({ 错误: 'FFFFC7CE', 警告: 'FFFFEB9C', 提示: 'FFDDEBF7' });
  });

  it('规则: findings and files per rule over all files, the commonest first', () => {
    const [header, ...rows] = values(workbook.getWorksheet('规则')!);
    expect(header).toEqual(['规则', '名称', '级别', '问题数', '涉及文件数', '占已检查文件']);
    const counts = new Map<string, { findings: number; files: Set<string> }>();
    for (const f of files) {
      for (const x of f.findings) {
        const e = counts.get(x.rule) ?? { findings: 0, files: new Set<string>() };
        e.findings++;
        e.files.add(f.file);
        counts.set(x.rule, e);
      }
    }
    const checked = files.filter((f) => f.error === undefined).length;
    expect(rows.map((r) => [r[0], r[3], r[4], r[5]]).sort()).toEqual(
      [...counts].map(([rule, e]) => [rule, e.findings, e.files.size, e.files.size / checked]).sort(),
    );
    const order = rows.map((r) => Number(r[3]));
    expect(order).toEqual([...order].sort((a, b) => b - a));
    for (const row of rows) {
      const rule = ruleById(String(row[0]))!;
      expect(row.slice(1, 3)).toEqual([rule.title.zh, SEVERITY_ZH[rule.severity]]);
    }
  });

  it('writes text as text: no formula anywhere', () => {
    noFormulas(workbook);
  });

  it('leaves the summary out when the folder it sits in is checked again', async () => {
    const inside = join(dir, 'in');
    mkdirSync(inside);
    copyFileSync(join(FIXTURES, 'clean-project-2023.xlsx'), join(inside, 'a.xlsx'));
    const target = join(inside, 'summary.xlsx');
    for (let i = 0; i < 2; i++) {
      const run = await runCli(inside, '--format', 'json', '--jobs', '1', '--xlsx', target);
      expect((JSON.parse(run.stdout) as { files: JsonFile[] }).files.map((f) => f.file)).toEqual([join(inside, 'a.xlsx')]);
    }
    expect(existsSync(target)).toBe(true);
  });

  it('says so, exit 2, when the summary cannot be written; the report is still printed', async () => {
    const target = join(dir, 'no-such-folder', 's.xlsx');
    const run = await runCli(join(FIXTURES, 'clean-project-2023.xlsx'), '--jobs', '1', '--xlsx', target, '--lang', 'en');
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('clean-project-2023.xlsx: 1 table');
    expect(run.stderr).toMatch(new RegExp(`^perf-audit: cannot write the summary workbook ${target}: .*ENOENT.*\\n$`));
  });
});

describe('the summary workbook, from outcomes', () => {
  const hostile: FileOutcome = {
    file: 'd/=cmd|calc.xlsx',
    tables: [{ sheet: '=SUM(A1)', range: 'A1:H20', family: 'A', indicators: 3, weightSum: '100', scoreSum: '90', computedTotal: '90', grade: '优', unit: '+单位', project: '@项目' }],
    findings: [
      { rule: 'PERF021', severity: 'error', sheet: "=SUM(A1)'s", cell: 'I21, I22', message: '=HYPERLINK("http://x","y")', expected: '-1+2', found: '=1' },
    ],
    counts: { error: 1, warning: 0, info: 0 },
    notes: [],
  };

  it('writes text that looks like a formula as text, with --lang en headers and sheet names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perf-summary-'));
    const path = join(dir, 's.xlsx');
    require('node:fs').writeFileSync(path, await summaryWorkbook([hostile], 'en', path));
    const workbook = await readBack(path);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Summary', 'Findings', 'Rules']);
    noFormulas(workbook);
    const findings = values(workbook.getWorksheet('Findings')!);
    expect(findings[0]).toEqual(['File', 'Sheet', 'Cell', 'Rule', 'Severity', 'Message', 'Expected', 'Found']);
    expect(findings[1]).toEqual(['d/=cmd|calc.xlsx', "=SUM(A1)'s", 'I21, I22', 'PERF021', 'error', '=HYPERLINK("http://x","y")', '-1+2', '=1']);
    expect((await locations(path, 2)).get('C2')).toBe("'=SUM(A1)''s'!I21");
    const overview = values(workbook.getWorksheet('Summary')!);
    expect(overview[1].slice(0, 4)).toEqual(['d/=cmd|calc.xlsx', '+单位', '@项目', '=SUM(A1)!A1:H20']);
    // English headers, the grade with its meaning, the result in words.
    expect(overview[0]).toEqual(['File', 'Unit', 'Project', 'Tables', 'Stated total', 'Computed total', 'Grade', 'Profile', 'Errors', 'Warnings', 'Tips', 'Result', 'Why it could not be read']);
    expect(overview[1][6]).toBe('优 (excellent)');
    expect(overview[1][11]).toBe('has errors');
    const xml = readFileSync(path);
    expect(xml.includes(Buffer.from('<f>'))).toBe(false);
  });

  it('escapes what a link target cannot carry, and keeps Chinese', () => {
    expect(linkTarget('区 县/a b#1%?.xlsx')).toBe('区%20县/a%20b%231%25%3F.xlsx');
    expect(linkLocation("It's", 'D12, D15')).toBe("'It''s'!D12");
    expect(linkLocation('Sheet1', 'H8:H36')).toBe("'Sheet1'!H8:H36");
    expect(linkLocation('Sheet1', '')).toBe("'Sheet1'!A1");
  });

  it('orders files worst first: unreadable, errors (most first), no table, passed', () => {
    const base = { tables: [], findings: [], notes: [] } as const;
    const make = (file: string, extra: Partial<FileOutcome>): FileOutcome => ({ ...base, file, counts: { error: 0, warning: 0, info: 0 }, ...extra });
    const table = hostile.tables;
    const list = [
      make('passed', { tables: table }),
      make('notable', {}),
      make('err1', { tables: table, counts: { error: 1, warning: 5, info: 0 } }),
      make('err3', { tables: table, counts: { error: 3, warning: 0, info: 0 } }),
      make('unreadable', { error: 'x' }),
      make('warn', { tables: table, counts: { error: 0, warning: 2, info: 0 } }),
    ];
    expect(worstFirst(list).map((o) => o.file)).toEqual(['unreadable', 'err3', 'err1', 'notable', 'warn', 'passed']);
  });
});
