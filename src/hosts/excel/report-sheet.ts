// exportReport: a NEW sheet 校验报告 (校验报告 (2)… when taken; an existing sheet is never touched),
// written in one batch after one read of the sheet names. If the batch fails half way, the
// half-written report sheet is removed again.
import type { WorkbookReport } from '../../core/report/types';
import type { WriteResult } from '../types';
import type { ExcelDeps } from './deps';
import { errorDetail, failureMessage, officeErrorCode } from './errors';
import { SEVERITY_FILL } from './highlight';
import { msg } from './messages';
import { reportLayout, type Language } from './report-layout';
import { fail } from './verify';

export const REPORT_SHEET = '校验报告';

/** 校验报告, else 校验报告 (2), (3)…: Excel compares sheet names without case. */
export function uniqueSheetName(existing: readonly string[], base = REPORT_SHEET): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i += 1) {
    const name = `${base} (${i})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** A reference Excel resolves whatever the sheet name holds (spaces, quotes, CJK). */
export function linkTarget(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

function isReport(x: unknown): x is WorkbookReport {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Partial<WorkbookReport>;
  return Array.isArray(r.tables) && Array.isArray(r.findings) && Array.isArray(r.reviewed) && typeof r.counts === 'object';
}

function queueReport(context: Excel.RequestContext, name: string, report: WorkbookReport, language: Language, when: Date, workbookName?: string): void {
  const layout = reportLayout(report, language, when, workbookName);
  const sheet = context.workbook.worksheets.add(name);
  const all = sheet.getRangeByIndexes(0, 0, layout.values.length, layout.width);
  all.numberFormat = layout.formats;
  all.values = layout.values;
  all.format.verticalAlignment = 'Top';
  const title = sheet.getRangeByIndexes(layout.titleRow, 0, 1, 1);
  title.format.font.bold = true;
  title.format.font.size = 14;
  for (const row of layout.sectionRows) sheet.getRangeByIndexes(row, 0, 1, 1).format.font.bold = true;
  for (const row of layout.headerRows) {
    const header = sheet.getRangeByIndexes(row, 0, 1, layout.width);
    header.format.font.bold = true;
    header.format.fill.color = '#D9E1F2';
  }
  for (const s of layout.severities) sheet.getRangeByIndexes(s.row, s.col, 1, 1).format.fill.color = SEVERITY_FILL[s.severity];
  for (const link of layout.links) {
    sheet.getRangeByIndexes(link.row, link.col, 1, 1).hyperlink = {
      documentReference: linkTarget(link.sheet, link.address),
      textToDisplay: link.address,
      screenTip: `${link.sheet}!${link.address}`,
    };
  }
  layout.widths.forEach((points, col) => {
    sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = points;
  });
  sheet.activate();
}

export async function exportReport(deps: ExcelDeps, report: WorkbookReport, language: Language): Promise<{ readonly sheet: string } | WriteResult> {
  if (!isReport(report)) return fail('failed', msg.reportFailed('no report'));
  try {
    return await deps.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      context.workbook.load('name');
      context.workbook.protection.load('protected');
      await context.sync();
      if (context.workbook.protection.protected) return fail('protected', msg.protectedWorkbook);
      const name = uniqueSheetName(sheets.items.map((s) => s.name));
      queueReport(context, name, report, language, deps.now(), context.workbook.name);
      try {
        await context.sync();
      } catch (error) {
        // Another sheet took the name meanwhile: it is not ours, leave it alone.
        if (officeErrorCode(error) === 'ItemAlreadyExists') return fail('failed', msg.reportFailed(errorDetail(error)));
        const leftover = context.workbook.worksheets.getItemOrNullObject(name);
        leftover.load('name');
        try {
          await context.sync();
          if (!leftover.isNullObject) {
            leftover.delete();
            await context.sync();
          }
        } catch {
          // Nothing more to do: the message below tells the user the report was not created.
        }
        return fail('failed', msg.reportFailed(errorDetail(error)));
      }
      return { sheet: name };
    });
  } catch (error) {
    return fail('failed', failureMessage(error, msg.reportFailed));
  }
}
