// PERF.* custom functions: thin wrappers over src/core/scoring. The JSDoc below is the metadata
// (functions.json is generated from it): keep `function` declarations, no "@" inside descriptions.
// Results are exact values converted to numbers once at the end; Excel rounds them for display.
import { NATIONAL_PROFILE } from '../core/profile/national';
import { budgetScore } from '../core/scoring/budget';
import { sumExact, toDecimal } from '../core/scoring/decimal';
import { gradeOf } from '../core/scoring/grade';
import { completionRatio, computeScore } from '../core/scoring/indicator';
import { qualitativeScore } from '../core/scoring/qualitative';
import {
  decimalArg, excelError, fromFailure, isExcelError, omitted, operatorArg, parsedArg, profileArg, rangeNumbers,
} from './arguments';
import { metTargetScore } from './met-target';

/**
 * 指标得分：按比较符计算得分（正向 W×min(R/T,1)，反向 W×min(T/R,1)，定性按等级），不超过权重。
 * Indicator score by operator (≥ W×min(R/T,1), ≤ W×min(T/R,1), qualitative by tier), never above the weight.
 * @customfunction SCORE
 * @param op 比较符：≥ ≤ = > < 或 定性；为空时取指标值中的比较符。Operator, or empty when the target holds it (≥95%).
 * @param target 指标值（目标值 T），如 95、"95%"、"≥95%"、"26次"、0.95。Target value.
 * @param actual 全年完成值（实际值 R），如 99.74、"96%"、"优"。Actual value.
 * @param weight 指标权重（分值 W）。Weight of the indicator.
 * @param [profile] 评分配置：national（全国，默认）或 hubei（湖北）。Scoring profile.
 * @returns 得分（精确值）。The exact score.
 */
export function score(
  op: string,
  target: number | string,
  actual: number | string,
  weight: number | string,
  profile?: string,
): number | CustomFunctions.Error {
  const p = profileArg(profile);
  if (isExcelError(p)) return p;
  // Most rows: plain numbers, target met → the weight, no decimals needed (see met-target.ts).
  const met = metTargetScore(op, target, actual, weight);
  if (met !== undefined) return met;
  const t = parsedArg(target);
  const o = operatorArg(op, t);
  if (isExcelError(o)) return o;
  const w = decimalArg(weight, '权重');
  if (isExcelError(w)) return w;
  const result = computeScore({ op: o, target: t, actual: parsedArg(actual), weight: w }, p);
  return result.ok ? result.score.toNumber() : fromFailure(result);
}

/**
 * 完成率：正向 R/T，反向 T/R，封顶 100%（返回小数，如 0.9974）。
 * Completion ratio, capped at 1 (a fraction such as 0.9974).
 * @customfunction RATE
 * @param op 比较符：≥ ≤ = > <；为空时取指标值中的比较符。Operator, or empty when the target holds it.
 * @param target 指标值（目标值 T）。Target value.
 * @param actual 全年完成值（实际值 R）。Actual value.
 * @returns 完成率（0–1）。Completion ratio (0 to 1).
 */
export function rate(op: string, target: number | string, actual: number | string): number | CustomFunctions.Error {
  const t = parsedArg(target);
  const o = operatorArg(op, t);
  if (isExcelError(o)) return o;
  const result = completionRatio(o, t, parsedArg(actual), NATIONAL_PROFILE);
  return result.ok ? result.ratio.toNumber() : fromFailure(result);
}

/**
 * 定性指标得分：优/良/中/差、达成/部分达成/未达成、有所增加 等按档次计分，或按得分系数（如 80%）计分。
 * Qualitative score: a grade placed in its tier, or a coefficient such as 80%.
 * @customfunction QUAL
 * @param grade 等级或得分系数，如 "优"、"部分达成"、"80%"、0.8。Grade or coefficient.
 * @param weight 指标权重（分值 W）。Weight of the indicator.
 * @param [profile] 评分配置：national（全国，默认）或 hubei（湖北）。Scoring profile.
 * @returns 得分（精确值）。The exact score.
 */
export function qual(grade: number | string, weight: number | string, profile?: string): number | CustomFunctions.Error {
  const p = profileArg(profile);
  if (isExcelError(p)) return p;
  const w = decimalArg(weight, '权重');
  if (isExcelError(w)) return w;
  const result = qualitativeScore(parsedArg(grade), w, p);
  return result.ok ? result.score.toNumber() : fromFailure(result);
}

/**
 * 预算执行得分：执行率 = 全年执行数 ÷ 全年预算数，得分 = 权重 × min(执行率, 100%)。
 * Budget execution score: weight × min(spent / budget, 100%).
 * @customfunction BUDGET
 * @param budget 全年预算数。Full-year budget.
 * @param spent 全年执行数。Amount spent.
 * @param [weight] 执行率权重，默认 10（湖北为 20）。Weight, 10 by default (Hubei 20).
 * @returns 得分（精确值）。The exact score.
 */
export function budget(budget: number | string, spent: number | string, weight?: number | string): number | CustomFunctions.Error {
  const b = decimalArg(budget, '全年预算数');
  if (isExcelError(b)) return b;
  const s = decimalArg(spent, '全年执行数');
  if (isExcelError(s)) return s;
  let w = undefined;
  if (!omitted(weight)) {
    const parsed = decimalArg(weight, '权重');
    if (isExcelError(parsed)) return parsed;
    w = parsed;
  }
  const result = budgetScore(b, s, w, NATIONAL_PROFILE);
  return result.ok ? result.score.toNumber() : fromFailure(result);
}

/**
 * 评价等级：优 ≥ 90，良 80–90，中 60–80，差 < 60。
 * Grade of a total score.
 * @customfunction GRADE
 * @param total 自评总分。Total score.
 * @returns 优/良/中/差。The grade.
 */
export function grade(total: number | string): string | CustomFunctions.Error {
  const t = decimalArg(total, '总分');
  if (isExcelError(t)) return t;
  return gradeOf(t, NATIONAL_PROFILE) ?? excelError('value', `总分“${String(total)}”不是数字`);
}

/**
 * 精确合计：按十进制精确求和；区域中的错误值或文字会报错并指出位置，不会被忽略。
 * Exact decimal sum of a range; error values or text in it are reported, not skipped.
 * @customfunction TOTAL
 * @param scores 得分区域。Range of scores.
 * @returns 精确合计。The exact sum.
 */
export function total(scores: any[][]): number | CustomFunctions.Error {
  const numbers = rangeNumbers(scores, '区域');
  if (isExcelError(numbers)) return numbers;
  return sumExact(numbers).toNumber();
}

/**
 * 权重检查：权重合计等于应有总分时返回 OK，否则说明差异，如“权重合计 99.93，应为 100”。
 * Checks that the weights add up to the expected total (100 by default).
 * @customfunction CHECK
 * @param weights 权重区域。Range of weights.
 * @param [expected] 应有合计，默认 100。Expected total, 100 by default.
 * @returns "OK" 或差异说明。"OK" or what differs.
 */
export function check(weights: any[][], expected?: number | string): string | CustomFunctions.Error {
  const numbers = rangeNumbers(weights, '权重区域');
  if (isExcelError(numbers)) return numbers;
  let want = toDecimal(NATIONAL_PROFILE.expectedTotal);
  if (!omitted(expected)) {
    const parsed = decimalArg(expected, '应有合计');
    if (isExcelError(parsed)) return parsed;
    want = parsed;
  }
  const sum = sumExact(numbers);
  if (want === undefined) return excelError('value', '应有合计不是数字');
  return sum.eq(want) ? 'OK' : `权重合计 ${sum.toFixed()}，应为 ${want.toFixed()}`;
}
