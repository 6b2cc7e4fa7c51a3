// The three real tables of /work/shared/cases as table models (the layout of each published form).
import type { IndicatorTable } from '../../../../src/core/model/types';
import { tableOf } from './table';

const pct = (v: number) => ({ v, fmt: '0%' });

/** 濉溪县 临时救助 2019 (family E): 分值 before the target, units and operators inside the values. */
export function suixiTable(): IndicatorTable {
  return tableOf({
    sheet: '临时救助',
    family: 'E',
    firstRow: 12,
    columns: { level1: 'A', level2: 'B', name: 'C', weight: 'D', target: 'E', actual: 'F', score: 'G', note: 'H' },
    budget: {
      label: '资金情况\n(万元)',
      rows: [
        { label: '年度资金总额:', isTotal: true, budget: 30, spent: 30, weight: 10, rate: { v: 1, fmt: '0%', f: 'E6/D6' }, score: 10 },
        { label: '其中:本年财政拨款', budget: 30, spent: 30, weight: 10, rate: { v: 1, fmt: '0%', f: 'E7/D7' }, score: 10 },
        { label: '其他资金' },
      ],
    },
    goals: { initial: '为建档立卡扶贫户解决临时性的困难', achieved: '全年救助建档立卡扶贫户临时救助87人次,救助资金30万元,完成目标任务。' },
    blocks: [
      { label: '产出指标(50分)', weight: '50', firstRow: 12, lastRow: 19 },
      { label: '效益指标(30分)', weight: '30', firstRow: 20, lastRow: 20 },
      { label: '满意度指标(10分)', weight: '10', firstRow: 21, lastRow: 21 },
    ],
    rows: [
      { level1: '产出指标(50分)', level2: '数量指标', name: '★★★农村低保发放人数(按月平均)(≥**人)', weight: 5, target: '>=21933人', actual: '21980人', score: 5 },
      { name: '★★★其中:农村低保对象中建档立卡贫困人口数量(按月平均)(≥**人)', weight: 5, target: '>=9431人', actual: '9453人', score: 5 },
      { name: '★★★建档立卡贫困人口中接受临时救助的人次数(≥**人次)', weight: 5, target: '>=59人次', actual: '87人次', score: 5 },
      { name: '★★★特困人员救助供养人数(按月平均)(≥**人)', weight: 5, target: '>=4754人', actual: '4604人', score: 5, note: '特困人员实行动态管理' },
      { name: '扶贫临时救助人数(按月平均)(≥**人)', weight: 10, target: '>=7人', actual: '7人', score: 10 },
      { level2: '质量指标', name: '★农村低保标准(≥**元/人·月)', weight: 5, target: '>=530元/人*月', actual: '583元/人*月', score: 5 },
      { name: '农村特困人员救助供养基本生活标准(≥**元/人·月)', weight: 5, target: '>=570元/人*月', actual: '758元/人*月', score: 5 },
      { name: '扶贫临时救助标准(<**元/户·年)——一户年最高5300元', weight: 10, target: '<=5300元/户', actual: '5830元/户', score: 10 },
      { level1: '效益指标(30分)', level2: '社会效益指标', name: '★★★受益建档立卡贫困人口数≥**人', weight: 30, target: '>=80人', actual: '87人', score: 30 },
      { level1: '满意度指标(10分)', level2: '服务对象满意度指标', name: '★受助对象满意度(≥**%)', weight: 10, target: '>=9…' },
    ],
  });
}

/** 永德县明朗中学 营养改善计划 2022 (family A′): 指标性质 / 指标值 / 度量单位, ≧ and ═, total 96 优. */
export function yongdeTable(): IndicatorTable {
  return tableOf({
    sheet: '公开14表',
    family: "A'",
    firstRow: 15,
    columns: { level1: 'A', level2: 'B', name: 'C', op: 'D', target: 'E', unit: 'F', actual: 'G', weight: 'H', score: 'I', note: 'J' },
    budget: {
      label: '项目资金\n（元）',
      rows: [
        // 年初预算数 left blank on the form (case file item 6): an empty cell of the 年初预算数 column.
        { label: '年度资金总额', isTotal: true, initial: '', budget: 387664.62, spent: 387664.62, weight: 10, rate: pct(1), score: 10 },
        { label: '其中：当年财政\n拨款', initial: '', budget: 387664.62, spent: 387664.62, weight: '—', rate: '—', score: '—' },
        { label: '上年结转\n资金', initial: '', weight: '—', rate: '—', score: '—' },
        { label: '其他资金', initial: '—', budget: '—', spent: '—', weight: '—', rate: '—', score: '—' },
      ],
    },
    goals: { initial: '确保每一个学生都能享受到国家政策福利,改善学生体质', achieved: '确保每一个学生都能享受到国家政策福利,改善学生体质' },
    rows: [
      { level1: '产出指标', level2: '数量指标', name: '学生受资助人数', op: '≧', target: 735, unit: '人次', actual: 735, weight: 10, score: 10 },
      { level2: '质量指标', name: '营养改善计划覆盖率', op: '≧', target: 100, unit: '%', actual: pct(1), weight: 10, score: 10 },
      { level2: '时效指标', name: '资金到位及时率', op: '≧', target: 100, unit: '%', actual: pct(1), weight: 10, score: 7 },
      { level2: '成本指标', name: '生均补助标准达标率', op: '═', target: 100, unit: '%', actual: pct(1), weight: 10, score: 10 },
      { level1: '效益指标', level2: '经济效益\n指标', name: '减轻贫困学生家庭经济负担', target: '有效', actual: '有效', weight: 10, score: 10 },
      { level2: '社会效益\n指标', name: '政策知晓率', op: '═', target: 100, unit: '%', actual: pct(0.98), weight: 10, score: 9 },
      { level2: '可持续影响\n指标', name: '促进学校教育事业健康发展', op: '≧', target: 100, unit: '%', actual: pct(1), weight: 10, score: 10 },
      { level1: '满意度指标', level2: '服务对象满意度指标等', name: '学生满意度', op: '≧', target: 95, unit: '%', actual: pct(1), weight: 10, score: 10 },
      { name: '家长满意度', op: '≧', target: 95, unit: '%', actual: pct(1), weight: 10, score: 10 },
    ],
    // Row 21: 生态效益指标 with no indicator, its 一级 效益指标 carried down from A19 (merged A19:A22).
    emptyCategories: [{ row: 21, level1: '效益指标', level1At: 'A19', level2: '生态效益\n指标' }],
    total: { weight: { v: 100, f: 'SUM(H15:H24)' }, score: { v: 96, f: 'SUM(I15:I24)' }, grade: '优' },
  });
}

/** 黄冈 水土保持监测 2020 (family F, Hubei): no weight column, goal blocks of 40, budget block of 20. */
export function huanggangTable(): IndicatorTable {
  return tableOf({
    sheet: '項目自評表',
    family: 'F',
    firstRow: 9,
    columns: { level1: 'A', level2: 'B', name: 'C', target: 'D', actual: 'E', score: 'F' },
    budget: {
      label: '預算執行情況(萬元)(20分)',
      statedWeight: '20',
      rows: [{ label: '年度財政資金總額', isTotal: true, budget: 10, spent: 10, rate: { v: 1, fmt: '0%', f: 'D6/C6' }, score: 20 }],
    },
    // As recognition gives it: the 一级 labels, without the goal blocks' (40分).
    blocks: [
      { label: '產出指標', firstRow: 9, lastRow: 10 },
      { label: '效益指標\n滿意度指標', kind: 'satisfaction', firstRow: 11, lastRow: 11 },
      { label: '產出指標', firstRow: 14, lastRow: 15 },
    ],
    rows: [
      { level1: '產出指標', level2: '質量指標', name: '監測數據必須合格', target: pct(1), actual: pct(1), score: 10, goalBlock: 1 },
      { level2: '進度指標', name: '取得2018-2022監測資料', target: pct(1), actual: pct(1), score: 10, goalBlock: 1 },
      { level1: '效益指標\n滿意度指標', level2: '服務對象滿意度指標', name: '整編資料審核', target: pct(0.98), actual: pct(0.98), score: 19.6, goalBlock: 1 },
      { level1: '產出指標', level2: '質量指標', name: '監測數據資料整編', target: pct(1), actual: pct(1), score: 20, goalBlock: 2 },
      { level2: '進度指標', name: '完成年度資料上報', target: pct(1), actual: pct(1), score: 20, goalBlock: 2 },
    ],
    // Rows 12–13: 年度績效目標2(40分) and its repeated header. Rows 16–17: goal 2's 效益 and 滿意度
    // categories with no indicator (case file item 4). Total 18, explanation C19, as on the form.
    skipRows: [12, 13],
    emptyCategories: [
      { row: 16, level1: '效益指標', level2: '社會效益指標' },
      { row: 17, level1: '滿意度指標', level2: '服務對象滿意度指標' },
    ],
    total: { score: 99.6 },
    explanation: '',
  });
}
