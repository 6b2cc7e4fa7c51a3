// Writing and comparing one cell, and the documents stored in the workbook.
import type { JournalEntry } from '../../../src/hosts/types';
import { formulaOf, holds, normalizeFormula, textNeedsGuard } from '../../../src/hosts/excel/cell-io';
import { LIMITS, appendToJournal, parseFills, parseJournal, serializeJournal, utf8Bytes } from '../../../src/hosts/excel/store';
import { parseInput } from '../../support/fake-excel/model';

describe('textNeedsGuard: text Excel would turn into something else', () => {
  it.each(['100', '99.74', '-5', '1,234', '95%', '1/2', '2022-1-1', '12:30', '=', '=SUM(A1)', '+1', '@x', "'x", '#N/A', 'TRUE', 'false', '¥100', '3月1日', '2022年3月'])(
    'guards %s',
    (text) => {
      expect(textNeedsGuard(text)).toBe(true);
      // What the fake (typed-input rules) stores for the guarded text is the text itself.
      expect(parseInput(`'${text}`, 'General').value).toBe(text);
    },
  );

  it.each(['优', '有所增加', '≥95%', '26次', '亿元', '执行率 99.74%，未达 100%', '2022年度', ''])('leaves %s as typed', (text) => {
    expect(textNeedsGuard(text)).toBe(false);
    if (text !== '') expect(parseInput(text, 'General').value).toBe(text);
  });
});

describe('formulaOf and holds', () => {
  it('tells a formula from a constant text that starts with =', () => {
    expect(formulaOf('=', '=')).toBeUndefined();
    expect(formulaOf(2.62, '=ROUND(G21*H21/F21,2)')).toBe('=ROUND(G21*H21/F21,2)');
    expect(formulaOf('', '=IF(1,"","")')).toBe('=IF(1,"","")');
    expect(formulaOf(100, 100)).toBeUndefined();
  });

  it('compares formulas ignoring case and spaces outside strings, constants exactly', () => {
    expect(normalizeFormula('=perf.score( E7, F7 ,"≥ 95%")')).toBe('=PERF.SCORE(E7,F7,"≥ 95%")');
    expect(holds(9.97, '=PERF.SCORE(E7,F7,H7,G7)', { value: 0, formula: '=perf.score(E7, F7, H7, G7)' })).toBe(true);
    expect(holds(9.97, '=PERF.SCORE(E7,F7,H7,G7)', { value: 9.97 })).toBe(false);
    expect(holds(2.63, 2.63, { value: 2.63 })).toBe(true);
    expect(holds(2.63, 2.63, { value: 2.630001 })).toBe(false);
    expect(holds('73', '73', { value: 73 })).toBe(false);
    expect(holds('', '', { value: null })).toBe(true);
    expect(holds('#N/A', '#N/A', { value: { error: '#N/A' } })).toBe(true);
    expect(holds('=', '=', { value: '=' })).toBe(true);
  });
});

describe('stored documents', () => {
  const entry = (id: string, text = '修正'): JournalEntry => ({
    id,
    at: '2024-03-01T08:00:00.000Z',
    label: { zh: text, en: 'Fix' },
    changes: [{ sheet: 'Sheet1', address: 'I21', before: { value: 2.63 }, after: { value: 2.62 } }],
  });

  it('parses only well-formed entries and survives damaged text', () => {
    expect(parseJournal(undefined)).toEqual([]);
    expect(parseJournal('[')).toEqual([]);
    expect(parseJournal('[]')).toEqual([]);
    const text = JSON.stringify({ v: 1, entries: [entry('a'), { id: 'b', changes: [] }, { ...entry('c'), changes: [{ sheet: 'S', address: 'A1', before: { value: {} }, after: { value: 1 } }] }] });
    expect(parseJournal(text).map((e) => e.id)).toEqual(['a']);
    expect(parseFills(JSON.stringify({ v: 1, cells: [{ sheet: 'S', address: 'A1', color: '#FFFFFF', pattern: 'None', applied: '#FFC7CE' }, { sheet: 'S' }] }))).toHaveLength(1);
  });

  it('drops the oldest entries to stay within the size limit, and refuses an entry too large alone', () => {
    const big = '说明'.repeat(Math.floor(LIMITS.journalBytes / 18));
    const kept = appendToJournal([entry('a', big), entry('b', big)], entry('c', big));
    expect(kept).toBeDefined();
    expect(utf8Bytes(kept as string)).toBeLessThanOrEqual(LIMITS.journalBytes);
    expect(parseJournal(kept).map((e) => e.id)).toEqual(['b', 'c']);
    expect(appendToJournal([], entry('huge', '说明'.repeat(LIMITS.journalBytes)))).toBeUndefined();
    expect(parseJournal(serializeJournal([entry('x')]))).toEqual([entry('x')]);
  });
});
