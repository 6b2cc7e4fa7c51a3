// What the scorer takes and gives back. Failures are values, never exceptions.
import type Decimal from 'decimal.js';
import type { Message } from '../findings/types';
import type { Op, ParsedValue } from '../model/types';
import type { QualTier } from '../profile/types';

export interface ScoreInput {
  readonly op: Op;
  readonly target: ParsedValue;
  readonly actual: ParsedValue;
  readonly weight: Decimal;
  /** Chongqing 得分系数（%）: for a qualitative indicator, score = W × 系数. */
  readonly coefficient?: ParsedValue;
  /**
   * The indicator measures a rate (its name ends in 率, or its unit is %): a target of 100 under
   * '=' is then scored like '≥' even when neither value carries a % sign.
   */
  readonly rate?: boolean;
}

/** #VALUE! (input not understood) or #NUM! (numbers that cannot be scored, such as a negative weight). */
export type ScoreErrorCode = 'value' | 'num';

export interface ScoreFailure {
  readonly ok: false;
  readonly code: ScoreErrorCode;
  readonly message: Message;
}

export interface IndicatorScore {
  readonly ok: true;
  /** Exact score, 0 ≤ score ≤ W. Round only for display. */
  readonly score: Decimal;
  /** Target fully met (equality under > or < is not). */
  readonly met: boolean;
  /** Share of the weight earned by a quantitative rule (score = W × ratio), capped at 1. */
  readonly ratio?: Decimal;
  /** Tier of a qualitative indicator. */
  readonly tier?: QualTier;
  /** How the score was computed: '2.63 × 99.74 ÷ 100 = 2.623262'. */
  readonly basis: Message;
}

export type ScoreResult = IndicatorScore | ScoreFailure;

export function failure(code: ScoreErrorCode, zh: string, en: string): ScoreFailure {
  return { ok: false, code, message: { zh, en } };
}
