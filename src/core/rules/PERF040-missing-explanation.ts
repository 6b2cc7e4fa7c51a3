// PERF040: an indicator not fully met (score below weight, or actual failing the target) with no
// explanation; also, where the profile asks for one (Sichuan), budget execution below its threshold.
import Decimal from 'decimal.js';
import type { Finding, Rule } from '../findings/types';
import type { IndicatorTable } from '../model/types';
import type { Profile } from '../profile/types';
import { factsOf, type IndicatorFacts } from './support/facts';
import { rateCell } from './support/budget';
import { finding } from './support/finding';
import { apart, cellFigure, DEFAULT_PLACES, figure } from './support/numbers';
import { hasText, inEnglish, nameOf, readingNote, shown, shownTarget } from './support/text';

const HUNDRED = new Decimal(100);

/** Where the explanation goes: the row's note cell, else the form's explanation block. */
function noteCell(table: IndicatorTable, f: IndicatorFacts): string {
  const { indicator } = f;
  if (indicator.note) return indicator.note.ref.address;
  if (table.columns.note) return `${table.columns.note.letter}${indicator.row}`;
  return table.explanation?.ref.address ?? indicator.score?.ref.address ?? indicator.name?.ref.address ?? '';
}

function budgetFinding(table: IndicatorTable, profile: Profile): Finding[] {
  if (profile.budgetReasonBelow === undefined) return [];
  const budget = factsOf(table, profile).budget;
  const main = budget?.main;
  if (!budget?.result || !main) return [];
  const threshold = new Decimal(profile.budgetReasonBelow);
  const pct = budget.result.rate.times(HUNDRED);
  if (!pct.lt(threshold) || hasText(main.note) || hasText(table.explanation)) return [];
  // The rate at the decimals its cell shows (2 when the form has no rate cell), the threshold as the profile writes it.
  const shownRate = main.rate ? rateCell(main, profile) : undefined;
  const rate = apart(pct, shownRate?.decimals ?? DEFAULT_PLACES, threshold, figure(threshold, threshold.decimalPlaces()));
  return [
    finding(PERF040, table, {
      cells: [main.note?.ref.address ?? main.rate?.ref.address ?? main.label.ref.address],
      row: main.label.ref.row,
      message: {
        zh: `预算执行率 ${rate}% 低于 ${figure(threshold, threshold.decimalPlaces())}%，但没有说明原因`,
        en: `Budget execution ${rate}% is below ${figure(threshold, threshold.decimalPlaces())}% with no reason given`,
      },
      // No expected/found: a reason is missing; the rate and the threshold are in the message.
    }),
  ];
}

export const PERF040: Rule = {
  id: 'PERF040',
  severity: 'error',
  title: { zh: '未完成指标没有说明原因', en: 'Shortfall without an explanation' },
  why: {
    zh: '未完全达成（扣分或完成值未达目标）的指标必须说明偏差原因和改进措施，这是自评审核的必查项。',
    en: 'Every indicator not fully met (docked, or missing its target) needs the reason and the remedy: reviewers always check it.',
  },
  how: {
    zh: '在说明（偏差原因分析及改进措施）栏写明未完成的原因和改进措施。',
    en: 'Write the reason for the shortfall and the planned remedy in the note column ("偏差原因分析及改进措施", reasons for the deviation and remedies).',
  },
  check({ table, profile }) {
    const facts = factsOf(table, profile);
    const out: Finding[] = [];
    // A form with neither a 说明 column nor an explanation block (Chongqing's 是否核心指标 layout)
    // has nowhere to write a reason: asking for one there would only be noise.
    const hasPlace = table.columns.note !== undefined || table.explanation !== undefined;
    for (const f of hasPlace ? facts.indicators : []) {
      const { indicator } = f;
      if (!indicator.applicable || f.explained) continue;
      const docked = f.score !== undefined && f.weight !== undefined && f.score.lt(f.weight);
      const missed = f.met === false;
      if (!docked && !missed) continue;
      const name = nameOf(indicator);
      const parts: string[] = [];
      const partsEn: string[] = [];
      if (missed && indicator.actual) {
        const note = readingNote(f);
        parts.push(`完成值 ${shown(indicator.actual)}，指标值 ${shownTarget(f.op, indicator.target)}${note.zh}`);
        partsEn.push(`actual ${inEnglish(shown(indicator.actual))}, target ${inEnglish(shownTarget(f.op, indicator.target))}${note.en}`);
      }
      if (f.score !== undefined && f.weight !== undefined && f.score.lt(f.weight)) {
        const score = cellFigure(indicator.score);
        const weight = f.weightInferred || !indicator.weight ? figure(f.weight, facts.scorePlaces) : cellFigure(indicator.weight);
        parts.push(`得分 ${score}／权重 ${weight}`);
        partsEn.push(`score ${score} of ${weight}`);
      }
      out.push(
        finding(PERF040, table, {
          cells: [noteCell(table, f), indicator.name?.ref.address ?? ''],
          row: indicator.row,
          message: {
            zh: `指标${name.zh}未完全达成（${parts.join('；')}），但没有说明偏差原因`,
            en: `Indicator ${name.en} is not fully met (${partsEn.join('; ')}) and no reason is given`,
          },
          // No expected/found: a reason is missing; weight and score are not an expected and a found value.
        }),
      );
    }
    out.push(...budgetFinding(table, profile));
    return out;
  },
};
