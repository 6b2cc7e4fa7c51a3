// perf-audit --from-json: shards of one batch, checked apart, merged into the report the whole batch
// gives — the reduce step after a map over an archive.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from './run';

const FIXTURES = join(__dirname, '..', 'fixtures');
const all = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.xlsx'))
  .sort()
  .map((f) => join(FIXTURES, f));

describe('perf-audit --from-json', () => {
  let dir: string;
  let shards: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'perf-merge-'));
    const half = Math.ceil(all.length / 2);
    shards = [];
    for (const [i, part] of [all.slice(0, half), all.slice(half)].entries()) {
      const run = await runCli(...part, '--format', 'json', '--jobs', '1');
      const path = join(dir, `shard-${i}.json`);
      writeFileSync(path, run.stdout);
      shards.push(path);
    }
  }, 60_000);

  it('gives the whole batch\'s JSON, text, CSV and exit code from the shards\' JSON reports', async () => {
    // The JSON report does not carry the profile (DESIGN.md §5 lists its fields): merged text has no 评分方案.
    const withoutProfile = (text: string) => text.replace(/，评分方案 [^\n]*/g, '').replace(/^ {2}评分方案: [^\n]*\n/gm, '');
    for (const format of ['json', 'text', 'csv']) {
      const whole = await runCli(...all, '--format', format, '--jobs', '1');
      const merged = await runCli('--from-json', ...shards, '--format', format);
      expect(merged.stderr).toBe('');
      expect(merged.stdout).toBe(format === 'text' ? withoutProfile(whole.stdout) : whole.stdout);
      expect(merged.code).toBe(whole.code);
    }
  }, 60_000);

  it('writes the summary workbook of the whole batch', async () => {
    const path = join(dir, 'summary.xlsx');
    const run = await runCli('--from-json', ...shards, '--format', 'json', '--xlsx', path);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.getWorksheet('汇总')!.rowCount).toBe(all.length + 1);
    const findings = (JSON.parse(run.stdout) as { files: Array<{ findings: unknown[] }> }).files.reduce((n, f) => n + f.findings.length, 0);
    expect(workbook.getWorksheet('问题')!.rowCount).toBe(findings + 1);
  });

  it('refuses a file that is not a perf-audit JSON report, exit 2, one line', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ files: [{ file: 'a.xlsx', tables: [], findings: [{ rule: 'PERF021' }] }] }));
    expect(await runCli('--from-json', bad, '--lang', 'en')).toEqual({ code: 2, stdout: '', stderr: `perf-audit: Report ${bad} file 1: incomplete entry\n` });
    writeFileSync(bad, '[1, 2]');
    expect((await runCli('--from-json', bad)).stderr).toBe(`perf-audit: 报告 ${bad} 不是 perf-audit 的 JSON 报告（缺少 files 数组）\n`);
    expect((await runCli('--from-json', join(dir, 'missing.json'))).stderr).toBe(`perf-audit: 无法读取报告 ${join(dir, 'missing.json')}（ENOENT）\n`);
  });
});
