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
    status: string;
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
    // The DESIGN.md §5 keys, plus the unit the header block names (this department form has no project).
    expect(Object.keys(file.tables[0]).sort()).toEqual(
      ['computedTotal', 'family', 'grade', 'indicators', 'range', 'scoreSum', 'sheet', 'statedTotal', 'weightSum', 'unit'].sort(),
    );
    expect(file.tables[0].unit).toBe('重庆高新区西永街道办事处');
    expect(file.status).toBe('errors');
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
    // A workbook with no indicator table is not a pass: nothing in it was checked.
    expect(out.files.map((f) => f.status)).toEqual(['passed', 'noTable']);
  });

  it('names the unit and the project of each table from its header block', async () => {
    const { out } = await json(fixture('huanggang-2020'), fixture('variant-two-tables-2021'), fixture('family-b-dept-2022'));
    const ids = out.files.map((f) => f.tables.map((t) => [t.unit, t.project]));
    expect(ids).toEqual([
      [['黃岡市水土保持與農田水利科研所', '水土保持監測']], // 项目实施单位 says only 本單位: 单位名称 is used
      [
        ['宣州区各基层医疗卫生机构', '基本公共卫生服务补助资金'],
        ['宣州区疾病预防控制中心', '重大传染病防控经费'],
      ],
      [['怀远县农业农村局', undefined]],
    ]);
  });

  it('keeps input order, checks the other files, and exits 2 when one cannot be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perf-audit-'));
    const broken = join(dir, '损坏.xlsx');
    writeFileSync(broken, readFileSync(fixture('seed-xiyong-2022')).subarray(0, 3000));
    const { code, out } = await json(fixture('clean-project-2023'), broken, fixture('seed-xiyong-2022'), join(dir, 'missing.xlsx'));
    expect(code).toBe(2);
    expect(out.files.map((f) => f.file)).toEqual([fixture('clean-project-2023'), broken, fixture('seed-xiyong-2022'), join(dir, 'missing.xlsx')]);
    expect(out.files[1]).toEqual({ file: broken, error: expect.stringContaining('截断'), status: 'unreadable', tables: [], findings: [] });
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
    expect(lines[0]).toMatch(/^.*seed-xiyong-2022\.xlsx：1 张表，错误 \d+，警告 \d+，提示 \d+，等级 (优|良|中|差)，评分方案 全国（财预〔2020〕10号）$/);
    const findingLines = lines.filter((l) => l.startsWith('  '));
    expect(findingLines.length).toBeGreaterThan(5);
    expect(findingLines.some((l) => /^ {2}错误 PERF021 Sheet1!I21 /.test(l))).toBe(true);
    expect(lines).toContain(`${fixture('negative-empty')}：未找到绩效指标表`);
    expect(lines[lines.length - 1]).toBe('共 2 个文件：无法读取 0，有错误 1，未找到绩效指标表 1，无错误 0');
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
  const budgetSplit = (o: JsonOut) => o.files[0].findings.filter((f) => f.rule === 'PERF033' && f.message.includes('预算执行'));

  it('uses the Hubei profile when asked: a 20-point budget block is its standard', async () => {
    const national = await json(fixture('huanggang-2020'), '--profile', 'national');
    const hubei = await json(fixture('huanggang-2020'), '--profile', 'hubei');
    expect(budgetSplit(national.out)).toHaveLength(1);
    expect(budgetSplit(hubei.out)).toHaveLength(0);
  });

  it('by default (auto) checks a Hubei form with the Hubei profile and every other form with the national one, file by file', async () => {
    const hubeiForm = await json(fixture('huanggang-2020'));
    expect(hubeiForm.out).toEqual((await json(fixture('huanggang-2020'), '--profile', 'hubei')).out);
    expect(hubeiForm.out).toEqual((await json(fixture('huanggang-2020'), '--profile', 'auto')).out);
    expect(budgetSplit(hubeiForm.out)).toHaveLength(0);
    const seed = await json(fixture('seed-xiyong-2022'));
    expect(seed.out).toEqual((await json(fixture('seed-xiyong-2022'), '--profile', 'national')).out);
    // One run, two layouts: each file gets its own profile.
    const both = await json(fixture('huanggang-2020'), fixture('seed-xiyong-2022'));
    expect(both.out.files).toEqual([hubeiForm.out.files[0], seed.out.files[0]]);
  });

  it('names the profile of each file in the text report, and why when the layout chose Hubei', async () => {
    const text = async (...argv: string[]) => (await runCli(...argv, '--jobs', '1')).stdout.split('\n');
    const auto = await text(fixture('huanggang-2020'), fixture('seed-xiyong-2022'));
    const hubeiLine = auto.findIndex((l) => l.startsWith(`${fixture('huanggang-2020')}：`));
    expect(auto[hubeiLine]).toMatch(/，评分方案 湖北省（预算执行 20 分 \+ 绩效目标 80 分）$/);
    expect(auto[hubeiLine + 1]).toBe('  评分方案: 按版式自动选用——表格为湖北版式（预算执行 20 分，按“年度绩效目标”分块）；--profile national 可改按全国配置');
    expect(auto.find((l) => l.startsWith(`${fixture('seed-xiyong-2022')}：`))).toMatch(/，评分方案 全国（财预〔2020〕10号）$/);
    expect(auto.filter((l) => l.includes('按版式自动选用'))).toHaveLength(1);

    // Forced: the profile is named, and no reason is given since nothing was chosen.
    const national = await text(fixture('huanggang-2020'), '--profile', 'national');
    expect(national[0]).toMatch(/，评分方案 全国（财预〔2020〕10号）$/);
    const hubei = await text(fixture('seed-xiyong-2022'), '--profile', 'hubei');
    expect(hubei[0]).toMatch(/，评分方案 湖北省（预算执行 20 分 \+ 绩效目标 80 分）$/);
    for (const lines of [national, hubei]) expect(lines.some((l) => l.includes('按版式自动选用'))).toBe(false);
    const english = await text(fixture('huanggang-2020'), '--lang', 'en');
    expect(english[0]).toMatch(/, profile Hubei \(budget 20 \+ goals 80\)$/);
    expect(english[1]).toBe('  profile: chosen by the layout — a Hubei form (a 20-point budget block, blocks by annual performance goal); --profile national checks it with the national one');
  });

  it('reads a custom profile file, and refuses a bad one with exit 2 and one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perf-audit-'));
    const custom = join(dir, 'profile.json');
    writeFileSync(custom, JSON.stringify({ extends: 'national', id: 'cq', label: { zh: '重庆', en: 'Chongqing' }, placeholderValues: [] }));
    const withCustom = await json(fixture('seed-xiyong-2022'), '--profile', custom);
    expect(withCustom.out.files[0].findings.some((f) => f.rule === 'PERF051')).toBe(false);
    expect((await runCli(fixture('seed-xiyong-2022'), '--profile', custom, '--jobs', '1')).stdout.split('\n')[0]).toMatch(/，评分方案 重庆$/);
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
