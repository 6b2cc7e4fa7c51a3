// checkWorkbook: the whole pipeline on a grid — recognise, validate, summarise, apply reviewed marks.
import type { SheetGrid, WorkbookGrid } from '../grid/types';
import type { IndicatorTable } from '../model/types';
import { chooseProfile, type ProfileChoice, type ProfileRequest } from '../profile/auto';
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

/** A profile, or 'auto' (Hubei for a workbook of Hubei forms, national otherwise), and the reviewed marks. */
export interface CheckChoosingOptions extends Omit<CheckOptions, 'profile'> {
  readonly profile: ProfileRequest;
}

/** The report, the profile it was checked with (and why, when chosen), and the recognised tables. */
export interface ChosenCheck {
  readonly report: WorkbookReport;
  readonly choice: ProfileChoice;
  readonly tables: readonly IndicatorTable[];
}

/**
 * checkWorkbook with the profile chosen from the recognised tables (chooseProfile): the workbook is
 * recognised once. Never throws: should anything fail, checkWorkbook's note says so.
 */
export function checkWorkbookChoosing(grid: WorkbookGrid, options: CheckChoosingOptions): ChosenCheck {
  let choice = chooseProfile(options.profile, []);
  try {
    const recognition = recognise(grid);
    choice = chooseProfile(options.profile, recognition.tables);
    const sheets = Array.isArray(grid?.sheets) ? grid.sheets : [];
    const report = checkRecognition(recognition, { ...options, profile: choice.profile }, sheets.map((s) => s?.name), grid?.notes ?? []);
    return { report, choice, tables: recognition.tables };
  } catch {
    return { report: checkWorkbook(grid, { ...options, profile: choice.profile }), choice, tables: [] };
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
