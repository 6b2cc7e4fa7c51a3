// The verdict a reader acts on. A workbook in which no indicator table was recognised has not passed
// anything: its verdict is 'no-table', never 'passed', whatever the counts say.
import type { WorkbookReport } from './types';

export type Verdict = 'passed' | 'failed' | 'no-table';

export function verdictOf(report: Pick<WorkbookReport, 'tables' | 'passed'>): Verdict {
  if (report.tables.length === 0) return 'no-table';
  return report.passed ? 'passed' : 'failed';
}

/** The column headers recognition looks for, as a reader would write them (for the no-table verdict). */
export const LOOKED_FOR_HEADERS = {
  zh: ['指标名称（三级指标）', '指标值（年度指标值）', '权重（分值）', '实际完成值（全年完成值）', '得分'],
  en: ['indicator name', 'target', 'weight (points)', 'actual', 'score'],
} as const;
