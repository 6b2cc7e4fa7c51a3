// PERF005: operators written with look-alike glyphs (永德 ≧ ═), with a certain fix; words and ASCII stay silent.
import { PERF005 } from '../../../src/core/rules';
import { huanggangTable, suixiTable, yongdeTable } from './support/cases';
import { run } from './support/run';
import { seedRow, seedTable } from './support/seed';
import { tableOf } from './support/table';

const withOp = (op: string) => seedTable((row) => (row.name === '绿化率' ? { ...row, op } : undefined));

describe('PERF005 look-alike operator glyph', () => {
  it('flags 永德\'s ≧ and ═ once for the table, naming every cell, with one fix for all of them', () => {
    const findings = run(PERF005, yongdeTable());
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.severity).toBe('warning');
    expect(f.row).toBeUndefined();
    // The helper's rows 15–24 as on the form (row 21 is the empty 生态效益指标, row 19 a 定性 row with no operator).
    expect(f.cells).toEqual(['D15', 'D16', 'D17', 'D18', 'D20', 'D22', 'D23', 'D24']);
    expect([f.found, f.expected]).toEqual([undefined, undefined]); // figures only; the glyphs are in the message
    expect(f.message.zh).toBe('8 个单元格的比较符使用了形近字符（≧ → ≥，═ → =）：D15、D16、D17、D18、D20、D22 等');
    expect(f.fix?.changes.map((c) => `${c.address} ${c.before.value}→${c.after.value}`)).toEqual([
      'D15 ≧→≥', 'D16 ≧→≥', 'D17 ≧→≥', 'D18 ═→=', 'D20 ═→=', 'D22 ≧→≥', 'D23 ≧→≥', 'D24 ≧→≥',
    ]);
  });

  it.each([
    ['≦', '≤'],
    ['﹦', '='],
    ['＝', '='],
    ['＞＝', '≥'],
    ['＜＝', '≤'],
    ['>＝', '≥'],
    ['⩾', '≥'],
  ])('%s in the 指标性质 cell → %s', (glyph, standard) => {
    const [f] = run(PERF005, withOp(glyph));
    expect(f.cells).toEqual([`E${seedRow('绿化率')}`]);
    expect(f.fix?.changes).toEqual([
      { sheet: 'Sheet1', address: `E${seedRow('绿化率')}`, before: { value: glyph }, after: { value: standard } },
    ]);
  });

  it('fixes a glyph folded into the target text and keeps the rest of the text', () => {
    const table = tableOf({
      family: 'A',
      columns: { level1: 'A', level2: 'B', name: 'C', target: 'D', actual: 'E', weight: 'F', score: 'G' },
      rows: [
        { level1: '产出指标', level2: '质量指标', name: '验收合格率', target: '≧95%', actual: '96%', weight: 45, score: 45 },
        { level2: '时效指标', name: '按期完工率', target: '＝100%', actual: '100%', weight: 45, score: 45 },
      ],
    });
    const [f] = run(PERF005, table);
    expect(f.fix?.changes.map((c) => c.after.value)).toEqual(['≥95%', '=100%']);
  });

  it.each(['≥', '≤', '=', '>=', '<=', '>', '<', '大于等于', '不低于', '小于等于', '定性', '定量指标'])('is silent on %s', (op) => {
    expect(run(PERF005, withOp(op))).toEqual([]);
  });

  it('is silent on the seed and the other cases (≥, >=21933人, 100%)', () => {
    expect(run(PERF005, seedTable())).toEqual([]);
    expect(run(PERF005, suixiTable())).toEqual([]);
    expect(run(PERF005, huanggangTable())).toEqual([]);
  });

  it('leaves an operator computed by a formula alone', () => {
    const table = seedTable((row) => (row.name === '绿化率' ? { ...row, target: { v: '≧32', f: 'IF(A1,"≧32","")' } } : undefined));
    expect(run(PERF005, table)).toEqual([]);
  });
});
