// Comparison operators as written in 指标性质 cells or folded into target text (DESIGN.md §1).
import type { Op } from '../model/types';
import { isNormalized, normalizeText, normalizeWithIndex } from './normalize';

/** Whole-cell forms, already normalised (full-width folded, spaces dropped, ≧ → ≥, ═ → =). */
const CELL_FORMS: ReadonlyArray<readonly [string, Op]> = [
  ['>=', '>='], ['≥', '>='], ['大于等于', '>='], ['大于或等于', '>='], ['不低于', '>='],
  ['不少于', '>='], ['不小于', '>='], ['至少', '>='], ['≮', '>='],
  ['以上', '>='], ['及以上', '>='], ['正向', '>='], ['正向指标', '>='],
  ['<=', '<='], ['≤', '<='], ['小于等于', '<='], ['小于或等于', '<='], ['不高于', '<='],
  ['不超过', '<='], ['不大于', '<='], ['不多于', '<='], ['至多', '<='], ['≯', '<='],
  ['以内', '<='], ['以下', '<='], ['及以下', '<='], ['控制在', '<='], ['反向', '<='], ['反向指标', '<='],
  ['=', '='], ['==', '='], ['等于', '='],
  ['>', '>'], ['大于', '>'], ['高于', '>'], ['超过', '>'], ['多于', '>'],
  ['<', '<'], ['小于', '<'], ['低于', '<'], ['少于', '<'],
  ['定性', 'qual'], ['定性指标', 'qual'],
];

const CELL_LOOKUP: ReadonlyMap<string, Op> = new Map(CELL_FORMS);

/** Forms that may stand in front of a value ('≥95%', '不低于90%'), longest first. */
const PREFIX_FORMS: ReadonlyArray<readonly [string, Op]> = CELL_FORMS.filter(
  ([form]) => !['以上', '及以上', '以内', '以下', '及以下', '正向', '正向指标', '反向', '反向指标', '定性', '定性指标'].includes(form),
).sort((a, b) => b[0].length - a[0].length);

/** Words after a value ('90%以上', '5%以内'), longest first. */
const SUFFIX_FORMS: ReadonlyArray<readonly [string, Op]> = [
  ['及以上', '>='], ['及以下', '<='], ['以上', '>='], ['以内', '<='], ['以下', '<='],
];

/** First characters of the prefix forms and last characters of the suffix forms: most values have neither. */
const PREFIX_STARTS: ReadonlySet<string> = new Set(PREFIX_FORMS.map(([form]) => form[0]));
const SUFFIX_ENDS: ReadonlySet<string> = new Set(SUFFIX_FORMS.map(([form]) => form[form.length - 1]));

const QUANTITATIVE_MARKERS: ReadonlySet<string> = new Set(['定量', '定量指标']);

/**
 * The operator an 指标性质 cell holds, or undefined when it holds none (or 定量, see
 * isQuantitativeMarker). 正向/反向 (指标方向 columns) read as ≥ / ≤.
 */
export function parseOperator(text: string): Op | undefined {
  if (typeof text !== 'string') return undefined;
  // Most cells hold the sign alone ('≥'): look it up before normalising.
  return CELL_LOOKUP.get(text) ?? CELL_LOOKUP.get(normalizeText(text));
}

/** 定量 / 定量指标: the row is quantitative but the cell names no operator. */
export function isQuantitativeMarker(text: string): boolean {
  return typeof text === 'string' && QUANTITATIVE_MARKERS.has(normalizeText(text));
}

export interface SplitOperator {
  readonly op?: Op;
  /** What remains of the text (as written, trimmed) once the operator words are cut off. */
  readonly rest: string;
}

function startsWithAt(text: string, form: string): boolean {
  return text.length >= form.length && text.startsWith(form);
}

/**
 * An operator folded into a value: in front ('≥95%', '>=21933人', '不低于90%', '控制在5%以内')
 * or as words after it ('90%以上', '5%以内'). A whole-cell operator ('≥', '定性') gives rest ''.
 */
export function splitOperator(text: string): SplitOperator {
  if (typeof text !== 'string') return { rest: '' };
  // Normal text (the usual '≥95%') maps to itself: no index needed to cut it.
  const { text: norm, index } = isNormalized(text) ? { text, index: undefined } : normalizeWithIndex(text);
  if (norm.length === 0) return { rest: text.trim() };
  const whole = CELL_LOOKUP.get(norm);
  if (whole !== undefined) return { op: whole, rest: '' };

  let start = 0;
  let end = norm.length;
  let op: Op | undefined;
  for (const [form, formOp] of PREFIX_STARTS.has(norm[0]) ? PREFIX_FORMS : []) {
    if (startsWithAt(norm, form)) {
      op = formOp;
      start = form.length;
      break;
    }
  }
  for (const [form, formOp] of SUFFIX_ENDS.has(norm[norm.length - 1]) ? SUFFIX_FORMS : []) {
    if (end - start > form.length && norm.endsWith(form)) {
      op ??= formOp;
      end -= form.length;
      break;
    }
  }
  if (op === undefined) return { rest: text.trim() };
  if (start >= end) return { op, rest: '' };
  // Cut the original text from the first kept character to the last one.
  const rest = index ? text.slice(index[start], index[end - 1] + 1).trim() : text.slice(start, end).trim();
  return { op, rest };
}
