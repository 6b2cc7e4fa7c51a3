// The blocks around the indicator table: header block, budget block (every variant of DESIGN.md
// §1), goals block, total row, table-wide explanation and remarks.
import { recognise } from '../../../src/core/recognise';
import type { IndicatorTable } from '../../../src/core/model/types';
import { sheetFromRows, workbookOf, type RowSpec, type SheetOptions } from '../../support/grid';

const _ = null;
const HEADER: RowSpec = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
const ROW: RowSpec = ['产出指标', '数量指标', '培训人数', '≥100人', '105人', 90, 90];

function table(rows: readonly RowSpec[], options: SheetOptions = {}): IndicatorTable {
  const { tables } = recognise(workbookOf(sheetFromRows('表', rows, options)));
  expect(tables).toHaveLength(1);
  return tables[0];
}

describe('header block', () => {
  it('reads labels with the value to their right, and 自评总分 as the stated total (family C)', () => {
    const t = table(
      [
        ['附件1'],
        ['西永街道2022年度部门整体绩效自评表'],
        ['主管部门', '重庆高新区西永街道办事处', _, '部门\n联系人', '龙凤鸣', '联系电话', 13527318185, '自评总分\n（分）', 99.9],
        ['绩效指标', '指标名称', '计量\n单位', '指标\n性质', '指标值', '指标权重\n（分）', '全年\n完成值', '指标得分\n（分）', '说明'],
        [_, '绿化率', '%', '≥', 32, 1.8, 32, 1.8],
      ],
      { merges: ['A2:J2', 'B3:C3', 'I3:J3'] },
    );
    expect(t.header.title?.ref.address).toBe('A2');
    expect(Object.fromEntries(Object.entries(t.header.fields).map(([k, v]) => [k, `${v.ref.address} ${v.text}`]))).toEqual({
      主管部门: 'B3 重庆高新区西永街道办事处',
      部门联系人: 'E3 龙凤鸣',
      联系电话: 'G3 13527318185',
    });
    expect(t.header.statedTotal).toMatchObject({ kind: 'number', ref: { address: 'I3' } });
    expect(t.header.statedTotal?.number?.toString()).toBe('99.9');
    expect(t.range).toBe('A2:J5');
    expect(t.family).toBe('C');
  });

  it('skips a label whose value cell is empty', () => {
    const t = table([['项目名称', _, '主管部门', '水利局'], HEADER, ROW]);
    expect(Object.keys(t.header.fields)).toEqual(['主管部门']);
  });
});

describe('budget block', () => {
  it('family A: 项目资金（万元） with fund-source rows, 其中 sub-rows and dashes', () => {
    const t = table(
      [
        ['项目资金\n（万元）', _, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        [_, '年度资金总额', 500, 480, 468.5, 10, { v: 0.976, fmt: '0.00%' }, 9.76],
        [_, '其中：当年财政拨款', 500, 450, 438.5, '—', '—', '—'],
        [_, '上年结转资金', 0, 30, 30, '—', '—', '—'],
        [_, '其他资金'],
        HEADER,
        ROW,
      ],
      { merges: ['A1:A5'] },
    );
    const b = t.budget!;
    expect(b.label?.text).toBe('项目资金\n（万元）');
    expect(b.unit).toBe('万元');
    expect(b.statedWeight).toBeUndefined();
    expect(b.range).toBe('A1:H5');
    expect(b.rows.map((r) => [r.label.text, r.isTotal])).toEqual([
      ['年度资金总额', true],
      ['其中：当年财政拨款', false],
      ['上年结转资金', false],
      ['其他资金', false],
    ]);
    expect(b.rows[0].rate).toMatchObject({ percent: true, decimals: 2 });
    expect(b.rows[0].rate?.number?.toString()).toBe('97.6');
    expect(b.rows[0].initial?.ref.address).toBe('C2');
    expect(b.rows[1].weight).toMatchObject({ kind: 'empty', text: '—' });
    expect(b.rows[3].spent).toMatchObject({ kind: 'empty', ref: { address: 'E5' } });
  });

  it('family F: 预算执行情况（万元）（20分） with 预算数（A）/执行数（B）, weight from the label', () => {
    const t = table([
      ['預算執行情況(萬元)(20分)', '預算數(A)', '執行數(B)', '執行率(B/A)', '得分(20分*執行率)'],
      ['年度財政資金總額', 10, 10, { v: 1, fmt: '0%' }, 20],
      ['年度績效目標1(40分)'],
      ['一級指標', '二級指標', '三級指標', '年初目標值(A)', '實際完成值(B)', '得分'],
      ['產出指標', '質量指標', '監測數據必須合格', { v: 1, fmt: '0%' }, { v: 1, fmt: '0%' }, 40],
    ]);
    expect(t.budget?.statedWeight?.toString()).toBe('20');
    expect(t.budget?.unit).toBe('万元');
    expect(t.budget?.rows).toHaveLength(1);
    expect(t.budget?.rows[0]).toMatchObject({ isTotal: true, label: { text: '年度財政資金總額' } });
    expect(t.budget?.rows[0].score?.number?.toString()).toBe('20');
    expect(t.family).toBe('F');
  });

  it('family D: 调整后预算数, 原因, `/` in fund-source rows', () => {
    const t = table([
      ['报表编号', '510321-2023-017'],
      ['预算执行情况\n（万元）\n（10分）', _, '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分', '原因'],
      [_, '总额', 3450, 3512.6, 3498.1, { v: 0.9959, fmt: '0.00%' }, 10, 9.96],
      [_, '其中：财政资金', 3450, 3512.6, 3498.1, '/', '/', '/', '/'],
      [_, '单位资金', 0, 0, 0, '/', '/', '/', '/'],
      ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '未完成原因分析'],
      ['产出指标', '数量指标', '补贴发放面积', '≥', 86.5, '万亩', 86.72, 90, 90],
    ]);
    const b = t.budget!;
    expect(b.statedWeight?.toString()).toBe('10');
    expect(b.rows.map((r) => r.isTotal)).toEqual([true, false, false]);
    expect(b.rows[1].rate).toMatchObject({ kind: 'empty', text: '/' });
    expect(b.rows[1].note?.text).toBe('/');
    expect(t.family).toBe('D');
  });

  it('family B: groups 按收入性质分 / 按支出性质分, each row keeping its group', () => {
    const t = table(
      [
        ['预算执行情况\n（万元）', _, _, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        [_, '年度资金总额', _, 3200, 3580, 3466.3, 10, 0.968, 9.68],
        [_, '按收入性质分', '一般公共预算', 2900, 3180, 3092.5],
        [_, _, '其他资金', 300, 400, 373.8],
        [_, '按支出性质分', '基本支出', 1200, 1260, 1255.1],
        [_, _, '项目支出', 2000, 2320, 2211.2],
        ['绩效指标', ...HEADER],
        [_, ...ROW],
      ],
      { merges: ['A1:A6', 'B3:B4', 'B5:B6'] },
    );
    expect(t.budget?.rows.map((r) => [r.label.text, r.group?.text ?? null, r.isTotal])).toEqual([
      ['年度资金总额', null, true],
      ['一般公共预算', '按收入性质分', false],
      ['其他资金', '按收入性质分', false],
      ['基本支出', '按支出性质分', false],
      ['项目支出', '按支出性质分', false],
    ]);
  });

  it('family C: a one-row 部门预算执行情况 block named by its label, rate (%) in points', () => {
    const t = table(
      [
        ['部门预算执行情况（万元）', '年初预算数', '全年（调整）预算数', '全年执行数', '执行率（%）', '执行率权重', '执行率得分（分）'],
        [_, 8650, 9120, 8948.3, 98.12, 10, 9.81],
        ['指标名称', '指标性质', '计量单位', '指标值', '全年完成值', '指标权重（分）', '指标得分（分）'],
        ['清扫面积', '≥', '万平方米', 1900, 1926.4, 90, 90],
      ],
      { merges: ['A1:A2'] },
    );
    const [row] = t.budget!.rows;
    expect(row).toMatchObject({ isTotal: true, label: { ref: { address: 'A1' } } });
    expect(row.rate).toMatchObject({ percent: true });
    expect(row.rate?.number?.toString()).toBe('98.12');
    expect(row.weight?.number?.toString()).toBe('10');
    expect(row.score?.ref.address).toBe('G2');
  });

  it('a section label alone on its row opens a group and is not a fund-source row', () => {
    const t = table([
      ['资金情况（万元）', _, _, '全年预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分'],
      [_, '年度资金总额:', _, 30, 30, 10, 1, 10],
      [_, '按资金来源分：'],
      [_, _, '本年财政拨款', 30, 30],
      HEADER,
      ROW,
    ]);
    expect(t.budget?.rows.map((r) => [r.label.text, r.group?.text ?? null])).toEqual([
      ['年度资金总额:', null],
      ['本年财政拨款', '按资金来源分：'],
    ]);
  });
});

describe('goals block', () => {
  it('family C: 年初绩效目标 / 全年（调整）绩效目标 / 全年目标实际完成情况 with the text below', () => {
    const t = table(
      [
        ['当年绩效\n目标', '年初绩效目标', _, '全年（调整）绩效目标', _, '全年目标实际完成情况'],
        [_, '目标一', _, '目标二', _, '完成情况'],
        ['绩效指标', '指标名称', '计量单位', '指标性质', '指标值', '指标权重（分）', '全年完成值', '指标得分（分）'],
        [_, '绿化率', '%', '≥', 32, 100, 32, 100],
      ],
      { merges: ['A1:A2', 'B1:C1', 'D1:E1', 'F1:H1', 'B2:C2', 'D2:E2', 'F2:H2'] },
    );
    expect(t.goals).toEqual({
      range: 'A1:H2',
      initial: expect.objectContaining({ text: '目标一', ref: expect.objectContaining({ address: 'B2' }) }),
      adjusted: expect.objectContaining({ text: '目标二', ref: expect.objectContaining({ address: 'D2' }) }),
      achieved: expect.objectContaining({ text: '完成情况', ref: expect.objectContaining({ address: 'F2' }) }),
    });
  });

  it('family A / E: 预期目标 / 实际完成情况 and 年初设定目标 / 年度总体目标完成情况综述', () => {
    const a = table([['年度总体目标', '预期目标', _, '实际完成情况'], [_, '甲', _, '乙'], HEADER, ROW]);
    expect([a.goals?.initial?.text, a.goals?.achieved?.text]).toEqual(['甲', '乙']);
    const e = table([['年度总体目标', '年初设定目标', _, '年度总体目标完成情况综述'], [_, '丙', _, '丁'], HEADER, ROW]);
    expect([e.goals?.initial?.text, e.goals?.achieved?.text]).toEqual(['丙', '丁']);
  });

  it('reads goal texts written right of their labels', () => {
    const t = table([['年初绩效目标', '目标甲'], ['全年目标实际完成情况', '完成乙'], HEADER, ROW]);
    expect([t.goals?.initial?.ref.address, t.goals?.achieved?.ref.address]).toEqual(['B1', 'B2']);
  });
});

describe('below the table', () => {
  it('reads the total row by column: 总分 with weight, score and grade, and remarks in the same row (Yunnan)', () => {
    const t = table([
      ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      ['产出指标', '数量指标', '学生受资助人数', '≧', 735, '人次', 735, 90, 86],
      ['其他需要说明事项', '无', _, _, _, _, '总分', { v: 100, f: 'SUM(H2:H2)+10' }, 96, '优'],
    ]);
    expect(t.total).toMatchObject({
      row: 3,
      label: { text: '总分', ref: { address: 'G3' } },
      weight: { ref: { address: 'H3' }, formula: '=SUM(H2:H2)+10' },
      score: { ref: { address: 'I3' } },
      grade: { text: '优', ref: { address: 'J3' } },
    });
    expect(t.remarks).toMatchObject({ text: '无', ref: { address: 'B3' } });
    expect(t.indicators).toHaveLength(1);
    expect(t.range).toBe('A1:J3');
  });

  it('reads a 总分 whose number is not under the score column, and a blank explanation block (Hubei)', () => {
    const t = table(
      [
        ['一級指標', '二級指標', '三級指標', '年初目標值(A)', '實際完成值(B)', '得分'],
        ['產出指標', '質量指標', '監測數據必須合格', { v: 1, fmt: '0%' }, { v: 1, fmt: '0%' }, 80],
        ['總分', 99.6],
        ['偏差大或目標未完成原因分析', _, _],
        ['改進措施及結果應用方案', _, _],
      ],
      { merges: ['A4:B4', 'C4:F4', 'A5:B5', 'C5:F5'] },
    );
    expect(t.total?.score).toMatchObject({ ref: { address: 'B3' } });
    expect(t.total?.weight).toBeUndefined();
    expect(t.explanation).toMatchObject({ text: '', ref: { address: 'C4' } });
    expect(t.range).toBe('A1:F5');
  });

  it('reads an explanation written below its label', () => {
    const t = table([HEADER, ROW, ['合计', _, _, _, _, 100, 100], ['偏差大或目标未完成原因分析'], ['无偏差']]);
    expect(t.explanation).toMatchObject({ text: '无偏差', ref: { address: 'A5' } });
    expect(t.total).toMatchObject({ label: { text: '合计' } });
  });

  it('does not read a total from a later form', () => {
    const t = table([HEADER, ROW, [], [], [], ['总分', 100]]);
    expect(t.total).toBeUndefined();
  });
});
