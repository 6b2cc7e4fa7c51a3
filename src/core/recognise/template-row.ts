// Rows of the indicator section that are not indicators: template rows left as printed ("……",
// "指标2：", "指标2", a bare number) with no real value, and rows marked not applicable with "/" in
// the target and the actual and nothing scored. Neither is counted, summed or checked as an indicator.
import type { Indicator, ParsedValue } from '../model/types';

/** A template label: dots only, "指标N" with or without a colon and dots, a bare number. */
const TEMPLATE_NAME = /^(?:[.。…⋯·、]+|指标\s*[0-9０-９]*\s*[:：]?\s*[.。…⋯·、]*|[0-9０-９]+\s*[.、．:：]?|[（(][一二三四五六七八九十0-9０-９]+[)）])$/;
/** "指标1：/", "/" — a name that only says "not applicable". */
const SLASH_NAME = /^(?:指标\s*[0-9０-９]*\s*[:：]?\s*)?[/／\\]$/;
/** A value cell that holds no real value: empty, dots, a dash, "/". */
const NO_VALUE = /^[\s.。…⋯·、/／\\\-—–]*$/;
const SLASH = /^\s*[/／\\]\s*$/;

export type SkippedKind = 'template' | 'notApplicable';

function empty(v: ParsedValue | undefined): boolean {
  return v === undefined || v.kind === 'empty' || (v.kind === 'text' && NO_VALUE.test(v.text));
}

function slash(v: ParsedValue | undefined): boolean {
  return v !== undefined && v.kind === 'text' && SLASH.test(v.text);
}

/**
 * Why a row read under the indicator header is not an indicator, or undefined when it is one. The
 * name is read as written (the cell's raw text: "指标2：" keeps its prefix).
 */
export function skippedRowKind(indicator: Indicator): SkippedKind | undefined {
  const noValues =
    empty(indicator.target) && empty(indicator.actual) && empty(indicator.weight) && empty(indicator.score) &&
    empty(indicator.initialTarget) && empty(indicator.coefficient);
  if (!noValues) return undefined;
  const raw = indicator.name ? (typeof indicator.name.raw === 'string' ? indicator.name.raw : indicator.name.text).trim() : '';
  if (slash(indicator.target) && slash(indicator.actual)) return 'notApplicable';
  if (raw !== '' && SLASH_NAME.test(raw)) return 'notApplicable';
  if (raw !== '' && TEMPLATE_NAME.test(raw)) return 'template';
  return undefined;
}
