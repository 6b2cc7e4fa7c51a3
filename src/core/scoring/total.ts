// Totals with indicators left out as not applicable (不适用): total = Σ score ÷ Σ applicable weight × 100.
import type Decimal from 'decimal.js';
import { NATIONAL_PROFILE } from '../profile/national';
import type { Profile } from '../profile/types';
import { type DecimalLike, plain, sumExact, toDecimal } from './decimal';
import { type ScoreFailure, failure } from './types';

export type TotalResult =
  | { readonly ok: true; readonly total: Decimal; readonly rescaled: boolean; readonly basis: { zh: string; en: string } }
  | ScoreFailure;

/**
 * The total of the applicable indicators, rescaled to the profile's expected total (100) when
 * their weights add up to less: Σ score ÷ Σ weight × 100. Weights adding up to the expected total
 * give the plain sum.
 */
export function rescaledTotal(scores: readonly DecimalLike[], weights: readonly DecimalLike[], profile: Profile = NATIONAL_PROFILE): TotalResult {
  const scoreSum = sumExact(scores);
  const weightSum = sumExact(weights);
  const expected = toDecimal(profile.expectedTotal);
  if (!scoreSum.isFinite() || !weightSum.isFinite() || expected === undefined) {
    return failure('value', '得分或权重中有非数字', 'A score or weight is not a number');
  }
  if (weightSum.isZero() || weightSum.isNegative()) {
    return failure('num', `适用指标的权重合计为 ${plain(weightSum)}，无法折算总分`, `The applicable weights add up to ${plain(weightSum)}: no total can be rescaled`);
  }
  if (weightSum.eq(expected)) {
    return { ok: true, total: scoreSum, rescaled: false, basis: { zh: `合计 ${plain(scoreSum)}`, en: `sum ${plain(scoreSum)}` } };
  }
  const total = scoreSum.times(expected).div(weightSum);
  const text = `${plain(scoreSum)} ÷ ${plain(weightSum)} × ${plain(expected)} = ${plain(total)}`;
  return { ok: true, total, rescaled: true, basis: { zh: `按适用指标折算：${text}`, en: `rescaled to the applicable indicators: ${text}` } };
}
