import Decimal from 'decimal.js';
import { HUBEI_PROFILE, NATIONAL_PROFILE } from '../../../src/core/profile';
import {
  budgetScore, gradeOf, matchesAtDisplayedPrecision, parseValue, rescaledTotal, roundHalfUp, sumExact,
} from '../../../src/core/scoring';

describe('budgetScore: rate = spent / budget, score = W × min(rate, 1)', () => {
  it.each([
    // budget, spent, weight, profile, rate, score
    [30, 30, undefined, NATIONAL_PROFILE, '1', '10'], // 濉溪
    ['387664.62', '387664.62', 10, NATIONAL_PROFILE, '1', '10'], // 永德
    [10, 10, undefined, HUBEI_PROFILE, '1', '20'], // 黄冈: Hubei weighs budget 20
    [100, 99.74, undefined, NATIONAL_PROFILE, '0.9974', '9.974'], // seed 全年预算执行率
    [200, 150, undefined, HUBEI_PROFILE, '0.75', '15'],
    [100, 120, undefined, NATIONAL_PROFILE, '1.2', '10'], // above 100% never above W
    [100, 0, undefined, NATIONAL_PROFILE, '0', '0'],
    [3, 1, 10, NATIONAL_PROFILE, '0.33333333333333333333', '3.3333333333333333333'],
  ] as const)('budget %p spent %p W %p → rate %s score %s', (b, s, w, profile, rate, score) => {
    const result = budgetScore(b, s, w, profile);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rate.toFixed()).toBe(rate);
    expect(result.score.toFixed()).toBe(score);
  });

  it('explains itself', () => {
    const result = budgetScore(100, 99.74);
    expect(result.ok && result.basis.zh).toBe('执行率 = 99.74 ÷ 100 = 99.74%；得分 = 10 × 99.74% = 9.974');
    expect(result.ok && result.met).toBe(false);
  });

  it('accepts parsed cells', () => {
    const result = budgetScore(parseValue('1,200'), parseValue(900), 20);
    expect(result.ok && result.score.toFixed()).toBe('15');
  });

  it.each([
    [0, 0, 'num', '全年预算数为 0'],
    [-5, 1, 'num', '为负数'],
    [5, -1, 'num', '为负数'],
    ['abc', 1, 'value', '不是数字'],
    [parseValue('—'), 1, 'value', '不是数字'],
  ] as const)('budget %p spent %p → %s', (b, s, code, zh) => {
    const result = budgetScore(b, s);
    expect(!result.ok && result.code).toBe(code);
    expect(!result.ok && result.message.zh).toContain(zh);
  });
});

describe('gradeOf: 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60', () => {
  it.each([
    [100, '优'], [90, '优'], ['90.00', '优'], [89.99, '良'], [80, '良'], [79.99, '中'], [60, '中'],
    [59.99, '差'], [0, '差'], [-3, '差'], [new Decimal('89.995'), '良'],
  ] as const)('%p → %s', (total, grade) => {
    expect(gradeOf(total)).toBe(grade);
  });
  it('is undefined for what is not a number', () => {
    expect(gradeOf('abc')).toBeUndefined();
    expect(gradeOf(NaN)).toBeUndefined();
  });
});

describe('sumExact, roundHalfUp, matchesAtDisplayedPrecision', () => {
  it('sums without binary floating point', () => {
    expect(sumExact([0.1, 0.2]).toFixed()).toBe('0.3');
    expect(sumExact([2.7, 2.7, 2.63, '1.8']).toFixed()).toBe('9.83');
    expect(sumExact([]).toFixed()).toBe('0');
    expect(sumExact([1, NaN]).isNaN()).toBe(true);
  });

  it.each([
    ['2.623162', 2, '2.62'], ['9.974', 2, '9.97'], ['2.625', 2, '2.63'], ['-2.625', 2, '-2.63'],
    ['99.95', 1, '100'], ['4.5', 0, '5'],
  ] as const)('roundHalfUp(%s, %p) = %s', (value, decimals, expected) => {
    expect(roundHalfUp(value, decimals).toFixed()).toBe(expected);
  });

  it.each([
    [2.63, '2.623162', 2, false], // seed 预算完成率: stated 2.63, computed 2.62
    [2.62, '2.623162', 2, true],
    [9.97, '9.974', 2, true], // seed 全年预算执行率
    [10, '9.974', 2, false],
    [99.9, '99.90', 1, true],
    [19.6, '20', 1, false], // 黄冈 满意度
    [10, '9.974', 0, true],
    [2.63, '2.625', 2, true], // exactly half a unit apart
    ['abc', '1', 2, false],
  ] as const)('stated %p vs computed %s at %p decimals → %p', (stated, computed, decimals, expected) => {
    expect(matchesAtDisplayedPrecision(stated, computed, decimals)).toBe(expected);
  });
});

describe('rescaledTotal: indicators marked not applicable are left out, the total rescaled', () => {
  it('is the plain sum when the applicable weights add up to 100', () => {
    const result = rescaledTotal([60, 30, 9.9], [60, 30, 10]);
    expect(result.ok && result.total.toFixed()).toBe('99.9');
    expect(result.ok && result.rescaled).toBe(false);
  });
  it('rescales Σ score ÷ Σ applicable weight × 100', () => {
    const result = rescaledTotal([45, 27, 9], [50, 30, 10]); // a 10-point indicator left out
    expect(result.ok && result.total.toFixed()).toBe('90');
    expect(result.ok && result.basis.zh).toBe('按适用指标折算：81 ÷ 90 × 100 = 90');
  });
  it('refuses an empty or zero weight total', () => {
    const result = rescaledTotal([], []);
    expect(!result.ok && result.code).toBe('num');
    expect(rescaledTotal([1, 'x'], [1]).ok).toBe(false);
  });
});
