// The rules' English: every message over every fixture and every rule's title, why and how carry no
// Chinese outside quoted cell text and glossed grade names; messages with a count agree with it for
// one and for two ("1 indicator", "2 indicators").
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../../src/core/findings/types';
import { gradeGloss, plural, points } from '../../../src/core/findings/english';
import { HUBEI_PROFILE, NATIONAL_PROFILE } from '../../../src/core/profile';
import { recognise } from '../../../src/core/recognise';
import { PERF001, PERF005, PERF033, PERF063, RULES } from '../../../src/core/rules';
import { inEnglish } from '../../../src/core/rules/support/text';
import { readWorkbookFromPath } from '../../../src/hosts/file/node';
import { run } from './support/run';
import { seedTable } from './support/seed';
import { tableOf, type BudgetSpec } from './support/table';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')).sort();
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** English without what may stay Chinese: quoted text (the user's cells, the form's headings) and glossed grades. */
function outsideQuotes(en: string): string {
  return en
    .replace(/"[^"]*"|“[^”]*”/g, '""')
    .replace(/[优良中差] \((excellent|good|fair|poor)\)/g, '');
}

const NOUNS = ['cell', 'indicator', 'source', 'point', 'row', 'finding', 'fix', 'block'];

function pluralProblems(en: string): string[] {
  const out: string[] = [];
  for (const noun of NOUNS) {
    const many = noun === 'fix' ? 'fixes' : `${noun}s`;
    if (new RegExp(`(?<![\\w.])1 ${many}\\b`).test(en)) out.push(`"1 ${many}"`);
    if (new RegExp(`(?<![\\w.])(0|[2-9]|\\d{2,}) ${noun}\\b(?!s)`).test(en)) out.push(`a count above 1 with "${noun}"`);
  }
  if (/\b1 cell write\b|\b1 of \d+ [a-z ]+ have\b/.test(en)) out.push('a verb for many after 1');
  return out;
}

function englishOf(f: Finding): string[] {
  return [f.message.en, ...(f.fix ? [f.fix.description.en] : [])];
}

describe('the helpers', () => {
  it('count, gloss and quote', () => {
    expect([plural(1, 'cell'), plural(2, 'cell'), plural(2, 'fix', 'fixes')]).toEqual(['1 cell', '2 cells', '2 fixes']);
    expect([points('1'), points('2.5'), points('10')]).toEqual(['1 point', '2.5 points', '10 points']);
    expect([gradeGloss('优'), gradeGloss('良'), gradeGloss('合格')]).toEqual(['优 (excellent)', '良 (good)', '合格']);
    expect([inEnglish('37442人'), inEnglish('≥95%'), inEnglish('"完成"')]).toEqual(['"37442人"', '≥95%', '"完成"']);
  });

  it('see Chinese outside quotes and a wrong plural', () => {
    expect(CJK.test(outsideQuotes('actual 37442人 misses the target'))).toBe(true);
    expect(CJK.test(outsideQuotes('actual "37442人" earns 优 (excellent)'))).toBe(false);
    expect(pluralProblems('(1 indicators cannot be checked)')).toHaveLength(1);
    expect(pluralProblems('its 2 indicator weigh')).toHaveLength(1);
    expect(pluralProblems('1 cell write the operator')).toHaveLength(1);
  });
});

describe('every rule\'s own texts', () => {
  it.each(RULES.map((r) => [r.id, r] as const))('%s: title, why and how are English', (_id, rule) => {
    for (const en of [rule.title.en, rule.why.en, rule.how.en]) expect([en, CJK.test(outsideQuotes(en))]).toEqual([en, false]);
  });
});

describe('every rule message over every fixture, in English', () => {
  it.each(fixtures)('%s', async (file) => {
    const recognition = recognise(await readWorkbookFromPath(join(FIXTURES, file)));
    const problems: string[] = [];
    for (const profile of [NATIONAL_PROFILE, HUBEI_PROFILE]) {
      for (const table of recognition.tables) {
        for (const rule of RULES) {
          for (const f of rule.check({ table, tables: recognition.tables, profile })) {
            for (const en of englishOf(f)) {
              if (CJK.test(outsideQuotes(en))) problems.push(`${f.rule}: Chinese outside quotes in «${en}»`);
              for (const p of pluralProblems(en)) problems.push(`${f.rule}: ${p} in «${en}»`);
            }
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('messages with a count, for one and for two', () => {
  const checked = (findings: Finding[]) => {
    expect(findings.length).toBeGreaterThan(0);
    return findings.flatMap(englishOf);
  };

  it('PERF001: 1 indicator, 2 indicators cannot be checked', () => {
    const table = (n: number) =>
      tableOf({ rows: seedTable().indicators.slice(0, n).map((i) => ({ name: i.name?.text, target: 1, actual: 1 })), missingColumns: ['weight'] });
    expect(checked(run(PERF001, table(1)))[0]).toContain('(1 indicator cannot be checked)');
    expect(checked(run(PERF001, table(2)))[0]).toContain('(2 indicators cannot be checked)');
    expect(checked(run(PERF001, table(1)))[0]).toContain('lacks a required column: weight');
  });

  it('PERF005: 1 cell writes, 2 cells write', () => {
    const glyphs = (names: string[]) => seedTable((row) => (names.includes(row.name ?? '') ? { ...row, op: '≧' } : undefined));
    const one = checked(run(PERF005, glyphs(['绿化率'])));
    expect(one[0]).toMatch(/^1 cell writes the operator/);
    expect(one[1]).toMatch(/in 1 cell$/);
    const two = checked(run(PERF005, glyphs(['绿化率', '发展党员对象'])));
    expect(two[0]).toMatch(/^2 cells write the operator/);
    expect(two[1]).toMatch(/in 2 cells$/);
  });

  it('PERF033: a block of 1 indicator weighs, of 2 indicators weigh; 1 point, 2 points', () => {
    const block = (weights: number[], stated: string) =>
      tableOf({
        family: 'A',
        firstRow: 7,
        rows: weights.map((w, i) => ({ level1: '产出指标', name: `指标${i + 1}`, unit: '次', op: '≥', target: 1, weight: w, actual: 1, score: w })),
        blocks: [{ label: `产出指标（${stated}分）`, weight: stated, kind: 'output', firstRow: 7, lastRow: 6 + weights.length }],
      });
    const one = checked(run(PERF033, block([2], '1'))).find((en) => en.includes('states'));
    expect(one).toContain('states 1 point, but its 1 indicator weighs 2');
    const two = checked(run(PERF033, block([1, 2], '2'))).find((en) => en.includes('states'));
    expect(two).toContain('states 2 points, but its 2 indicators weigh 3');
  });

  it('PERF063: its 1 source, its 2 sources', () => {
    const budget = (sources: number[]): BudgetSpec => ({
      rows: [
        { label: '年度资金总额', isTotal: true, budget: 30, spent: 30, weight: 10, rate: { v: 1, fmt: '0%' }, score: 10 },
        ...sources.map((b, i) => ({ label: ['其中：当年财政拨款', '上年结转资金'][i], budget: b, spent: b })),
      ],
    });
    const table = (sources: number[]) =>
      tableOf({ family: 'A', rows: [{ level1: '产出指标', name: '培训人次', unit: '人次', op: '≥', target: 300, weight: 90, actual: 320, score: 90 }], budget: budget(sources) });
    expect(checked(run(PERF063, table([20])))[0]).toContain('the sum of its 1 source');
    expect(checked(run(PERF063, table([20, 5])))[0]).toContain('the sum of its 2 sources');
  });
});
