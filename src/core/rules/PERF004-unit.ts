// PERF004: a quantitative indicator with no unit, or with a number typed where the unit belongs.
import type { Finding, Rule } from '../findings/types';
import { normalizeText } from '../scoring';
import type { ParsedValue } from '../model/types';
import { factsOf, type IndicatorFacts } from './support/facts';
import { compactCells, finding, isTableWide } from './support/finding';
import { inEnglish, nameOf, quote } from './support/text';
import { ofMany } from '../findings/english';

const NUMBER_ONLY = /^[+-]?\d+(\.\d+)?$/;
/** A unit in brackets at the end of a name or a header: '(万美元)', '（%）', '（人次）'. */
const UNIT_IN_BRACKETS = /[(（]\s*(?:%|％|[^()（）\d]{1,6})\s*[)）]\s*$/;
/** Names whose unit is implied: a rate or share (%), a count (数量, 人数, …数). */
const PERCENT_NAME = /(?:率|满意度|占比|比例|比重)$/;
const COUNT_NAME = /数量?$/;
/** …数 that is no count: an index, a coefficient, a score, a multiple. */
const NOT_COUNT = /(?:指数|系数|分数|倍数)$/;
/** A rate by its name (签约率, 覆盖率), for the count-unit test. */
const RATE_NAME = /率$/;
/** Units that count heads or times, never a rate. */
const COUNT_UNITS = new Set(['人', '人次', '户', '次', '个', '例', '家', '种', '项', '场', '期', '名', '所', '座', '辆', '台', '套', '件', '份']);

function countUnitOf(value: ParsedValue | undefined): string | undefined {
  const unit = value?.unit?.trim();
  return unit !== undefined && COUNT_UNITS.has(unit) ? unit : undefined;
}

/** Has the value a unit of its own: '95%', '26次', a %-formatted cell. */
function valueUnit(v: ParsedValue | undefined): boolean {
  return v !== undefined && (v.percent || (v.unit !== undefined && v.unit !== ''));
}

/**
 * A unit found somewhere other than the unit column: in the figures, in the name ('(万美元)'), or
 * implied by the name (a …率 or 满意度 → %, a …数量 / …数 with whole figures → a count).
 */
function unitFound(f: IndicatorFacts): boolean {
  const { indicator } = f;
  if (valueUnit(indicator.target) || valueUnit(indicator.actual)) return true;
  const name = f.name.replace(/[★☆*]+$/, '');
  if (UNIT_IN_BRACKETS.test(name)) return true;
  if (PERCENT_NAME.test(name)) return true;
  const whole = (v: ParsedValue | undefined) => v === undefined || v.kind !== 'number' || (v.number !== undefined && v.number.isInteger());
  return COUNT_NAME.test(name) && !NOT_COUNT.test(name) && whole(indicator.target) && whole(indicator.actual);
}

export const PERF004: Rule = {
  id: 'PERF004',
  severity: 'warning',
  title: { zh: '计量单位缺失或填写错误', en: 'Unit missing or wrong' },
  why: {
    zh: '没有单位（或单位处填了数字），读者无法判断指标值是次数、金额还是百分比。',
    en: 'Without a unit (or with a number in its place) a reader cannot tell a count from an amount or a percentage.',
  },
  how: {
    zh: '在计量单位列填写单位，如“%”“次”“万元”。',
    en: 'Write the unit in the unit column, e.g. "%", "次", "万元".',
  },
  check({ table, profile }) {
    const facts = factsOf(table, profile);
    const out: Finding[] = [];
    const missing: IndicatorFacts[] = [];
    let considered = 0;
    const headerUnit = UNIT_IN_BRACKETS.test(table.columns.target?.header ?? '') || UNIT_IN_BRACKETS.test(table.columns.actual?.header ?? '');
    for (const f of facts.indicators) {
      const { indicator } = f;
      if (indicator.qualitative || f.op === 'qual' || !indicator.applicable) continue;
      const numeric = indicator.target?.kind === 'number' || indicator.actual?.kind === 'number';
      if (!numeric) continue;
      considered++;
      const written = indicator.unit?.text ?? '';
      // Only a unit with digits can be a number in disguise ('１００'): normalise just those.
      const unitText = /[\d\uFF10-\uFF19]/.test(written) ? normalizeText(written) : written.trim();
      if (unitText !== '' && (typeof indicator.unit?.raw === 'number' || NUMBER_ONLY.test(unitText))) {
        const name = nameOf(indicator);
        out.push(
          finding(PERF004, table, {
            cells: [indicator.unit?.ref.address ?? ''],
            row: indicator.row,
            message: {
              zh: `指标${name.zh}的计量单位填的是数字“${quote(unitText, 12)}”，不是单位`,
              en: `Indicator ${name.en}: the unit cell holds the number "${quote(unitText, 12)}", not a unit`,
            },
            found: unitText,
          }),
        );
        continue;
      }
      const countUnit = countUnitOf(indicator.target) ?? countUnitOf(indicator.actual);
      if (countUnit !== undefined && RATE_NAME.test(f.name) && !indicator.target?.percent && !indicator.actual?.percent) {
        // A rate measured in heads or times: the name and the figures say different things.
        const name = nameOf(indicator);
        out.push(
          finding(PERF004, table, {
            cells: [indicator.target?.ref.address ?? '', indicator.actual?.ref.address ?? ''],
            row: indicator.row,
            message: {
              zh: `指标${name.zh}名为“率”，指标值却以“${countUnit}”计（${quote(indicator.target?.text ?? '', 12)}）：应填写百分比，或改用数量指标的名称`,
              en: `Indicator ${name.en} is named a rate, but its figures are counted in "${countUnit}" (${inEnglish(quote(indicator.target?.text ?? '', 12))}): give a percentage, or name it as a count`,
            },
            found: countUnit,
          }),
        );
        continue;
      }
      if (unitText !== '' || headerUnit || unitFound(f)) continue;
      missing.push(f);
    }
    const column = table.columns.unit;
    const cellOf = (f: IndicatorFacts) => (column ? `${column.letter}${f.indicator.row}` : (f.indicator.target?.ref.address ?? ''));
    if (!column && isTableWide(missing.length, considered)) {
      // No unit column and no unit on most rows: one problem of the form, reported once.
      out.push(
        finding(PERF004, table, {
          cells: compactCells(missing.map(cellOf)),
          message: {
            zh: `本表没有计量单位列，${missing.length} 个定量指标（共 ${considered} 个）的名称和数值中也没有单位`,
            en: `The table has no unit column, and ${ofMany(missing.length, considered, 'quantitative indicators', 'shows', 'show')} no unit in ${missing.length === 1 ? 'its' : 'their'} name or figures`,
          },
        }),
      );
      return out;
    }
    for (const f of missing) {
      const { indicator } = f;
      const name = nameOf(indicator);
      const target = indicator.target?.kind === 'number' ? indicator.target : undefined;
      const side = target
        ? { zh: '指标值', en: 'target', text: target.text }
        : { zh: '完成值', en: 'actual', text: indicator.actual?.text ?? '' };
      out.push(
        finding(PERF004, table, {
          cells: [cellOf(f)],
          row: indicator.row,
          message: {
            zh: `定量指标${name.zh}没有计量单位（${side.zh} ${quote(side.text, 16)}）`,
            en: `Quantitative indicator ${name.en} has no unit (${side.en} ${inEnglish(quote(side.text, 16))})`,
          },
        }),
      );
    }
    return out;
  },
};
