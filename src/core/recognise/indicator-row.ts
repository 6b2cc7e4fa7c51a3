// One indicator row read through the header's column map: values as ValueFields, the operator and
// where it came from, qualitative and not-applicable flags, the block it belongs to.
import type { BlockKind, ColumnField, ColumnInfo, Indicator, Op, TextField, ValueField } from '../model/types';
import { isQuantitativeMarker, normalizeText, parseOperator } from '../scoring';
import type { SheetReader } from './reader';
import { labelOf } from './text';
import { blockKindOfLevel2, blockKindsOf, meaningOf } from './vocabulary';

type Columns = Readonly<Partial<Record<ColumnField, ColumnInfo>>>;

export interface RowContext {
  readonly level1?: TextField;
  readonly level2?: TextField;
  readonly goalBlock?: number;
  /** Block kind of the current levels (blockOfLevels), if they name one. */
  readonly block?: BlockKind;
  /** Header of the coefficient column says (%): its plain numbers are percentages. */
  readonly coefficientPercent: boolean;
}

const SYMBOLS = new Set(['≥', '≤', '>', '<', '=']);
const NAME_OPERATORS: ReadonlyArray<readonly [string, Op]> = [
  ['>=', '>='], ['<=', '<='], ['≥', '>='], ['≤', '<='], ['>', '>'], ['<', '<'], ['=', '='],
];
/** '指标1：', '指标 2:' in front of a name (template numbering). */
const NAME_PREFIX = /^\s*指\s*标\s*[0-9０-９]+\s*[:：]\s*/;

const INDICATOR_FIELDS: readonly ColumnField[] = ['name', 'target', 'initialTarget', 'actual', 'weight', 'score', 'coefficient'];

/** True when the row holds anything that makes it an indicator: a name or a value. */
export function isIndicatorRow(reader: SheetReader, row: number, columns: Columns): boolean {
  for (const field of INDICATOR_FIELDS) {
    const col = columns[field]?.col;
    if (col !== undefined && !reader.isEmpty(row, col)) return true;
  }
  return false;
}

function nameField(reader: SheetReader, row: number, col: number | undefined): TextField | undefined {
  const field = reader.optionalText(row, col);
  if (!field || field.text.charAt(0) !== '指') return field;
  const stripped = field.text.replace(NAME_PREFIX, '').trim();
  return stripped !== '' && stripped !== field.text ? { ...field, text: stripped } : field;
}

function operatorInName(name: string): Op | undefined {
  const norm = normalizeText(name);
  let best: { at: number; op: Op } | undefined;
  for (const [form, op] of NAME_OPERATORS) {
    const at = norm.indexOf(form);
    if (at >= 0 && (best === undefined || at < best.at)) best = { at, op };
  }
  return best?.op;
}

interface OperatorReading {
  readonly op?: Op;
  readonly opSource?: Indicator['opSource'];
  readonly qualitative: boolean;
}

/** A cell holding words, not a number ('好', '达成预期指标'). */
function isWords(v: ValueField | undefined): boolean {
  return v !== undefined && v.kind === 'text' && v.number === undefined && v.op === undefined && /[\u4e00-\u9fff]/.test(v.text);
}

function readOperator(
  opCell: TextField | undefined,
  target: ValueField | undefined,
  actual: ValueField | undefined,
  name: TextField | undefined,
  applicable: boolean,
): OperatorReading {
  let quantitative = false;
  if (opCell) {
    const op = parseOperator(opCell.text);
    if (op !== undefined) return { op, opSource: 'column', qualitative: op === 'qual' };
    quantitative = isQuantitativeMarker(opCell.text);
  }
  if (target?.op !== undefined) {
    const first = normalizeText(target.text).charAt(0);
    const opSource = SYMBOLS.has(first) ? 'target' : 'word';
    return { op: target.op, opSource, qualitative: target.op === 'qual' };
  }
  // A bare '100%' is the folded form of '=100%' (DESIGN.md §1), scored like ≥ as a full rate.
  if (target?.kind === 'number' && target.percent && target.number?.eq(100) && typeof target.raw === 'string') {
    return { op: '=', opSource: 'target', qualitative: false };
  }
  // A word target (优, 有所增加, 达到预期) is a qualitative indicator unless the form says 定量; words in
  // both the target and the actual (好 → 高) make it qualitative whatever the column says.
  if (target?.kind === 'text' && (!quantitative || isWords(actual)) && applicable) return { op: 'qual', opSource: 'target', qualitative: true };
  const fromName = name && target?.kind !== 'text' ? operatorInName(name.text) : undefined;
  if (fromName !== undefined) return { op: fromName, opSource: 'name', qualitative: false };
  return { qualitative: false };
}

/**
 * The block a row's levels put it in: the first level's kind, or the second level's when the first
 * names none or several (效益指标/满意度指标 over 服务对象满意度指标). Computed once per level change.
 */
export function blockOfLevels(level1: TextField | undefined, level2: TextField | undefined): BlockKind | undefined {
  const kinds = level1 ? blockKindsOf(level1.text) : [];
  if (kinds.length === 1) return kinds[0];
  const second = level2 ? blockKindOfLevel2(level2.text) : undefined;
  if (second !== undefined && (kinds.length === 0 || kinds.includes(second))) return second;
  return kinds[0];
}

function blockOf(ctx: RowContext, name: TextField | undefined): BlockKind {
  if (ctx.block !== undefined) return ctx.block;
  // Family C puts 全年预算执行率 among the indicators with no first level.
  if (!ctx.level1 && name && name.text.endsWith('率') && /预算执行率$/.test(labelOf(name.text).key)) return 'budget';
  return 'other';
}

/** A cell that says the indicator does not apply (不适用, 不涉及). */
function notApplicableText(f: { readonly text: string; readonly kind?: string } | undefined): boolean {
  return f !== undefined && f.kind !== 'number' && f.text !== '' && meaningOf(f.text).notApplicable === true;
}

/** "/" in both the target and the actual marks a row not applicable. */
function slashOnly(f: ValueField | undefined): boolean {
  return f !== undefined && f.kind === 'text' && /^\s*[/／\\]\s*$/.test(f.text);
}

function valueAt(reader: SheetReader, row: number, column: ColumnInfo | undefined, hint?: string): ValueField | undefined {
  return column === undefined ? undefined : reader.valueField(row, column.col, hint);
}

export function readIndicator(reader: SheetReader, row: number, columns: Columns, ctx: RowContext): Indicator {
  const name = nameField(reader, row, columns.name?.col);
  const unit = reader.optionalText(row, columns.unit?.col);
  const opCell = reader.optionalText(row, columns.op?.col);
  const unitHint = unit?.text;
  const target = valueAt(reader, row, columns.target, unitHint);
  const initialTarget = valueAt(reader, row, columns.initialTarget, unitHint);
  const actual = valueAt(reader, row, columns.actual, unitHint);
  const weight = valueAt(reader, row, columns.weight);
  const score = valueAt(reader, row, columns.score);
  const coefficient = valueAt(reader, row, columns.coefficient, ctx.coefficientPercent ? '%' : undefined);
  const note = reader.optionalText(row, columns.note?.col);
  const criteria = reader.optionalText(row, columns.criteria?.col);
  const applicable = !(
    notApplicableText(opCell) || notApplicableText(target) || notApplicableText(actual) || notApplicableText(weight) || notApplicableText(score) ||
    (slashOnly(target) && slashOnly(actual))
  );
  const { op, opSource, qualitative } = readOperator(opCell, target, actual, name, applicable);

  return {
    row,
    level1: ctx.level1,
    block: blockOf(ctx, name),
    level2: ctx.level2,
    name,
    unit,
    opCell,
    op,
    opSource,
    target,
    initialTarget,
    actual,
    weight,
    coefficient,
    score,
    note,
    criteria,
    qualitative,
    applicable,
    goalBlock: ctx.goalBlock,
  };
}
