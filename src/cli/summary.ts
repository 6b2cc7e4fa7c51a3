// The summary workbook's content (汇总 / 问题 / 规则) as plain rows: what each sheet says, in which
// order, and where each link goes. Writing it with ExcelJS is summary-xlsx.ts's job.
import { dirname, relative, resolve, sep } from 'node:path';
import type { RuleId, Severity } from '../core/findings/types';
import type { Language } from './args';
import { statusOf, type FileOutcome, type FileStatus } from './outcome';
import { gradeGloss } from '../core/findings/english';

/** A link to a checked workbook: its path relative to the summary, and the cell or range to open. */
export interface Link {
  /** Relative to the summary workbook's folder, '/' separated, escaped for a hyperlink target. */
  readonly target: string;
  /** 'Sheet'!A1 style, or undefined to open the workbook where it was saved. */
  readonly location?: string;
}

/** A cell: text (always written as text), a number, or text that is a link. */
export type SummaryValue = string | number | { readonly text: string; readonly link: Link } | undefined;

export interface SummarySheet {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: ReadonlyArray<readonly SummaryValue[]>;
  /** Per row: the severity or status that colours the row's tone column (undefined: no colour). */
  readonly tones: ReadonlyArray<Severity | 'passed' | undefined>;
  /** Column (0-based) that the tone colours: the result or the severity. */
  readonly toneColumn: number;
  /** Column (0-based) that holds long text and wraps. */
  readonly wrapColumn?: number;
  /** Columns (0-based) shown as percentages. */
  readonly percentColumns?: readonly number[];
}

export interface RuleInfo {
  readonly title: { readonly zh: string; readonly en: string };
  readonly severity: Severity;
}

const TEXT = {
  zh: {
    sheets: ['汇总', '问题', '规则'],
    list: '；',
    overview: ['文件', '单位', '项目', '表格', '自评总分', '计算总分', '等级', '评分方案', '错误', '警告', '提示', '结果', '无法读取原因'],
    problems: ['文件', '工作表', '单元格', '规则', '级别', '说明', '应为', '实际'],
    rules: ['规则', '名称', '级别', '问题数', '涉及文件数', '占已检查文件'],
    status: { unreadable: '无法读取', errors: '有错误', noTable: '未找到绩效指标表', passed: '无错误' },
    severity: { error: '错误', warning: '警告', info: '提示' },
    auto: '（按版式自动选用）',
  },
  en: {
    sheets: ['Summary', 'Findings', 'Rules'],
    list: '; ',
    overview: ['File', 'Unit', 'Project', 'Tables', 'Stated total', 'Computed total', 'Grade', 'Profile', 'Errors', 'Warnings', 'Tips', 'Result', 'Why it could not be read'],
    problems: ['File', 'Sheet', 'Cell', 'Rule', 'Severity', 'Message', 'Expected', 'Found'],
    rules: ['Rule', 'Title', 'Severity', 'Findings', 'Files', 'Share of checked files'],
    status: { unreadable: 'unreadable', errors: 'has errors', noTable: 'no indicator table found', passed: 'no errors' },
    severity: { error: 'error', warning: 'warning', info: 'tip' },
    auto: ' (chosen by the layout)',
  },
} as const;

export function statusText(status: FileStatus, lang: Language): string {
  return TEXT[lang].status[status];
}

export function severityText(severity: Severity, lang: Language): string {
  return TEXT[lang].severity[severity];
}

/**
 * A path as a hyperlink target: '/' separated, and the characters a relationship target cannot carry
 * or would read as a URI delimiter (spaces, controls, %, #, ?) percent-encoded. Chinese stays as is,
 * as Excel writes it.
 */
export function linkTarget(path: string): string {
  return path
    .split(sep)
    .join('/')
    .replace(/[\u0000-\u0020\u007f-\u009f%#?]/g, (ch) =>
      Array.from(Buffer.from(ch, 'utf8'), (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
    );
}

/** 'Sheet 1'!I21 — the sheet name always quoted, quotes doubled. The first cell or range a finding names. */
export function linkLocation(sheet: string, cell: string): string {
  const first = cell.split(',')[0].trim() || 'A1';
  return `'${sheet.replace(/'/g, "''")}'!${first}`;
}

const RANK: Readonly<Record<FileStatus, number>> = { unreadable: 0, errors: 1, noTable: 2, passed: 3 };

/** Worst first: unreadable, then errors (most first), then no table, then passed; ties keep input order. */
export function worstFirst(outcomes: readonly FileOutcome[]): FileOutcome[] {
  return outcomes
    .map((outcome, index) => ({ outcome, index, status: statusOf(outcome) }))
    .sort(
      (a, b) =>
        RANK[a.status] - RANK[b.status] ||
        b.outcome.counts.error - a.outcome.counts.error ||
        b.outcome.counts.warning - a.outcome.counts.warning ||
        b.outcome.counts.info - a.outcome.counts.info ||
        a.index - b.index,
    )
    .map((x) => x.outcome);
}

const distinct = (values: ReadonlyArray<string | undefined>): string =>
  [...new Set(values.filter((v): v is string => v !== undefined && v !== ''))].join('；');

/** One table: its decimal as a number (for sorting and filtering); several: their texts, ；-separated. */
function figure(values: ReadonlyArray<string | undefined>, list: string): SummaryValue {
  if (values.length === 1 && values[0] !== undefined && Number.isFinite(Number(values[0]))) return Number(values[0]);
  if (values.every((v) => v === undefined)) return undefined;
  return values.map((v) => v ?? '—').join(list);
}

export interface SummaryInput {
  readonly outcomes: readonly FileOutcome[];
  readonly lang: Language;
  /** Where the summary workbook is written: links are relative to its folder. */
  readonly summaryPath: string;
  readonly rules: (id: RuleId) => RuleInfo | undefined;
}

export function summarySheets(input: SummaryInput): [SummarySheet, SummarySheet, SummarySheet] {
  const { lang } = input;
  const t = TEXT[lang];
  const base = dirname(resolve(input.summaryPath));
  const target = (file: string) => linkTarget(relative(base, resolve(file)));
  const ordered = worstFirst(input.outcomes);

  const overview: SummarySheet = {
    name: t.sheets[0],
    header: t.overview,
    rows: ordered.map((o) => {
      const status = statusOf(o);
      return [
        { text: o.file, link: { target: target(o.file) } },
        distinct(o.tables.map((x) => x.unit)) || undefined,
        distinct(o.tables.map((x) => x.project)) || undefined,
        o.tables.map((x) => `${x.sheet}!${x.range}`).join(t.list) || undefined,
        figure(o.tables.map((x) => x.statedTotal), t.list),
        figure(o.tables.map((x) => x.computedTotal), t.list),
        // One grade per table; in English each with its meaning: '优 (excellent); 良 (good)'.
        o.tables.map((x) => x.grade).filter((g) => g !== '').map((g) => (lang === 'en' ? gradeGloss(g) : g)).join(lang === 'en' ? t.list : '/') || undefined,
        o.profile && o.tables.length > 0 ? `${o.profile.label}${o.profile.reason ? t.auto : ''}` : undefined,
        o.counts.error,
        o.counts.warning,
        o.counts.info,
        statusText(status, lang),
        o.error,
      ];
    }),
    tones: ordered.map((o) => {
      const status = statusOf(o);
      return status === 'unreadable' || status === 'errors' ? 'error' : status === 'noTable' ? 'warning' : 'passed';
    }),
    toneColumn: 11,
    wrapColumn: 12,
  };

  const problemRows: SummaryValue[][] = [];
  const problemTones: Severity[] = [];
  for (const o of ordered) {
    for (const f of o.findings) {
      const link: Link = { target: target(o.file), location: linkLocation(f.sheet, f.cell) };
      problemRows.push([
        { text: o.file, link },
        f.sheet,
        { text: f.cell, link },
        f.rule,
        severityText(f.severity, lang),
        f.message,
        f.expected,
        f.found,
      ]);
      problemTones.push(f.severity);
    }
  }
  const problems: SummarySheet = { name: t.sheets[1], header: t.problems, rows: problemRows, tones: problemTones, toneColumn: 4, wrapColumn: 5 };

  const perRule = new Map<RuleId, { findings: number; files: Set<string>; severity: Severity }>();
  for (const o of input.outcomes) {
    for (const f of o.findings) {
      const entry = perRule.get(f.rule) ?? { findings: 0, files: new Set<string>(), severity: f.severity };
      entry.findings++;
      entry.files.add(o.file);
      perRule.set(f.rule, entry);
    }
  }
  const checked = input.outcomes.filter((o) => o.error === undefined).length;
  const ruleEntries = [...perRule.entries()].sort((a, b) => b[1].findings - a[1].findings || (a[0] < b[0] ? -1 : 1));
  const rules: SummarySheet = {
    name: t.sheets[2],
    header: t.rules,
    rows: ruleEntries.map(([id, e]) => {
      const info = input.rules(id);
      return [id, info?.title[lang], severityText(info?.severity ?? e.severity, lang), e.findings, e.files.size, checked > 0 ? e.files.size / checked : 0];
    }),
    tones: ruleEntries.map(([id, e]) => input.rules(id)?.severity ?? e.severity),
    toneColumn: 2,
    percentColumns: [5],
  };
  return [overview, problems, rules];
}
