// PERF036: a whole 一级指标 listed with no indicator under it (黄冈 goal 2: 效益指标 / 社会效益指标 and
// 满意度指标 / 服务对象满意度指标 rows with an empty 三级 and no values). The template lists every
// category, so one empty 二级 inside a 一级 that has indicators (永德's 生态效益指标, for a unit with no
// ecological effect) is normal and stays silent: only a 一级 with no indicator at all is reported, and
// not when its rows say why (a note such as 本年度无此类指标).
import type { Finding, Rule } from '../findings/types';
import type { EmptyCategory, TextField } from '../model/types';
import { finding } from './support/finding';
import { hasText, inEnglish, quote } from './support/text';

function label(field: TextField): string {
  return quote(field.text.replace(/\s+/g, ''), 20);
}

export const PERF036: Rule = {
  id: 'PERF036',
  severity: 'warning',
  title: { zh: '一级指标下没有指标', en: 'Category with no indicator' },
  why: {
    zh: '列出了一级指标却没有任何三级指标，说明该方面的绩效目标没有设置或漏填，分块得分也无从计算。',
    en: 'A category listed with no indicator under it means the goals of that aspect were never set or were left out, and the block cannot be scored.',
  },
  how: {
    zh: '在该一级指标下填写至少一个可衡量的三级指标（指标值、完成值、分值、得分）；确实不适用的，删去该行并说明。',
    en: 'Add at least one measurable indicator (target, actual, weight, score) under the category; if it truly does not apply, remove the row and say why.',
  },
  check({ table }) {
    const empty = table.emptyCategories ?? [];
    if (empty.length === 0) return [];
    // A 一级 block is known by the cell its label was read from; it has indicators if any row carries it.
    const withIndicators = new Set<string>();
    for (const i of table.indicators) if (i.level1) withIndicators.add(i.level1.ref.address);
    const blocks = new Map<string, { level1: TextField; rows: EmptyCategory[] }>();
    for (const c of empty) {
      if (!c.level1 || withIndicators.has(c.level1.ref.address)) continue;
      const key = c.level1.ref.address;
      const block = blocks.get(key);
      if (block) block.rows.push(c);
      else blocks.set(key, { level1: c.level1, rows: [c] });
    }
    const out: Finding[] = [];
    for (const { level1, rows } of blocks.values()) {
      if (rows.some((r) => hasText(r.note))) continue;
      const seconds = rows.map((r) => r.level2).filter((l): l is TextField => l !== undefined);
      const under = seconds.length > 0 ? `（${seconds.map(label).join('、')}）` : '';
      const underEn = seconds.length > 0 ? ` (${seconds.map((s) => inEnglish(label(s))).join(', ')})` : '';
      out.push(
        finding(PERF036, table, {
          cells: [level1.ref.address, ...seconds.map((s) => s.ref.address)],
          row: rows[0].row,
          message: {
            zh: `一级指标“${label(level1)}”${under}下没有任何指标（第 ${rows.map((r) => r.row).join('、')} 行只有类别名称）`,
            en: `Category "${label(level1)}"${underEn} holds no indicator (row ${rows.map((r) => r.row).join(', ')} has only the category labels)`,
          },
        }),
      );
    }
    return out;
  },
};
