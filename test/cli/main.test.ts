// perf-audit end to end in this process (one thread): fixtures in, DESIGN.md §5 out.
import { mkdtempSync, mkdirSync, copyFileSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv, runCli } from './run';
import * as bad from '../hosts/file/bad-files';

const FIXTURES = join(__dirname, '..', 'fixtures');
const fixture = (name: string) => join(FIXTURES, `${name}.xlsx`);
const XLS = join(__dirname, '..', 'hosts', 'file', 'assets', 'clean-project-2023.xls');

interface JsonOut {
  files: Array<{
    file: string;
    error?: string;
    tables: Array<Record<string, unknown>>;
    findings: Array<{ rule: string; severity: string; sheet: string; cell: string; row?: number; message: string; expected?: string; found?: string }>;
  }>;
}

async function json(...argv: string[]): Promise<{ code: number; out: JsonOut; stderr: string }> {
  const run = await runCli(...argv, '--format', 'json', '--jobs', '1');
  return { code: run.code, out: JSON.parse(run.stdout) as JsonOut, stderr: run.stderr };
}

describe('perf-audit --format json', () => {
  it('reports the seed with its agreed figures and findings, exit 1', async () => {
    const { code, out } = await json(fixture('seed-xiyong-2022'));
    expect(code).toBe(1);
    const [file] = out.files;
    expect(file.file).toBe(fixture('seed-xiyong-2022'));
    expect(file.error).toBeUndefined();
    expect(file.tables).toHaveLength(1);
    expect(file.tables[0]).toMatchObject({ sheet: 'Sheet1', family: 'C', indicators: 30, weightSum: '99.93', statedTotal: '99.9' });
    expect(typeof file.tables[0].scoreSum).toBe('string');
    expect(Number(file.tables[0].scoreSum)).toBe(99.9);
    expect(Object.keys(file.tables[0]).sort()).toEqual(
      ['computedTotal', 'family', 'grade', 'indicators', 'range', 'scoreSum', 'sheet', 'statedTotal', 'weightSum'].sort(),
    );
    const fix = file.findings.find((f) => f.rule === 'PERF021');
    expect(fix).toMatchObject({ severity: 'error', sheet: 'Sheet1', cell: 'I21', row: 21, expected: '2.62', found: '2.63' });
    for (const f of file.findings) {
      expect(Object.keys(f).every((k) => ['rule', 'severity', 'sheet', 'cell', 'row', 'message', 'expected', 'found'].includes(k))).toBe(true);
      if (f.expected !== undefined) expect(typeof f.expected).toBe('string');
      expect(f.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('gives exit 0 for a table with no errors and for a workbook with no table', async () => {
    const { code, out } = await json(fixture('clean-project-2023'), fixture('negative-unrelated-tables'));
    expect(code).toBe(0);
    expect(out.files.map((f) => [f.tables.length, f.findings.filter((x) => x.severity !== 'info').length])).toEqual([[1, 0], [0, 0]]);
  });

  it('keeps input order, checks the other files, and exits 2 when one cannot be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perf-audit-'));
    const broken = join(dir, '损坏.xlsx');
    writeFileSync(broken, readFileSync(fixture('seed-xiyong-2022')).subarray(0, 3000));
    const { code, out } = await json(fixture('clean-project-2023'), broken, fixture('seed-xiyong-2022'), join(dir, 'missing.xlsx'));
    expect(code).toBe(2);
    expect(out.files.map((f) => f.file)).toEqual([fixture('clean-project-2023'), broken, fixture('seed-xiyong-2022'), join(dir, 'missing.xlsx')]);
    expect(out.files[1]).toEqual({ file: broken, error: expect.stringContaining('截断'), tables: [], findings: [] });
    expect(out.files[2].tables).toHaveLength(1);
    expect(out.files[3].error).toContain('无法打开文件');
    for (const f of [out.files[1], out.files[3]]) expect(f.error).not.toContain('\n');
  });

  it('searches directories recursively in name order, answering .xls and .docx with "save as .xlsx"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perf-audit-'));
    mkdirSync(join(dir, 'b-子目录'));
    mkdirSync(join(dir, '.git'));
    copyFileSync(fixture('seed-xiyong-2022'), join(dir, 'b-子目录', 'seed.xlsx'));
    copyFileSync(fixture('clean-project-2023'), join(dir, 'a.xlsm'));
    copyFileSync(fixture('clean-project-2023'), join(dir, '.git', 'ignored.xlsx'));
    copyFileSync(XLS, join(dir, 'c-旧版.xls'));
    writeFileSync(join(dir, 'd-报告.docx'), await bad.docx());
    writeFileSync(join(dir, '~$a.xlsx'), 'owner file of an open workbook');
    writeFileSync(join(dir, 'notes.txt'), 'not a workbook');
    const { code, out } = await json(dir, '--lang', 'en');
    expect(code).toBe(2);
    expect(out.files.map((f) => f.file.slice(dir.length + 1))).toEqual(['a.xlsm', 'b-子目录/seed.xlsx', 'c-旧版.xls', 'd-报告.docx']);
    expect(out.files[2].error).toContain('save it as .xlsx');
    expect(out.files[3].error).toContain('save it as .xlsx');
  });

  it('speaks English with --lang en', async () => {
    const { out } = await json(fixture('seed-xiyong-2022'), '--lang', 'en');
    for (const f of out.files[0].findings) expect(f.message).toMatch(/[A-Za-z]{3}/);
    expect(out.files[0].findings.find((f) => f.rule === 'PERF030')?.message).not.toMatch(/^权重/);
  });
});

describe('perf-audit --format text and csv', () => {
  it('prints a summary line per file, findings in sheet/row/severity order, and the totals', async () => {
    const run = await runCli(fixture('seed-xiyong-2022'), fixture('negative-empty'), '--jobs', '1');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^.*seed-xiyong-2022\.xlsx：1 张表，错误 \d+，警告 \d+，提示 \d+，等级 (优|良|中|差)$/);
    const findingLines = lines.filter((l) => l.startsWith('  '));
    expect(findingLines.length).toBeGreaterThan(5);
    expect(findingLines.some((l) => /^ {2}错误 PERF021 Sheet1!I21 /.test(l))).toBe(true);
    expect(lines).toContain(`${fixture('negative-empty')}：未找到绩效指标表`);
    expect(lines[lines.length - 1]).toBe('共 2 个文件：无法读取 0，有错误 1，无错误 1');
    expect(run.code).toBe(1);
  });

  it('writes CSV Excel opens in Chinese: BOM, header, one parsable row per finding', async () => {
    const run = await runCli(fixture('seed-xiyong-2022'), XLS, '--format', 'csv', '--jobs', '1');
    expect(run.stdout.startsWith('\uFEFF文件,工作表,单元格,行,规则,级别,说明,应为,实际,无法读取原因\r\n')).toBe(true);
    const rows = parseCsv(run.stdout.slice(1));
    expect(rows.every((r) => r.length === 10)).toBe(true);
    const fix = rows.find((r) => r[4] === 'PERF021');
    expect(fix?.slice(0, 6)).toEqual([fixture('seed-xiyong-2022'), 'Sheet1', 'I21', '21', 'PERF021', '错误']);
    expect(fix?.slice(7, 9)).toEqual(['2.62', '2.63']);
    expect(rows[rows.length - 1][0]).toBe(XLS);
    expect(rows[rows.length - 1][9]).toContain('另存为 .xlsx');
    expect(run.code).toBe(2);
  });
});

describe('profiles and reviewed marks', () => {
  it('uses the Hubei profile: a 20-point budget block is its standard', async () => {
    const national = await json(fixture('huanggang-2020'));
    const hubei = await json(fixture('huanggang-2020'), '--profile', 'hubei');
    const budgetSplit = (o: JsonOut) => o.files[0].findings.filter((f) => f.rule === 'PERF033' && f.message.includes('预算执行'));
    expect(budgetSplit(national.out)).toHaveLength(1);
    expect(budgetSplit(hubei.out)).toHaveLength(0);
  });

  it('reads a custom profile file, and refuses a bad one with exit 2 and one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perf-audit-'));
    const custom = join(dir, 'profile.json');
    writeFileSync(custom, JSON.stringify({ extends: 'national', id: 'cq', label: { zh: '重庆', en: 'Chongqing' }, placeholderValues: [] }));
    const withCustom = await json(fixture('seed-xiyong-2022'), '--profile', custom);
    expect(withCustom.out.files[0].findings.some((f) => f.rule === 'PERF051')).toBe(false);
    const plain = await json(fixture('seed-xiyong-2022'));
    expect(plain.out.files[0].findings.some((f) => f.rule === 'PERF051')).toBe(true);

    const broken = join(dir, 'bad.json');
    writeFileSync(broken, JSON.stringify({ extends: 'national', budgetWeight: 'ten' }));
    const run = await runCli(fixture('seed-xiyong-2022'), '--profile', broken);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^perf-audit: 评分配置 .*bad\.json 无效：.*budgetWeight/);
  });

  it('suppresses findings a reviewer marked, for every file or only the named one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perf-audit-'));
    const marks = join(dir, 'reviewed.json');
    writeFileSync(marks, JSON.stringify([{ rule: 'PERF021', sheet: 'Sheet1', cell: 'I21', reason: '已与财政局确认', by: '张三' }]));
    const reviewed = await json(fixture('seed-xiyong-2022'), '--reviewed', marks);
    expect(reviewed.out.files[0].findings.some((f) => f.rule === 'PERF021')).toBe(false);

    writeFileSync(marks, JSON.stringify([{ rule: 'PERF021', sheet: 'Sheet1', cell: 'I21', reason: '仅限另一文件', file: 'other.xlsx' }]));
    const elsewhere = await json(fixture('seed-xiyong-2022'), '--reviewed', marks);
    expect(elsewhere.out.files[0].findings.some((f) => f.rule === 'PERF021')).toBe(true);

    writeFileSync(marks, JSON.stringify([{ rule: 'PERF021', sheet: 'Sheet1', cell: 'I21', reason: '本文件', file: 'seed-xiyong-2022.xlsx' }]));
    const here = await json(fixture('seed-xiyong-2022'), '--reviewed', marks);
    expect(here.out.files[0].findings.some((f) => f.rule === 'PERF021')).toBe(false);
  });

  it('refuses a reviewed file that is not an array of marks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perf-audit-'));
    const marks = join(dir, 'reviewed.json');
    writeFileSync(marks, JSON.stringify([{ rule: 'PERF021', sheet: 'Sheet1' }]));
    const run = await runCli(fixture('seed-xiyong-2022'), '--reviewed', marks, '--lang', 'en');
    expect([run.code, run.stderr.trim()]).toEqual([2, `perf-audit: Reviewed-marks file ${marks}, item 1: needs text fields rule (e.g. PERF021), sheet, cell, reason`]);
  });
});

describe('the command line itself', () => {
  it('prints usage in both languages for --help, exit 0', async () => {
    const run = await runCli('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('用法：perf-audit');
    expect(run.stdout).toContain('Usage: perf-audit');
  });

  it('refuses a wrong command line with exit 2 and the usage', async () => {
    const run = await runCli('--format', 'xml', 'x.xlsx', '--lang', 'en');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^perf-audit: --format must be text\|json\|csv, not xml\n\nUsage:/);
  });

  it('says so when a directory holds no workbook', async () => {
    const run = await runCli(mkdtempSync(join(tmpdir(), 'perf-audit-')));
    expect([run.code, run.stderr]).toEqual([2, 'perf-audit：没有找到 .xlsx 文件\n']);
  });
});
