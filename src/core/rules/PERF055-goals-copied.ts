// PERF055: the goals block's actual-completion text is a copy of the target text (永德: 预期目标 and
// 实际完成情况 identical; the seed: 全年目标实际完成情况 = 年初绩效目标). Compared after normalising
// spaces, width, traditional characters and punctuation. Identical initial and adjusted goals alone are
// normal (no adjustment during the year) and are not compared.
import type { Rule } from '../findings/types';
import type { TextField } from '../model/types';
import { finding } from './support/finding';
import { foldText, hasText, quote } from './support/text';

/** Shorter texts ('完成', '是') are not a description that could be copied. */
const MIN_LENGTH = 4;

function comparable(field: TextField | undefined): string | undefined {
  if (!field || !hasText(field)) return undefined;
  const key = foldText(field.text).replace(/[\s\p{P}]/gu, '');
  return key.length >= MIN_LENGTH ? key : undefined;
}

export const PERF055: Rule = {
  id: 'PERF055',
  severity: 'warning',
  title: { zh: '完成情况照抄绩效目标', en: 'Completion text copies the goals' },
  why: {
    zh: '实际完成情况应写明做了什么、完成多少（数量、质量、时效），照抄目标原文说明没有真正自评，评审会退回。',
    en: 'The completion text should say what was done and how much; a copy of the goals shows no real self-evaluation and reviewers send it back.',
  },
  how: {
    zh: '按目标逐条写出实际完成情况，给出数字（如“救助 87 人次，资金 30 万元”），未完成的写明原因。',
    en: 'Describe the completion goal by goal, with figures (e.g. "87 people helped, 300,000 yuan"), and the reasons for anything not done.',
  },
  check({ table }) {
    const goals = table.goals;
    const achieved = comparable(goals?.achieved);
    if (!goals?.achieved || achieved === undefined) return [];
    const copied = [goals.initial, goals.adjusted].find((g) => comparable(g) === achieved);
    if (!copied) return [];
    const said = quote(goals.achieved.text, 30);
    const source = copied === goals.initial ? { zh: "绩效目标", en: "the goals" } : { zh: '调整后目标', en: 'the adjusted goals' };
    return [
      finding(PERF055, table, {
        cells: [goals.achieved.ref.address, copied.ref.address],
        message: {
          zh: `实际完成情况“${said}”与${source.zh}（${copied.ref.address}）文字完全相同，未写明实际完成了什么`,
          en: `The completion text "${said}" is word for word ${source.en} (${copied.ref.address}): it does not say what was done`,
        },
      }),
    ];
  },
};
