// 插入公式: the CellChanges that turn a table's score column into =PERF.SCORE(op,target,actual,weight)
// formulas pointing at each indicator's own cells, so the form recomputes itself when values change.
// Rows the function cannot score (qualitative, missing operator or values) are listed, not guessed.
import Decimal from 'decimal.js';
import type { CellValue } from '../grid/types';
import type { CellChange, Message } from '../findings/types';
import type { Indicator, IndicatorTable, Op } from '../model/types';
import type { Profile } from '../profile/types';
import { computeScore } from '../scoring';

export interface SkippedRow {
  readonly row: number;
  /** The score cell left as it is, when the row has one. */
  readonly address?: string;
  readonly reason: Message;
}

export interface ScoreFormulaPlan {
  readonly changes: readonly CellChange[];
  readonly skipped: readonly SkippedRow[];
  /** Journal label of the batch. */
  readonly label: Message;
}

export interface ScoreFormulaOptions {
  /**
   * The profile the pane checks with: the preview shows the value the formula will compute under
   * it, and the Hubei built-in is passed as PERF.SCORE's fifth argument (national is its default).
   */
  readonly profile?: Profile;
}

/** Built-in profiles PERF.SCORE accepts by name; a custom profile cannot be passed to a cell function. */
const FUNCTION_PROFILES = new Set(['hubei']);

const OP_TEXT: Readonly<Record<Exclude<Op, 'qual'>, string>> = {
  '>=': '≥',
  '<=': '≤',
  '=': '=',
  '>': '>',
  '<': '<',
};

const m = (zh: string, en: string): Message => ({ zh, en });

const REASONS = {
  notApplicable: m('不适用指标，不计分', 'not applicable, not scored'),
  qualitative: m('定性指标：PERF.SCORE 只算定量指标（可用 PERF.QUAL）', 'qualitative: PERF.SCORE scores quantitative indicators only (use PERF.QUAL)'),
  noOperator: m('指标性质（比较符）缺失或无法识别', 'operator missing or not understood'),
  noTarget: m('指标值为空', 'target is empty'),
  noActual: m('完成值为空', 'actual is empty'),
  noWeight: m('权重为空', 'weight is empty'),
  noScoreCell: m('没有得分单元格', 'no score cell'),
  already: m('已是相同的 PERF.SCORE 公式', 'already holds this PERF.SCORE formula'),
};

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The operator argument: the 指标性质 cell when the operator was read there, else the operator itself. */
function opArgument(indicator: Indicator): string | undefined {
  if (!indicator.op || indicator.op === 'qual') return undefined;
  if (indicator.opSource === 'column' && indicator.opCell) return indicator.opCell.ref.address;
  return quote(OP_TEXT[indicator.op]);
}

function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function skipReason(indicator: Indicator): Message | undefined {
  if (!indicator.applicable) return REASONS.notApplicable;
  if (indicator.qualitative || indicator.op === 'qual') return REASONS.qualitative;
  if (!indicator.score) return REASONS.noScoreCell;
  if (!indicator.op) return REASONS.noOperator;
  if (!indicator.target || isBlank(indicator.target.raw)) return REASONS.noTarget;
  if (!indicator.actual || isBlank(indicator.actual.raw)) return REASONS.noActual;
  if (!indicator.weight || isBlank(indicator.weight.raw)) return REASONS.noWeight;
  return undefined;
}

/** =PERF.SCORE(op,target,actual,weight[,profile]) for one indicator row, or undefined when it cannot be scored. */
export function scoreFormulaFor(indicator: Indicator, profile?: string): string | undefined {
  if (skipReason(indicator)) return undefined;
  const op = opArgument(indicator);
  const { target, actual, weight } = indicator;
  if (!op || !target || !actual || !weight) return undefined;
  const args = [op, target.ref.address, actual.ref.address, weight.ref.address];
  if (profile && profile !== 'national') args.push(quote(profile));
  return `=PERF.SCORE(${args.join(',')})`;
}

function currentValue(value: CellValue): number | string {
  if (typeof value === 'number' || typeof value === 'string') return value;
  return '';
}

/** What the formula will compute, from the same cells PERF.SCORE reads; undefined when it cannot. */
function expectedValue(indicator: Indicator, profile: Profile | undefined): number | undefined {
  const { op, target, actual, weight } = indicator;
  if (!profile || !op || !target || !actual || !weight?.number) return undefined;
  const result = computeScore({ op, target, actual, weight: weight.number }, profile);
  return result.ok ? result.score.toNumber() : undefined;
}

const GENERAL = /^general$/i;

/**
 * The number format of the table's score column, for the formulas written into it: the format most
 * of its score cells have; else, when they are General, fixed decimals as many as the stated scores
 * show (never fewer than the profile's score decimals, 2 without a profile), so 2.623162 shows 2.62.
 */
export function scoreColumnFormat(table: IndicatorTable, profile?: Profile): string {
  const counts = new Map<string, number>();
  let decimals = 0;
  for (const indicator of table.indicators) {
    const score = indicator.score;
    if (!score) continue;
    if (score.numFmt && !GENERAL.test(score.numFmt.trim())) counts.set(score.numFmt, (counts.get(score.numFmt) ?? 0) + 1);
    if (typeof score.raw === 'number' && score.formula === undefined) decimals = Math.max(decimals, Math.min(score.decimals ?? decimalsOf(score.raw), 6));
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (best) return best[0];
  const places = Math.max(decimals, profile?.defaultScoreDecimals ?? 2);
  return places === 0 ? '0' : `0.${'0'.repeat(places)}`;
}

const decimalsOf = (n: number): number => new Decimal(n).decimalPlaces();

export function scoreFormulaChanges(table: IndicatorTable, options: ScoreFormulaOptions = {}): ScoreFormulaPlan {
  const changes: CellChange[] = [];
  const numberFormat = scoreColumnFormat(table, options.profile);
  const skipped: SkippedRow[] = [];
  for (const indicator of table.indicators) {
    const address = indicator.score?.ref.address;
    const reason = skipReason(indicator);
    const profileArg = options.profile && FUNCTION_PROFILES.has(options.profile.id) ? options.profile.id : undefined;
    const formula = reason ? undefined : scoreFormulaFor(indicator, profileArg);
    if (!formula || !indicator.score) {
      skipped.push({ row: indicator.row, address, reason: reason ?? REASONS.noOperator });
      continue;
    }
    const score = indicator.score;
    if (score.formula === formula) {
      skipped.push({ row: indicator.row, address, reason: REASONS.already });
      continue;
    }
    const expected = expectedValue(indicator, options.profile);
    const before = score.formula === undefined ? { value: score.raw } : { value: score.raw, formula: score.formula };
    // The format goes with the formula only where the cell does not show it already; undo restores the old one.
    const own = score.numFmt && !GENERAL.test(score.numFmt.trim()) ? score.numFmt : 'General';
    const formatted = own !== numberFormat;
    changes.push({
      sheet: table.sheet,
      address: score.ref.address,
      before: formatted ? { ...before, numberFormat: own } : before,
      after: { value: expected ?? currentValue(score.raw), formula, ...(formatted ? { numberFormat } : {}) },
    });
  }
  const label = m(
    `插入 PERF.SCORE 公式：${table.sheet} ${table.range}，${changes.length} 个单元格`,
    `Insert PERF.SCORE formulas: ${table.sheet} ${table.range}, ${changes.length} cells`,
  );
  return { changes, skipped, label };
}
