// PERF070–PERF071: error values and numbers stored as text.
import { PERF070, PERF071 } from '../../../src/core/rules';
import { suixiTable, yongdeTable } from './support/cases';
import { run } from './support/run';
import { seedRow, seedTable } from './support/seed';
import { tableOf, type RowSpec } from './support/table';

const edit = (name: string, change: Partial<RowSpec>) => seedTable((row) => (row.name === name ? { ...row, ...change } : undefined));

describe('PERF070 Excel error value', () => {
  it('flags an error score with its formula, and #N/A typed in an actual', () => {
    const [score] = run(PERF070, edit('绿化率', { score: { v: { error: '#DIV/0!' }, f: 'G34*H34/F34' } }));
    expect([score.row, score.cells[0], score.found]).toEqual([seedRow('绿化率'), `I${seedRow('绿化率')}`, '#DIV/0!']);
    expect(score.message.zh).toBe(`单元格 I${seedRow('绿化率')} 是错误值 #DIV/0!（公式 =G34*H34/F34）`);
    const [actual] = run(PERF070, edit('绿化率', { actual: '#N/A' }));
    expect(actual.found).toBe('#N/A');
  });

  it('flags budget cells', () => {
    const table = tableOf({
      rows: [{ name: '培训人次', unit: '人次', op: '≥', target: 300, weight: 90, actual: 320, score: 90 }],
      budget: { rows: [{ label: '年度资金总额', isTotal: true, budget: 0, spent: 0, weight: 10, rate: { v: { error: '#DIV/0!' }, f: 'E2/D2' } }] },
    });
    expect(run(PERF070, table).map((f) => f.cells[0])).toEqual(['G2']);
  });

  it('is silent on a result still being calculated (#BUSY!, #GETTING_DATA): pending, not an error', () => {
    expect(run(PERF070, edit('绿化率', { score: { v: { error: '#BUSY!' }, f: 'PERF.SCORE(E34,F34,H34,G34)' } }))).toEqual([]);
    expect(run(PERF070, edit('绿化率', { actual: { v: { error: '#GETTING_DATA' } } }))).toEqual([]);
  });

  it('is silent on clean tables', () => {
    expect(run(PERF070, seedTable())).toEqual([]);
    expect(run(PERF070, yongdeTable())).toEqual([]);
  });
});

describe('PERF071 number stored as text', () => {
  it('flags a weight typed as text and converts it', () => {
    const [f] = run(PERF071, edit('绿化率', { weight: '1.8' }));
    expect([f.row, f.cells[0], f.found]).toEqual([seedRow('绿化率'), `G${seedRow('绿化率')}`, '1.8']);
    expect(f.fix?.changes[0]).toMatchObject({ before: { value: '1.8' }, after: { value: 1.8 } });
  });

  it('is silent on text in text-friendly columns and on values with units', () => {
    expect(run(PERF071, edit('绿化率', { target: '32' }))).toEqual([]);
    expect(run(PERF071, suixiTable())).toEqual([]);
    expect(run(PERF071, seedTable())).toEqual([]);
  });
});
