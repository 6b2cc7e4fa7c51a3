// Below the indicators: the total row (总分 / 合计 with weight, score and grade), the table-wide
// explanation (偏差大或目标未完成原因分析) and remarks (其他需要说明事项), in any order.
import type { ColumnField, ColumnInfo, TextField, TotalRow, ValueField } from '../model/types';
import type { SheetReader } from './reader';
import { isBudgetHeader, profileRow, type Zone } from './row-profile';
import { isFormLabel, meaningOf } from './vocabulary';

export interface Footer {
  readonly total?: TotalRow;
  readonly explanation?: TextField;
  readonly remarks?: TextField;
  /** Last row of the footer (the start row when nothing was found). */
  readonly lastRow: number;
}

type Columns = Readonly<Partial<Record<ColumnField, ColumnInfo>>>;

function isLabelCell(reader: SheetReader, row: number, col: number): boolean {
  const m = reader.meaning(row, col);
  return isFormLabel(m) || m.header !== undefined;
}

function readTotal(reader: SheetReader, row: number, labelCol: number, zone: Zone, columns: Columns): TotalRow {
  const cells = reader.row(row) ?? [];
  const end = Math.min(zone.right, cells.length);
  let weight: ValueField | undefined;
  let score: ValueField | undefined;
  let grade: TextField | undefined;
  const loose: ValueField[] = [];
  for (let c = reader.rightEdge(row, labelCol) + 1; c <= end; c++) {
    if (reader.isEmpty(row, c)) continue;
    const m = reader.meaning(row, c);
    if (m.grade) {
      grade ??= reader.textField(row, c);
      continue;
    }
    if (m.total || m.remarks || m.explanation) break;
    const field = reader.valueField(row, c);
    if (c === columns.score?.col) score = field;
    else if (c === columns.weight?.col) weight = field;
    else if (field.kind === 'number') loose.push(field);
  }
  // Numbers outside the score and weight columns: the last is the score, a first of two the weight.
  if (!score && loose.length > 0) score = loose[loose.length - 1];
  if (!weight && loose.length > 1) weight = loose[0];
  return {
    row,
    label: reader.textField(row, labelCol),
    ...(weight ? { weight } : {}),
    ...(score ? { score } : {}),
    ...(grade ? { grade } : {}),
  };
}

/** The text that goes with a label: right of it, else below it; a blank cell right of it when none. */
function textFor(reader: SheetReader, row: number, labelCol: number, zone: Zone): { field: TextField; row: number } {
  const right = reader.nextRight(row, labelCol, zone.right);
  if (right !== undefined && !isLabelCell(reader, row, right)) return { field: reader.textField(row, right), row };
  const below = reader.bottomEdge(row, labelCol) + 1;
  if (below <= reader.lastRow && !reader.isEmpty(below, labelCol) && !isLabelCell(reader, below, labelCol)) {
    const meaning = meaningOf(reader.text(below, labelCol));
    if (!meaning.total) return { field: reader.textField(below, labelCol), row: below };
  }
  const blank = reader.rightEdge(row, labelCol) + 1;
  return { field: reader.textField(row, blank <= zone.right ? blank : labelCol), row };
}

export function readFooter(reader: SheetReader, startRow: number, zone: Zone, columns: Columns): Footer {
  let total: TotalRow | undefined;
  let explanation: TextField | undefined;
  let remarks: TextField | undefined;
  let lastRow = startRow - 1;
  let blankRun = 0;
  for (let row = startRow; row <= reader.lastRow; row++) {
    const p = profileRow(reader, row, zone);
    if (p.nonEmpty === 0) {
      if (++blankRun >= 2) break;
      continue;
    }
    blankRun = 0;
    if (p.formLabel !== undefined || p.goalBlock !== undefined || isBudgetHeader(p) || p.headerCells >= 2) break;
    let known = false;
    let consumedTo = row;
    if (p.total !== undefined && !total) {
      total = readTotal(reader, row, p.total, zone, columns);
      known = true;
    }
    if (p.explanation !== undefined && !explanation) {
      const found = textFor(reader, row, p.explanation, zone);
      explanation = found.field;
      consumedTo = Math.max(consumedTo, found.row);
      known = true;
    }
    if (p.remarks !== undefined && !remarks) {
      const found = textFor(reader, row, p.remarks, zone);
      remarks = found.field;
      consumedTo = Math.max(consumedTo, found.row);
      known = true;
    }
    if (p.footer !== undefined) known = true;
    if (!known) break;
    lastRow = consumedTo;
    row = consumedTo;
  }
  return {
    ...(total ? { total } : {}),
    ...(explanation ? { explanation } : {}),
    ...(remarks ? { remarks } : {}),
    lastRow: Math.max(lastRow, startRow - 1),
  };
}
