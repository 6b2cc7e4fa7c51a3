import { createMemoryHost, MemoryWorkbook } from '../../../src/hosts/memory';
import { noteHash, NOTES_STORE, parseNotes, serializeNotes } from '../../../src/hosts/notes';
import { seedGrid } from '../../taskpane/support/workbooks';

const noted = (address: string, note: string) => ({ sheet: 'Sheet1', address, severity: 'error' as const, note });

function workbook(): MemoryWorkbook {
  return new MemoryWorkbook(seedGrid(), { notes: { 'Sheet1!I22': '请核对：财务科' } });
}

describe('memory host: cell notes with highlights', () => {
  it('adds PERF notes, keeps a note the user has, and says how many cells it left alone', async () => {
    const host = createMemoryHost(workbook());
    expect(host.capabilities.cellNotes).toBe(true);
    const result = await host.highlight([noted('I21', 'PERF: PERF012 得分应为 2.62'), noted('I22', 'PERF: PERF012 另一条'), { sheet: 'Sheet1', address: 'J21', severity: 'info' }]);
    expect(result).toMatchObject({ ok: true, written: 3, notes: 1 });
    expect(host.workbook.note('Sheet1', 'I21')).toBe('PERF: PERF012 得分应为 2.62');
    expect(host.workbook.note('Sheet1', 'I22')).toBe('请核对：财务科');
    expect(host.workbook.note('Sheet1', 'J21')).toBeNull();
    expect(result.ok && result.note?.zh).toBe('1 个单元格已有批注，保留原批注、未写入 PERF 批注：Sheet1!I22。');
    expect(result.ok && result.note?.en).toBe("1 cell already had a note; it was left as it was, without PERF's note: Sheet1!I22.");
  });

  it('clears only the notes it added, in a later session through the workbook store', async () => {
    const book = workbook();
    await createMemoryHost(book).highlight([noted('I21', 'PERF: a'), noted('I8', 'PERF: b'), noted('I22', 'PERF: c')]);
    expect(Object.keys(JSON.parse(book.document(NOTES_STORE)!).sheets.Sheet1)).toEqual(['I21', 'I8']);
    book.setNotes('Sheet1', [{ address: 'J30', text: '用户自己的' }]);
    const later = createMemoryHost(book);
    const result = await later.clearHighlights();
    expect(result).toMatchObject({ ok: true, notes: 2 });
    expect(result.ok && result.note).toBeUndefined();
    expect(book.allNotes()).toEqual(expect.arrayContaining([{ sheet: 'Sheet1', address: 'I22', text: '请核对：财务科' }, { sheet: 'Sheet1', address: 'J30', text: '用户自己的' }]));
    expect(book.allNotes()).toHaveLength(2);
    expect(book.document(NOTES_STORE)).toBeUndefined();
  });

  it('leaves a PERF note the user has edited, and says so', async () => {
    const book = workbook();
    const host = createMemoryHost(book);
    await host.highlight([noted('I21', 'PERF: a'), noted('I8', 'PERF: b')]);
    book.setNotes('Sheet1', [{ address: 'I21', text: 'PERF: a —— 已核实，无误' }]);
    const result = await host.clearHighlights();
    expect(result).toMatchObject({ ok: true, notes: 1 });
    expect(book.note('Sheet1', 'I21')).toBe('PERF: a —— 已核实，无误');
    expect(book.note('Sheet1', 'I8')).toBeNull();
    expect(result.ok && result.note?.zh).toBe('1 个 PERF 批注已被修改，视为您的批注，保留未删：Sheet1!I21。');
  });

  it('a new highlight replaces its own earlier notes and never writes over an edited one', async () => {
    const book = workbook();
    const host = createMemoryHost(book);
    await host.highlight([noted('I21', 'PERF: old'), noted('I8', 'PERF: b')]);
    book.setNotes('Sheet1', [{ address: 'I8', text: 'mine now' }]);
    const result = await host.highlight([noted('I21', 'PERF: new'), noted('I8', 'PERF: b2')]);
    expect(result).toMatchObject({ ok: true, notes: 1 });
    expect(book.note('Sheet1', 'I21')).toBe('PERF: new');
    expect(book.note('Sheet1', 'I8')).toBe('mine now');
    // Highlighting without notes deletes PERF's earlier ones.
    await host.highlight([{ sheet: 'Sheet1', address: 'I21', severity: 'warning' }]);
    expect(book.note('Sheet1', 'I21')).toBeNull();
    expect(book.note('Sheet1', 'I8')).toBe('mine now');
  });

  it('refuses notes where the host has none, and touches no note when clearing there', async () => {
    const book = workbook();
    const host = createMemoryHost(book, { capabilities: { cellNotes: false } });
    const refused = await host.highlight([noted('I21', 'PERF: a')]);
    expect(refused).toMatchObject({ ok: false, reason: 'unsupported' });
    expect(book.fill('Sheet1', 'I21')).toBeNull();
    expect(await host.clearHighlights()).toEqual({ ok: true, written: 0 });
    expect(book.note('Sheet1', 'I22')).toBe('请核对：财务科');
  });

  it('writes no note on a protected sheet', async () => {
    const book = workbook();
    const host = createMemoryHost(book);
    await host.highlight([noted('I21', 'PERF: a')]);
    book.setProtected('Sheet1', true);
    expect(await host.clearHighlights()).toMatchObject({ ok: false, reason: 'protected' });
    expect(book.note('Sheet1', 'I21')).toBe('PERF: a');
  });
});

describe('the record of PERF notes', () => {
  it('keeps a fingerprint per cell, tells an edit apart, survives odd sheet names and reads damage as empty', () => {
    expect(noteHash('PERF: a\r\n')).toBe(noteHash('PERF: a'));
    expect(noteHash('PERF: a')).not.toBe(noteHash('PERF: b'));
    const record = [
      { sheet: '__proto__', address: 'A1', hash: noteHash('x') },
      { sheet: '表1', address: 'B2', hash: noteHash('y') },
    ];
    expect(parseNotes(serializeNotes(record))).toEqual(record);
    expect(parseNotes('{"v":1,"sheets":[1]}')).toEqual([]);
    expect(parseNotes('not json')).toEqual([]);
    // 5,000 notes stay a small record.
    const many = Array.from({ length: 5000 }, (_u, i) => ({ sheet: 'Sheet1', address: `C${i + 1}`, hash: noteHash(`PERF: PERF021 ${i}`) }));
    expect(serializeNotes(many).length).toBeLessThan(130_000);
  });
});
