// The findings list as CSV for a spreadsheet: one row per finding, headers in the pane's language,
// UTF-8 with a byte order mark (so Excel reads the Chinese), fields quoted where needed, CRLF lines.
// Text that a spreadsheet would take for a formula (starting with = + - @, a tab or a carriage
// return) is written with a leading apostrophe, so opening the file never runs anything; plain
// decimal figures (expected / found) stay numbers.
import type { Finding, Message, RuleId, Severity } from '../core/findings/types';
import type { Language } from './i18n';

const SEVERITY: Record<Severity, Message> = {
  error: { zh: '错误', en: 'Error' },
  warning: { zh: '警告', en: 'Warning' },
  info: { zh: '提示', en: 'Tip' },
};

const HEADERS: Record<Language, readonly string[]> = {
  zh: ['序号', '严重程度', '规则', '规则名称', '工作表', '单元格', '行', '问题', '原因', '修改方法', '期望', '实际'],
  en: ['No.', 'Severity', 'Rule', 'Rule name', 'Sheet', 'Cells', 'Row', 'Finding', 'Why', 'How to fix', 'Expected', 'Found'],
};

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A text field made safe from formula injection: a leading apostrophe before = + - @ tab CR. */
export function csvText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

type Field = { readonly text: string } | { readonly number: string };

const asText = (value: string | undefined): Field => ({ text: value ?? '' });
const asFigure = (value: string | undefined): Field =>
  value !== undefined && DECIMAL.test(value) ? { number: value } : asText(value);

function field(f: Field): string {
  return 'number' in f ? f.number : quote(csvText(f.text));
}

/** A number cell, kept as the decimal string it was (its decimals are its display). */
export interface FigureCell {
  readonly figure: string;
}

/** The findings as a table of text and figures, for CSV and xlsx alike. */
export interface FindingsTable {
  readonly sheetName: string;
  readonly headers: readonly string[];
  readonly rows: ReadonlyArray<ReadonlyArray<string | FigureCell>>;
}

function fieldsOf(
  findings: readonly Finding[],
  language: Language,
  ruleTitle?: (rule: RuleId) => Message | undefined,
): Field[][] {
  const pick = (m: Message) => m[language];
  return findings.map((f, i) => [
      { number: String(i + 1) },
      asText(pick(SEVERITY[f.severity])),
      asText(f.rule),
      asText(ruleTitle?.(f.rule) ? pick(ruleTitle(f.rule)!) : ''),
      asText(f.sheet),
      asText(f.cells.join(' ')),
      f.row !== undefined ? { number: String(f.row) } : asText(''),
      asText(pick(f.message)),
      asText(pick(f.why)),
      asText(pick(f.how)),
      asFigure(f.expected),
      asFigure(f.found),
    ]);
}

export function findingsTable(
  findings: readonly Finding[],
  language: Language,
  ruleTitle?: (rule: RuleId) => Message | undefined,
): FindingsTable {
  return {
    sheetName: language === 'zh' ? '问题清单' : 'Findings',
    headers: HEADERS[language],
    rows: fieldsOf(findings, language, ruleTitle).map((fields) => fields.map((f) => ('number' in f ? { figure: f.number } : f.text))),
  };
}

export function findingsCsv(
  findings: readonly Finding[],
  language: Language,
  ruleTitle?: (rule: RuleId) => Message | undefined,
): string {
  const lines = [HEADERS[language].map((h) => field(asText(h))).join(',')];
  for (const fields of fieldsOf(findings, language, ruleTitle)) lines.push(fields.map(field).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** 问题清单-20261205-0635.csv / findings-20261205-0635.csv, in local time (.xlsx with `ext`). */
export function findingsCsvName(language: Language, at: Date, ext: 'csv' | 'xlsx' = 'csv'): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}${two(at.getMonth() + 1)}${two(at.getDate())}-${two(at.getHours())}${two(at.getMinutes())}`;
  return `${language === 'zh' ? '问题清单' : 'findings'}-${stamp}.${ext}`;
}
