// Reading cell text for meaning inside rules: normalised keys, "nothing written" marks, operator signs.
import type { Op, ParsedValue, TextField } from '../../model/types';
import { hasTraditional, simplifiedChar } from '../../recognise';
import { normalizeText } from '../../scoring';
import { BoundedCache } from '../../bounded-cache';

/** Written in a note cell to mean "nothing": these do not count as an explanation. */
const EMPTY_NOTE = new Set(['', '无', '无。', '/', '\\', '-', '--', '—', '——', '–', '、', '.', '。', '否', '暂无', '0']);

/** True when a text cell says something (a real explanation, a real name). */
export function hasText(field: { readonly text: string } | undefined): boolean {
  if (!field) return false;
  return !EMPTY_NOTE.has(normalizeText(field.text));
}

/**
 * Text folded for keyword matching: normalised (full-width, spaces) and, in a copy converted to
 * traditional characters, the form vocabulary back to simplified (滿意度 → 满意度, 預算執行率 → 预算执行率).
 */
export function foldText(text: string): string {
  let folded = foldedTexts.get(text);
  if (folded === undefined) {
    folded = fold(text);
    foldedTexts.set(text, folded);
  }
  return folded;
}

/** Folded texts: a level label carried down a block is folded by several rules on every row. */
const foldedTexts = new BoundedCache<string, string>(8192);

function fold(text: string): string {
  const normalised = normalizeText(text);
  if (!hasTraditional(normalised)) return normalised;
  let out = '';
  for (const ch of normalised) out += simplifiedChar(ch);
  return out;
}

const DECORATION = /[★☆*“”"'‘’]/;

/** Key for comparing names: normalised, `指标1：` prefixes, stars and quotes dropped. */
export function nameKey(text: string): string {
  return keyOfNormalised(normalizeText(text));
}

/** nameKey of a text already normalised (facts hold each name normalised once). */
export function keyOfNormalised(normalised: string): string {
  let key = normalised;
  if (key.startsWith('指标')) key = key.replace(/^指标\d+[:：]/, '');
  return DECORATION.test(key) ? key.replace(/[★☆*“”"'‘’]+/g, '') : key;
}

export const OP_SIGN: Readonly<Record<Op, string>> = { '>=': '≥', '<=': '≤', '=': '=', '>': '>', '<': '<', qual: '定性' };

/** A value as a person reads it on the form: '99.74', '100%', '≥21933人'. */
export function shown(value: ParsedValue | undefined): string {
  if (!value) return '';
  const text = value.text.trim();
  if (value.percent && value.kind === 'number' && !text.includes('%') && !text.includes('％')) return `${text}%`;
  return text;
}

/** The target with its operator in front, unless the cell already carries it: '≥100', '<=5300元/户'. */
export function shownTarget(op: Op | undefined, target: ParsedValue | undefined): string {
  const text = shown(target);
  if (!op || op === 'qual' || target?.op !== undefined) return text;
  return `${OP_SIGN[op]}${text}`;
}

/** A short quote of a cell's text for messages (long goals text cut to a readable length). */
export function quote(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** Name of an indicator for messages, or its row when the name is empty. */
export function nameOf(indicator: { readonly name?: TextField; readonly row: number }): { zh: string; en: string } {
  const name = indicator.name?.text.replace(/\s+/g, ' ').trim();
  if (name) return { zh: `“${quote(name, 30)}”`, en: `"${quote(name, 30)}"` };
  return { zh: `第 ${indicator.row} 行`, en: `row ${indicator.row}` };
}

/** How a bare target was read, for messages: '（未写比较符，按正向（≥）理解）'; '' when the form states it. */
export function readingNote(f: { readonly op?: Op; readonly opImplied: boolean }): { zh: string; en: string } {
  if (!f.opImplied || f.op === undefined || f.op === 'qual') return { zh: '', en: '' };
  const cap = f.op === '<=' || f.op === '<';
  return cap
    ? { zh: '（未写比较符，成本类按反向（≤）理解）', en: ' (no operator written: a cost, read as ≤)' }
    : { zh: '（未写比较符，按正向（≥）理解）', en: ' (no operator written: read as ≥)' };
}

const CHINESE = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * A cell's text inside an English message: quoted when it holds Chinese ('"37442人"'), so the
 * English reads as English around the user's own words; as it is otherwise ('≥95%').
 */
export function inEnglish(text: string): string {
  return CHINESE.test(text) && !/^".*"$/.test(text) ? `"${text}"` : text;
}
