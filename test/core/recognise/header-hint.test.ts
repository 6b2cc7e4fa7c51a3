// A header row the user names (以选中行为表头重新校验): tried first, a cell counting when it contains
// a header word; a row that names too few columns is refused with the columns found and missing.
import { checkWorkbook } from '../../../src/core/check';
import { recognise } from '../../../src/core/recognise';
import { NATIONAL_PROFILE } from '../../../src/core/profile';
import { sheetFromRows, workbookOf, type RowSpec } from '../../support/grid';
import { UNUSUAL, UNUSUAL_MERGES as MERGES } from '../../support/unusual-header';

const _ = null;

const unusual = () => workbookOf(sheetFromRows('自评表', UNUSUAL, { merges: MERGES }));

describe('a named header row', () => {
  it('finds no table in the unusual form unaided', () => {
    const { tables, hints } = recognise(unusual());
    expect(tables).toHaveLength(0);
    expect(hints).toBeUndefined();
  });

  it('reads the table under the named row, mapping each column by the header word it contains', () => {
    const { tables, hints } = recognise(unusual(), { headerHints: [{ sheet: '自评表', row: 7 }] });
    expect(tables).toHaveLength(1);
    const [t] = tables;
    expect(t.headerRows).toEqual([7]);
    expect(Object.fromEntries(Object.entries(t.columns).map(([f, c]) => [f, c?.letter]))).toEqual({
      level1: 'B', level2: 'C', name: 'D', target: 'E', actual: 'F', weight: 'G', score: 'H', note: 'I',
    });
    expect(t.indicators.map((i) => i.name?.text)).toEqual(['新建集中供水工程', '水质检测达标率', '工程完工及时率', '受益农村人口', '受益群众满意度']);
    expect(t.missingColumns).toEqual([]);
    expect(hints).toEqual([expect.objectContaining({ sheet: '自评表', row: 7, found: true, missing: [] })]);
    expect(hints?.[0].message).toBeUndefined();
  });

  it('checks the table it found: the verdict is no longer "no table" and the findings point into it', () => {
    const report = checkWorkbook(unusual(), { profile: NATIONAL_PROFILE, headerHints: [{ sheet: '自评表', row: 7 }] });
    expect(report.tables).toHaveLength(1);
    expect(report.tables[0].sheet).toBe('自评表');
    expect(report.notes ?? []).toEqual([]);
    expect(report.headerHints?.[0].found).toBe(true);
    const unaided = checkWorkbook(unusual(), { profile: NATIONAL_PROFILE });
    expect(unaided.tables).toHaveLength(0);
  });

  it('refuses a row that names too few columns, saying which it found (with columns) and which it misses, Chinese first', () => {
    const { tables, hints } = recognise(unusual(), { headerHints: [{ sheet: '自评表', row: 5 }] });
    expect(tables).toHaveLength(0);
    const [h] = hints ?? [];
    expect(h).toMatchObject({ sheet: '自评表', row: 5, found: false });
    expect(h.columns.map((c) => `${c.field}@${c.letter}`)).toEqual(['actual@F']);
    expect(h.missing).toEqual(['name', 'target', 'weight', 'score']);
    expect(h.message?.zh).toContain('工作表“自评表”第 5 行不足以作表头：找到 1 列：完成值（F列“实际完成情况”）');
    expect(h.message?.zh).toContain('缺少：指标名称、指标值、权重（分值）、得分');
    expect(h.message?.en).toContain('Row 5 of sheet "自评表" does not name enough columns for a header: found 1 column: actual value (column F');
    expect(h.message?.en).toContain('missing: indicator name, target, weight, score');
  });

  it('names the columns a half header has: the name and one value column are not enough', () => {
    const rows = [...UNUSUAL.slice(0, 6), [_, '一级指标', '二级指标', '考核指标名称', '本项自评得分', '备用'], ...UNUSUAL.slice(7, 12)];
    const { tables, hints } = recognise(workbookOf(sheetFromRows('自评表', rows)), { headerHints: [{ sheet: '自评表', row: 7 }] });
    expect(tables).toHaveLength(0);
    const [h] = hints ?? [];
    expect(h.columns.map((c) => `${c.field}@${c.letter}`)).toEqual(['level1@B', 'level2@C', 'name@D', 'score@E']);
    expect(h.missing).toEqual(['target', 'actual', 'weight']);
    expect(h.message?.zh).toContain('找到 4 列：一级指标（B列“一级指标”）、二级指标（C列“二级指标”）、指标名称（D列“考核指标名称”）、得分（E列“本项自评得分”）');
    expect(h.message?.zh).toContain('至少有 2 项');
    expect(h.message?.en).toContain('found 4 columns: level-1 indicator (column B, "一级指标")');
  });

  it('puts the refusal in the report notes, and says so when the sheet is not there', () => {
    const report = checkWorkbook(unusual(), { profile: NATIONAL_PROFILE, headerHints: [{ sheet: '自评表', row: 2 }, { sheet: '没有', row: 3 }] });
    expect(report.tables).toHaveLength(0);
    expect(report.notes?.map((n) => n.zh)).toEqual([
      expect.stringContaining('第 2 行不是指标表头：没有可识别的列名'),
      expect.stringContaining('找不到工作表“没有”'),
    ]);
  });

  it('changes nothing when the named row is the header the recogniser finds anyway', () => {
    const rows = UNUSUAL.map((r, i) => (i === 6 ? [_, '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'] : r));
    const grid = workbookOf(sheetFromRows('自评表', rows, { merges: MERGES }));
    const plain = recognise(grid);
    const named = recognise(grid, { headerHints: [{ sheet: '自评表', row: 7 }] });
    expect(plain.tables).toHaveLength(1);
    expect(named.tables).toEqual(plain.tables);
    expect(named.hints?.[0].found).toBe(true);
  });

  it('keeps the other tables of the sheet, in sheet order, when the named table sits below one found unaided', () => {
    const first: RowSpec[] = [
      ['三级指标', '指标值', '完成值', '分值', '得分'],
      ['培训人数', '≥100人', '105人', 50, 50],
      ['满意度', '≥90%', '95%', 50, 50],
      [],
      [],
    ];
    const second = UNUSUAL.slice(6, 12).map((r) => r.slice(1));
    const grid = workbookOf(sheetFromRows('表', [...first, ...second]));
    expect(recognise(grid).tables).toHaveLength(1);
    const { tables } = recognise(grid, { headerHints: [{ sheet: '表', row: 6 }] });
    expect(tables.map((t) => t.headerRows[0])).toEqual([1, 6]);
    expect(tables[1].columns.name?.letter).toBe('C');
    expect(tables[0].indicators).toHaveLength(2);
  });

  it('ignores hints that are no row (0, negative, fractional, past the end) without an exception', () => {
    for (const row of [0, -1, 2.5, 10_000]) {
      expect(() => recognise(unusual(), { headerHints: [{ sheet: '自评表', row }] })).not.toThrow();
    }
    expect(recognise(unusual(), { headerHints: [{ sheet: '自评表', row: 10_000 }] }).tables).toHaveLength(0);
  });
});
