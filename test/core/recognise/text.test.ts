// Header texts are matched by meaning: spaces, line breaks, full-width forms, brackets and
// traditional characters do not change what a header means.
import { labelOf, statedMoneyUnit, statedPoints } from '../../../src/core/recognise/text';
import { blockKindsOf, blockKindOfLevel2, meaningOf } from '../../../src/core/recognise/vocabulary';

describe('labelOf', () => {
  it.each([
    ['指标权重\n（分）', '指标权重', ['分']],
    ['年 度\n指标值（A）', '年度指标值', ['A']],
    ['实 际\n完成值(B)', '实际完成值', ['B']],
    ['全年预算数（A）', '全年预算数', ['A']],
    ['执行率\n(B/A)', '执行率', ['B/A']],
    ['得分系数（%）', '得分系数', ['%']],
    ['年度资金总额:', '年度资金总额', []],
    ['實際完成值(B)', '实际完成值', ['B']],
    ['預算執行情況(萬元)(20分)', '预算执行情况', ['万元', '20分']],
    ['　指标名称　', '指标名称', []],
    ['全年（调整）预算数', '全年预算数', ['调整']],
  ])('%j → %s', (text, key, brackets) => {
    const label = labelOf(text);
    expect(label.key).toBe(key);
    expect(label.brackets).toEqual(brackets);
  });

  it('reads stated points and money units from brackets', () => {
    expect(statedPoints(labelOf('产出指标（50分）'))).toBe('50');
    expect(statedPoints(labelOf('预算执行情况（万元）（20分）'))).toBe('20');
    expect(statedPoints(labelOf('产出指标'))).toBeUndefined();
    expect(statedMoneyUnit(labelOf('项目资金\n（万元）'))).toBe('万元');
    expect(statedMoneyUnit(labelOf('项目资金 (元)'))).toBe('元');
    expect(statedMoneyUnit(labelOf('资金情况'))).toBeUndefined();
  });
});

describe('meaningOf: indicator headers (DESIGN.md §1 and variants)', () => {
  it.each([
    ['一级指标', 'level1'], ['二級指標', 'level2'],
    ['指标名称', 'name'], ['三级指标', 'name'], ['三級指標', 'name'], ['绩效指标', 'weakName'], ['績效指標', 'weakName'],
    ['计量\n单位', 'unit'], ['单位', 'unit'], ['度量单位', 'unit'],
    ['指标\n性质', 'op'], ['指标方向', 'op'], ['比较符', 'op'], ['符号', 'op'],
    ['指标值', 'target'], ['年度\n指标值', 'target'], ['年度目标值', 'target'], ['目标值', 'target'], ['预期指标值', 'target'],
    ['年初目标值(A)', 'target'], ['年初目標值(A)', 'target'], ['调整指标值', 'target'], ['年初指标值', 'initialTarget'],
    ['指标权重（分）', 'weight'], ['权重', 'weight'], ['權重', 'weight'], ['分值', 'weight'], ['分 值\n（分）', 'weight'],
    ['全年完成值', 'actual'], ['实际完成值', 'actual'], ['實際完成值', 'actual'], ['全年实际值', 'actual'], ['完成值', 'actual'],
    ['指标得分（分）', 'score'], ['得分', 'score'], ['得 分', 'score'], ['自评得分', 'score'],
    ['得分系数（%）', 'coefficient'], ['得分係數（%）', 'coefficient'],
    ['说明', 'note'], ['偏差原因分析及改进措施', 'note'], ['未完成原因和改进措施', 'note'], ['备注', 'note'],
    ['未完成原因及拟采取的改进措施', 'note'], ['扣分原因和其他说明', 'note'], ['備註', 'note'],
    ['是否核心指标', 'core'], ['评分标准', 'criteria'], ['評分標準', 'criteria'],
  ])('%j → %s', (text, field) => {
    expect(meaningOf(text).header).toBe(field);
  });

  it('does not take unrelated headers for indicator fields', () => {
    for (const text of ['名称', '单价', '数量', '金额（元）', '科室名称', '编制数', '序号']) {
      expect(meaningOf(text).header).toBeUndefined();
    }
  });
});

describe('meaningOf: labels of the blocks around a table', () => {
  it('knows header-block labels, 自评总分, goals, totals, footers, goal blocks and titles', () => {
    expect(meaningOf('主管部门').headerBlock).toBe(true);
    expect(meaningOf('部门\n联系人').headerBlock).toBe(true);
    expect(meaningOf('項目實施單位').headerBlock).toBe(true);
    expect(meaningOf('自评总分\n（分）').statedTotal).toBe(true);
    expect(meaningOf('年初绩效目标').goals).toBe('initial');
    expect(meaningOf('全年（调整）绩效目标').goals).toBe('adjusted');
    expect(meaningOf('全年目标实际完成情况').goals).toBe('achieved');
    expect(meaningOf('预期目标').goals).toBe('initial');
    expect(meaningOf('年初设定目标').goals).toBe('initial');
    expect(meaningOf('年度总体目标完成情况综述').goals).toBe('achieved');
    expect(meaningOf('年度\n总体\n目标').goals).toBe('group');
    expect(meaningOf('总 分').total).toBe(true);
    expect(meaningOf('總分').total).toBe(true);
    expect(meaningOf('合计').total).toBe(true);
    expect(meaningOf('偏差大或目標未完成原因分析').explanation).toBe(true);
    expect(meaningOf('其他需要说明事项').remarks).toBe(true);
    expect(meaningOf('年度績效目標2(40分)').goalBlock).toBe(2);
    expect(meaningOf('西永街道2022年度部门整体绩效自评表').title).toBe(true);
    expect(meaningOf('优').grade).toBe(true);
    expect(meaningOf('不适用').notApplicable).toBe(true);
  });

  it('knows budget headers', () => {
    expect(meaningOf('全年（调整）预算数').budget).toBe('budget');
    expect(meaningOf('调整后预算数').budget).toBe('budget');
    expect(meaningOf('預算數(A)').budget).toBe('budget');
    expect(meaningOf('执行数(B)').budget).toBe('spent');
    expect(meaningOf('执行率（%）').budget).toBe('rate');
    expect(meaningOf('执行率权重').budget).toBe('weight');
    expect(meaningOf('执行率得分（分）').budget).toBe('score');
    expect(meaningOf('得分(20分*执行率)').budget).toBe('score');
  });

  it('ignores long texts (names, goals): they are not labels', () => {
    expect(meaningOf('总分'.padEnd(80, '。')).total).toBeUndefined();
  });
});

describe('block kinds', () => {
  it('reads the kind of first- and second-level labels', () => {
    expect(blockKindsOf('产出指标（50分）')).toEqual(['output']);
    expect(blockKindsOf('效益指标\n滿意度指標')).toEqual(['benefit', 'satisfaction']);
    expect(blockKindsOf('成本指标')).toEqual(['cost']);
    expect(blockKindsOf('投入（15分）')).toEqual([]);
    expect(blockKindOfLevel2('数量指标')).toBe('output');
    expect(blockKindOfLevel2('社会效益 指标')).toBe('benefit');
    expect(blockKindOfLevel2('服务对象满意度指标')).toBe('satisfaction');
  });
});
