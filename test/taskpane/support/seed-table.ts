// The seed's indicator table as recognition describes it, read from the seed grid at the seed's
// known columns (B name, D unit, E 指标性质, F 指标值, G 权重, H 完成值, I 得分, J 说明). Tests of the
// pane's actions use it where they need an IndicatorTable rather than a report.
import { a1 } from '../../../src/core/grid/address';
import { valueAt, cellAt } from '../../../src/core/grid/access';
import type { SheetGrid } from '../../../src/core/grid/types';
import type { Indicator, IndicatorTable, TextField, ValueField } from '../../../src/core/model/types';
import { displayedDecimals, parseOperator, parseValue } from '../../../src/core/scoring';

const COL = { name: 2, unit: 4, op: 5, target: 6, weight: 7, actual: 8, score: 9, note: 10 } as const;

function ref(sheet: SheetGrid, row: number, col: number) {
  return { sheet: sheet.name, row, col, address: a1(row, col) };
}

function valueField(sheet: SheetGrid, row: number, col: number, unitHint?: string): ValueField {
  const cell = cellAt(sheet, row, col);
  const raw = cell?.value ?? null;
  const parsed = parseValue(raw, { numFmt: cell?.numFmt, text: cell?.text, unitHint });
  return { ...parsed, ref: ref(sheet, row, col), formula: cell?.formula, numFmt: cell?.numFmt, decimals: displayedDecimals(raw, cell?.numFmt, cell?.text) };
}

function textField(sheet: SheetGrid, row: number, col: number): TextField | undefined {
  const raw = valueAt(sheet, row, col);
  if (raw === null) return undefined;
  return { text: String(raw), raw, ref: ref(sheet, row, col) };
}

export function seedTable(sheet: SheetGrid, firstRow = 7, lastRow = 36): IndicatorTable {
  const indicators: Indicator[] = [];
  for (let row = firstRow; row <= lastRow; row++) {
    const opCell = textField(sheet, row, COL.op);
    const op = opCell ? parseOperator(opCell.text) : undefined;
    const unit = textField(sheet, row, COL.unit);
    indicators.push({
      row,
      block: 'other',
      name: textField(sheet, row, COL.name),
      unit,
      opCell,
      op,
      opSource: op ? 'column' : undefined,
      target: valueField(sheet, row, COL.target, unit?.text),
      actual: valueField(sheet, row, COL.actual, unit?.text),
      weight: valueField(sheet, row, COL.weight),
      score: valueField(sheet, row, COL.score),
      note: textField(sheet, row, COL.note),
      qualitative: op === 'qual',
      applicable: true,
    });
  }
  return {
    sheet: sheet.name,
    range: `A1:J${lastRow}`,
    indicatorRange: `A6:J${lastRow}`,
    family: 'C',
    header: { fields: {} },
    columns: {},
    headerRows: [6],
    blocks: [],
    indicators,
    missingColumns: [],
  };
}
