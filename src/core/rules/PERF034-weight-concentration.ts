// PERF034: one indicator carries a large share of the score: more than the profile's
// weightConcentrationShare (25%) of the expected total, or all the points of a 产出 or 效益 block —
// blocks the template divides into several sub-categories (数量/质量/时效/成本, 经济/社会/生态/可持续),
// so one indicator standing for the whole block decides it alone. 满意度 has a single sub-category
// (服务对象满意度): one indicator holding its points is normal.
import Decimal from 'decimal.js';
import type { Finding, Rule } from '../findings/types';
import type { BlockKind } from '../model/types';
import { factsOf, type IndicatorFacts } from './support/facts';
import { finding } from './support/finding';
import { figure, placesOf } from './support/numbers';
import { DEFAULT_WEIGHT_CONCENTRATION_SHARE, setting } from './support/settings';
import { nameOf } from './support/text';
import { points } from '../findings/english';

const HUNDRED = new Decimal(100);
/** Blocks with several sub-categories in the template (成本 rows count toward 产出, as in PERF033). */
const MULTI: Readonly<Partial<Record<BlockKind, 'output' | 'benefit'>>> = { output: 'output', cost: 'output', benefit: 'benefit' };
const BLOCK_NAME = { output: { zh: '产出指标', en: 'output' }, benefit: { zh: '效益指标', en: 'benefit' } } as const;

/** Weights a rule may trust: written on the form, or implied by a block's stated total. */
function trustedWeight(f: IndicatorFacts): Decimal | undefined {
  if (!f.indicator.applicable || !f.weight || f.weightInferred === 'table') return undefined;
  // w > 0 without comparing against a new Decimal(0) on every row (weights are finite).
  return f.weight.isPositive() && !f.weight.isZero() ? f.weight : undefined;
}

/** The only weighted row of each 产出/效益 block (per Hubei goal block), with the block's kind. */
function soleRows(rows: readonly IndicatorFacts[]): Map<IndicatorFacts, 'output' | 'benefit'> {
  const groups = new Map<string, IndicatorFacts[]>();
  for (const f of rows) {
    const kind = MULTI[f.indicator.block];
    if (!kind || !trustedWeight(f)) continue;
    const key = `${f.indicator.goalBlock ?? 0}:${kind}`;
    const members = groups.get(key);
    if (members) members.push(f);
    else groups.set(key, [f]);
  }
  const out = new Map<IndicatorFacts, 'output' | 'benefit'>();
  for (const members of groups.values()) {
    if (members.length === 1) out.set(members[0], MULTI[members[0].indicator.block] as 'output' | 'benefit');
  }
  return out;
}

export const PERF034: Rule = {
  id: 'PERF034',
  severity: 'warning',
  title: { zh: '权重过于集中', en: 'Weight concentrated on one indicator' },
  why: {
    zh: '一个指标占总分的很大比重，或独占一个应分设多个二级指标的一级指标，其完成与否就决定了评价结果，评审会认为指标设置不均衡。',
    en: 'When one indicator carries a large share of the total, or all of a block meant to hold several sub-categories, it alone decides the result: reviewers read the weights as unbalanced.',
  },
  how: {
    zh: '把该指标拆分为几个可衡量的指标，或在同一一级指标下增设其他二级指标，使权重分散。',
    en: 'Split the indicator into several measurable ones, or add indicators of other sub-categories to the block, to spread the weight.',
  },
  check({ table, profile }) {
    const facts = factsOf(table, profile);
    const expectedTotal = setting(profile.expectedTotal, '100');
    const share = setting(profile.weightConcentrationShare, DEFAULT_WEIGHT_CONCENTRATION_SHARE);
    const limit = expectedTotal.times(share);
    const sole = soleRows(facts.indicators);
    const out: Finding[] = [];
    // Weights, shares and limits read at the decimals the weight cells show.
    const places = placesOf(facts.indicators.map((f) => f.indicator.weight));
    const plain = (value: Decimal) => figure(value, places);
    for (const f of facts.indicators) {
      const weight = trustedWeight(f);
      if (!weight || expectedTotal.isZero()) continue;
      const large = weight.gt(limit);
      const block = sole.get(f);
      if (!large && !block) continue;
      const name = nameOf(f.indicator);
      const pct = plain(weight.div(expectedTotal).times(HUNDRED));
      const limitPct = plain(share.times(HUNDRED));
      const parts = { zh: [] as string[], en: [] as string[] };
      if (large) {
        parts.zh.push(`占应得总分 ${plain(expectedTotal)} 的 ${pct}%（上限 ${limitPct}%）`);
        parts.en.push(`${pct}% of the expected total ${plain(expectedTotal)} (limit ${limitPct}%)`);
      }
      if (block) {
        parts.zh.push(`是${BLOCK_NAME[block].zh}的唯一指标、独占其全部 ${plain(weight)} 分`);
        parts.en.push(`the only indicator of the ${BLOCK_NAME[block].en} block, holding all its ${points(plain(weight))}`);
      }
      out.push(
        finding(PERF034, table, {
          cells: [f.indicator.weight?.ref.address ?? f.indicator.score?.ref.address ?? '', f.indicator.name?.ref.address ?? ''],
          row: f.indicator.row,
          message: {
            zh: `指标${name.zh}权重 ${plain(weight)} 分，${parts.zh.join('，且')}`,
            en: `Indicator ${name.en} weighs ${points(plain(weight))}: ${parts.en.join(', and ')}`,
          },
          expected: large ? plain(limit) : undefined,
          found: plain(weight),
        }),
      );
    }
    return out;
  },
};
