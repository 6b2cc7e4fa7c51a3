// One rule for numbers inside finding messages (src/core/rules/support/numbers.ts): every rule's
// messages over every fixture, in both languages, carry no number with more decimals than its table
// shows and no trailing-zero noise (100.0, 99.90, 99.890000). Quoted cell text is left out: it is
// the user's own text.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import type { Finding } from '../../../src/core/findings/types';
import type { IndicatorTable } from '../../../src/core/model/types';
import { HUBEI_PROFILE, NATIONAL_PROFILE } from '../../../src/core/profile';
import { recognise } from '../../../src/core/recognise';
import { RULES } from '../../../src/core/rules';
import { forEachCell } from '../../../src/core/rules/support/cells';
import { apart, cellFigure, cellPlaces, figure, placesOf, workedAt } from '../../../src/core/rules/support/numbers';
import { readWorkbookFromPath } from '../../../src/hosts/file/node';
import { run } from './support/run';
import { seedTable } from './support/seed';
import { valueField } from './support/table';
import { PERF021 } from '../../../src/core/rules/PERF021-score-mismatch';
import { PERF061 } from '../../../src/core/rules/PERF061-budget-over';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')).sort();
const HUBEI = new Set(['huanggang-2020.xlsx', 'shangwuju-2020.xlsx']);

/** The most decimals any number cell of the table shows, and never fewer than computed scores get (2). */
function tableShows(table: IndicatorTable): number {
  let most = NATIONAL_PROFILE.defaultScoreDecimals ?? 2;
  forEachCell(table, (field) => {
    if ('kind' in field) most = Math.max(most, cellPlaces(field));
  });
  return most;
}

/** A message without the user's own text: quoted cell text, cell addresses. */
function unquoted(text: string): string {
  return text
    .replace(/“[^”]*”/g, '“”')
    .replace(/"[^"]*"/g, '""')
    .replace(/\b[A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?\b/g, '');
}

/** Every number with a fractional part in a text: '99.890000', '100.0'. */
function decimalsIn(text: string): string[] {
  return [...unquoted(text).matchAll(/(?<![\d.])\d+\.\d+(?![\d.])/g)].map((m) => m[0]);
}

/** The problems of one message: too many decimals, a zero fraction, trailing zeros. */
function numberProblems(text: string, shows: number): string[] {
  const out: string[] = [];
  for (const n of decimalsIn(text)) {
    const places = n.split('.')[1].length;
    if (places > shows) out.push(`${n}: ${places} decimals, the table shows at most ${shows}`);
    if (/\.0+$/.test(n)) out.push(`${n}: a zero fraction`);
    else if (/0$/.test(n)) out.push(`${n}: trailing zeros`);
  }
  return out;
}

function texts(f: Finding): string[] {
  return [f.message.zh, f.message.en, ...(f.fix ? [f.fix.description.zh, f.fix.description.en] : [])];
}

describe('the number check itself', () => {
  it('catches the spellings a pane must never mix', () => {
    expect(numberProblems('计算总分 99.890000', 2)).toEqual(expect.arrayContaining([expect.stringContaining('99.890000: 6 decimals')]));
    expect(numberProblems('总分 100.0', 2)).toEqual(['100.0: a zero fraction']);
    expect(numberProblems('得分 8.620', 3)).toEqual(['8.620: trailing zeros']);
    expect(numberProblems('得分 99.9 与 99.89 不符；单元格 I21，“2.623162 元”', 2)).toEqual([]);
  });
});

describe('every rule message over every fixture', () => {
  it.each(fixtures)('%s: numbers read at the table\'s decimals, without trailing zeros', async (file) => {
    const grid = await readWorkbookFromPath(join(FIXTURES, file));
    const recognition = recognise(grid);
    const profile = HUBEI.has(file) ? HUBEI_PROFILE : NATIONAL_PROFILE;
    const problems: string[] = [];
    for (const table of recognition.tables) {
      const shows = tableShows(table);
      for (const rule of RULES) {
        for (const f of rule.check({ table, tables: recognition.tables, profile })) {
          for (const text of texts(f)) for (const p of numberProblems(text, shows)) problems.push(`${f.rule} ${f.cells[0]}: ${p} in «${text}»`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('support/numbers', () => {
  it('rounds half up to the places and drops trailing zeros', () => {
    expect(figure(new Decimal('99.894'), 2)).toBe('99.89');
    expect(figure(new Decimal('2.625'), 2)).toBe('2.63');
    expect(figure(new Decimal('99.90'), 2)).toBe('99.9');
    expect(figure(new Decimal('100.000'), 1)).toBe('100');
    expect(figure(new Decimal('99.890000'), 6)).toBe('99.89');
    expect(figure(new Decimal('-0.001'), 2)).toBe('0');
  });

  it('reads a cell as it shows: its format rounds, its text keeps its digits, General shows its own', () => {
    expect(cellFigure(valueField('S', 'A1', { v: 2.623162, fmt: '0.00' }))).toBe('2.62');
    expect(cellPlaces(valueField('S', 'A1', { v: 2.623162, fmt: '0.00' }))).toBe(2);
    expect(cellFigure(valueField('S', 'A1', 2.623162))).toBe('2.623162');
    expect(cellFigure(valueField('S', 'A1', { v: 99.9, fmt: '0.000000' }))).toBe('99.9');
    expect(cellFigure(valueField('S', 'A1', '9.50'))).toBe('9.5');
    expect(placesOf([valueField('S', 'A1', 2.7), valueField('S', 'A2', 2.63), undefined])).toBe(2);
  });

  it('never prints a computed figure as the stated one it differs from', () => {
    expect(apart(new Decimal('99.89'), 1, new Decimal('99.9'), '99.9')).toBe('99.89');
    expect(apart(new Decimal('2.6231'), 2, new Decimal('2.63'), '2.63')).toBe('2.62');
    expect(apart(new Decimal('100.004'), 2, new Decimal(100), '100')).toBe('100.004');
    expect(apart(new Decimal('99.9'), 1, new Decimal('99.9'), '99.9')).toBe('99.9');
  });

  it('writes a worked example with its result at the row\'s decimals, marked as rounded', () => {
    expect(workedAt('2.63 × 99.74 ÷ 100 = 2.623162', 2)).toBe('2.63 × 99.74 ÷ 100 ≈ 2.62');
    expect(workedAt('2 × 69 ÷ 120 = 1.15', 1)).toBe('2 × 69 ÷ 120 ≈ 1.2');
    expect(workedAt('10 × 1 ÷ 1 = 10', 2)).toBe('10 × 1 ÷ 1 = 10');
    expect(workedAt('3 × 9 ÷ 10 = 2.7', 2)).toBe('3 × 9 ÷ 10 = 2.7');
  });
});

describe('rules write numbers by the one rule', () => {
  it('PERF021: a score formatted 0.00 reads without trailing zeros, the worked example at the row\'s decimals', () => {
    const table = seedTable((row) => (row.name === '预算完成率' ? { ...row, score: { v: 2.6, fmt: '0.00' } } : row));
    const [f] = run(PERF021, table).filter((x) => x.row === 21);
    expect(f.message.zh).toContain('得分 2.6 与计算得分 2.62 不符');
    expect(f.message.zh).toContain('2.63 × 99.74 ÷ 100 ≈ 2.62');
    expect(f.message.en).toContain('score 2.6 differs from the computed 2.62');
    expect(f.message.en).not.toMatch(/2\.60\b|2\.623162/);
    expect([f.expected, f.found, f.fix?.description.zh]).toEqual(['2.62', '2.6', '得分改为 2.62']);
  });

  it('PERF061: a rate just above 100% is never printed as 100%', () => {
    const table = seedTable(undefined, { budget: { rows: [{ label: '年度资金总额', isTotal: true, budget: 1000, spent: 1000.01, weight: 10, score: 10 }] } });
    const [f] = run(PERF061, table);
    expect(f.message.zh).toBe('“年度资金总额”执行率 100.001% 超过 100%（执行数大于预算数）');
  });
});
