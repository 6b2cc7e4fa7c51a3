// PERF002: the same indicator listed twice in one table (counted twice in the weights).
import type { Finding, Rule } from '../findings/types';
import type { Indicator } from '../model/types';
import { finding } from './support/finding';
import { factsOf } from './support/facts';
import { keyOfNormalised, nameOf } from './support/text';

export const PERF002: Rule = {
  id: 'PERF002',
  severity: 'warning',
  title: { zh: '指标名称重复', en: 'Indicator listed twice' },
  why: {
    zh: '同一指标出现两次会重复计分，评审时会被认为凑指标。',
    en: 'An indicator listed twice is scored twice, and reviewers read it as padding.',
  },
  how: {
    zh: '删除重复的一行并把权重并入另一行，或把名称改为能区分两者的写法。',
    en: 'Delete the repeated row and move its weight to the other, or rename both so they differ.',
  },
  check({ table, profile }) {
    const first = new Map<string, Indicator>();
    const out: Finding[] = [];
    for (const f of factsOf(table, profile).indicators) {
      const { indicator } = f;
      if (!indicator.name || !indicator.applicable) continue;
      const key = keyOfNormalised(f.name);
      if (key === '') continue;
      // Hubei goal blocks 1 and 2 are separate goals: the same name in each is not a repeat.
      const scoped = `${indicator.goalBlock ?? 0}|${key}`;
      const earlier = first.get(scoped);
      if (!earlier) {
        first.set(scoped, indicator);
        continue;
      }
      const name = nameOf(indicator);
      out.push(
        finding(PERF002, table, {
          cells: [indicator.name.ref.address, earlier.name?.ref.address ?? ''],
          row: indicator.row,
          message: {
            zh: `指标${name.zh}与第 ${earlier.row} 行重复`,
            en: `Indicator ${name.en} repeats row ${earlier.row}`,
          },
        }),
      );
    }
    return out;
  },
};
