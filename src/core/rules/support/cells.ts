// Every cell a table reads, with the row a finding about it belongs to (indicator, budget or total
// row). A visitor, so the 10,000-row tables of a large workbook cost no intermediate arrays.
import type { IndicatorTable, TextField, ValueField } from '../../model/types';

/** numeric: a column whose cells must be numbers (weight, score, coefficient, amounts, rates, totals). */
export type CellVisitor = (field: TextField | ValueField, row: number | undefined, numeric: boolean) => void;

export function forEachCell(table: IndicatorTable, visit: CellVisitor): void {
  const v = (field: TextField | ValueField | undefined, row: number | undefined, numeric: boolean) => {
    if (field) visit(field, row, numeric);
  };
  v(table.header.statedTotal, undefined, true);
  for (const i of table.indicators) {
    const row = i.row;
    v(i.name, row, false);
    v(i.unit, row, false);
    v(i.opCell, row, false);
    v(i.initialTarget, row, false);
    v(i.target, row, false);
    v(i.actual, row, false);
    v(i.weight, row, true);
    v(i.coefficient, row, true);
    v(i.score, row, true);
    v(i.note, row, false);
  }
  for (const r of table.budget?.rows ?? []) {
    const row = r.label.ref.row;
    v(r.initial, row, true);
    v(r.budget, row, true);
    v(r.spent, row, true);
    v(r.weight, row, true);
    v(r.rate, row, true);
    v(r.score, row, true);
  }
  if (table.total) {
    v(table.total.weight, table.total.row, true);
    v(table.total.score, table.total.row, true);
    v(table.total.grade, table.total.row, false);
  }
}
