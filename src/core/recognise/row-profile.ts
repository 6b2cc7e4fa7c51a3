// One pass over a row's cells inside a zone: what labels it holds. Every later decision about the
// row (header, total, footer, start of another form) reads this instead of scanning again.
import type { SheetReader } from './reader';
import { displayText } from './reader';
import { meaningOf, type BudgetField } from './vocabulary';

export interface Zone {
  readonly left: number;
  readonly right: number;
}

export interface RowProfile {
  readonly nonEmpty: number;
  /** Cells whose text is an indicator header. */
  readonly headerCells: number;
  /** Columns of the first cell of each kind. */
  readonly total?: number;
  readonly explanation?: number;
  readonly remarks?: number;
  readonly footer?: number;
  readonly goalBlock?: { readonly n: number; readonly col: number };
  /** A label of the blocks above a table (title, header block, 自评总分, goals). */
  readonly formLabel?: number;
  /** Budget header fields in the row. */
  readonly budgetFields: ReadonlySet<BudgetField>;
}

const NO_BUDGET: ReadonlySet<BudgetField> = new Set();

export function profileRow(reader: SheetReader, row: number, zone: Zone): RowProfile {
  const cells = reader.row(row);
  const out: {
    nonEmpty: number; headerCells: number; total?: number; explanation?: number; remarks?: number;
    footer?: number; goalBlock?: { n: number; col: number }; formLabel?: number; budgetFields: Set<BudgetField> | ReadonlySet<BudgetField>;
  } = { nonEmpty: 0, headerCells: 0, budgetFields: NO_BUDGET };
  if (!cells) return out;
  const end = Math.min(zone.right, cells.length);
  for (let c = zone.left; c <= end; c++) {
    const cell = cells[c - 1];
    if (!cell) continue;
    const v = cell.value;
    if (typeof v !== 'string') {
      if (displayText(cell) !== '') out.nonEmpty++;
      continue;
    }
    if (v.trim() === '') continue;
    out.nonEmpty++;
    const m = meaningOf(v);
    if (m.header !== undefined) out.headerCells++;
    if (m.budget !== undefined) {
      if (out.budgetFields === NO_BUDGET) out.budgetFields = new Set();
      (out.budgetFields as Set<BudgetField>).add(m.budget);
    }
    if (m.total && out.total === undefined) out.total = c;
    if (m.explanation && out.explanation === undefined) out.explanation = c;
    if (m.remarks && out.remarks === undefined) out.remarks = c;
    if (m.footer && out.footer === undefined) out.footer = c;
    if (m.goalBlock !== undefined && out.goalBlock === undefined) out.goalBlock = { n: m.goalBlock, col: c };
    const goalsLabel = m.goals !== undefined && m.goals !== 'group';
    if ((m.title || m.headerBlock || m.statedTotal || goalsLabel) && out.formLabel === undefined) out.formLabel = c;
  }
  return out;
}

/** A budget block header: an executed amount and a budget amount side by side. */
export function isBudgetHeader(profile: RowProfile): boolean {
  const f = profile.budgetFields;
  return f.has('spent') && (f.has('budget') || f.has('initial'));
}
