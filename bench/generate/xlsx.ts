// Writes synthetic workbooks as .xlsx files with ExcelJS, as a person saving the form would:
// values, formulas with their cached results, number formats, merged areas, column widths.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { childSeed } from './random';
import { generateWorkbook, type WorkbookPlan, type WorkbookSpec } from './workbooks';
import type { PlanCell } from './layouts';

const FIXED_DATE = new Date(Date.UTC(2024, 0, 1));

function write(cell: ExcelJS.Cell, input: PlanCell): void {
  if (input === undefined || input === null || input === '') return;
  if (typeof input !== 'object') {
    cell.value = input;
    return;
  }
  if ('error' in input) {
    cell.value = { error: input.error } as ExcelJS.CellErrorValue;
    return;
  }
  const value = input.v;
  if (input.f !== undefined) {
    cell.value = { formula: input.f, result: value === null ? undefined : (value as number | string) } as ExcelJS.CellFormulaValue;
  } else if (value !== null) {
    cell.value = typeof value === 'object' ? ({ error: value.error } as ExcelJS.CellErrorValue) : value;
  }
  if (input.fmt !== undefined) cell.numFmt = input.fmt;
}

export async function planToXlsx(plan: WorkbookPlan): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'PERF bench';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  for (const sheet of plan.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => row.forEach((input, c) => write(ws.getCell(r + 1, c + 1), input)));
    for (const range of sheet.merges) ws.mergeCells(range);
    ws.getColumn(2).width = 16;
    ws.getColumn(4).width = 24;
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export interface CorpusSpec {
  readonly seed: number;
  readonly files: number;
  /** Sheets per workbook, drawn in turn from this list. */
  readonly sheets: readonly number[];
  readonly indicators: readonly [number, number];
}

/** Writes `files` workbooks into `dir` (created if needed); returns their paths in order. */
export async function writeCorpus(dir: string, spec: CorpusSpec): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (let i = 0; i < spec.files; i++) {
    const workbookSpec: WorkbookSpec = { seed: childSeed(spec.seed, i), sheets: spec.sheets[i % spec.sheets.length], indicators: spec.indicators };
    const file = join(dir, `自评表-${String(i + 1).padStart(4, '0')}.xlsx`);
    writeFileSync(file, await planToXlsx(generateWorkbook(workbookSpec)));
    paths.push(file);
  }
  return paths;
}
