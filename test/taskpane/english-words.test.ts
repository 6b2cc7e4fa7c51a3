// The English of the pane and the preview: every catalogue text rendered with sample arguments for
// one and for two, with no Chinese left in it (except quoted values, the language's own name and a
// grade with its gloss) and every count agreeing with its noun ("1 cell", "2 cells").
import type { Message } from '../../src/core/findings/types';
import { text } from '../../src/taskpane/i18n/catalog';
import { previewText } from '../../src/preview/texts';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Chinese the English may keep: the Chinese language's own name, a grade with its gloss, quoted values. */
function withoutAllowed(en: string): string {
  return en
    .replace(/中文 \(Chinese\)/g, '')
    .replace(/[优良中差] \((excellent|good|fair|poor)\)/g, '')
    .replace(/[优良中差], (excellent|good|fair|poor)/g, '')
    .replace(/"[^"]*"|“[^”]*”|「[^」]*」/g, '""');
}

/** Nouns whose number must agree with the count in front of them. */
const NOUNS = ['cell', 'finding', 'fix', 'row', 'indicator', 'source', 'point', 'sheet', 'file', 'table', 'formula', 'original fill', 'more cell', 'error', 'warning', 'tip'];

function pluralProblems(en: string): string[] {
  const out: string[] = [];
  for (const noun of NOUNS) {
    const many = noun === 'fix' ? 'fixes' : `${noun}s`;
    // A rule id may stand between the count and its noun: "2 PERF021 findings".
    if (new RegExp(`(?<![\\w.])1 (PERF\\d{3} )?${many}\\b`).test(en)) out.push(`"1 ${many}" in «${en}»`);
    if (new RegExp(`(?<![\\w.])(0|[2-9]|\\d{2,}) (PERF\\d{3} )?${noun}\\b(?!s)`).test(en)) out.push(`a count above 1 with "${noun}" in «${en}»`);
  }
  return out;
}

/** A value that reads as text and also serves as a Message ({ zh, en }). */
function sample(label: string): string & Message {
  return Object.assign(new String(label), { zh: `示例${label}`, en: label }) as unknown as string & Message;
}

const FINDING = {
  rule: 'PERF021', severity: 'error', sheet: 'Sheet1', cells: ['I21'], row: 21,
  message: { zh: '得分 2.63 与计算得分 2.62 不符', en: 'score 2.63 differs from the computed 2.62' },
  why: { zh: '原因', en: 'why' }, how: { zh: '方法', en: 'how' },
  fix: { description: { zh: '得分改为 2.62', en: 'Set the score to 2.62' }, changes: [] },
};

/** Arguments for a catalogue function, by the names of its parameters; `count` for every count. */
function argsFor(fn: (...a: never[]) => unknown, count: number): unknown[] {
  const params = /^[^(]*\(([^)]*)\)|^(\w+)\s*=>/.exec(fn.toString());
  const names = (params?.[1] ?? params?.[2] ?? '').split(',').map((p) => p.trim().split(/[\s:=]/)[0]).filter(Boolean);
  return names.map((name) => {
    if (['n', 'i', 'done', 'total', 'row', 'more'].includes(name)) return count;
    if (name === 'rows') return fn.length === 1 && /rows\.map/.test(fn.toString()) ? [sample('Output'), sample('Benefit')] : count;
    if (name === 'cells') return Array.from({ length: count }, (_v, k) => ({ address: `I${21 + k}`, shown: '2.63' }));
    if (name === 'verdict') return 'failed';
    if (name === 'family') return 'C';
    if (name === 'rule') return 'PERF021';
    if (name === 'finding') return FINDING;
    if (name === 'by') return [FINDING];
    if (name === 'grade') return '优';
    return sample(name === 'sheet' ? 'Sheet1' : 'X');
  });
}

/** Every English text a catalogue renders, for a count of one and of two. */
function rendered(catalogue: Record<string, unknown>, prefix = ''): Array<{ key: string; en: string }> {
  const out: Array<{ key: string; en: string }> = [];
  for (const [key, value] of Object.entries(catalogue)) {
    const name = `${prefix}${key}`;
    if (typeof value === 'function') {
      for (const count of [1, 2]) {
        let result: unknown;
        try {
          result = (value as (...a: unknown[]) => unknown)(...argsFor(value as never, count));
        } catch (error) {
          throw new Error(`${name}(${count}): ${(error as Error).message}`);
        }
        if (typeof result === 'string') out.push({ key: `${name}(${count})`, en: result });
        else if (result && typeof result === 'object' && 'en' in result) out.push({ key: `${name}(${count})`, en: (result as Message).en });
      }
    } else if (value && typeof value === 'object' && 'en' in value && 'zh' in value) {
      out.push({ key: name, en: (value as Message).en });
    } else if (value && typeof value === 'object') {
      out.push(...rendered(value as Record<string, unknown>, `${name}.`));
    }
  }
  return out;
}

describe.each([
  ['the pane catalogue', text as unknown as Record<string, unknown>],
  ['the preview texts', previewText as unknown as Record<string, unknown>],
])('%s in English', (_name, catalogue) => {
  const all = rendered(catalogue);

  it('renders every text', () => {
    expect(all.length).toBeGreaterThan(10);
    for (const { key, en } of all) expect([key, en.trim().length > 0]).toEqual([key, true]);
  });

  it('has no Chinese left inside English, except quoted values and glossed grade names', () => {
    expect(all.filter(({ en }) => CJK.test(withoutAllowed(en))).map(({ key, en }) => `${key}: ${en}`)).toEqual([]);
  });

  it('agrees every count with its noun, for one and for two', () => {
    expect(all.flatMap(({ key, en }) => pluralProblems(en).map((p) => `${key}: ${p}`))).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('see Chinese outside quotes and wrong plurals', () => {
    expect(CJK.test(withoutAllowed('Grade 优/良'))).toBe(true);
    expect(CJK.test(withoutAllowed('Grade 优 (excellent), the form says "良好"'))).toBe(false);
    expect(pluralProblems('1 cells written.')).toHaveLength(1);
    expect(pluralProblems('2 cell written.')).toHaveLength(1);
    expect(pluralProblems('1 cell written; 2 fixes; 12 findings; 1.5 points; the 1 PERF021 finding')).toEqual([]);
    expect(pluralProblems('Ignore all 1 PERF021 findings')).toHaveLength(1);
  });
});
