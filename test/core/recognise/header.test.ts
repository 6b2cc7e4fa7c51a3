// Finding the indicator header: by meaning, in any column order, over one or two rows, anywhere.
import { recognise } from '../../../src/core/recognise';
import { sheetFromRows, workbookOf, type RowSpec } from '../../support/grid';

const _ = null;
const one = (...rows: RowSpec[]) => rows;

function tableOf(rows: Parameters<typeof sheetFromRows>[1], options: Parameters<typeof sheetFromRows>[2] = {}) {
  const { tables } = recognise(workbookOf(sheetFromRows('表', rows, options)));
  return tables;
}

describe('header matching by meaning', () => {
  it('maps every column of a family A header to its field, with the header cell', () => {
    const [t] = tableOf([
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      ['产出指标', '数量指标', '培训人数', '≥100人', '105人', 10, 10],
    ]);
    expect(Object.fromEntries(Object.entries(t.columns).map(([f, c]) => [f, c?.letter]))).toEqual({
      level1: 'A', level2: 'B', name: 'C', target: 'D', actual: 'E', weight: 'F', score: 'G', note: 'H',
    });
    expect(t.columns.weight?.headerRef.address).toBe('F1');
    expect(t.headerRows).toEqual([1]);
  });

  it('reads headers with spaces, line breaks, full-width brackets, (A)/（B） suffixes and traditional characters', () => {
    const [t] = tableOf([
      ['一 級\n指 標', '二级\n指标', '三 级 指 标', '年 度\n指标值（A）', '實 際\n完成值(B)', '分 值\n（分）', '得 分\n（分）', '偏差原因分析及改進措施'],
      ['產出指標', '數量指標', '培训人数', '≥100人', '105人', 10, 10],
    ]);
    expect(Object.keys(t.columns).sort()).toEqual(['actual', 'level1', 'level2', 'name', 'note', 'score', 'target', 'weight']);
    expect(t.columns.target?.header).toBe('年 度\n指标值（A）');
    expect(t.indicators[0].block).toBe('output');
  });

  it('reads any column order (分值 before the target, score first)', () => {
    const [t] = tableOf([
      ['三级指标', '得分', '实际完成值', '分值', '一级指标', '年度指标值', '二级指标'],
      ['培训人数', 9, '90人', 10, '产出指标', '≥100人', '数量指标'],
    ]);
    const [i] = t.indicators;
    expect(i.name?.text).toBe('培训人数');
    expect(i.score?.ref.address).toBe('B2');
    expect(i.weight?.ref.address).toBe('D2');
    expect(i.target?.number?.toString()).toBe('100');
    expect(i.level1?.text).toBe('产出指标');
  });

  it('prefers 指标名称 / 三级指标 over a 绩效指标 group column (the seed)', () => {
    const [t] = tableOf(
      [
        ['绩效指标', '指标名称', '计量单位', '指标性质', '指标值', '指标权重（分）', '全年完成值', '指标得分（分）', '说明'],
        [_, '绿化率', '%', '≥', 32, 1.8, 32, 1.8],
      ],
      { merges: ['A1:A2'] },
    );
    expect(t.columns.name?.letter).toBe('B');
    expect(t.columns.level1).toBeUndefined();
    expect(t.indicatorRange).toBe('A1:I2');
  });

  it('takes 绩效指标 as the name column when no other name column exists', () => {
    const [t] = tableOf([
      ['绩效指标', '指标值', '完成值', '分值', '得分'],
      ['培训人数', 100, 100, 10, 10],
    ]);
    expect(t.columns.name?.letter).toBe('A');
    expect(t.indicators).toHaveLength(1);
  });

  it('reads a two-row header: 年度指标值 over 指标性质 / 指标值 / 度量单位 (Yunnan)', () => {
    const [t] = tableOf(
      [
        ['一级指标', '二级指标', '三级指标', '年度指标值', _, _, '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
        [_, _, _, '指标性质', '指标值', '度量单位'],
        ['产出指标', '数量指标', '学生受资助人数', '≧', 735, '人次', 735, 10, 10],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:G2', 'H1:H2', 'I1:I2', 'J1:J2'] },
    );
    expect(t.headerRows).toEqual([1, 2]);
    expect(t.columns.op?.letter).toBe('D');
    expect(t.columns.target?.letter).toBe('E');
    expect(t.columns.unit?.letter).toBe('F');
    expect(t.columns.level1?.headerRef.address).toBe('A1');
    expect(t.indicators).toHaveLength(1);
    expect(t.indicators[0]).toMatchObject({ row: 3, op: '>=', opSource: 'column' });
    expect(t.family).toBe("A'");
  });

  it('reads a two-row header whose upper row is only a group label (绩 效 指 标 over 一级/二级/三级)', () => {
    const [t] = tableOf(
      [
        ['绩 效 指 标', _, _, '年度指标值', '实际完成值', '分值', '得分'],
        ['一级指标', '二级指标', '三级指标'],
        ['产出指标', '数量指标', '培训人数', '≥100人', '105人', 10, 10],
      ],
      { merges: ['A1:C1', 'D1:D2', 'E1:E2', 'F1:F2', 'G1:G2'] },
    );
    expect(t.headerRows).toEqual([1, 2]);
    expect(t.columns.level1?.letter).toBe('A');
    expect(t.columns.name?.letter).toBe('C');
    expect(t.columns.target?.headerRef.address).toBe('D1');
    expect(t.indicators.map((i) => i.row)).toEqual([3]);
  });

  it('reads 年初指标值 + 调整指标值: the adjusted value is the target (Chongqing)', () => {
    const [t] = tableOf([
      ['指标名称', '指标性质', '计量单位', '年初指标值', '调整指标值', '全年完成值', '得分系数（%）', '指标权重（分）', '指标得分（分）', '是否核心指标'],
      ['清扫面积', '定量指标', '万平方米', '≥1850', '≥1900', 1926.4, 100, 8, 8, '是'],
    ]);
    const [i] = t.indicators;
    expect(t.columns.initialTarget?.letter).toBe('D');
    expect(t.columns.target?.letter).toBe('E');
    expect(t.columns.core?.letter).toBe('J');
    expect(i.initialTarget?.number?.toString()).toBe('1850');
    expect(i.target?.number?.toString()).toBe('1900');
    expect(i).toMatchObject({ op: '>=', opSource: 'target', qualitative: false });
    expect(i.coefficient).toMatchObject({ percent: true });
    expect(i.coefficient?.number?.toString()).toBe('100');
  });

  it('takes 年初指标值 alone as the target', () => {
    const [t] = tableOf([
      ['指标名称', '年初指标值', '全年完成值', '指标权重', '指标得分'],
      ['清扫面积', 100, 100, 10, 10],
    ]);
    expect(t.columns.target?.letter).toBe('B');
    expect(t.columns.initialTarget).toBeUndefined();
  });

  it('finds a table wherever it sits (header at F40)', () => {
    const rows = one(['指标名称', '计量单位', '指标性质', '指标值', '指标权重（分）', '全年完成值', '指标得分（分）'], ['绿化率', '%', '≥', 32, 10, 33, 10]);
    const [t] = tableOf(rows, { at: 'F40' });
    expect(t.indicatorRange).toBe('F40:L41');
    expect(t.indicators[0].name?.ref.address).toBe('F41');
    expect(t.indicators[0].score?.ref.address).toBe('L41');
  });

  it('lists the required columns a table lacks, but not those its family lacks by design', () => {
    const [a] = tableOf([
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值'],
      ['产出指标', '数量指标', '培训人数', '≥100人', '105人', 10],
    ]);
    expect(a.missingColumns).toEqual(['score']);
    const [h] = tableOf([
      ['一级指标', '二级指标', '三级指标', '年度指标值', '全年完成值', '未完成原因和改进措施'],
      ['产出指标', '数量指标', '危桥改造', '≥6座', '5座', '地质条件变化'],
    ]);
    expect(h.family).toBe('H');
    expect(h.missingColumns).toEqual([]);
    const [g] = tableOf([
      ['一级指标', '二级指标', '三级指标', '评分标准', '分值', '自评得分', '扣分原因和其他说明'],
      ['投入（15分）', '预算配置', '在职人员控制率', '不超过编制数得满分', 5, 5],
    ]);
    expect(g.family).toBe('G');
    expect(g.missingColumns).toEqual([]);
    expect(g.indicators[0].criteria?.text).toBe('不超过编制数得满分');
  });

  it('needs a name column and two other indicator fields', () => {
    expect(tableOf([['名称', '单位', '单价', '数量', '金额'], ['A4纸', '箱', 120, 10, 1200]])).toEqual([]);
    expect(tableOf([['指标名称', '单位', '备注'], ['绿化率', '%', '无']])).toEqual([]);
    expect(tableOf([['年度指标值', '实际完成值', '分值', '得分'], ['≥100', 100, 10, 10]])).toEqual([]);
  });
});
