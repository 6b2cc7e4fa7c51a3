// The three outputs of perf-audit: text for people, JSON for programs (DESIGN.md §5), CSV for Excel.
import { gradeGloss, plural } from '../core/findings/english';
import type { Severity } from '../core/findings/types';
import type { Language } from './args';
import { statusOf, type FileOutcome, type FileStatus } from './outcome';

const SEVERITY: Readonly<Record<Language, Readonly<Record<Severity, string>>>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'tip' },
};

/** The grade of each table: '优/良' in Chinese, '优 (excellent); 良 (good)' in English. */
function grades(outcome: FileOutcome, lang: Language): string {
  const list = outcome.tables.map((t) => t.grade).filter((g) => g !== '');
  if (list.length === 0) return '—';
  return lang === 'zh' ? list.join('/') : list.map(gradeGloss).join('; ');
}

/** ，评分方案 … on the summary line, when the outcome says which profile checked it. */
function profileText(outcome: FileOutcome, lang: Language): string {
  if (!outcome.profile) return '';
  return lang === 'zh' ? `，评分方案 ${outcome.profile.label}` : `, profile ${outcome.profile.label}`;
}

/**
 * One summary line per file (naming the profile it was checked with), the reason when the default
 * rule picked the Hubei profile, then its findings (already sorted by sheet, row, severity).
 */
export function textForFile(outcome: FileOutcome, lang: Language): string {
  const lines: string[] = [];
  const c = outcome.counts;
  if (outcome.error !== undefined) {
    lines.push(lang === 'zh' ? `${outcome.file}：无法读取——${outcome.error}` : `${outcome.file}: cannot read — ${outcome.error}`);
  } else if (outcome.tables.length === 0 && outcome.findings.length === 0) {
    lines.push(lang === 'zh' ? `${outcome.file}：未找到绩效指标表` : `${outcome.file}: no indicator table found`);
  } else if (lang === 'zh') {
    lines.push(`${outcome.file}：${outcome.tables.length} 张表，错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}，等级 ${grades(outcome, lang)}${profileText(outcome, lang)}`);
  } else {
    const n = outcome.tables.length;
    lines.push(
      `${outcome.file}: ${plural(n, 'table')}, ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.info, 'tip')}, ${n === 1 ? 'grade' : 'grades'} ${grades(outcome, lang)}${profileText(outcome, lang)}`,
    );
  }
  const reason = outcome.error === undefined && outcome.tables.length > 0 ? outcome.profile?.reason : undefined;
  if (reason !== undefined) {
    lines.push(
      lang === 'zh'
        ? `  评分方案: 按版式自动选用——${reason}；--profile national 可改按全国配置`
        : `  profile: chosen by the layout — ${reason}; --profile national checks it with the national one`,
    );
  }
  for (const f of outcome.findings) {
    lines.push(`  ${SEVERITY[lang][f.severity]} ${f.rule} ${f.sheet}!${f.cell} ${f.message}`);
  }
  for (const note of outcome.notes) lines.push(`  ${lang === 'zh' ? '注意' : 'note'}: ${note}`);
  return lines.join('\n') + '\n';
}

/** How many files fell in each status, every status present (0 when none). */
export function statusCounts(outcomes: readonly FileOutcome[]): Record<FileStatus, number> {
  const counts: Record<FileStatus, number> = { unreadable: 0, errors: 0, noTable: 0, passed: 0 };
  for (const o of outcomes) counts[statusOf(o)]++;
  return counts;
}

/**
 * The closing line: how many files were unreadable, had errors, held no indicator table, passed. A
 * workbook with no table is never counted as passed: nothing in it was checked.
 */
export function textTotals(outcomes: readonly FileOutcome[], lang: Language): string {
  const n = statusCounts(outcomes);
  return lang === 'zh'
    ? `共 ${outcomes.length} 个文件：无法读取 ${n.unreadable}，有错误 ${n.errors}，未找到绩效指标表 ${n.noTable}，无错误 ${n.passed}\n`
    : `${plural(outcomes.length, 'file')}: ${n.unreadable} unreadable, ${n.errors} with errors, ${n.noTable} with no indicator table, ${n.passed} without errors\n`;
}

/**
 * DESIGN.md §5: { files: [ { file, error?, tables, findings } ] }, with two added fields: each file's
 * status (unreadable | errors | noTable | passed) and each table's unit and project where its header
 * block names them.
 */
export function jsonDocument(outcomes: readonly FileOutcome[]): string {
  const files = outcomes.map((o) => ({
    file: o.file,
    ...(o.error !== undefined ? { error: o.error } : {}),
    status: statusOf(o),
    tables: o.tables,
    findings: o.findings,
  }));
  return JSON.stringify({ files }, null, 2) + '\n';
}

const CSV_HEADER: Readonly<Record<Language, readonly string[]>> = {
  zh: ['文件', '工作表', '单元格', '行', '规则', '级别', '说明', '应为', '实际', '无法读取原因'],
  en: ['file', 'sheet', 'cell', 'row', 'rule', 'severity', 'message', 'expected', 'found', 'error'],
};

/**
 * RFC 4180 quoting. Text that Excel would run as a formula when it opens the CSV (=, +, @, or a '-'
 * not starting a number) gets a leading apostrophe, so a cell's text can never execute.
 */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^(?:[=+@\t\r]|-(?![\d.]))/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvLine = (fields: ReadonlyArray<string | number | undefined>) => fields.map(csvField).join(',') + '\r\n';

/** UTF-8 with BOM (so Excel reads the Chinese), CRLF rows; the BOM comes first only once. */
export function csvHeader(lang: Language): string {
  return '\uFEFF' + csvLine(CSV_HEADER[lang]);
}

/** One row per finding; a file with none gets one row of its own (with its read error, if any). */
export function csvForFile(outcome: FileOutcome, lang: Language): string {
  if (outcome.findings.length === 0) {
    return csvLine([outcome.file, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, outcome.error]);
  }
  return outcome.findings
    .map((f) => csvLine([outcome.file, f.sheet, f.cell, f.row, f.rule, SEVERITY[lang][f.severity], f.message, f.expected, f.found, undefined]))
    .join('');
}
