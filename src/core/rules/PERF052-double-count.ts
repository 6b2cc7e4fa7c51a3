// PERF052: one measure counted twice: an indicator repeating the budget block's execution rate
// (预算执行率 / 预算完成率 / 资金执行率), an indicator restating the block's amounts (指标值 = 全年预算数,
// 完成值 = 全年执行数: 工程资金金额 43.2 → 37.24), or two such indicators reporting the same value.
import type { Finding, Rule } from '../findings/types';
import type Decimal from 'decimal.js';
import { factsOf, numberOf, type IndicatorFacts, type TableFacts } from './support/facts';
import { finding, plain } from './support/finding';
import { budgetWeightText, cellFigure } from './support/numbers';
import { inEnglish, nameOf, shown } from './support/text';
import { points } from '../findings/english';

/** Budget execution under its usual names (not 资金到位率, which measures funds arriving). */
const BUDGET_MEASURE = /(预算|资金|经费)[^,，;；]{0,6}(执行|完成|支出)(率|进度)|(预算|資金|經費)[^,，;；]{0,6}(執行|完成|支出)(率|進度)/;

function isBudgetMeasure(f: IndicatorFacts): boolean {
  return BUDGET_MEASURE.test(f.name);
}

/**
 * Indicators whose target is the block's 全年预算数 (or 年初预算数) and whose actual is its 全年执行数, the
 * two differing: budget execution restated as an output. Rates and percentages are left to the name test.
 */
function restatedAmounts(facts: TableFacts): Finding[] {
  const budget = facts.budget;
  const row = budget?.amounts;
  if (!budget || budget.weight === undefined || !row) return [];
  const planned = [numberOf(row.budget), numberOf(row.initial)].filter((d): d is Decimal => d !== undefined && !d.isZero());
  const spent = numberOf(row.spent);
  if (planned.length === 0 || !spent) return [];
  const out: Finding[] = [];
  const budgetWeight = budgetWeightText(facts);
  for (const f of facts.indicators) {
    const { indicator } = f;
    if (!indicator.applicable || f.rate || indicator.target?.percent || indicator.actual?.percent) continue;
    const target = numberOf(indicator.target);
    const actual = numberOf(indicator.actual);
    if (!target || !actual || target.eq(actual) || !actual.eq(spent) || !planned.some((p) => p.eq(target))) continue;
    const name = nameOf(indicator);
    out.push(
      finding(PERF052, facts.table, {
        cells: [indicator.name?.ref.address ?? '', indicator.target?.ref.address ?? '', row.budget?.ref.address ?? ''],
        row: indicator.row,
        message: {
          zh: `指标${name.zh}的指标值 ${cellFigure(indicator.target)}、完成值 ${cellFigure(indicator.actual)} 就是预算数和执行数：预算执行已按 ${budgetWeight} 分单独计分，这里重复计分`,
          en: `Indicator ${name.en}: target ${cellFigure(indicator.target)} and actual ${cellFigure(indicator.actual)} are the budget and the amount spent: budget execution, already scored (${points(budgetWeight)}), is counted twice`,
        },
      }),
    );
  }
  return out;
}

export const PERF052: Rule = {
  id: 'PERF052',
  severity: 'warning',
  title: { zh: '同一指标重复计分', en: 'One measure counted twice' },
  why: {
    zh: '预算执行率已单独计分，再作为绩效指标计分，或两个指标报告同一数值，会重复计分、挤占其他指标的权重。',
    en: 'Budget execution is scored on its own; scoring it again as an indicator, or reporting one value under two names, counts it twice and crowds out other indicators.',
  },
  how: {
    zh: '删除重复的指标，把权重分配给反映产出和效益的指标。',
    en: 'Remove the repeated indicator and give its weight to indicators of output and benefit.',
  },
  check({ table, profile }) {
    const facts = factsOf(table, profile);
    const out: Finding[] = [];
    const budget = facts.budget;
    out.push(...restatedAmounts(facts));
    const measures = facts.indicators.filter((f) => f.indicator.applicable && isBudgetMeasure(f) && !out.some((o) => o.row === f.indicator.row));
    if (measures.length === 0) return out;
    if (budget?.weight !== undefined) {
      const rateCell = budget.main?.rate ?? budget.main?.score;
      for (const f of measures) {
        const name = nameOf(f.indicator);
        out.push(
          finding(PERF052, table, {
            cells: [f.indicator.name?.ref.address ?? '', rateCell?.ref.address ?? ''],
            row: f.indicator.row,
            message: {
              zh: `指标${name.zh}重复了预算执行情况（已按 ${budgetWeightText(facts)} 分单独计分）`,
              en: `Indicator ${name.en} repeats budget execution, already scored on its own (${points(budgetWeightText(facts))})`,
            },
          }),
        );
      }
      return out;
    }
    const seen = new Map<string, IndicatorFacts>();
    for (const f of measures) {
      const value = numberOf(f.indicator.actual);
      if (!value) continue;
      const key = plain(value);
      const earlier = seen.get(key);
      if (!earlier) {
        seen.set(key, f);
        continue;
      }
      const name = nameOf(f.indicator);
      const first = nameOf(earlier.indicator);
      out.push(
        finding(PERF052, table, {
          cells: [f.indicator.name?.ref.address ?? '', f.indicator.actual?.ref.address ?? '', earlier.indicator.actual?.ref.address ?? ''],
          row: f.indicator.row,
          message: {
            zh: `指标${name.zh}的完成值 ${shown(f.indicator.actual)} 与第 ${earlier.indicator.row} 行${first.zh}相同，是同一预算执行指标重复计分`,
            en: `Indicator ${name.en} reports ${inEnglish(shown(f.indicator.actual))}, as ${first.en} on row ${earlier.indicator.row} does: budget execution counted twice`,
          },
          found: cellFigure(f.indicator.actual),
        }),
      );
    }
    return out;
  },
};
