// PERF021: a stated score that differs from the profile's score beyond the displayed precision:
// unmet but given full marks (99.74 against ≥100), or met but docked (100 against ≥100, given 7 of 10).
import Decimal from 'decimal.js';
import type { Finding, Message, Rule } from '../findings/types';
import type { IndicatorTable } from '../model/types';
import type { Profile } from '../profile/types';
import { matchesAtDisplayedPrecision, scoreIndicator, TIER_LABEL } from '../scoring';
import { factsOf, type IndicatorFacts } from './support/facts';
import { cellNumber, change, finding } from './support/finding';
import { apart, cellFigure, figure, workedAt } from './support/numbers';
import { inEnglish, nameOf, readingNote, shown, shownTarget } from './support/text';

/** A row's weight: as its cell shows it, or an inferred one at the table's decimals. */
function weightText(f: IndicatorFacts, places: number): string {
  if (!f.weight) return '';
  return f.weightInferred || !f.indicator.weight ? figure(f.weight, places) : cellFigure(f.indicator.weight);
}

function reason(f: IndicatorFacts, profile: Profile, places: number): Message {
  const { indicator } = f;
  const detail = f.input ? scoreIndicator(f.input, profile) : undefined;
  const basis = detail?.ok ? detail.basis : undefined;
  const actual = shown(indicator.actual);
  const target = shownTarget(f.op, indicator.target);
  let zh: string;
  let en: string;
  if (f.op === 'qual') {
    const tier = detail?.ok && detail.tier ? TIER_LABEL[detail.tier] : undefined;
    zh = tier ? `定性完成值“${actual}”属于“${tier.zh}”` : `定性完成值“${actual}”`;
    en = tier ? `qualitative actual "${actual}" is "${tier.en}"` : `qualitative actual "${actual}"`;
  } else if (f.met === false) {
    const over = f.op === '<=' || f.op === '<';
    const note = readingNote(f);
    zh = `完成值 ${actual} ${over ? '超过' : '未达到'}指标值 ${target}${note.zh}`;
    en = `actual ${inEnglish(actual)} ${over ? 'exceeds' : 'misses'} the target ${inEnglish(target)}${note.en}`;
  } else {
    const full = f.weight ? weightText(f, places) : '';
    const note = readingNote(f);
    zh = `完成值 ${actual} 已达到指标值 ${target}${note.zh}${full ? `，应得满分 ${full}` : ''}`;
    en = `actual ${inEnglish(actual)} meets the target ${inEnglish(target)}${note.en}${full ? `: full marks ${full}` : ''}`;
  }
  if (f.weightInferred && f.weight) {
    const from = f.weightInferred === 'block' ? { zh: '按块分值', en: 'the block total' } : { zh: '按应得总分', en: 'the expected total' };
    zh += `（表中未列权重，${from.zh}推算为 ${weightText(f, places)}）`;
    en += ` (no weight column: ${weightText(f, places)} inferred from ${from.en})`;
  }
  if (basis && f.met === false) {
    zh += `（${workedAt(basis.zh, f.decimals)}）`;
    en += ` (${workedAt(basis.en, f.decimals)})`;
  }
  return { zh, en };
}

function blockFindings(table: IndicatorTable, profile: Profile): Finding[] {
  const facts = factsOf(table, profile);
  const places = facts.scorePlaces;
  return facts.blockWeightIssues.map((issue) => {
    const stated = figure(issue.stated, places);
    const implied = apart(issue.impliedSum, places, issue.stated, stated);
    const where = issue.block
      ? { zh: `“${issue.block.label.replace(/\s+/g, '')}”共 ${stated} 分`, en: `"${issue.block.label.replace(/\s+/g, '')}" is worth ${stated}` }
      : { zh: `各指标合计应为 ${stated} 分`, en: `The indicators should be worth ${stated}` };
    return finding(PERF021, table, {
      cells: issue.indicators.map((i) => i.score?.ref.address ?? ''),
      message: {
        zh: `${where.zh}（表中未列权重），但各指标得分按完成情况推算的权重合计为 ${implied}：至少一项得分有误`,
        en: `${where.en} (no weight column), but the weights the scores imply add up to ${implied}: at least one score is wrong`,
      },
      expected: stated,
      found: implied,
    });
  });
}

export const PERF021: Rule = {
  id: 'PERF021',
  severity: 'error',
  title: { zh: '得分与计算结果不符', en: 'Score differs from the computed score' },
  why: {
    zh: '得分须按计分规则由指标值、完成值和权重算出；未完成却给满分、完成了却扣分，都会被财政评审退回。',
    en: 'A score must follow from the target, actual and weight; full marks for a miss, or a deduction for a hit, gets the form sent back.',
  },
  how: {
    zh: '按计分规则改正得分（正向：权重 × 完成值 ÷ 指标值，最高为权重；反向：权重 × 指标值 ÷ 完成值），或核对完成值。',
    en: 'Correct the score by the rule (≥: weight × actual ÷ target, at most the weight; ≤: weight × target ÷ actual), or check the actual.',
  },
  check({ table, profile }) {
    const facts = factsOf(table, profile);
    const out: Finding[] = [];
    for (const f of facts.indicators) {
      const { indicator } = f;
      const scoreCell = indicator.score;
      if (!scoreCell || f.score === undefined || f.computed === undefined || !indicator.applicable) continue;
      // Most rows state exactly the computed score: skip the precision test for them. (Full marks for a
      // miss are compared at the profile's precision, facts.decimals: wrong at any precision.)
      if (f.score.eq(f.computed) || matchesAtDisplayedPrecision(f.score, f.computed, f.decimals)) continue;
      const found = cellFigure(scoreCell);
      const expected = apart(f.computed, f.decimals, f.score, found);
      const why = reason(f, profile, facts.scorePlaces);
      const name = nameOf(indicator);
      const computedValue = f.computed.toDecimalPlaces(f.decimals, Decimal.ROUND_HALF_UP);
      out.push(
        finding(PERF021, table, {
          cells: [scoreCell.ref.address],
          row: indicator.row,
          message: {
            zh: `指标${name.zh}得分 ${found} 与计算得分 ${expected} 不符：${why.zh}`,
            en: `Indicator ${name.en}: score ${found} differs from the computed ${expected}: ${why.en}`,
          },
          expected,
          found,
          fix: {
            description: { zh: `得分改为 ${expected}`, en: `Set the score to ${expected}` },
            changes: [change(table.sheet, scoreCell, cellNumber(computedValue))],
          },
        }),
      );
    }
    out.push(...blockFindings(table, profile));
    return out;
  },
};
