// The seed: 西永街道2022年度部门整体绩效自评表 (Chongqing, family C), its 30 indicator rows as published.
import Decimal from 'decimal.js';
import { NATIONAL_PROFILE } from '../../../src/core/profile';
import {
  matchesAtDisplayedPrecision, parseOperator, parseValue, roundHalfUp, scoreIndicator, sumExact,
} from '../../../src/core/scoring';

//            指标名称                        计量单位  指标性质  指标值      权重    全年完成值  指标得分
type SeedRow = [string,                       string,   string,   string|number, number, string|number, number];
const SEED: SeedRow[] = [
  ['全年预算执行率',                           '100',    '=',      100,        10,     99.74,      9.97],
  ['保卫蓝天整治次',                           '次',     '≥',      1200,       2.7,    1200,       2.7],
  ['常态化摸排企业数',                         '家',     '≥',      2500,       2.7,    2500,       2.7],
  ['臭氧专项巡查企业数',                       '家',     '≥',      100,        2.7,    100,        2.7],
  ['出动森林防火宣传车',                       '次',     '≥',      2190,       2.7,    2190,       2.7],
  ['反诈宣传入户率',                           '%',      '≥',      73,         2.7,    73,         2.7],
  ['改造农田林网和特色经济林面积',             '亩',     '≥',      991,        2.7,    991,        2.7],
  ['固定资产利用率',                           '%',      '≥',      95,         2.7,    95,         2.7],
  ['现场帮扶在建工地次数',                     '次',     '≥',      250,        1.8,    250,        1.8],
  ['新建森林防火检查站',                       '个',     '≥',      3,          1.8,    3,          1.8],
  ['政府采购执行率',                           '%',      '≥',      100,        2.7,    100,        2.7],
  ['主题党日活动',                             '次',     '≥',      200,        3.6,    200,        3.6],
  ['“三公经费”变动率',                         '%',      '≤',      5,          1.8,    5,          1.8],
  ['公用经费控制率',                           '%',      '≥',      100,        2.7,    100,        2.7],
  ['预算完成率',                               '%',      '≥',      100,        2.63,   99.74,      2.63],
  ['安全生产责任事故',                         '次',     '≤',      1,          2.7,    1,          2.7],
  ['发展党员对象',                             '人',     '≥',      4,          1.8,    4,          1.8],
  ['困难群众基本生活保障率',                   '%',      '≥',      100,        2.7,    100,        2.7],
  ['零售销售额恶增长率',                       '%',      '≥',      60,         2.7,    60,         2.7],
  ['社会治安发案下降率',                       '%',      '≥',      29.7,       1.8,    29.7,       1.8],
  ['生产总产值',                               '亿元',   '≥',      123.45,     3.6,    123.45,     3.6],
  ['消防安全隐患整改率',                       '%',      '≥',      100,        2.7,    100,        2.7],
  ['规上服务业预计营业收入同比增长率',         '%',      '≥',      10,         4.5,    10,         4.5],
  ['规上工业总产值同比增长率',                 '%',      '≥',      11,         4.5,    11,         4.5],
  ['就业保障',                                 '',       '定性',   '优',       4.5,    1,          4.5],
  ['民生保障',                                 '',       '定性',   '优',       4.5,    1,          4.5],
  ['群众安全感、幸福感、获得感增强',           '',       '定性',   '有所增加', 4.5,    1,          4.5],
  ['绿化率',                                   '%',      '≥',      32,         1.8,    32,         1.8],
  ['水库安全性提升',                           '',       '定性',   '有所增加', 2.7,    1,          2.7],
  ['群众满意度',                               '%',      '≥',      92,         9,      92,         9],
];

const DISPLAYED_DECIMALS = 2; // the form shows scores with 2 decimals

function scoreRow([name, unit, opText, target, weight, actual]: SeedRow) {
  const op = parseOperator(opText);
  if (!op) throw new Error(`seed operator not understood: ${opText}`);
  return scoreIndicator(
    {
      op,
      target: parseValue(target, { unitHint: unit }),
      actual: parseValue(actual, { unitHint: unit }),
      weight: new Decimal(weight),
      rate: name.endsWith('率') || unit === '%',
    },
    NATIONAL_PROFILE,
  );
}

describe('the seed table (西永街道 2022, 30 rows)', () => {
  it('has 30 rows whose weights total 99.93 (PERF030: not 100)', () => {
    expect(SEED).toHaveLength(30);
    expect(sumExact(SEED.map((row) => row[4])).toFixed()).toBe('99.93');
    expect(sumExact(SEED.map((row) => row[6])).toFixed()).toBe('99.9'); // = 自评总分 99.9
  });

  it('全年预算执行率 (unit cell "100", operator "=") is a rate target: 10 × 99.74 ÷ 100 = 9.974 → 9.97', () => {
    const result = scoreRow(SEED[0]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.score.toFixed()).toBe('9.974');
    expect(roundHalfUp(result.score, DISPLAYED_DECIMALS).toFixed()).toBe('9.97');
    expect(result.met).toBe(false);
    expect(matchesAtDisplayedPrecision(9.97, result.score, DISPLAYED_DECIMALS)).toBe(true);
  });

  it('预算完成率: 99.74 against ≥100 earns 2.62, not the stated 2.63 (PERF021)', () => {
    const result = scoreRow(SEED[14]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.score.toFixed()).toBe('2.623162');
    expect(roundHalfUp(result.score, DISPLAYED_DECIMALS).toFixed()).toBe('2.62');
    expect(result.met).toBe(false);
    expect(matchesAtDisplayedPrecision(2.63, result.score, DISPLAYED_DECIMALS)).toBe(false);
  });

  const others = SEED.filter((row) => row[0] !== '全年预算执行率' && row[0] !== '预算完成率' && row[2] !== '定性');
  it.each(others)('%s: computed score equals the stated score', (...row) => {
    const result = scoreRow(row as SeedRow);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.met).toBe(true);
    expect(matchesAtDisplayedPrecision(row[6], result.score, DISPLAYED_DECIMALS)).toBe(true);
  });

  const qualitative = SEED.filter((row) => row[2] === '定性');
  it.each(qualitative)('%s (定性, actual "1"): not a grade, so no computed score; the stated score stays', (...row) => {
    const result = scoreRow(row as SeedRow);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('value');
    expect(result.message.zh).toContain('不是等级');
  });

  it('recomputed total: stated scores where no score can be computed, computed ones elsewhere', () => {
    const scores = SEED.map((row) => {
      const result = scoreRow(row);
      return result.ok ? roundHalfUp(result.score, DISPLAYED_DECIMALS) : new Decimal(row[6]);
    });
    expect(sumExact(scores).toFixed()).toBe('99.89');
  });
});
