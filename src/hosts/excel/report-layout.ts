// The 校验报告 sheet as plain rows (no Office.js here): a header with the result and counts, a
// summary per table, the open findings with links to their cells, and the reviewed ones with the
// reviewer's reason. Decimal figures become numbers shown with their own decimals; text cells get
// the text format '@' so Excel keeps them verbatim (a cell text such as '=1+1' or '1/2' stays text).
import type { Severity } from '../../core/findings/types';
import type { WorkbookReport } from '../../core/report/types';

export type Language = 'zh' | 'en';

export interface ReportLink {
  /** 0-based row and column in the layout. */
  readonly row: number;
  readonly col: number;
  readonly sheet: string;
  readonly address: string;
}

export interface ReportLayout {
  readonly width: number;
  readonly values: (string | number)[][];
  readonly formats: string[][];
  readonly titleRow: number;
  readonly headerRows: readonly number[];
  readonly sectionRows: readonly number[];
  readonly links: readonly ReportLink[];
  readonly severities: ReadonlyArray<{ readonly row: number; readonly col: number; readonly severity: Severity }>;
  /** Column widths in points. */
  readonly widths: readonly number[];
}

const T = {
  zh: {
    title: 'PERF 绩效自评表校验报告',
    result: '结果',
    passed: '通过',
    failed: '未通过',
    counts: ['错误', '警告', '提示', '已复核'],
    workbook: '工作簿',
    time: '生成时间',
    tables: '表格汇总',
    tableHeader: ['工作表', '区域', '模板', '指标数', '权重合计', '应为', '得分合计', '填报总分', '计算总分', '等级', '填报等级'],
    noTables: '未识别到指标表',
    findings: '问题清单',
    findingHeader: ['序号', '严重程度', '规则', '工作表', '单元格', '问题', '期望', '实际', '原因', '如何修改'],
    noFindings: '未发现问题',
    reviewed: '已复核（不计入结果）',
    reviewedHeader: ['规则', '工作表', '单元格', '问题', '复核原因', '复核人', '复核时间'],
    severity: { error: '错误', warning: '警告', info: '提示' },
  },
  en: {
    title: 'PERF validation report',
    result: 'Result',
    passed: 'Passed',
    failed: 'Not passed',
    counts: ['Errors', 'Warnings', 'Info', 'Reviewed'],
    workbook: 'Workbook',
    time: 'Created',
    tables: 'Tables',
    tableHeader: ['Sheet', 'Range', 'Family', 'Indicators', 'Weight sum', 'Expected', 'Score sum', 'Stated total', 'Computed total', 'Grade', 'Stated grade'],
    noTables: 'No indicator table recognised',
    findings: 'Findings',
    findingHeader: ['No.', 'Severity', 'Rule', 'Sheet', 'Cell', 'Finding', 'Expected', 'Found', 'Why', 'How to fix'],
    noFindings: 'No findings',
    reviewed: 'Reviewed (not counted)',
    reviewedHeader: ['Rule', 'Sheet', 'Cell', 'Finding', 'Reason', 'Reviewer', 'Reviewed at'],
    severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  },
} as const;

const WIDTH = 11;
const WIDTHS = [72, 90, 60, 110, 60, 200, 70, 70, 160, 160, 70];

type Entry = string | number | { readonly figure: string | undefined };

function figure(text: string | undefined): { value: string | number; format: string } {
  if (text === undefined || text === '') return { value: '', format: 'General' };
  const m = /^-?\d+(?:\.(\d+))?$/.exec(text.trim());
  if (!m) return { value: text, format: '@' };
  const decimals = m[1]?.length ?? 0;
  return { value: Number(text), format: decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}` };
}

function localTime(when: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${when.getFullYear()}-${p(when.getMonth() + 1)}-${p(when.getDate())} ${p(when.getHours())}:${p(when.getMinutes())}`;
}

class Rows {
  readonly values: (string | number)[][] = [];
  readonly formats: string[][] = [];

  add(entries: readonly Entry[]): number {
    const values: (string | number)[] = [];
    const formats: string[] = [];
    for (let i = 0; i < WIDTH; i += 1) {
      const e = entries[i];
      if (e === undefined || e === '') {
        values.push('');
        formats.push('General');
      } else if (typeof e === 'number') {
        values.push(e);
        formats.push('General');
      } else if (typeof e === 'string') {
        values.push(e);
        formats.push('@');
      } else {
        const f = figure(e.figure);
        values.push(f.value);
        formats.push(f.format);
      }
    }
    this.values.push(values);
    this.formats.push(formats);
    return this.values.length - 1;
  }
}

export function reportLayout(report: WorkbookReport, language: Language, when: Date, workbookName?: string): ReportLayout {
  const t = T[language === 'en' ? 'en' : 'zh'];
  const rows = new Rows();
  const headerRows: number[] = [];
  const sectionRows: number[] = [];
  const links: ReportLink[] = [];
  const severities: Array<{ row: number; col: number; severity: Severity }> = [];
  const text = (m: { zh: string; en: string } | undefined): string => (m ? (language === 'en' ? m.en : m.zh) : '');

  const titleRow = rows.add([t.title]);
  rows.add([
    t.result,
    report.tables.length === 0 ? t.noTables : report.passed ? t.passed : t.failed,
    t.counts[0],
    report.counts.error,
    t.counts[1],
    report.counts.warning,
    t.counts[2],
    report.counts.info,
    t.counts[3],
    report.reviewed.length,
  ]);
  if (workbookName) rows.add([t.workbook, workbookName]);
  rows.add([t.time, localTime(when)]);
  rows.add([]);

  sectionRows.push(rows.add([t.tables]));
  headerRows.push(rows.add(t.tableHeader));
  if (report.tables.length === 0) rows.add([t.noTables]);
  for (const table of report.tables) {
    rows.add([
      table.sheet,
      table.range,
      table.family,
      table.indicators,
      { figure: table.weightSum },
      { figure: table.expectedWeight },
      { figure: table.scoreSum },
      { figure: table.statedTotal },
      { figure: table.computedTotal },
      table.grade,
      table.statedGrade ?? '',
    ]);
  }
  rows.add([]);

  sectionRows.push(rows.add([t.findings]));
  headerRows.push(rows.add(t.findingHeader));
  if (report.findings.length === 0) rows.add([t.noFindings]);
  report.findings.forEach((f, i) => {
    const cell = f.cells[0] ?? '';
    const row = rows.add([
      i + 1,
      t.severity[f.severity],
      f.rule,
      f.sheet,
      cell,
      text(f.message),
      { figure: f.expected },
      { figure: f.found },
      text(f.why),
      text(f.how),
    ]);
    severities.push({ row, col: 1, severity: f.severity });
    if (cell) links.push({ row, col: 4, sheet: f.sheet, address: cell });
  });

  if (report.reviewed.length > 0) {
    rows.add([]);
    sectionRows.push(rows.add([t.reviewed]));
    headerRows.push(rows.add(t.reviewedHeader));
    for (const { finding, mark } of report.reviewed) {
      const cell = finding.cells[0] ?? mark.cell;
      const row = rows.add([finding.rule, finding.sheet, cell, text(finding.message), mark.reason, mark.by ?? '', mark.at ?? '']);
      if (cell) links.push({ row, col: 2, sheet: finding.sheet, address: cell });
    }
  }

  return {
    width: WIDTH,
    values: rows.values,
    formats: rows.formats,
    titleRow,
    headerRows,
    sectionRows,
    links,
    severities,
    widths: WIDTHS,
  };
}
