// Label normalisation for matching headers by meaning: one pass per distinct text, cached.
// '指标权重\n（分）' → '指标权重', '實際完成值(B)' → '实际完成值', '年度资金总额:' → '年度资金总额'.
import { simplifiedChar } from './traditional';
import { BoundedCache } from '../bounded-cache';

export interface Label {
  /** Simplified, half-width, no spaces or line breaks, bracketed parts and trailing colon removed. */
  readonly key: string;
  /** Contents of the bracketed parts, normalised the same way: ['20分', '万元']. */
  readonly brackets: readonly string[];
  /** Normalised text with the brackets kept ('产出指标(50分)'). */
  readonly full: string;
}

const OPEN = new Set(['(', '[', '【', '〔']);
const CLOSE = new Set([')', ']', '】', '〕']);

function isSpace(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code === 0x3000 || code === 0x200b || code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029;
}

/** One character folded: '' for a space, half-width for full-width ASCII, simplified for traditional. */
export function foldChar(code: number, ch: string): string {
  if (isSpace(code)) return '';
  if (code < 0x80) return ch;
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  return simplifiedChar(ch);
}

/** Full-width ASCII to half-width, traditional to simplified, spaces dropped. */
export function foldText(input: string): string {
  let out = '';
  for (let i = 0; i < input.length; i++) out += foldChar(input.charCodeAt(i), input[i]);
  return out;
}

function splitBrackets(full: string): { key: string; brackets: string[] } {
  let key = '';
  const brackets: string[] = [];
  let depth = 0;
  let inner = '';
  for (const ch of full) {
    if (OPEN.has(ch)) {
      if (depth > 0) inner += ch;
      depth++;
      continue;
    }
    if (CLOSE.has(ch) && depth > 0) {
      depth--;
      if (depth === 0) {
        brackets.push(inner);
        inner = '';
      } else inner += ch;
      continue;
    }
    if (depth > 0) inner += ch;
    else key += ch;
  }
  if (depth > 0) key += inner; // an unclosed bracket: keep its text
  return { key: key.replace(/[:：]+$/, ''), brackets };
}

const cache = new BoundedCache<string, Label>(50_000);

/** The normalised label of a text, computed afresh. */
export function computeLabel(text: string): Label {
  const full = foldText(text);
  const { key, brackets } = splitBrackets(full);
  return { key, brackets, full };
}

/** The normalised label of a cell text (cached: headers repeat across rows and sheets). */
export function labelOf(text: string): Label {
  let label = cache.get(text);
  if (label === undefined) {
    label = computeLabel(text);
    cache.set(text, label);
  }
  return label;
}

/** A score stated in brackets or at the end: '产出指标（50分）', '预算执行情况(万元)(20分)' → '50' / '20'. */
export function statedPoints(label: Label): string | undefined {
  for (const part of label.brackets) {
    const m = /^(\d+(?:\.\d+)?)分$/.exec(part);
    if (m) return m[1];
  }
  const tail = /(\d+(?:\.\d+)?)分$/.exec(label.key);
  return tail ? tail[1] : undefined;
}

/** Money unit stated in brackets: '项目资金（万元）' → '万元', '(元)' → '元'. */
export function statedMoneyUnit(label: Label): string | undefined {
  for (const part of label.brackets) {
    if (part === '万元' || part === '元' || part === '亿元' || part === '千元') return part;
  }
  return undefined;
}
