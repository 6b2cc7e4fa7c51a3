// Normalising cell text: text that holds nothing to change comes back as it is (the common case,
// answered without walking the characters); anything else is mapped character by character. Both
// must agree with the rule: full-width ASCII to ASCII, look-alike signs to one form, spaces dropped.
import fc from 'fast-check';
import { isNormalized, normalizeText, normalizeWithIndex } from '../../../src/core/scoring/normalize';
import { splitOperator } from '../../../src/core/scoring/operator';

const SPACES = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u3000', '\u200b', '\ufeff', '\u2028', '\u2029', '\u2000', '\u2005', '\u200a'];
const SPECIAL: Readonly<Record<string, string>> = {
  '≧': '≥', '⩾': '≥', '≦': '≤', '⩽': '≤', '═': '=', '﹦': '=', '﹥': '>', '﹤': '<', '﹣': '-', '−': '-',
};

/** The rule, written out one character at a time. */
function reference(input: string): string {
  let out = '';
  for (const ch of input) {
    if (ch.length > 1) {
      out += ch; // astral characters are kept as they are
      continue;
    }
    const code = ch.charCodeAt(0);
    if (SPACES.includes(ch)) continue;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else out += SPECIAL[ch] ?? ch;
  }
  return out;
}

const alphabet = fc.constantFrom(
  ...SPACES, ...Object.keys(SPECIAL), '＞', '＝', '９', '５', '％', '（', '）', 'Ａ', '～', '\uff5f', '\u1680', '\u202f',
  '≥', '≤', '9', '5', '%', '.', '指', '标', '值', '次', '万', '元', 'a', '-', '—', '(', ')', '𠀀',
);
const text = fc.array(alphabet, { maxLength: 12 }).map((chars) => chars.join(''));

describe('normalizeText', () => {
  it.each([
    ['≥95%', '≥95%'],
    ['指标值', '指标值'],
    ['＞＝ 95 ％', '>=95%'],
    ['指标\n权重\u3000（分）', '指标权重(分)'],
    ['≧ 100', '≥100'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(normalizeText(input)).toBe(output);
  });

  it('follows the rule for any text, and says which texts are already normal', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(normalizeText(input)).toBe(reference(input));
        expect(isNormalized(input)).toBe(reference(input) === input);
      }),
      { numRuns: 3000 },
    );
  });

  it('returns normal text itself, without copying it', () => {
    const input = '规上工业总产值同比增长率';
    expect(normalizeText(input)).toBe(input);
    expect(isNormalized(input)).toBe(true);
  });
});

describe('normalizeWithIndex', () => {
  it('maps every normalised character back to the one it came from', () => {
    fc.assert(
      fc.property(text, (input) => {
        const { text: out, index } = normalizeWithIndex(input);
        expect(out).toBe(reference(input));
        expect(index).toHaveLength(out.length);
        index.forEach((at, i) => expect(reference(input[at])).toBe(out[i]));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('splitOperator on normal and spaced text alike', () => {
  it.each([
    ['≥95%', '>=', '95%'],
    ['≥ 95 %', '>=', '95 %'],
    ['＞＝９５％', '>=', '９５％'],
    ['不低于90%', '>=', '90%'],
    ['5%以内', '<=', '5%'],
    ['控制在 5% 以内', '<=', '5%'],
    ['95%', undefined, '95%'],
    ['  26次 ', undefined, '26次'],
  ])('%j → %s / %j', (input, op, rest) => {
    expect(splitOperator(input)).toEqual(op === undefined ? { rest } : { op, rest });
  });
});
