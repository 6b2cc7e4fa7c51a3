// Every cell a table reads, with the row a finding about it belongs to (indicator, budget or total row).
import type { IndicatorTable, TextField, ValueField } from '../../model/types';

export interface TableCell {
  readonly field: TextField | ValueField;
  readonly row?: number;
  /** A numeric column: weight, score, coefficient, amounts, rates, totals. */
  readonly numeric: boolean;
}

export function tableCells(table: IndicatorTable): TableCell[] {
  const out: TableCell[] = [];
  const seen = new Set<string>();
  const add = (field: TextField | ValueField | undefined, row: number | undefined, numeric: boolean) => {
    if (!field || seen.has(field.ref.address)) return;
    seen.add(field.ref.address);
    out.push({ field, row, numeric });
  };
  add(table.header.statedTotal, undefined, true);
  for (const i of table.indicators) {
    add(i.name, i.row, false);
    add(i.unit, i.row, false);
    add(i.opCell, i.row, false);
    add(i.initialTarget, i.row, false);
    add(i.target, i.row, false);
    add(i.actual, i.row, false);
    add(i.weight, i.row, true);
    add(i.coefficient, i.row, true);
    add(i.score, i.row, true);
    add(i.note, i.row, false);
  }
  for (const r of table.budget?.rows ?? []) {
    const row = r.label.ref.row;
    add(r.initial, row, true);
    add(r.budget, row, true);
    add(r.spent, row, true);
    add(r.weight, row, true);
    add(r.rate, row, true);
    add(r.score, row, true);
  }
  if (table.total) {
    add(table.total.weight, table.total.row, true);
    add(table.total.score, table.total.row, true);
    add(table.total.grade, table.total.row, false);
  }
  return out;
}
