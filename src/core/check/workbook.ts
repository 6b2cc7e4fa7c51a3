// checkWorkbook: the whole pipeline on a grid — recognise, validate, summarise, apply reviewed marks.
import type { SheetGrid, WorkbookGrid } from '../grid/types';
import { recognise, recogniseSheet } from '../recognise';
import type { WorkbookReport } from '../report/types';
import { checkRecognition, type CheckOptions } from './report';

/** The profile to check with, and the reviewed marks that accept findings. */
export type CheckWorkbookOptions = CheckOptions;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function emptyReport(notes: ReadonlyArray<{ zh: string; en: string }>): WorkbookReport {
  return { tables: [], findings: [], reviewed: [], counts: { error: 0, warning: 0, info: 0 }, passed: true, notes };
}

/** Checks every indicator table of a workbook. Never throws: a failure becomes a note in the report. */
export function checkWorkbook(grid: WorkbookGrid, options: CheckWorkbookOptions): WorkbookReport {
  try {
    const sheets = Array.isArray(grid?.sheets) ? grid.sheets : [];
    return checkRecognition(recognise(grid, { headerHints: options.headerHints }), options, sheets.map((s) => s?.name), grid?.notes ?? []);
  } catch (error) {
    return emptyReport([{ zh: `无法检查该工作簿：${describe(error)}`, en: `The workbook could not be checked: ${describe(error)}` }]);
  }
}

/**
 * Live re-check of one edited sheet: its tables re-recognised and checked. Merge the result into the
 * previous report for the other sheets (src/core/actions mergeReport).
 */
export function checkSheet(sheet: SheetGrid, options: CheckWorkbookOptions): WorkbookReport {
  try {
    return checkRecognition({ tables: recogniseSheet(sheet) }, options, [sheet.name]);
  } catch (error) {
    return emptyReport([{ zh: `无法检查工作表 ${sheet?.name}：${describe(error)}`, en: `Sheet ${sheet?.name} could not be checked: ${describe(error)}` }]);
  }
}
