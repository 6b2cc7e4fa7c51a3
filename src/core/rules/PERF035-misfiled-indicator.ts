// PERF035: an indicator filed under the wrong category — only the unambiguous satisfaction mismatch:
// a name that measures no satisfaction under a 满意度 category (整编资料审核 under 服务对象满意度指标),
// or a satisfaction measure (…满意度, …满意率) under 产出 or under 经济/生态效益/可持续影响. Older
// templates (and Hunan's 评分表) list 满意度 under 效益 or 社会效益: those stay silent.
import type { Finding, Rule } from '../findings/types';
import type { Indicator, TextField } from '../model/types';
import { factsOf } from './support/facts';
import { finding } from './support/finding';
import { foldText, keyOfNormalised, nameOf, quote } from './support/text';

/** Words of a satisfaction measure (beyond 满意: recognition, praise, complaints, trust). */
const SATISFACTION_WORDS = /满意|认可|好评|投诉|评价|认同|信任|获得感|幸福感|安全感|口碑|满足/;
/** A name that measures satisfaction: it ends in 满意度 / 满意率 (not 满意度调查次数). */
const MEASURES_SATISFACTION = /满意(度|率)$/;
/** Second levels that are clearly not about satisfaction, inside 效益. */
const OTHER_BENEFIT = /经济效益|生态效益|可持续/;

function folded(field: TextField | undefined): string {
  return field ? foldText(field.text) : '';
}

/** The category cell that says 满意度, if the row is filed under satisfaction. */
function satisfactionCategory(i: Indicator): TextField | undefined {
  if (i.level2 && folded(i.level2).includes('满意')) return i.level2;
  if (i.block === 'satisfaction') return i.level2 ?? i.level1;
  return undefined;
}

/** The category cell of a row filed under 产出 or a clearly non-satisfaction 效益 sub-category. */
function otherCategory(i: Indicator): TextField | undefined {
  if (folded(i.level1).includes('满意') || folded(i.level2).includes('满意')) return undefined;
  if (i.block === 'output' || i.block === 'cost') return i.level2 ?? i.level1;
  if (i.block === 'benefit' && i.level2 && OTHER_BENEFIT.test(folded(i.level2))) return i.level2;
  return undefined;
}

function label(field: TextField): string {
  return quote(field.text.replace(/\s+/g, ''), 20);
}

export const PERF035: Rule = {
  id: 'PERF035',
  severity: 'warning',
  title: { zh: '指标归类错误', en: 'Indicator filed under the wrong category' },
  why: {
    zh: '满意度指标衡量服务对象的评价，产出、效益指标衡量工作本身：归错类会使分块得分失真，评审会要求调整。',
    en: 'Satisfaction indicators measure how those served judge the work; output and benefit indicators measure the work itself. A misfiled row distorts the block scores.',
  },
  how: {
    zh: '把该指标移到相应的一级/二级指标下，或在原类别下填写真正的满意度（或产出、效益）指标。',
    en: 'Move the indicator under the right category, or put a real satisfaction (or output, benefit) indicator in its place.',
  },
  check({ table, profile }) {
    const out: Finding[] = [];
    for (const f of factsOf(table, profile).indicators) {
      const i = f.indicator;
      if (!i.name) continue;
      const key = keyOfNormalised(f.name).replace(/[(（][^)）]*[)）]/g, '');
      const satisfaction = satisfactionCategory(i);
      if (satisfaction && !SATISFACTION_WORDS.test(key)) {
        const name = nameOf(i);
        out.push(
          finding(PERF035, table, {
            cells: [i.name.ref.address, satisfaction.ref.address],
            row: i.row,
            message: {
              zh: `指标${name.zh}归在“${label(satisfaction)}”下，但它不是满意度指标`,
              en: `Indicator ${name.en} is filed under "${label(satisfaction)}", but it measures no satisfaction`,
            },
          }),
        );
        continue;
      }
      const other = MEASURES_SATISFACTION.test(key) ? otherCategory(i) : undefined;
      if (other) {
        const name = nameOf(i);
        out.push(
          finding(PERF035, table, {
            cells: [i.name.ref.address, other.ref.address],
            row: i.row,
            message: {
              zh: `满意度指标${name.zh}归在“${label(other)}”下，应归入满意度指标`,
              en: `Satisfaction indicator ${name.en} is filed under "${label(other)}"; it belongs under satisfaction`,
            },
          }),
        );
      }
    }
    return out;
  },
};
