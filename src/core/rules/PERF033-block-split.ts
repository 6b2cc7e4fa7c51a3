// PERF033: a block's weights differ from the total in its label (产出指标（50分） holding 60), the
// section label's points differ from what it holds (年度绩效目标（80分） over 60 + 40), or the split
// across blocks departs from the profile's standard (50/30/10/10 nationally).
import Decimal from 'decimal.js';
import type { Finding, Rule } from '../findings/types';
import type { BlockKind, IndicatorTable } from '../model/types';
import type { Profile } from '../profile/types';
import { factsOf, numberOf } from './support/facts';
import { finding } from './support/finding';
import { figure, placesOf } from './support/numbers';
import { plural, points } from '../findings/english';

type SplitKey = 'output' | 'benefit' | 'satisfaction' | 'budget';
const SPLIT_KEYS: readonly SplitKey[] = ['output', 'benefit', 'satisfaction', 'budget'];
const KIND_OF: Readonly<Partial<Record<BlockKind, SplitKey>>> = {
  output: 'output',
  cost: 'output', // 成本指标 counts toward 产出 in the 2020 template's 50 points
  benefit: 'benefit',
  satisfaction: 'satisfaction',
  budget: 'budget',
};
const LABEL: Readonly<Record<SplitKey, { zh: string; en: string }>> = {
  output: { zh: '产出', en: 'output' },
  benefit: { zh: '效益', en: 'benefit' },
  satisfaction: { zh: '满意度', en: 'satisfaction' },
  budget: { zh: '预算执行', en: 'budget' },
};

/** Weights and their sums read at the decimals the weight cells show. */
function weightText(table: IndicatorTable): (value: Decimal) => string {
  const places = placesOf(table.indicators.map((i) => i.weight));
  return (value) => figure(value, places);
}

function blockTotals(table: IndicatorTable): Finding[] {
  const out: Finding[] = [];
  const plain = weightText(table);
  for (const block of table.blocks) {
    if (!block.statedWeight) continue;
    const inside = table.indicators.filter((i) => i.row >= block.firstRow && i.row <= block.lastRow && numberOf(i.weight));
    if (inside.length === 0) continue;
    const sum = inside.reduce((a, i) => a.plus(numberOf(i.weight) as Decimal), new Decimal(0));
    if (sum.eq(block.statedWeight)) continue;
    const label = block.label.replace(/\s+/g, '');
    out.push(
      finding(PERF033, table, {
        cells: [block.ref.address],
        message: {
          zh: `“${label}”标明 ${plain(block.statedWeight)} 分，但其下 ${inside.length} 个指标权重合计 ${plain(sum)}`,
          en: `"${label}" states ${points(plain(block.statedWeight))}, but its ${plural(inside.length, 'indicator')} weigh${inside.length === 1 ? 's' : ''} ${plain(sum)}`,
        },
        expected: plain(block.statedWeight),
        found: plain(sum),
      }),
    );
  }
  return out;
}

/**
 * The section label's points (年度绩效目标（80分）) against what it holds: the points its blocks state
 * (产出指标（60分） + 效益指标（40分） = 100), or else the indicators' weights.
 */
function sectionTotal(table: IndicatorTable, profile: Profile): Finding[] {
  const section = table.section;
  if (!section) return [];
  const plain = weightText(table);
  const labelled = table.blocks.filter((b) => b.statedWeight !== undefined);
  const label = section.label.text.replace(/\s+/g, '');
  let sum: Decimal | undefined;
  let what: { zh: string; en: string };
  if (labelled.length > 0 && labelled.length === table.blocks.length) {
    sum = labelled.reduce((a, b) => a.plus(b.statedWeight as Decimal), new Decimal(0));
    const labels = labelled.map((b) => b.label.replace(/\s+/g, ''));
    what = { zh: `其下 ${labels.join(' + ')} 合计 ${plain(sum)} 分`, en: `its blocks ${labels.map((l) => `"${l}"`).join(' + ')} add up to ${plain(sum)}` };
  } else {
    sum = factsOf(table, profile).indicatorWeightSum;
    if (sum === undefined || table.columns.weight === undefined) return [];
    what = { zh: `其下指标权重合计 ${plain(sum)}`, en: `its indicators weigh ${plain(sum)}` };
  }
  if (sum.eq(section.statedWeight)) return [];
  return [
    finding(PERF033, table, {
      cells: [section.label.ref.address, ...labelled.map((b) => b.ref.address)],
      message: {
        zh: `“${label}”标明 ${plain(section.statedWeight)} 分，但${what.zh}`,
        en: `"${label}" states ${points(plain(section.statedWeight))}, but ${what.en}`,
      },
      expected: plain(section.statedWeight),
      found: plain(sum),
    }),
  ];
}

function split(table: IndicatorTable, profile: Profile): Finding[] {
  const standard = profile.standardSplit ?? {};
  const facts = factsOf(table, profile);
  const plain = weightText(table);
  const sums = new Map<SplitKey, Decimal>();
  const cells = new Map<SplitKey, string>();
  // Block sums only when every weighted row sits in a known block (family C has no block labels).
  let known = table.columns.weight !== undefined;
  let summed = 0;
  for (const f of facts.indicators) {
    if (!known) break;
    const w = numberOf(f.indicator.weight);
    if (!w || !f.indicator.applicable) continue;
    const key = KIND_OF[f.indicator.block];
    if (!key) {
      known = false;
      break;
    }
    sums.set(key, (sums.get(key) ?? new Decimal(0)).plus(w));
    summed++;
    if (!cells.has(key)) cells.set(key, f.indicator.level1?.ref.address ?? f.indicator.weight?.ref.address ?? '');
  }
  // Nothing weighted to split (no rows, or every weight empty): 0/0/0 against 50/30/10 is noise.
  if (known && summed === 0) return [];
  if (!known) sums.clear();
  if (facts.budget?.weight) {
    sums.set('budget', (sums.get('budget') ?? new Decimal(0)).plus(facts.budget.weight));
    if (!cells.has('budget')) cells.set('budget', facts.budget.main?.weight?.ref.address ?? facts.budget.main?.label.ref.address ?? '');
  }
  const compared = SPLIT_KEYS.filter((k) => standard[k] !== undefined && (k === 'budget' ? sums.has('budget') : known));
  if (compared.length === 0) return [];
  const differing = compared.filter((k) => !(sums.get(k) ?? new Decimal(0)).eq(new Decimal(standard[k] as string | number)));
  if (differing.length === 0) return [];

  const found = compared.map((k) => plain(sums.get(k) ?? new Decimal(0))).join('/');
  const expected = compared.map((k) => plain(new Decimal(standard[k] as string | number))).join('/');
  const names = { zh: compared.map((k) => LABEL[k].zh).join('/'), en: compared.map((k) => LABEL[k].en).join('/') };
  const odd = differing.map((k) => `${LABEL[k].zh} ${plain(sums.get(k) ?? new Decimal(0))}（标准 ${plain(new Decimal(standard[k] as string | number))}）`);
  const oddEn = differing.map((k) => `${LABEL[k].en} ${plain(sums.get(k) ?? new Decimal(0))} (standard ${plain(new Decimal(standard[k] as string | number))})`);
  return [
    finding(PERF033, table, {
      cells: differing.map((k) => cells.get(k) ?? ''),
      message: {
        zh: `权重分配 ${names.zh} 为 ${found}，与${profile.label.zh}标准 ${expected} 不同：${odd.join('，')}`,
        en:
          compared.length === 1
            ? `The ${names.en} block weighs ${found}, not the ${profile.label.en} standard ${expected}`
            : `The split ${names.en} is ${found}, not the ${profile.label.en} standard ${expected}: ${oddEn.join(', ')}`,
      },
      expected,
      found,
    }),
  ];
}

export const PERF033: Rule = {
  id: 'PERF033',
  severity: 'warning',
  title: { zh: '分块权重与标注或标准不符', en: 'Block weights differ from the label or the standard' },
  why: {
    zh: '一级指标标注的分值要与其下权重一致；全国标准为产出 50、效益 30、满意度 10、预算执行 10，各省可调整。',
    en: 'A block\'s stated points must match its weights; the national split is output 50, benefit 30, satisfaction 10, budget 10 (provinces may adjust it).',
  },
  how: {
    zh: '调整各指标权重使分块合计与标注一致；若本省标准不同，请选用相应的配置。',
    en: 'Adjust the weights so each block adds up to its label; if your province uses another split, choose its profile.',
  },
  check({ table, profile }) {
    return [...sectionTotal(table, profile), ...blockTotals(table), ...split(table, profile)];
  },
};
