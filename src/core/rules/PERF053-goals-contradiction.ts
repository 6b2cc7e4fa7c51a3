// PERF053: the goals text promises one thing and an indicator allows another: the goals say there
// will be no accidents (无一例, 杜绝, 零) while the indicator allows ≤ 1; or they say 100% while the
// indicator asks only ≥ 90%.
import Decimal from 'decimal.js';
import type { Finding, Rule } from '../findings/types';
import type { TextField } from '../model/types';
import { factsOf, numberOf, type IndicatorFacts } from './support/facts';
import { finding, plain } from './support/finding';
import { foldText, keyOfNormalised, nameOf, quote, shownTarget } from './support/text';

const HUNDRED = new Decimal(100);
const ONE = new Decimal(1);
/** Clauses of a goals text: numbered items and sentences. */
const CLAUSE_BREAK = /[；;。，,！!？?\n]|\d+[、．]/;
/** A promise of zero right before the measure ('无一例安全生产责任事故', '杜绝…'). */
const ZERO_BEFORE = /(无一例|无一起|无|杜绝|零|不发生|未发生|不出现|避免发生)$/;
/** …or right after it ('安全生产责任事故为零', '…零发生', '…0起'). */
const ZERO_AFTER = /^(为?零|为?0(起|次|例|件|人)?(?![\d.])|零发生|不发生|未发生)/;
/** A promise of full completion anywhere in the clause. */
const FULL = /100%|百分之百|全覆盖|全部覆盖/;
/** Measure words after the thing measured: '安全生产责任事故发生次数' is about '安全生产责任事故'. */
const MEASURE_SUFFIX = /(发生次数|发生起数|发生数|发生率|次数|起数|件数|数量|人数|数)$/;
const MIN_KEY = 4;

function keyOf(f: IndicatorFacts): string | undefined {
  if (!f.indicator.name) return undefined;
  const key = keyOfNormalised(f.name).replace(/[(（][^)）]*[)）]/g, '').replace(MEASURE_SUFFIX, '');
  return key.length >= MIN_KEY ? key : undefined;
}

interface Clause {
  readonly text: string;
  readonly field: TextField;
}

function clausesOf(fields: ReadonlyArray<TextField | undefined>): Clause[] {
  const seen = new Set<string>();
  const out: Clause[] = [];
  for (const field of fields) {
    if (!field) continue;
    for (const part of field.text.split(CLAUSE_BREAK)) {
      const text = foldText(part);
      if (text.length < MIN_KEY || seen.has(text)) continue;
      seen.add(text);
      out.push({ text, field });
    }
  }
  return out;
}

function promisesZero(clause: string, key: string, at: number): boolean {
  return ZERO_BEFORE.test(clause.slice(Math.max(0, at - 6), at)) || ZERO_AFTER.test(clause.slice(at + key.length, at + key.length + 8));
}

export const PERF053: Rule = {
  id: 'PERF053',
  severity: 'warning',
  title: { zh: '绩效目标与指标矛盾', en: 'Goals contradict an indicator' },
  why: {
    zh: '绩效目标是指标的依据：目标写“无一例事故”而指标允许 1 起，或目标写 100% 而指标只要求 90%，评审会认为指标放低了标准。',
    en: 'Indicators must carry out the goals: a goal of no accidents with an indicator allowing one, or 100% against ≥90%, reads as a lowered bar.',
  },
  how: {
    zh: '使指标值与绩效目标一致（如改为 ≤0 次或 =100%），或修改目标表述。',
    en: 'Make the target match the goal (e.g. ≤0 or =100%), or reword the goal.',
  },
  check({ table, profile }) {
    const goals = table.goals;
    if (!goals) return [];
    const clauses = clausesOf([goals.initial, goals.adjusted, goals.achieved]);
    if (clauses.length === 0) return [];
    const out: Finding[] = [];
    for (const f of factsOf(table, profile).indicators) {
      const { indicator } = f;
      const target = numberOf(indicator.target);
      if (!target || !indicator.applicable || !indicator.target) continue;
      const allowsSome = (f.op === '<=' && target.isPositive() && !target.isZero()) || (f.op === '<' && target.gt(ONE));
      const asksLess = (f.op === '>=' || f.op === '>') && f.rate && target.lt(HUNDRED);
      if (!allowsSome && !asksLess) continue;
      const key = keyOf(f);
      if (!key) continue;
      for (const clause of clauses) {
        const at = clause.text.indexOf(key);
        if (at < 0) continue;
        const rest = clause.text.slice(0, at) + clause.text.slice(at + key.length);
        const zero = allowsSome && promisesZero(clause.text, key, at);
        const full = asksLess && FULL.test(rest);
        if (!zero && !full) continue;
        const name = nameOf(indicator);
        const said = quote(clause.text, 30);
        const allowed = shownTarget(f.op, indicator.target);
        out.push(
          finding(PERF053, table, {
            cells: [indicator.target.ref.address, clause.field.ref.address],
            row: indicator.row,
            message: zero
              ? {
                  zh: `绩效目标写明“${said}”，但指标${name.zh}允许 ${allowed}`,
                  en: `The goals say "${said}" (none at all), but indicator ${name.en} allows ${allowed}`,
                }
              : {
                  zh: `绩效目标写明“${said}”，但指标${name.zh}只要求 ${allowed}`,
                  en: `The goals say "${said}" (100%), but indicator ${name.en} asks only ${allowed}`,
                },
            expected: zero ? '0' : '100',
            found: plain(target),
          }),
        );
        break;
      }
    }
    return out;
  },
};
