// Builds IndicatorTable models for rule tests, row by row as a form reads, through the real value
// parsers (parseValue, parseOperator, displayedDecimals). Not a recogniser: the layout is given.
import Decimal from 'decimal.js';
import { a1, columnNumber } from '../../../../src/core/grid/address';
import type { CellValue } from '../../../../src/core/grid/types';
import type {
  BlockKind, BlockLabel, BudgetBlock, BudgetRow, ColumnField, ColumnInfo, Family, GoalsBlock, Indicator,
  IndicatorTable, Op, TextField, TotalRow, ValueField,
} from '../../../../src/core/model/types';
import { displayedDecimals, parseOperator, parseValue } from '../../../../src/core/scoring';

/** A value with a number format or a formula, as in test/support/grid.ts. */
export interface V {
  v: CellValue;
  fmt?: string;
  f?: string;
  text?: string;
}
export type In = CellValue | V | undefined;

export interface RowSpec {
  level1?: string;
  level2?: string;
  name?: string;
  unit?: In;
  op?: string;
  target?: In;
  initialTarget?: In;
  weight?: In;
  actual?: In;
  coefficient?: In;
  score?: In;
  note?: string;
  applicable?: boolean;
  goalBlock?: number;
}

export interface BudgetSpec {
  label?: string;
  statedWeight?: string;
  rows: Array<{ label: string; isTotal?: boolean; initial?: In; budget?: In; spent?: In; weight?: In; rate?: In; score?: In; note?: string }>;
}

export interface TableSpec {
  sheet?: string;
  family?: Family;
  /** Excel row of the first indicator (header row is the one above). */
  firstRow?: number;
  /** Column letter of each field present; default the seed's layout (A level1 … J note). */
  columns?: Partial<Record<ColumnField, string>>;
  rows: RowSpec[];
  statedTotal?: In;
  total?: { score?: In; weight?: In; grade?: string };
  goals?: { initial?: string; adjusted?: string; achieved?: string };
  budget?: BudgetSpec;
  blocks?: Array<{ label: string; weight?: string; kind?: BlockKind; firstRow: number; lastRow: number; at?: string }>;
  explanation?: string;
  headerFields?: Record<string, string>;
  /**
   * Category rows with no indicator (indicator rows step over them): the 一级 label is read at
   * `level1At` (default: the level1 column of the row), the 二级 in its column.
   */
  emptyCategories?: Array<{ row: number; level1?: string; level1At?: string; level2?: string }>;
  /** Other rows the indicator rows step over (a Hubei goal block's label and repeated header). */
  skipRows?: number[];
  missingColumns?: ColumnField[];
}

export const SEED_COLUMNS: Partial<Record<ColumnField, string>> = {
  level1: 'A', name: 'B', unit: 'D', op: 'E', target: 'F', weight: 'G', actual: 'H', score: 'I', note: 'J',
};

function isV(x: In): x is V {
  return typeof x === 'object' && x !== null && 'v' in x;
}

function ref(sheet: string, address: string) {
  const m = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
  return { sheet, row: Number(m[2]), col: columnNumber(m[1]), address };
}

export function valueField(sheet: string, address: string, x: In, unitHint?: string): ValueField | undefined {
  if (x === undefined || x === null) return undefined;
  const spec = isV(x) ? x : { v: x };
  const parsed = parseValue(spec.v, { numFmt: spec.fmt, text: spec.text, unitHint });
  return {
    ...parsed,
    ref: ref(sheet, address),
    ...(spec.f ? { formula: spec.f.startsWith('=') ? spec.f : `=${spec.f}` } : {}),
    ...(spec.fmt ? { numFmt: spec.fmt } : {}),
    decimals: displayedDecimals(spec.v, spec.fmt, spec.text),
  };
}

export function textField(sheet: string, address: string, raw: CellValue | undefined): TextField | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  return { text: String(raw), raw, ref: ref(sheet, address) };
}

function kindOf(label: string | undefined): BlockKind {
  if (!label) return 'other';
  if (/产出|產出/.test(label)) return 'output';
  if (/成本/.test(label)) return 'cost';
  if (/效益/.test(label)) return 'benefit';
  if (/满意|滿意/.test(label)) return 'satisfaction';
  return 'other';
}

export function tableOf(spec: TableSpec): IndicatorTable {
  const sheet = spec.sheet ?? 'Sheet1';
  const cols = spec.columns ?? SEED_COLUMNS;
  const first = spec.firstRow ?? 7;
  const at = (field: ColumnField, row: number) => `${cols[field]}${row}`;
  let level1: TextField | undefined;
  let level2: TextField | undefined;
  // Indicator rows are numbered from firstRow, stepping over the rows of empty categories and skipRows.
  const categoryRows = (spec.emptyCategories ?? []).map((c) => c.row);
  const stepOver = new Set([...categoryRows, ...(spec.skipRows ?? [])]);
  const rowNumbers: number[] = [];
  for (let row = first; rowNumbers.length < spec.rows.length; row++) if (!stepOver.has(row)) rowNumbers.push(row);
  const indicators: Indicator[] = spec.rows.map((r, i) => {
    const row = rowNumbers[i];
    const has = (f: ColumnField) => cols[f] !== undefined;
    if (r.level1 !== undefined) level1 = textField(sheet, at('level1', row), r.level1);
    if (r.level2 !== undefined) level2 = textField(sheet, at('level2', row), r.level2);
    const unitRaw = isV(r.unit) ? r.unit.v : r.unit;
    const unit = has('unit') ? textField(sheet, at('unit', row), unitRaw) : undefined;
    const unitHint = unit?.text;
    const target = has('target') ? valueField(sheet, at('target', row), r.target, unitHint) : undefined;
    const opCell = has('op') ? textField(sheet, at('op', row), r.op) : undefined;
    let op: Op | undefined = opCell ? parseOperator(opCell.text) : undefined;
    let opSource: Indicator['opSource'] = op ? 'column' : undefined;
    if (!op && target?.op) {
      op = target.op;
      opSource = 'target';
    }
    const qualitative = op === 'qual' || (op === undefined && target?.kind === 'text');
    return {
      row,
      level1,
      block: kindOf(level1?.text),
      level2,
      name: has('name') ? textField(sheet, at('name', row), r.name) : undefined,
      unit,
      opCell,
      op: qualitative ? 'qual' : op,
      opSource: qualitative && !op ? 'word' : opSource,
      target,
      initialTarget: has('initialTarget') ? valueField(sheet, at('initialTarget', row), r.initialTarget, unitHint) : undefined,
      actual: has('actual') ? valueField(sheet, at('actual', row), r.actual, unitHint) : undefined,
      weight: has('weight') ? valueField(sheet, at('weight', row), r.weight) : undefined,
      coefficient: has('coefficient') ? valueField(sheet, at('coefficient', row), r.coefficient) : undefined,
      score: has('score') ? valueField(sheet, at('score', row), r.score) : undefined,
      note: has('note') ? textField(sheet, at('note', row), r.note) : undefined,
      qualitative,
      applicable: r.applicable ?? true,
      ...(r.goalBlock !== undefined ? { goalBlock: r.goalBlock } : {}),
    } as Indicator;
  });
  const last = Math.max(rowNumbers[rowNumbers.length - 1] ?? first - 1, ...categoryRows);
  const columns: Partial<Record<ColumnField, ColumnInfo>> = {};
  for (const [field, letter] of Object.entries(cols) as Array<[ColumnField, string]>) {
    const address = `${letter}${first - 1}`;
    columns[field] = { col: columnNumber(letter), letter, header: field, headerRef: ref(sheet, address) };
  }
  const lastCol = Math.max(...Object.values(cols).map((l) => columnNumber(l as string)));
  let totalRow: TotalRow | undefined;
  if (spec.total) {
    const row = last + 1;
    totalRow = {
      row,
      label: textField(sheet, `A${row}`, '总分') as TextField,
      weight: valueField(sheet, at('weight', row), spec.total.weight),
      score: valueField(sheet, at('score', row), spec.total.score),
      grade: spec.total.grade ? textField(sheet, `${String.fromCharCode(64 + lastCol)}${row}`, spec.total.grade) : undefined,
    };
  }
  const goals: GoalsBlock | undefined = spec.goals
    ? {
        range: 'B4:J5',
        initial: textField(sheet, 'B5', spec.goals.initial),
        adjusted: textField(sheet, 'E5', spec.goals.adjusted),
        achieved: textField(sheet, 'H5', spec.goals.achieved),
      }
    : undefined;
  let budget: BudgetBlock | undefined;
  if (spec.budget) {
    const bStart = 2;
    const rows: BudgetRow[] = spec.budget.rows.map((b, i) => {
      const r = bStart + i;
      return {
        label: textField(sheet, `B${r}`, b.label) as TextField,
        isTotal: b.isTotal ?? false,
        initial: valueField(sheet, `C${r}`, b.initial),
        budget: valueField(sheet, `D${r}`, b.budget),
        spent: valueField(sheet, `E${r}`, b.spent),
        weight: valueField(sheet, `F${r}`, b.weight),
        rate: valueField(sheet, `G${r}`, b.rate),
        score: valueField(sheet, `H${r}`, b.score),
        note: textField(sheet, `I${r}`, b.note),
      };
    });
    budget = {
      range: `A1:I${bStart + rows.length - 1}`,
      label: textField(sheet, 'A1', spec.budget.label ?? '项目资金（万元）'),
      ...(spec.budget.statedWeight ? { statedWeight: new Decimal(spec.budget.statedWeight) } : {}),
      unit: '万元',
      rows,
    };
  }
  const blocks: BlockLabel[] = (spec.blocks ?? []).map((b) => ({
    label: b.label,
    kind: b.kind ?? kindOf(b.label),
    ...(b.weight ? { statedWeight: new Decimal(b.weight) } : {}),
    ref: ref(sheet, b.at ?? `A${b.firstRow}`),
    firstRow: b.firstRow,
    lastRow: b.lastRow,
  }));
  const fields: Record<string, TextField> = {};
  for (const [label, value] of Object.entries(spec.headerFields ?? {})) {
    fields[label] = textField(sheet, 'B1', value) as TextField;
  }
  return {
    sheet,
    range: `A1:${a1(totalRow ? totalRow.row : last, lastCol)}`,
    indicatorRange: `A${first - 1}:${a1(last, lastCol)}`,
    family: spec.family ?? 'C',
    header: { fields, ...(spec.statedTotal !== undefined ? { statedTotal: valueField(sheet, 'I3', spec.statedTotal) } : {}) },
    ...(budget ? { budget } : {}),
    ...(goals ? { goals } : {}),
    columns,
    headerRows: [first - 1],
    blocks,
    indicators,
    ...(spec.emptyCategories
      ? {
          emptyCategories: spec.emptyCategories.map((c) => ({
            row: c.row,
            level1: c.level1 !== undefined ? textField(sheet, c.level1At ?? at('level1', c.row), c.level1) : undefined,
            level2: c.level2 !== undefined ? textField(sheet, at('level2', c.row), c.level2) : undefined,
          })),
        }
      : {}),
    ...(totalRow ? { total: totalRow } : {}),
    // A blank explanation block still is a place to explain (recognition keeps it, with empty text).
    ...(spec.explanation !== undefined ? { explanation: { text: spec.explanation, raw: spec.explanation || null, ref: ref(sheet, `C${last + 2}`) } } : {}),
    missingColumns: spec.missingColumns ?? [],
  };
}
