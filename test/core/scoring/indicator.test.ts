import Decimal from 'decimal.js';
import { NATIONAL_PROFILE, loadProfile } from '../../../src/core/profile';
import { completionRatio, computeScore, parseValue, scoreIndicator } from '../../../src/core/scoring';
import type { Op } from '../../../src/core/model/types';
import type { CellValue } from '../../../src/core/grid/types';
import { score, scoreText } from './helpers';

type Row = readonly [Op, CellValue, CellValue, number, string, boolean];

describe('scoreIndicator: quantitative rules (DESIGN.md §2)', () => {
  // op, target, actual, weight → exact score, met
  const rows: Row[] = [
    // ≥: W × min(R/T, 1)
    ['>=', 100, 99.74, 2.63, '2.623162', false],
    ['>=', 100, 100, 2.63, '2.63', true],
    ['>=', 100, 150, 10, '10', true], // over-achievement never above W
    ['>=', 4754, 4604, 5, '4.8422381152713504417', false], // 濉溪 特困人员 (5 × 4604/4754)
    ['>=', 98, 98, 20, '20', true], // 黄冈 满意度: met exactly → 20, not 19.6
    ['>=', 0, 0, 5, '5', true], // T = 0 → full marks when R ≥ 0
    ['>=', 0, 3, 5, '5', true],
    ['>=', 100, 0, 5, '0', false],
    ['>=', 100, -5, 5, '0', false], // negative actual earns nothing, not a negative score
    ['>=', -5, -3, 10, '10', true], // a decline target met
    ['>=', -5, -10, 10, '5', false], // T/R for R < T < 0
    // >: as ≥, equality unmet
    ['>', 100, 101, 4, '4', true],
    ['>', 100, 100, 4, '4', false],
    ['>', 100, 50, 4, '2', false],
    // ≤: W × min(T/R, 1); R ≤ T (including 0) full marks
    ['<=', 5300, 5830, 10, '9.0909090909090909091', false], // 濉溪 扶贫临时救助标准
    ['<=', 5, 5, 1.8, '1.8', true],
    ['<=', 5, 0, 1.8, '1.8', true], // R = 0 on ≤
    ['<=', 5, 3, 1.8, '1.8', true],
    ['<=', 0, 0, 3, '3', true], // zero target met only by 0
    ['<=', 0, 1, 3, '0', false], // … exceeded: 0 by default
    ['<=', 1, 2, 2.7, '1.35', false],
    ['<=', -5, -3, 10, '6', false],
    ['<=', -5, 2, 10, '0', false],
    // <: as ≤, equality unmet
    ['<', 5, 4, 2, '2', true],
    ['<', 5, 5, 2, '2', false],
    ['<', 5, 10, 2, '1', false],
    // =: R = T → W; else W × max(0, 1 − |R − T| / T), unmet
    ['=', 50, 50, 10, '10', true],
    ['=', 50, 45, 10, '9', false],
    ['=', 50, 55, 10, '9', false],
    ['=', 50, 120, 10, '0', false],
    ['=', 0, 0, 10, '10', true],
    ['=', 0, 1, 10, '0', false],
    ['=', '100%', '98%', 10, '9.8', false], // 永德 政策知晓率 ═ 100%: scored like ≥
    ['=', '100%', '105%', 10, '10', true], // a 100% rate target over-achieved is met under '='
  ];
  it.each(rows)('%s T=%p R=%p W=%p → %s (met %p)', (op, t, r, w, expected, met) => {
    const result = score(op, t, r, w);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.score.toFixed()).toBe(expected);
    expect(result.met).toBe(met);
    expect(result.score.gte(0) && result.score.lte(w)).toBe(true);
  });

  it('is exact: 2.63 × 99.74 ÷ 100 is 2.623162 (2.623262 has been quoted for it, a slip: 2.63 × 99.74 = 262.3162)', () => {
    expect(new Decimal('2.63').times('99.74').toFixed()).toBe('262.3162');
    const result = score('>=', 100, 99.74, 2.63);
    expect(result.ok && result.score.toFixed()).toBe('2.623162');
    expect(2.63 * 99.74 / 100).not.toBe(2.623162); // what float code would give instead
  });

  it('explains the computation with exact numbers', () => {
    const result = score('>=', 100, 99.74, 2.63);
    expect(result.ok && result.basis.zh).toBe('2.63 × 99.74 ÷ 100 = 2.623162');
    expect(result.ok && result.basis.en).toBe('2.63 × 99.74 ÷ 100 = 2.623162');
    const full = score('>=', 100, 120, 2.7);
    expect(full.ok && full.basis.zh).toBe('完成值 120 ≥ 目标 100，得满分 2.7');
    const reverse = score('<=', 1, 2, 2.7);
    expect(reverse.ok && reverse.basis.zh).toBe('2.7 × 1 ÷ 2 = 1.35');
    const zero = score('<=', 0, 2, 3);
    expect(zero.ok && zero.basis.zh).toContain('目标为 0');
    const strict = score('>', 100, 100, 4);
    expect(strict.ok && strict.basis.zh).toContain('记为未达成');
  });

  it('gives the ratio earned (score = W × ratio)', () => {
    const result = score('>=', 100, 99.74, 2.63);
    expect(result.ok && result.ratio?.toFixed()).toBe('0.9974');
    const met = score('<=', 5, 1, 3);
    expect(met.ok && met.ratio?.toFixed()).toBe('1');
  });

  it('scores a 100 rate target under "=" like ≥ when the row measures a rate (seed 全年预算执行率)', () => {
    const rate = score('=', 100, 101, 10, { rate: true });
    expect(rate.ok && rate.met).toBe(true);
    expect(scoreText(rate)).toBe('10');
    const count = score('=', 100, 101, 10); // 100 次 exactly: over is a deviation
    expect(scoreText(count)).toBe('9.9');
    expect(count.ok && count.met).toBe(false);
    const unitPercent = score('=', 100, 101, 10, { unit: '%' });
    expect(unitPercent.ok && unitPercent.met).toBe(true);
  });

  it('uses the profile share when a zero ≤ target is exceeded', () => {
    const profile = loadProfile({ extends: 'national', id: 'soft', zeroTargetExceededShare: '50' });
    expect(profile.ok).toBe(true);
    if (!profile.ok) return;
    expect(scoreText(score('<=', 0, 2, 3, { profile: profile.profile }))).toBe('1.5');
  });
});

describe('scoreIndicator: values as written', () => {
  const rows: ReadonlyArray<readonly [string, Op, CellValue, CellValue, string]> = [
    ['percent text on both sides', '>=', '95%', '96%', '5'],
    ['percent text vs %-formatted fraction the function cannot see', '>=', '95%', 0.9, '4.7368421052631578947'],
    ['%-formatted fraction vs percent text', '>=', 0.95, '90%', '4.7368421052631578947'],
    ['units after the number', '>=', '26次', '13次', '2.5'],
    ['operator folded into the target', '>=', '≥95%', '95%', '5'],
    ['full-width digits', '>=', '１００', '５０', '2.5'],
    ['thousands separators', '>=', '21,933人', '21980人', '5'],
    ['text numbers', '<=', '5', '10', '2.5'],
    ['money with a unit', '>=', '1.5亿元', '1.2亿元', '4'],
  ];
  it.each(rows)('%s', (_label, op, t, r, expected) => {
    expect(scoreText(score(op, t, r, 5))).toBe(expected);
  });

  it('aligns a plain fraction only when the other side is a percentage', () => {
    // 0.9 against 95 with no % anywhere: a real 0.9, far below target.
    expect(scoreText(score('>=', 95, 0.9, 5))).toBe('0.047368421052631578947');
    // unit % on the row marks both sides: no alignment either.
    expect(scoreText(score('<=', 5, 0.5, 1.8, { unit: '%' }))).toBe('1.8');
  });

  it('reads a %-formatted cell through its number format', () => {
    expect(scoreText(score('>=', 0.95, 0.9, 5, { targetFmt: '0%', actualFmt: '0.0%' }))).toBe('4.7368421052631578947');
  });
});

describe('scoreIndicator: bad input is a value, never an exception', () => {
  const rows: ReadonlyArray<readonly [string, Op, CellValue, CellValue, number, 'value' | 'num', string]> = [
    ['text target on a quantitative row', '>=', '有所增加', 5, 5, 'value', '指标值“有所增加”不是数字'],
    ['text actual', '>=', 95, '完成', 5, 'value', '完成值“完成”不是数字'],
    ['empty actual', '>=', 95, null, 5, 'value', '完成值为空'],
    ['dash actual', '>=', 95, '—', 5, 'value', '完成值为空'],
    ['error target', '>=', { error: '#DIV/0!' }, 95, 5, 'value', '错误值 #DIV/0!'],
    ['operator in the actual', '>=', 95, '≥95%', 5, 'value', '含有比较符'],
    ['negative weight', '>=', 95, 95, -1, 'num', '权重 -1 为负数'],
  ];
  it.each(rows)('%s', (_label, op, t, r, w, code, zh) => {
    const result = score(op, t, r, w);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe(code);
    expect(result.message.zh).toContain(zh);
    expect(result.message.en.length).toBeGreaterThan(0);
  });

  it('rejects a weight that is not a finite Decimal', () => {
    const input = { op: '>=' as const, target: parseValue(95), actual: parseValue(95), weight: new Decimal(NaN) };
    const result = scoreIndicator(input, NATIONAL_PROFILE);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.code).toBe('value');
    expect(scoreIndicator({ ...input, weight: undefined as unknown as Decimal }, NATIONAL_PROFILE).ok).toBe(false);
  });

  it('rejects an operator it does not know', () => {
    for (const op of ['≈', 'toString', '']) {
      const input = { op: op as Op, target: parseValue(1), actual: parseValue(1), weight: new Decimal(1) };
      const result = scoreIndicator(input, NATIONAL_PROFILE);
      expect(!result.ok && result.code).toBe('value');
      expect(computeScore(input, NATIONAL_PROFILE).ok).toBe(false);
    }
  });

  it('a zero weight scores 0 and still says whether the target was met', () => {
    const result = score('>=', 100, 50, 0);
    expect(result.ok && result.score.toFixed()).toBe('0');
    expect(result.ok && result.met).toBe(false);
  });
});

describe('computeScore (hot path) agrees with scoreIndicator', () => {
  it.each([
    ['>=', 100, 99.74], ['<=', 5300, 5830], ['=', 50, 45], ['<', 5, 5], ['>=', '95%', 0.96],
  ] as const)('%s %p %p', (op, t, r) => {
    const input = { op, target: parseValue(t), actual: parseValue(r), weight: new Decimal('2.63') };
    const full = scoreIndicator(input, NATIONAL_PROFILE);
    const fast = computeScore(input, NATIONAL_PROFILE);
    expect(fast.ok && full.ok).toBe(true);
    expect(fast.ok && fast.score.toFixed()).toBe(full.ok && full.score.toFixed());
    expect(fast.ok && fast.met).toBe(full.ok && full.met);
  });
});

describe('completionRatio', () => {
  const rows: ReadonlyArray<readonly [Op, CellValue, CellValue, string]> = [
    ['>=', 100, 99.74, '0.9974'],
    ['>=', 100, 150, '1'],
    ['<=', 5300, 5830, '0.90909090909090909091'],
    ['<=', 5, 0, '1'],
    ['=', 50, 45, '0.9'],
    ['>=', '95%', 0.76, '0.8'],
  ];
  it.each(rows)('%s T=%p R=%p → %s', (op, t, r, expected) => {
    const result = completionRatio(op, parseValue(t), parseValue(r));
    expect(result.ok && result.ratio.toFixed()).toBe(expected);
  });

  it('refuses qualitative and non-numeric input', () => {
    expect(completionRatio('qual', parseValue('优'), parseValue('优')).ok).toBe(false);
    const bad = completionRatio('>=', parseValue(95), parseValue('优'));
    expect(!bad.ok && bad.code).toBe('value');
  });
});
