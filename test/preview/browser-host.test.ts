// The preview's file-backed host: the seed opened from its bytes, fixed through the in-memory host,
// downloaded as the original file with only the fixed cell rewritten; unreadable files as one line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook } from '../../src/core/check';
import { profileById } from '../../src/core/profile';
import { correctedFileName, openWorkbookFile, PREVIEW_CAPABILITIES, readWorkbookFromBuffer, tryReadWorkbookFromBuffer, type OpenedFile } from '../../src/hosts/file';
import { cellValue, workbookDiff } from './support/workbook-diff';

const SEED = 'seed-xiyong-2022.xlsx';
const seedBytes = readFileSync(join(__dirname, '..', 'fixtures', SEED));
const label = { zh: '修正得分', en: 'Fix score' };

async function openSeed(): Promise<OpenedFile> {
  const opened = await openWorkbookFile(seedBytes, SEED);
  if (!opened.ok) throw new Error(opened.problem.message.zh);
  return opened.file;
}

async function budgetRateFix(file: OpenedFile) {
  const report = checkWorkbook(await file.host.readWorkbook(), { profile: profileById('national')! });
  const finding = report.findings.find((f) => f.rule === 'PERF021' && f.message.zh.includes('预算完成率'));
  if (!finding?.fix) throw new Error('the seed has no 预算完成率 fix');
  return finding.fix;
}

describe('opening a workbook in the preview', () => {
  it('reads the same grid as the file host and offers only what survives a download (highlights and notes included)', async () => {
    const file = await openSeed();
    expect(await file.host.readWorkbook()).toEqual(await readWorkbookFromBuffer(seedBytes, SEED));
    expect(file.host.kind).toBe('file');
    expect(file.host.capabilities).toEqual(PREVIEW_CAPABILITIES);
    expect(PREVIEW_CAPABILITIES).toMatchObject({ select: true, highlight: true, cellNotes: true, addSheet: false, watchChanges: false });
    expect({ name: file.name, size: file.size, changes: file.changes() }).toEqual({ name: SEED, size: seedBytes.length, changes: [] });
  });

  it('keeps its own copy of the bytes, so reusing the caller buffer changes nothing', async () => {
    const scratch = new Uint8Array(seedBytes);
    const opened = await openWorkbookFile(scratch, SEED);
    scratch.fill(0);
    if (!opened.ok) throw new Error('seed unreadable');
    const download = await opened.file.download();
    expect(download.ok && Buffer.from(download.data).equals(seedBytes)).toBe(true);
  });

  it.each([
    ['random bytes', Buffer.from('这不是工作簿 not a workbook at all, just text that goes on and on'), 'broken.xlsx'],
    ['an empty file', Buffer.alloc(0), 'empty.xlsx'],
    ['a truncated seed', seedBytes.subarray(0, 2000), 'truncated.xlsx'],
  ])('answers %s with the file host’s one-line message, never a throw', async (_, bytes, name) => {
    const opened = await openWorkbookFile(bytes, name);
    const expected = await tryReadWorkbookFromBuffer(bytes, name);
    expect(expected.ok).toBe(false);
    expect(opened).toEqual(expected);
    if (opened.ok) return;
    expect(opened.problem.message.zh).not.toMatch(/\n|at .*\.js/);
    expect(opened.problem.message.en.length).toBeGreaterThan(10);
  });
});

describe('downloading the corrected workbook', () => {
  it('writes the 预算完成率 fix (2.63 → 2.62) and leaves every other cell, style and merge as it was', async () => {
    const file = await openSeed();
    const fix = await budgetRateFix(file);
    expect(fix.changes).toEqual([{ sheet: 'Sheet1', address: 'I21', before: { value: 2.63 }, after: { value: 2.62 } }]);
    expect(await file.host.applyChanges(fix.changes, label)).toMatchObject({ ok: true, written: 1 });
    expect(file.changes()).toEqual(fix.changes);

    const download = await file.download();
    if (!download.ok) throw new Error(download.message.zh);
    expect(download).toMatchObject({ name: 'seed-xiyong-2022-已修正.xlsx', written: 1 });
    expect(await cellValue(download.data, 'Sheet1', 'I21')).toBe(2.62);
    expect(await workbookDiff(seedBytes, download.data)).toEqual(['Sheet1!I21 value 2.63 → 2.62']);
  });

  it('gives back the original bytes after the fix is undone', async () => {
    const file = await openSeed();
    const fix = await budgetRateFix(file);
    await file.host.applyChanges(fix.changes, label);
    expect(await file.host.undoLast()).toMatchObject({ ok: true });
    expect(file.changes()).toEqual([]);
    const download = await file.download();
    expect(download.ok && Buffer.from(download.data).equals(seedBytes)).toBe(true);
  });

  it('refuses to download when a change cannot be written, with the file host’s message', async () => {
    const file = await openSeed();
    const grid = await file.host.readWorkbook();
    const merge = grid.sheets[0].merges.find((m) => m.right > m.left)!;
    // A cell hidden under a merge: the memory workbook accepts it, the .xlsx cannot hold it.
    const covered = `${String.fromCharCode(64 + merge.left + 1)}${merge.top}`;
    file.workbook.edit('Sheet1', covered, { value: 'x' });
    const download = await file.download();
    expect(download).toEqual({ ok: false, message: expect.objectContaining({ zh: expect.stringContaining(`Sheet1!${covered}`) }) });
  });

  it('names the download after the opened file', () => {
    expect(correctedFileName('自评表.xlsx')).toBe('自评表-已修正.xlsx');
    expect(correctedFileName('Report.XLSX')).toBe('Report-已修正.xlsx');
    expect(correctedFileName('  ')).toBe('workbook-已修正.xlsx');
  });
});

describe('inserted formulas in the download', () => {
  it('carry the score column’s number format (0.00), and undo gives back the original bytes', async () => {
    const file = await openSeed();
    const { scoreFormulaChanges } = await import('../../src/core/actions/score-formula');
    const { seedTable } = await import('../taskpane/support/seed-table');
    const plan = scoreFormulaChanges(seedTable((await file.host.readWorkbook()).sheets[0]), { profile: profileById('national')! });
    expect(plan.changes).toHaveLength(26);
    expect(await file.host.applyChanges(plan.changes, plan.label)).toMatchObject({ ok: true, written: 26 });
    expect(file.workbook.cell('Sheet1', 'I21')).toMatchObject({ formula: '=PERF.SCORE(E21,F21,H21,G21)', numFmt: '0.00' });

    const download = await file.download();
    if (!download.ok) throw new Error(download.message.zh);
    const grid = await readWorkbookFromBuffer(download.data);
    for (const change of plan.changes) {
      const row = Number(change.address.slice(1));
      expect(grid.sheets[0].rows[row - 1]?.[8]).toMatchObject({ formula: change.after.formula, numFmt: '0.00' });
    }

    expect(await file.host.undoLast()).toMatchObject({ ok: true, written: 26 });
    expect(file.workbook.cell('Sheet1', 'I21')).toEqual({ value: 2.63 });
    expect(file.changes()).toEqual([]);
    const undone = await file.download();
    expect(undone.ok && Buffer.from(undone.data).equals(seedBytes)).toBe(true);
  });
});
