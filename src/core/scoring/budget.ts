// 预算执行率 and its score: rate = 全年执行数 / 全年预算数, score = W × min(rate, 1).
import type Decimal from 'decimal.js';
import type { Message } from '../findings/types';
import type { ParsedValue } from '../model/types';
import { NATIONAL_PROFILE } from '../profile/national';
import type { Profile } from '../profile/types';
import { compileProfile } from './compiled-profile';
import { type DecimalLike, HUNDRED, ONE, plain, toDecimal } from './decimal';
import { type ScoreFailure, failure } from './types';

export type BudgetResult =
  | {
      readonly ok: true;
      /** Execution rate as a fraction (0.9974 for 99.74%), not capped. */
      readonly rate: Decimal;
      /** W × min(rate, 1), exact. */
      readonly score: Decimal;
      /** Executed in full (rate ≥ 100%). */
      readonly met: boolean;
      readonly basis: Message;
    }
  | ScoreFailure;

type Amount = DecimalLike | ParsedValue;

function amountOf(value: Amount, zh: string, en: string): Decimal | ScoreFailure {
  if (typeof value === 'object' && value !== null && 'kind' in value) {
    if (value.kind === 'number' && value.number) return value.number;
    return failure('value', `${zh}“${value.text}”不是数字`, `The ${en} "${value.text}" is not a number`);
  }
  const d = toDecimal(value);
  if (d === undefined) return failure('value', `${zh}“${String(value)}”不是数字`, `The ${en} "${String(value)}" is not a number`);
  if (d.isNegative() && !d.isZero()) return failure('num', `${zh} ${plain(d)} 为负数`, `The ${en} ${plain(d)} is negative`);
  return d;
}

function isFailure(x: Decimal | ScoreFailure): x is ScoreFailure {
  return (x as ScoreFailure).ok === false;
}

/**
 * Budget execution: rate = spent / budget; score = W × min(rate, 1), W from the profile
 * (10 national, 20 Hubei) unless given. A zero budget cannot give a rate: #NUM!.
 */
export function budgetScore(budget: Amount, spent: Amount, weight?: DecimalLike, profile: Profile = NATIONAL_PROFILE): BudgetResult {
  const b = amountOf(budget, '全年预算数', 'budget');
  if (isFailure(b)) return b;
  const s = amountOf(spent, '全年执行数', 'amount spent');
  if (isFailure(s)) return s;
  if (b.isNegative() && !b.isZero()) return failure('num', `全年预算数 ${plain(b)} 为负数`, `The budget ${plain(b)} is negative`);
  if (s.isNegative() && !s.isZero()) return failure('num', `全年执行数 ${plain(s)} 为负数`, `The amount spent ${plain(s)} is negative`);
  if (b.isZero()) return failure('num', '全年预算数为 0，无法计算执行率', 'The budget is 0: no execution rate can be computed');
  const w = weight === undefined || weight === null ? compileProfile(profile).budgetWeight : amountOf(weight, '权重', 'weight');
  if (isFailure(w)) return w;
  const rate = s.div(b);
  const met = rate.gte(ONE);
  const score = met ? w : w.times(s).div(b);
  const pct = `${plain(rate.times(HUNDRED).toDecimalPlaces(4))}%`;
  const capped = met ? '100%' : pct;
  return {
    ok: true,
    rate,
    score,
    met,
    basis: {
      zh: `执行率 = ${plain(s)} ÷ ${plain(b)} = ${pct}；得分 = ${plain(w)} × ${capped} = ${plain(score)}`,
      en: `rate = ${plain(s)} ÷ ${plain(b)} = ${pct}; score = ${plain(w)} × ${capped} = ${plain(score)}`,
    },
  };
}
