// One pass over a cell's text: full-width forms to ASCII, look-alike operator signs to one form,
// every kind of space and line break dropped. Each output character keeps the index of the input
// character it came from, so callers can cut the original text at the same place.
import { BoundedCache } from '../bounded-cache';

const DROP = -1;

/** Characters mapped to another character (beyond the generic full-width block). */
const SPECIAL: Readonly<Record<string, string>> = {
  '\u2267': '≥', // ≧
  '\u2A7E': '≥', // ⩾
  '\u2266': '≤', // ≦
  '\u2A7D': '≤', // ⩽
  '\u2550': '=', // ═ (box-drawing double line, used as "=" in Yunnan tables)
  '\uFE66': '=', // ﹦ small equals
  '\uFE65': '>', // ﹥ small greater-than
  '\uFE64': '<', // ﹤ small less-than
  '\uFE63': '-', // ﹣ small hyphen-minus
  '\u2212': '-', // − minus sign
};

function isSpace(code: number): boolean {
  return (
    code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c ||
    code === 0xa0 || code === 0x3000 || code === 0x200b || code === 0xfeff || code === 0x2028 ||
    code === 0x2029 || (code >= 0x2000 && code <= 0x200a)
  );
}

function mapChar(ch: string, code: number): string | typeof DROP {
  if (isSpace(code)) return DROP;
  // Full-width ASCII block: ０-９, Ａ-Ｚ, ％, ＞, ＝, ＜, ．, ，, （, ）…
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  return SPECIAL[ch] ?? ch;
}

/**
 * Every character mapChar changes or drops: the spaces of isSpace, the full-width ASCII block and
 * the keys of SPECIAL. Text without any of them is already normal (most cells: '≥', '95%', '指标值').
 */
const CHANGED = /[\t-\r \u00a0\u2000-\u200b\u2028\u2029\u3000\ufeff\uff01-\uff5e\u2212\u2266\u2267\u2550\u2a7d\u2a7e\ufe63-\ufe66]/;

/** True when normalising would leave the text as it is. */
export function isNormalized(input: string): boolean {
  return !CHANGED.test(input);
}

export interface NormalizedText {
  /** The normalised text. */
  readonly text: string;
  /** index[i] is the position in the original text of normalised character i. */
  readonly index: readonly number[];
}

/** Normalised text with its map back to the original (for cutting the original text). */
export function normalizeWithIndex(input: string): NormalizedText {
  let text = '';
  const index: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    const mapped = mapChar(ch, input.charCodeAt(i));
    if (mapped === DROP) continue;
    text += mapped;
    index.push(i);
  }
  return { text, index };
}

/**
 * Texts already normalised. Recognition and a dozen rules normalise the same name or label (a name
 * with （2期）, a target '≥ 95 ％'); each is mapped character by character once. Cleared when large.
 */
const memo = new BoundedCache<string, string>(8192);

/** Normalised text only: '＞＝ 95 ％' → '>=95%'. */
export function normalizeText(input: string): string {
  if (!CHANGED.test(input)) return input;
  const known = memo.get(input);
  if (known !== undefined) return known;
  let text = '';
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    const mapped = mapChar(ch, input.charCodeAt(i));
    if (mapped !== DROP) text += mapped;
  }
  memo.set(input, text);
  return text;
}
