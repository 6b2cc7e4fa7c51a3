import Decimal from 'decimal.js';
import { HUBEI_PROFILE, NATIONAL_PROFILE, loadProfile } from '../../../src/core/profile';
import type { Profile, QualTier } from '../../../src/core/profile/types';
import { qualitativeScore, tierOfWord } from '../../../src/core/scoring';
import { score, scoreText } from './helpers';

describe('qualitativeScore: words to tiers, tiers to a share of W (top of the tier by default)', () => {
  // word, tier, national score of W = 10, Hubei score of W = 10
  const rows: ReadonlyArray<readonly [string, QualTier, string, string]> = [
    ['优', 'achieved', '10', '10'],
    ['好', 'achieved', '10', '10'],
    ['达成', 'achieved', '10', '10'],
    ['达到预期', 'achieved', '10', '10'],
    ['有所增加', 'achieved', '10', '10'],
    ['有所提升', 'achieved', '10', '10'],
    ['有效', 'achieved', '10', '10'],
    ['是', 'achieved', '10', '10'],
    ['良', 'partial', '8', '8'],
    ['较好', 'partial', '8', '8'],
    ['基本达成', 'partial', '8', '8'],
    ['部分达成', 'partial', '8', '8'],
    ['中', 'unmet', '6', '5'],
    ['差', 'unmet', '6', '5'],
    ['未达成', 'unmet', '6', '5'],
    ['否', 'unmet', '6', '5'],
  ];
  it.each(rows)('%s → %s: national %s, Hubei %s', (word, tier, national, hubei) => {
    expect(tierOfWord(word)).toBe(tier);
    const n = qualitativeScore(word, 10, NATIONAL_PROFILE);
    expect(n.ok && n.tier).toBe(tier);
    expect(scoreText(n)).toBe(national);
    expect(n.ok && n.met).toBe(tier === 'achieved');
    expect(scoreText(qualitativeScore(word, 10, HUBEI_PROFILE))).toBe(hubei);
  });

  it('tolerates spaces, full-width forms and a final full stop', () => {
    expect(tierOfWord(' 优 ')).toBe('achieved');
    expect(tierOfWord('有所\n增加')).toBe('achieved');
    expect(tierOfWord('达成。')).toBe('achieved');
  });

  it('does not guess at words it does not know, and reads a negation as a miss', () => {
    // A negation is a statement of a miss (phrases, not a closed list).
    expect(tierOfWord('不达成')).toBe('unmet');
    const result = qualitativeScore('还行吧', 5);
    expect(!result.ok && result.code).toBe('value');
    expect(!result.ok && result.message.zh).toContain('无法识别定性完成值“还行吧”');
  });

  it('explains the tier and the share', () => {
    const result = qualitativeScore('良', '4.5');
    expect(result.ok && result.basis.zh).toBe('定性“良” → 部分达成，取 80%：4.5 × 80% = 3.6');
    expect(result.ok && result.basis.en).toBe('qualitative "良" → partly achieved, at 80%: 4.5 × 80% = 3.6');
  });

  it.each([
    ['80%', '8', 'achieved'],
    [0.8, '8', 'achieved'],
    [80, '8', 'achieved'],
    [1, '10', 'achieved'],
    ['65%', '6.5', 'partial'],
    [0.3, '3', 'unmet'],
    [new Decimal('0.75'), '7.5', 'partial'],
  ] as const)('coefficient %p → %s (%s)', (coefficient, expected, tier) => {
    const result = qualitativeScore(coefficient, 10);
    expect(scoreText(result)).toBe(expected);
    expect(result.ok && result.tier).toBe(tier);
  });

  it.each([
    ['120%', 'num'],
    [-0.1, 'num'],
    [101, 'num'],
    ['', 'value'],
    ['#N/A', 'value'],
  ] as const)('bad coefficient or grade %p → %s', (input, code) => {
    const result = qualitativeScore(input, 10);
    expect(!result.ok && result.code).toBe(code);
  });

  it('refuses a bad weight', () => {
    expect(qualitativeScore('优', -1).ok).toBe(false);
    expect(qualitativeScore('优', 'abc').ok).toBe(false);
  });
});

describe('point inside a tier is a profile setting', () => {
  function withPoint(point: 'top' | 'middle' | 'bottom', base = 'national'): Profile {
    const loaded = loadProfile({ extends: base, id: `p-${point}`, pointInTier: point });
    if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.en).join('; '));
    return loaded.profile;
  }
  it.each([
    ['top', '优', '10'], ['middle', '优', '9'], ['bottom', '优', '8'],
    ['top', '良', '8'], ['middle', '良', '7'], ['bottom', '良', '6'],
    ['top', '差', '6'], ['middle', '差', '3'], ['bottom', '差', '0'],
  ] as const)('%s: %s → %s of 10 (national)', (point, word, expected) => {
    expect(scoreText(qualitativeScore(word, 10, withPoint(point)))).toBe(expected);
  });
  it.each([
    ['middle', '良', '6.5'], ['middle', '差', '2.5'], ['bottom', '良', '5'],
  ] as const)('%s: %s → %s of 10 (Hubei)', (point, word, expected) => {
    expect(scoreText(qualitativeScore(word, 10, withPoint(point, 'hubei')))).toBe(expected);
  });
});

describe('scoreIndicator on 定性 rows', () => {
  it('scores the actual word; the same word as the target is achieved', () => {
    expect(scoreText(score('qual', '有所增加', '有所增加', 4.5))).toBe('4.5');
    expect(scoreText(score('qual', '优', '良', 4.5))).toBe('3.6');
    expect(scoreText(score('qual', '群众满意', '群众满意', 2))).toBe('2'); // not in the word list, same as target
  });

  it('refuses a number as a grade (seed: actual "1" on 定性 rows), so the rule engine can flag PERF013', () => {
    const result = score('qual', '优', 1, 4.5);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.code).toBe('value');
    expect(!result.ok && result.message.zh).toContain('定性指标的完成值“1”不是等级');
  });

  it('uses the Chongqing 得分系数 when the row has one: score = W × 系数', () => {
    expect(scoreText(score('qual', '优', 1, 4.5, { coefficient: 100 }))).toBe('4.5');
    expect(scoreText(score('qual', '优', '良', 4.5, { coefficient: '90%' }))).toBe('4.05');
    const result = score('qual', '优', '优', 2.7, { coefficient: 0.8 });
    expect(result.ok && result.basis.zh).toBe('得分系数 80%：2.7 × 80% = 2.16');
    expect(result.ok && result.met).toBe(false);
  });

  it('reads a word target under "=" as qualitative (= 是 / 是), but still refuses a number against a word', () => {
    expect(scoreText(score('=', '是', '是', 3))).toBe('3');
    expect(scoreText(score('=', '是', '否', 3))).toBe('1.8');
    expect(scoreText(score('=', '是', 1, 3))).toBe('value');
  });

  it('ignores an empty coefficient cell and reads the word', () => {
    expect(scoreText(score('qual', '优', '优', 4.5, { coefficient: '' }))).toBe('4.5');
  });

  it('reports an empty qualitative actual', () => {
    const result = score('qual', '优', null, 4.5);
    expect(!result.ok && result.message.zh).toBe('定性指标的完成值为空');
  });
});

describe('tiers read from phrases', () => {
  it('reads statements of achievement, partial results and misses, and leaves questions and unknown words alone', () => {
    expect(tierOfWord('达成预期指标')).toBe('achieved');
    expect(tierOfWord('受目的国受众欢迎显著')).toBe('achieved');
    expect(tierOfWord('有利于推动企业走出去')).toBe('achieved');
    expect(tierOfWord('未发生安全责任事故')).toBe('achieved');
    expect(tierOfWord('无投诉')).toBe('achieved');
    expect(tierOfWord('企业较好把握正确政治导向')).toBe('partial');
    expect(tierOfWord('基本达到预期目标')).toBe('partial');
    expect(tierOfWord('未按期完成')).toBe('unmet');
    expect(tierOfWord('没有完成验收')).toBe('unmet');
    expect(tierOfWord('无法按时完成')).toBe('unmet');
    expect(tierOfWord('对未来发展影响显著')).toBe('achieved');
    expect(tierOfWord('是否利于企业走出去')).toBeUndefined();
    expect(tierOfWord('见附件')).toBeUndefined();
  });
});
