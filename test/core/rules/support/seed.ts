// The seed (西永街道2022年度部门整体绩效自评表, /work/shared/seed) as a table model: rows 7–36 of the
// form, columns as the real sheet (B name, D unit, E 指标性质, F 指标值, G 权重, H 完成值, I 得分, J 说明).
import type { IndicatorTable } from '../../../../src/core/model/types';
import { tableOf, type RowSpec, type TableSpec } from './table';

export const SEED_GOALS =
  '1、保障单位工作人员收入水平和镇政府整体运行效率；2、保障民生，及时发放各类补助，保障困难群体的基本生活；' +
  '3、保障社会治安，消隐患遏事故，保障辖区内无一例安全生产责任事故；4、稳就业，积极宣传就业政策，就业政策宣传全覆盖100%，' +
  '积极挖掘就业创业孵化基地、加大产业扶持力度，积极开展就业适应性培训、职业技能培训等；5、促经济促发展，把握新发展阶段，' +
  '贯彻新发展理念，构建新发展格局，强抓经济发展，提高工业总产值，提高经济发展水平。';

type Row = [name: string, unit: string | number | undefined, op: string, target: string | number, weight: number, actual: number, score: number];

export const SEED_ROWS: readonly Row[] = [
  ['全年预算执行率', 100, '=', 100, 10, 99.74, 9.97],
  ['保卫蓝天整治次', '次', '≥', 1200, 2.7, 1200, 2.7],
  ['常态化摸排企业数', '家', '≥', 2500, 2.7, 2500, 2.7],
  ['臭氧专项巡查企业数', '家', '≥', 100, 2.7, 100, 2.7],
  ['出动森林防火宣传车', '次', '≥', 2190, 2.7, 2190, 2.7],
  ['反诈宣传入户率', '%', '≥', 73, 2.7, 73, 2.7],
  ['改造农田林网和特色经济林面积', '亩', '≥', 991, 2.7, 991, 2.7],
  ['固定资产利用率', '%', '≥', 95, 2.7, 95, 2.7],
  ['现场帮扶在建工地次数', '次', '≥', 250, 1.8, 250, 1.8],
  ['新建森林防火检查站', '个', '≥', 3, 1.8, 3, 1.8],
  ['政府采购执行率', '%', '≥', 100, 2.7, 100, 2.7],
  ['主题党日活动', '次', '≥', 200, 3.6, 200, 3.6],
  ['“三公经费”变动率', '%', '≤', 5, 1.8, 5, 1.8],
  ['公用经费控制率', '%', '≥', 100, 2.7, 100, 2.7],
  ['预算完成率', '%', '≥', 100, 2.63, 99.74, 2.63],
  ['安全生产责任事故', '次', '≤', 1, 2.7, 1, 2.7],
  ['发展党员对象', '人', '≥', 4, 1.8, 4, 1.8],
  ['困难群众基本生活保障率', '%', '≥', 100, 2.7, 100, 2.7],
  ['零售销售额恶增长率', '%', '≥', 60, 2.7, 60, 2.7],
  ['社会治安发案下降率', '%', '≥', 29.7, 1.8, 29.7, 1.8],
  ['生产总产值', '亿元', '≥', 123.45, 3.6, 123.45, 3.6],
  ['消防安全隐患整改率', '%', '≥', 100, 2.7, 100, 2.7],
  ['规上服务业预计营业收入同比增长率', '%', '≥', 10, 4.5, 10, 4.5],
  ['规上工业总产值同比增长率', '%', '≥', 11, 4.5, 11, 4.5],
  ['就业保障', undefined, '定性', '优', 4.5, 1, 4.5],
  ['民生保障', undefined, '定性', '优', 4.5, 1, 4.5],
  ['群众安全感、幸福感、获得感增强', undefined, '定性', '有所增加', 4.5, 1, 4.5],
  ['绿化率', '%', '≥', 32, 1.8, 32, 1.8],
  ['水库安全性提升', undefined, '定性', '有所增加', 2.7, 1, 2.7],
  ['群众满意度', '%', '≥', 92, 9, 92, 9],
];

/** Row number of a seed indicator by name. */
export function seedRow(name: string): number {
  const i = SEED_ROWS.findIndex((r) => r[0] === name);
  if (i < 0) throw new Error(`no seed row ${name}`);
  return 7 + i;
}

export function seedRows(edit?: (row: RowSpec, index: number) => RowSpec | undefined): RowSpec[] {
  return SEED_ROWS.map(([name, unit, op, target, weight, actual, score], i) => {
    const row: RowSpec = { level1: i === 0 ? '绩效指标' : undefined, name, unit, op, target, weight, actual, score };
    return edit ? (edit(row, i) ?? row) : row;
  });
}

export function seedTable(edit?: (row: RowSpec, index: number) => RowSpec | undefined, options: Partial<TableSpec> = {}): IndicatorTable {
  return tableOf({
    family: 'C',
    rows: seedRows(edit),
    statedTotal: 99.9,
    goals: { initial: SEED_GOALS, adjusted: SEED_GOALS, achieved: SEED_GOALS },
    headerFields: { 主管部门: '重庆高新区西永街道办事处', 部门联系人: '龙凤鸣', 联系电话: '13527318185' },
    ...options,
  });
}
