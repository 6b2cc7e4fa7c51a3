// 定性 indicators: a word lands in a tier (达成 / 部分达成 / 未达成), the tier gives a share of W;
// or a Chongqing 得分系数 gives the share directly.
import Decimal from 'decimal.js';
import type { Message } from '../findings/types';
import type { ParsedValue } from '../model/types';
import { NATIONAL_PROFILE } from '../profile/national';
import type { Profile, QualTier } from '../profile/types';
import { compileProfile, type CompiledProfile } from './compiled-profile';
import { HUNDRED, ONE, plain, toDecimal } from './decimal';
import { normalizeText } from './normalize';
import { type IndicatorScore, type ScoreFailure, type ScoreResult, failure } from './types';
import { parseValue } from './value';

export const TIER_LABEL: Readonly<Record<QualTier, Message>> = {
  achieved: { zh: '达成', en: 'achieved' },
  partial: { zh: '部分达成', en: 'partly achieved' },
  unmet: { zh: '未达成', en: 'not achieved' },
};

const GRADE_HINT_ZH = '优/良/中/差、达成/部分达成/未达成、有所增加 等';
const GRADE_HINT_EN = 'a grade such as 优/良/中/差, 达成/部分达成/未达成, 有所增加';

function wordKey(text: string): string {
  return normalizeText(text).replace(/[。.!！;；,，]+$/, '');
}

/** The tier a qualitative word lands in under a profile ('优' → achieved), or undefined. */
export function tierOfWord(text: string, profile: Profile = NATIONAL_PROFILE): QualTier | undefined {
  if (typeof text !== 'string') return undefined;
  const key = wordKey(text);
  return compileProfile(profile).words.get(key) ?? tierOfPhrase(key);
}

/** A bad thing that did not happen (未发生安全事故, 无投诉): an achievement, not a miss. */
const AVOIDED = /^(?:未发生|未出现|未造成|没有发生|没有出现|无(?!法|力|效))/;
/** A question (是否…) or a plain restatement is no grade. */
const QUESTION = /^是否/;
/** A statement of a miss: 未达到, 没有完成, 不合格, 差. */
const MISSED = /未(?!来)|没有|无法|尚未|不达|不合格|不满意|不到位|不及时|较差|^差|差$/;
/** A statement of a partial result: 基本达到, 部分完成, 较好. */
const PARTLY = /基本|部分|较/;
/** A statement of achievement: 达成预期指标, 已实现, 显著提升, 效果明显, 受欢迎, 有利于…. */
const ACHIEVED = /达成|达到|完成|实现|显著|明显|提升|提高|增加|增强|改善|有效|满意|合格|达标|符合|有利|欢迎|到位|及时|规范|合规|优|好|高|是/;

/**
 * The tier a qualitative phrase states when it is not one of the profile's words: tier words are
 * phrases, not a closed list. A miss (未…, 没有…, 差) first, then a partial result (基本, 部分, 较…),
 * then a statement of achievement. Undefined when the text states no grade.
 */
export function tierOfPhrase(key: string): QualTier | undefined {
  if (key === '' || /^[\d.,%％\s]+$/.test(key) || QUESTION.test(key)) return undefined;
  if (AVOIDED.test(key)) return 'achieved';
  if (MISSED.test(key)) return 'unmet';
  if (PARTLY.test(key)) return 'partial';
  if (ACHIEVED.test(key)) return 'achieved';
  return undefined;
}

/**
 * A 得分系数 as a fraction of W: '80%' → 0.8, 0.8 → 0.8; a plain number above 1 is read in percent
 * points (a 得分系数（%） column holding 80 → 0.8). Outside 0–100% → #NUM!.
 */
export function coefficientFraction(value: ParsedValue): Decimal | ScoreFailure {
  if (value.kind !== 'number' || value.number === undefined) {
    return failure('value', `得分系数“${value.text}”不是数字`, `The score coefficient "${value.text}" is not a number`);
  }
  const n = value.number;
  const fraction = value.percent || n.gt(ONE) ? n.div(HUNDRED) : n;
  if (fraction.isNegative() && !fraction.isZero()) {
    return failure('num', `得分系数 ${value.text} 为负数`, `The score coefficient ${value.text} is negative`);
  }
  if (fraction.gt(ONE)) {
    return failure('num', `得分系数 ${value.text} 超过 100%`, `The score coefficient ${value.text} is above 100%`);
  }
  return fraction;
}

function tierOfFraction(fraction: Decimal, compiled: CompiledProfile): QualTier {
  if (fraction.gte(compiled.tierMin.achieved)) return 'achieved';
  if (fraction.gte(compiled.tierMin.partial)) return 'partial';
  return 'unmet';
}

function percentText(fraction: Decimal): string {
  return `${plain(fraction.times(HUNDRED))}%`;
}

/** Score from a 得分系数: W × 系数. */
export function scoreByCoefficient(coefficient: ParsedValue, w: Decimal, profile: Profile): ScoreResult {
  const fraction = coefficientFraction(coefficient);
  if (!(fraction instanceof Decimal)) return fraction;
  const score = w.times(fraction);
  const pct = percentText(fraction);
  return {
    ok: true,
    score,
    met: fraction.gte(ONE),
    ratio: fraction,
    tier: tierOfFraction(fraction, compileProfile(profile)),
    basis: {
      zh: `得分系数 ${pct}：${plain(w)} × ${pct} = ${plain(score)}`,
      en: `score coefficient ${pct}: ${plain(w)} × ${pct} = ${plain(score)}`,
    },
  };
}

function scoreByTier(word: string, tier: QualTier, w: Decimal, profile: Profile, why?: Message): IndicatorScore {
  const share = compileProfile(profile).tierShare[tier];
  const score = w.times(share);
  const pct = percentText(share);
  const label = TIER_LABEL[tier];
  return {
    ok: true,
    score,
    met: tier === 'achieved',
    ratio: share,
    tier,
    basis: {
      zh: `定性“${word}”${why ? `（${why.zh}）` : ''} → ${label.zh}，取 ${pct}：${plain(w)} × ${pct} = ${plain(score)}`,
      en: `qualitative "${word}"${why ? ` (${why.en})` : ''} → ${label.en}, at ${pct}: ${plain(w)} × ${pct} = ${plain(score)}`,
    },
  };
}

/**
 * A qualitative actual against its target: the same word as the target is achieved; otherwise the
 * profile's word list decides. A number is not a grade (the seed's qualitative rows say '1'):
 * #VALUE!, so the rule engine can flag PERF013 and keep the stated score.
 */
export function scoreQualitativeActual(actual: ParsedValue, target: ParsedValue | undefined, w: Decimal, profile: Profile): ScoreResult {
  if (actual.kind === 'empty') {
    return failure('value', '定性指标的完成值为空', 'The actual value of the qualitative indicator is empty');
  }
  if (actual.kind === 'error') {
    return failure('value', `定性指标的完成值是错误值 ${actual.text}`, `The actual value of the qualitative indicator is the error ${actual.text}`);
  }
  const word = actual.text.trim();
  if (actual.kind === 'number') {
    return failure(
      'value',
      `定性指标的完成值“${word}”不是等级（应为${GRADE_HINT_ZH}；若为得分系数，请填在得分系数列）`,
      `The qualitative actual "${word}" is not a grade (expected ${GRADE_HINT_EN}; put a coefficient in the coefficient column)`,
    );
  }
  const key = wordKey(actual.text);
  if (target && target.kind === 'text' && key !== '' && key === wordKey(target.text)) {
    return scoreByTier(word, 'achieved', w, profile, { zh: '与目标一致', en: 'same as the target' });
  }
  const tier = compileProfile(profile).words.get(key) ?? tierOfPhrase(key);
  if (tier === undefined) {
    return failure(
      'value',
      `无法识别定性完成值“${word}”（应为${GRADE_HINT_ZH}）`,
      `Cannot read the qualitative actual "${word}" (expected ${GRADE_HINT_EN})`,
    );
  }
  return scoreByTier(word, tier, w, profile);
}

/**
 * Score of a qualitative judgement: a grade or word (优, 良, 达成, 部分达成, 有所增加) placed in the
 * profile's tier, or a coefficient ('80%', 0.8, 80) giving W × coefficient.
 */
export function qualitativeScore(
  gradeOrCoefficient: ParsedValue | string | number | Decimal,
  weight: Decimal | number | string,
  profile: Profile = NATIONAL_PROFILE,
): ScoreResult {
  const w = toDecimal(weight);
  if (w === undefined) return failure('value', `权重“${String(weight)}”不是数字`, `The weight "${String(weight)}" is not a number`);
  if (w.isNegative() && !w.isZero()) return failure('num', `权重 ${plain(w)} 为负数`, `The weight ${plain(w)} is negative`);
  const value =
    gradeOrCoefficient instanceof Decimal
      ? parseValue(gradeOrCoefficient.toString())
      : typeof gradeOrCoefficient === 'object' && gradeOrCoefficient !== null
        ? gradeOrCoefficient
        : parseValue(gradeOrCoefficient as string | number);
  if (value.kind === 'number') return scoreByCoefficient(value, w, profile);
  return scoreQualitativeActual(value, undefined, w, profile);
}
