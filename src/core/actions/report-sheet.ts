// The 校验报告 sheet as host-neutral rows: a summary per table, then the open findings (each with a
// HYPERLINK formula to its cell), then the reviewed ones with their reasons. Hosts write the rows;
// the layout lives here so the Excel, file and in-memory hosts produce the same report.
import { sheetAddress } from '../grid/address';
import { familyName, gradeGloss, plural } from '../findings/english';
import type { Finding, Message, Severity } from '../findings/types';
import { trimmedFigure } from '../rules/support/numbers';
import type { WorkbookReport } from '../report/types';
import { verdictOf, type Verdict } from '../report/verdict';

export type ReportLanguage = 'zh' | 'en';

export interface ReportCell {
  readonly value: string | number;
  /** =HYPERLINK(...) for links to a finding's cell. */
  readonly formula?: string;
}

export type ReportRow = readonly ReportCell[];

export const REPORT_SHEET_BASE = '校验报告';

const m = (zh: string, en: string): Message => ({ zh, en });

const TEXT = {
  title: m('PERF 绩效自评表校验报告', 'PERF self-evaluation check report'),
  passed: m('结果：通过', 'Result: passed'),
  failed: m('结果：未通过', 'Result: not passed'),
  noTable: m('结果：未找到绩效指标表，未校验任何内容', 'Result: no indicator table found; nothing was checked'),
  counts: (c: WorkbookReport['counts']) =>
    m(`错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}`, `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.info, 'tip')}`),
  tables: m('表格', 'Tables'),
  tableHeader: [
    m('工作表', 'Sheet'), m('区域', 'Range'), m('类型', 'Family'), m('指标数', 'Indicators'),
    m('权重合计', 'Weight sum'), m('应为', 'Expected'), m('得分合计', 'Score sum'), m('填报总分', 'Stated total'),
    m('计算总分', 'Computed total'), m('等级', 'Grade'),
  ],
  findings: m('问题', 'Findings'),
  findingHeader: [
    m('严重程度', 'Severity'), m('规则', 'Rule'), m('单元格', 'Cell'), m('行', 'Row'), m('说明', 'Message'),
    m('期望', 'Expected'), m('实际', 'Found'), m('原因', 'Why'), m('修改建议', 'How to fix'),
  ],
  none: m('无', 'None'),
  reviewed: m('已复核 / 忽略', 'Reviewed / ignored'),
  reviewedHeader: [m('规则', 'Rule'), m('单元格', 'Cell'), m('说明', 'Message'), m('复核理由', 'Reason')],
  severity: {
    error: m('错误', 'Error'),
    warning: m('警告', 'Warning'),
    info: m('提示', 'Tip'),
  } as Record<Severity, Message>,
};

const VERDICT_TEXT: Record<Verdict, Message> = { passed: TEXT.passed, failed: TEXT.failed, 'no-table': TEXT.noTable };

const text = (value: string): ReportCell => ({ value });

function quoteFormulaText(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** A cell showing Sheet!A1 that jumps to it when clicked. */
export function cellLink(sheet: string, address: string): ReportCell {
  const target = sheetAddress(sheet, address);
  const shown = `${sheet}!${address}`;
  return { value: shown, formula: `=HYPERLINK(${quoteFormulaText(`#${target}`)},${quoteFormulaText(shown)})` };
}

function findingCell(finding: Finding): ReportCell {
  const first = finding.cells[0];
  return first ? cellLink(finding.sheet, first) : text(finding.sheet);
}

/** '校验报告', or '校验报告 (2)', '校验报告 (3)'… when taken: an existing sheet is never overwritten. */
export function uniqueSheetName(existing: readonly string[], base = REPORT_SHEET_BASE): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** The grade, and the one the form states when it differs: '优（表中填 良）', in English '优 (excellent; the form says 良 (good))'. */
function gradeText(grade: string, stated: string | undefined, language: ReportLanguage): string {
  if (language === 'zh') return stated ? `${grade}（${stated}）` : grade;
  if (!grade) return stated ? gradeGloss(stated) : '';
  return stated ? `${gradeGloss(grade)}; the form says ${gradeGloss(stated)}` : gradeGloss(grade);
}

export function reportSheetRows(report: WorkbookReport, language: ReportLanguage): ReportRow[] {
  const t = (msg: Message) => msg[language];
  const rows: ReportRow[] = [
    [text(t(TEXT.title))],
    [text(t(VERDICT_TEXT[verdictOf(report)])), text(t(TEXT.counts(report.counts)))],
    [],
    [text(t(TEXT.tables))],
    TEXT.tableHeader.map((h) => text(t(h))),
  ];
  for (const table of report.tables) {
    rows.push([
      text(table.sheet), text(table.range), text(t(familyName(table.family))), { value: table.indicators },
      // Figures by the one rule of the findings' messages: no trailing zeros (99.9, not 99.90).
      text(trimmedFigure(table.weightSum)), text(trimmedFigure(table.expectedWeight)), text(trimmedFigure(table.scoreSum)),
      text(trimmedFigure(table.statedTotal ?? '')), text(trimmedFigure(table.computedTotal)), text(gradeText(table.grade, table.statedGrade, language)),
    ]);
  }
  rows.push([], [text(t(TEXT.findings))], TEXT.findingHeader.map((h) => text(t(h))));
  if (report.findings.length === 0) rows.push([text(t(TEXT.none))]);
  for (const f of report.findings) {
    rows.push([
      text(t(TEXT.severity[f.severity])), text(f.rule), findingCell(f), f.row === undefined ? text('') : { value: f.row },
      text(t(f.message)), text(f.expected ?? ''), text(f.found ?? ''), text(t(f.why)), text(t(f.how)),
    ]);
  }
  if (report.reviewed.length > 0) {
    rows.push([], [text(t(TEXT.reviewed))], TEXT.reviewedHeader.map((h) => text(t(h))));
    for (const { finding, mark } of report.reviewed) {
      rows.push([text(finding.rule), findingCell(finding), text(t(finding.message)), text(mark.reason)]);
    }
  }
  return rows;
}
