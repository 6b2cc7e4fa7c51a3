// Reviewed marks travel with the preview's download: marked in the page, written into the file's
// custom document properties (the WPS host's format), and back in the pane when the file is reopened.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { checkWorkbook } from '../../src/core/check';
import { profileById } from '../../src/core/profile';
import type { ReviewedMark } from '../../src/core/findings/types';
import { openWorkbookFile, type OpenedFile } from '../../src/hosts/file';
import { readStoredDocument, splitParts, writeStoredDocument } from '../../src/hosts/file/doc-props';
import { PART_CHARS } from '../../src/hosts/wps/store';
import { workbookDiff, cellValue } from './support/workbook-diff';

const SEED = 'seed-xiyong-2022.xlsx';
const seedBytes = new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', SEED)));

async function open(bytes: Uint8Array, name = SEED): Promise<OpenedFile> {
  const opened = await openWorkbookFile(bytes, name);
  if (!opened.ok) throw new Error(opened.problem.message.zh);
  return opened.file;
}

async function download(file: OpenedFile): Promise<Uint8Array> {
  const result = await file.download();
  if (!result.ok) throw new Error(result.message.zh);
  return result.data;
}

async function firstMark(file: OpenedFile, reason: string): Promise<ReviewedMark> {
  const report = checkWorkbook(await file.host.readWorkbook(), { profile: profileById('national')! });
  const finding = report.findings.find((f) => f.cells.length > 0)!;
  return { rule: finding.rule, sheet: finding.sheet, cell: finding.cells[0], reason, at: '2026-12-05T06:40:00.000Z' };
}

describe('reviewed marks in the preview’s download', () => {
  it('are in the downloaded file and back in the pane when it is reopened, every cell as it was', async () => {
    const file = await open(seedBytes);
    expect(await file.host.loadReviewed()).toEqual([]);
    const mark = await firstMark(file, '经财政局确认，按 2.63 填报');
    await file.host.saveReviewed([mark]);

    const bytes = await download(file);
    expect(Buffer.from(bytes).equals(Buffer.from(seedBytes))).toBe(false);
    expect(await workbookDiff(seedBytes, bytes)).toEqual([]);

    const reopened = await open(bytes, 'seed-xiyong-2022-已修正.xlsx');
    expect(await reopened.host.loadReviewed()).toEqual([mark]);
    // The reopened check honours the mark: the finding is reviewed, not open.
    const report = checkWorkbook(await reopened.host.readWorkbook(), {
      profile: profileById('national')!,
      reviewed: await reopened.host.loadReviewed(),
    });
    expect(report.reviewed.map((r) => r.mark)).toEqual([mark]);
    expect(report.findings.some((f) => f.rule === mark.rule && f.sheet === mark.sheet && f.cells[0] === mark.cell)).toBe(false);
  });

  it('go with a fix in the same download, and a reopened file with unchanged marks downloads as it was', async () => {
    const file = await open(seedBytes);
    const report = checkWorkbook(await file.host.readWorkbook(), { profile: profileById('national')! });
    const fix = report.findings.find((f) => f.rule === 'PERF021' && f.message.zh.includes('预算完成率'))!.fix!;
    expect(await file.host.applyChanges(fix.changes, { zh: '修正得分', en: 'Fix score' })).toMatchObject({ ok: true });
    const mark = await firstMark(file, 'reviewed');
    await file.host.saveReviewed([mark]);
    const bytes = await download(file);
    expect(await cellValue(bytes, 'Sheet1', 'I21')).toBe(2.62);

    const reopened = await open(bytes);
    expect(await reopened.host.loadReviewed()).toEqual([mark]);
    const again = await reopened.download();
    expect(again.ok && Buffer.from(again.data).equals(Buffer.from(bytes))).toBe(true);
  });

  it('are removed from the file when every mark is taken back', async () => {
    const file = await open(seedBytes);
    await file.host.saveReviewed([await firstMark(file, 'r')]);
    const reopened = await open(await download(file));
    await reopened.host.saveReviewed([]);
    const cleared = await download(reopened);
    expect(await readStoredDocument(cleared)).toBeUndefined();
    expect(await (await open(cleared)).host.loadReviewed()).toEqual([]);
  });

  it('survive long reasons in Chinese and emoji, cut into WPS-sized parts', async () => {
    const file = await open(seedBytes);
    const reason = `${'经复核，指标值按年度计划口径填报，与预算批复一致，“&<>”'.repeat(20)} 👍`.repeat(3);
    const marks = [await firstMark(file, reason), { ...(await firstMark(file, 'x')), cell: 'A1', by: '张三' }];
    await file.host.saveReviewed(marks);
    const bytes = await download(file);
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('docProps/custom.xml')!.async('string');
    expect(xml).toContain('name="PERF.reviewed.n"');
    expect(Number(/name="PERF.reviewed.n"><vt:lpwstr>(\d+)</.exec(xml)?.[1])).toBeGreaterThan(2);
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('/docProps/custom.xml');
    expect(await zip.file('_rels/.rels')!.async('string')).toContain('docProps/custom.xml');
    expect(await (await open(bytes)).host.loadReviewed()).toEqual(marks);
  });

  it('are read from a file whose marks WPS saved, and other programs’ properties are kept', async () => {
    const text = JSON.stringify({ v: 1, marks: [{ rule: 'PERF021', sheet: 'Sheet1', cell: 'I21', reason: '已核对' }] });
    const withOther = await writeStoredDocument(seedBytes, seedBytes, 'kept by another program', 'Other.doc');
    const withWps = await writeStoredDocument(withOther, withOther, text);
    const file = await open(withWps);
    expect(await file.host.loadReviewed()).toEqual([{ rule: 'PERF021', sheet: 'Sheet1', cell: 'I21', reason: '已核对' }]);

    // A fix makes ExcelJS rewrite the file, which drops custom properties: the download puts them back.
    const report = checkWorkbook(await file.host.readWorkbook(), { profile: profileById('national')! });
    const fix = report.findings.find((f) => f.rule === 'PERF021' && f.message.zh.includes('预算完成率'))!.fix!;
    await file.host.applyChanges(fix.changes, { zh: '修正得分', en: 'Fix score' });
    const bytes = await download(file);
    expect(await readStoredDocument(bytes, 'Other.doc')).toBe('kept by another program');
    expect(await readStoredDocument(bytes)).toBe(text);
  });

  it('never cut a surrogate pair in two', () => {
    const text = `${'a'.repeat(PART_CHARS - 1)}👍${'b'.repeat(10)}`;
    const parts = splitParts(text);
    expect(parts.join('')).toBe(text);
    expect(parts.every((p) => p.length <= PART_CHARS)).toBe(true);
    expect(parts[0]).toBe('a'.repeat(PART_CHARS - 1));
  });
});
