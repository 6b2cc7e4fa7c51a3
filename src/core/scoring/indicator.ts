// Scoring one indicator (DESIGN.md §2): checks the inputs, aligns percentages, applies the rule,
// and says how the score was computed.
import type Decimal from 'decimal.js';
import type { Message } from '../findings/types';
import type { Op, ParsedValue } from '../model/types';
import { NATIONAL_PROFILE } from '../profile/national';
import type { Profile } from '../profile/types';
import { compileProfile } from './compiled-profile';
import { HUNDRED, ONE, plain } from './decimal';
import { scoreByCoefficient, scoreQualitativeActual } from './qualitative';
import { type QuantOutcome, scoreQuantitative } from './quantitative';
import { type ScoreFailure, type ScoreInput, type ScoreResult, failure } from './types';

const OP_SIGN: Readonly<Record<Op, string>> = { '>=': '≥', '<=': '≤', '=': '=', '>': '>', '<': '<', qual: '定性' };
const KNOWN_OPS: ReadonlySet<unknown> = new Set(Object.keys(OP_SIGN));

function describe(side: 'target' | 'actual', value: ParsedValue): ScoreFailure | undefined {
  const zhSide = side === 'target' ? '指标值' : '完成值';
  if (value.kind === 'number' && value.number !== undefined) {
    if (side === 'actual' && value.op !== undefined) {
      return failure(
        'value',
        `完成值“${value.text.trim()}”含有比较符：应填写实际完成的数值`,
        `The actual "${value.text.trim()}" holds an operator: enter the measured value`,
      );
    }
    return undefined;
  }
  if (value.kind === 'empty') {
    return failure('value', `${zhSide}为空`, `The ${side} is empty`);
  }
  if (value.kind === 'error') {
    return failure('value', `${zhSide}是错误值 ${value.text}`, `The ${side} is the error value ${value.text}`);
  }
  return failure('value', `${zhSide}“${value.text.trim()}”不是数字`, `The ${side} "${value.text.trim()}" is not a number`);
}

/**
 * Percent alignment: a side marked percent ('95%', a %-formatted cell, unit %) against a plain number
 * of magnitude ≤ 1 on the other side reads the plain one as a fraction (0.96 → 96). This is the case of
 * PERF.SCORE reading a %-formatted cell, whose format a custom function cannot see.
 */
function aligned(value: ParsedValue, other: ParsedValue): Decimal {
  const n = value.number as Decimal;
  if (!value.percent && other.percent && n.abs().lte(ONE)) return n.times(HUNDRED);
  return n;
}

type Checked = { readonly ok: true; readonly w: Decimal } | ScoreFailure;

function checkWeight(weight: Decimal): Checked {
  if (!weight || typeof weight.isFinite !== 'function' || !weight.isFinite()) {
    return failure('value', '权重不是数字', 'The weight is not a number');
  }
  if (weight.isNegative() && !weight.isZero()) {
    return failure('num', `权重 ${plain(weight)} 为负数`, `The weight ${plain(weight)} is negative`);
  }
  return { ok: true, w: weight };
}

/** The quantitative outcome with the numbers it used, or why it could not be computed. */
interface Evaluated {
  readonly ok: true;
  readonly outcome: QuantOutcome;
  readonly t: Decimal;
  readonly r: Decimal;
  readonly w: Decimal;
  readonly rateTarget: boolean;
}

function evaluateQuantitative(input: ScoreInput, profile: Profile, w: Decimal): Evaluated | ScoreFailure {
  const bad = describe('target', input.target) ?? describe('actual', input.actual);
  if (bad) return bad;
  const t = aligned(input.target, input.actual);
  const r = aligned(input.actual, input.target);
  const op = input.op as Exclude<Op, 'qual'>;
  const rateTarget = op === '=' && t.eq(HUNDRED) && (input.target.percent || input.actual.percent || input.rate === true);
  const outcome = scoreQuantitative(op, t, r, w, compileProfile(profile).zeroTargetExceededShare, rateTarget);
  return { ok: true, outcome, t, r, w, rateTarget };
}

function basisOf(op: Op, e: Evaluated): Message {
  const { outcome, t, r, w } = e;
  const T = plain(t);
  const R = plain(r);
  const W = plain(w);
  const S = plain(outcome.score);
  const sign = e.rateTarget ? '≥' : OP_SIGN[op];
  const rateNote = e.rateTarget ? { zh: '（100% 比率目标按 ≥ 计分）', en: ' (a 100% rate target is scored as ≥)' } : { zh: '', en: '' };
  switch (outcome.rule) {
    case 'full':
      return {
        zh: `完成值 ${R} ${sign} 目标 ${T}，得满分 ${W}${rateNote.zh}`,
        en: `actual ${R} ${sign} target ${T}: full marks ${W}${rateNote.en}`,
      };
    case 'equalNotStrict':
      return {
        zh: `完成值 ${R} 等于目标 ${T}，不满足“${sign}”：按公式得 ${W}，记为未达成`,
        en: `actual ${R} equals target ${T}, which fails "${sign}": the formula gives ${W}, counted as not met`,
      };
    case 'actualOverTarget': {
      const used = plain(outcome.used ?? r);
      const text = `${W} × ${used} ÷ ${T} = ${S}`;
      return { zh: `${text}${rateNote.zh}`, en: `${text}${rateNote.en}` };
    }
    case 'targetOverActual': {
      const text = `${W} × ${T} ÷ ${R} = ${S}`;
      return { zh: text, en: text };
    }
    case 'deviation': {
      const text = `${W} × (1 − |${R} − ${T}| ÷ ${plain(t.abs())}) = ${S}`;
      return { zh: `${text}，未达成`, en: `${text}, not met` };
    }
    case 'zeroTargetExceeded': {
      const pct = plain(outcome.ratio.times(HUNDRED));
      return {
        zh: `目标为 0，完成值 ${R} 超出，未达成：${W} × ${pct}% = ${S}`,
        en: `target 0 exceeded by actual ${R}, not met: ${W} × ${pct}% = ${S}`,
      };
    }
    case 'none':
      return {
        zh: `完成值 ${R} 未达到目标 ${sign} ${T}，无法按比例计分：得 0`,
        en: `actual ${R} fails target ${sign} ${T} and cannot be prorated: 0`,
      };
  }
}

/** 定性, or '= 是' with actual '是': a word target under '=' is a qualitative judgement. */
function isQualitative(input: ScoreInput): boolean {
  return input.op === 'qual' || (input.op === '=' && input.target.kind === 'text' && input.actual.kind === 'text');
}

/**
 * Score of one indicator under a profile. ≥ / > / ≤ / < / = by formula (never above W, never NaN),
 * 定性 by tier or by the Chongqing 得分系数. Bad input gives { ok: false, code, message }.
 */
export function scoreIndicator(input: ScoreInput, profile: Profile): ScoreResult {
  const checked = checkWeight(input.weight);
  if (!checked.ok) return checked;
  if (isQualitative(input)) {
    const coefficient = input.coefficient;
    if (coefficient && coefficient.kind !== 'empty') return scoreByCoefficient(coefficient, checked.w, profile);
    return scoreQualitativeActual(input.actual, input.target, checked.w, profile);
  }
  if (!KNOWN_OPS.has(input.op)) {
    return failure('value', `比较符“${String(input.op)}”无法识别`, `Operator "${String(input.op)}" is not understood`);
  }
  const evaluated = evaluateQuantitative(input, profile, checked.w);
  if (!evaluated.ok) return evaluated;
  const { outcome } = evaluated;
  return { ok: true, score: outcome.score, met: outcome.met, ratio: outcome.ratio, basis: basisOf(input.op, evaluated) };
}

export type ScoreOnly = { readonly ok: true; readonly score: Decimal; readonly met: boolean } | ScoreFailure;

/** The same rules as scoreIndicator without the explanation text: the hot path of PERF.SCORE. */
export function computeScore(input: ScoreInput, profile: Profile): ScoreOnly {
  const checked = checkWeight(input.weight);
  if (!checked.ok) return checked;
  if (isQualitative(input) || !KNOWN_OPS.has(input.op)) return scoreIndicator(input, profile);
  const evaluated = evaluateQuantitative(input, profile, checked.w);
  if (!evaluated.ok) return evaluated;
  return { ok: true, score: evaluated.outcome.score, met: evaluated.outcome.met };
}

export type RatioResult = { readonly ok: true; readonly ratio: Decimal } | ScoreFailure;

/**
 * Completion ratio, capped at 1 (PERF.RATE): R / T for ≥ and >, T / R for ≤ and <, 1 − |R − T| / |T|
 * for =. A met target gives 1.
 */
export function completionRatio(op: Op, target: ParsedValue, actual: ParsedValue, profile: Profile = NATIONAL_PROFILE): RatioResult {
  if (op === 'qual') {
    return failure('value', '定性指标没有完成率，请用 PERF.QUAL', 'A qualitative indicator has no completion ratio: use PERF.QUAL');
  }
  const evaluated = evaluateQuantitative({ op, target, actual, weight: ONE }, profile, ONE);
  if (!evaluated.ok) return evaluated;
  return { ok: true, ratio: evaluated.outcome.ratio };
}
