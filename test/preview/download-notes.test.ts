// The preview's highlights with notes reach the download: PERF's notes and fills are in the file as
// ExcelJS reads it back, the user's own notes are kept (also on empty cells, which ExcelJS alone would
// drop), and the record of PERF's notes travels in the file so a later session clears only those.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { highlightMarks } from '../../src/core/actions/highlights';
import { checkWorkbook } from '../../src/core/check';
import { profileById } from '../../src/core/profile';
import { openWorkbookFile, type OpenedFile } from '../../src/hosts/file';
import { readFileNotes } from '../../src/hosts/file/cell-notes';
import { SEVERITY_FILLS } from '../../src/hosts/memory';
import { workbookDiff } from './support/workbook-diff';

const SEED = 'seed-xiyong-2022.xlsx';
const seedBytes = readFileSync(join(__dirname, '..', 'fixtures', SEED));

async function open(bytes: Uint8Array, name = SEED): Promise<OpenedFile> {
  const opened = await openWorkbookFile(bytes, name);
  if (!opened.ok) throw new Error(opened.problem.message.zh);
  return opened.file;
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

/** The seed with the user's own notes: one on a cell with a value, one on an empty cell. */
async function seedWithUserNotes(flagged: string): Promise<Uint8Array> {
  const wb = await load(seedBytes);
  const ws = wb.getWorksheet('Sheet1')!;
  ws.getCell(flagged).note = '用户：已与财政局核对';
  ws.getCell('Z50').note = '空单元格上的批注';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function marksOf(file: OpenedFile) {
  const report = checkWorkbook(await file.host.readWorkbook(), { profile: profileById('national')! });
  return highlightMarks(report.findings, { notes: 'zh' });
}

describe('preview download with notes', () => {
  it('carries PERF notes and fills, keeps the user notes, and says which cells were left alone', async () => {
    const probe = await marksOf(await open(seedBytes));
    const flagged = probe[0].address;
    const bytes = await seedWithUserNotes(flagged);
    expect(await readFileNotes(bytes)).toEqual(
      expect.arrayContaining([{ sheet: 'Sheet1', address: flagged, text: '用户：已与财政局核对' }, { sheet: 'Sheet1', address: 'Z50', text: '空单元格上的批注' }]),
    );
    const file = await open(bytes);
    const marks = await marksOf(file);
    const result = await file.host.highlight(marks);
    expect(result).toMatchObject({ ok: true, written: marks.length, notes: marks.length - 1 });
    expect(result.ok && result.note?.zh).toContain(`Sheet1!${flagged}`);

    const download = await file.download();
    if (!download.ok) throw new Error(download.message.zh);
    const ws = (await load(download.data)).getWorksheet('Sheet1')!;
    expect(ws.getCell(flagged).note).toBe('用户：已与财政局核对');
    for (const m of marks.slice(1)) {
      const text = ws.getCell(m.address).note;
      expect(text).toBe(m.note);
      expect(String(text)).toMatch(/^PERF: PERF\d{3} /);
      expect(ws.getCell(m.address).fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${SEVERITY_FILLS[m.severity].slice(1)}` } });
    }
    // The empty cell's note, which ExcelJS alone drops, is in the file.
    expect(await readFileNotes(download.data)).toEqual(expect.arrayContaining([{ sheet: 'Sheet1', address: 'Z50', text: '空单元格上的批注' }]));
  });

  it('a later session clears only PERF notes and gives back a file without them', async () => {
    const bytes = await seedWithUserNotes('A1');
    const first = await open(bytes);
    const marks = await marksOf(first);
    await first.host.highlight(marks);
    const saved = await first.download();
    if (!saved.ok) throw new Error(saved.message.zh);

    const later = await open(saved.data, 'later.xlsx');
    // A PERF note the user edited in between is theirs.
    const edited = marks[1];
    later.workbook.setNotes('Sheet1', [{ address: edited.address, text: `${edited.note}（已核实）` }]);
    const cleared = await later.host.clearHighlights();
    expect(cleared).toMatchObject({ ok: true, notes: marks.length - 1 });
    expect(cleared.ok && cleared.note?.zh).toContain('已被修改');
    const again = await later.download();
    if (!again.ok) throw new Error(again.message.zh);
    const notes = await readFileNotes(again.data);
    expect(notes.map((n) => `${n.address}=${n.text}`).sort()).toEqual(
      [`A1=用户：已与财政局核对`, `Z50=空单元格上的批注`, `${edited.address}=${edited.note}（已核实）`].sort(),
    );
  });

  it('clearing before the download gives back the original bytes', async () => {
    const file = await open(seedBytes);
    await file.host.highlight(await marksOf(file));
    await file.host.clearHighlights();
    const download = await file.download();
    expect(download.ok && Buffer.from(download.data).equals(seedBytes)).toBe(true);
  });

  it('changes nothing else in the file than the fills and notes of the flagged cells', async () => {
    const file = await open(seedBytes);
    const marks = await marksOf(file);
    await file.host.highlight(marks);
    const download = await file.download();
    if (!download.ok) throw new Error(download.message.zh);
    const diff = await workbookDiff(seedBytes, download.data);
    const flagged = new Set(marks.map((m) => `Sheet1!${m.address}`));
    for (const line of diff) expect(flagged.has(line.split(' ')[0])).toBe(true);
  });
});
