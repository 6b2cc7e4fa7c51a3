// PERF041: an actual far above a ≥ target (150% by default) with no explanation: the target may
// have been set too low to be meaningful.
import Decimal from 'decimal.js';
import type { Finding, Rule } from '../findings/types';
import { factsOf } from './support/facts';
import { finding, plain } from './support/finding';
import { alignedPair } from './support/ratio';
import { inEnglish, nameOf, shown, shownTarget } from './support/text';

const HUNDRED = new Decimal(100);

export const PERF041: Rule = {
  id: 'PERF041',
  severity: 'warning',
  title: { zh: '大幅超额完成未说明', en: 'Large over-achievement unexplained' },
  why: {
    zh: '完成值远超目标，往往说明目标定得过低；评审会要求说明原因，并在下年调整目标。',
    en: 'An actual far beyond the target usually means the target was set too low; reviewers ask why and expect next year\'s target to change.',
  },
  how: {
    zh: '在说明栏写明超额原因；下年度按实际水平设定指标值。',
    en: 'Explain the surplus in the note column; set next year\'s target at the level actually reached.',
  },
  check({ table, profile }) {
    const limit = new Decimal(profile.overAchievementRatio);
    const facts = factsOf(table, profile);
    const out: Finding[] = [];
    for (const f of facts.indicators) {
      const { indicator } = f;
      if ((f.op !== '>=' && f.op !== '>') || f.explained || !indicator.applicable) continue;
      const pair = alignedPair(indicator.target, indicator.actual);
      if (!pair || !pair.target.isPositive() || pair.target.isZero()) continue;
      if (pair.actual.lt(pair.target.times(limit))) continue;
      const ratio = pair.actual.div(pair.target);
      const name = nameOf(indicator);
      const pct = plain(ratio.times(HUNDRED).toDecimalPlaces(0, Decimal.ROUND_HALF_UP));
      const threshold = plain(limit.times(HUNDRED));
      out.push(
        finding(PERF041, table, {
          cells: [indicator.actual?.ref.address ?? '', indicator.target?.ref.address ?? ''],
          row: indicator.row,
          message: {
            zh: `指标${name.zh}完成值 ${shown(indicator.actual)} 是指标值 ${shownTarget(f.op, indicator.target)} 的 ${pct}%（≥${threshold}%），但没有说明：指标值可能定得过低`,
            en: `Indicator ${name.en}: the actual ${inEnglish(shown(indicator.actual))} is ${pct}% of the target ${inEnglish(shownTarget(f.op, indicator.target))} (≥${threshold}%) with no note: the target may be too low`,
          },
          expected: plain(pair.target),
          found: plain(pair.actual),
        }),
      );
    }
    return out;
  },
};
