// The budget block (预算执行情况 / 项目资金 / 资金情况): its header fields, the label with its weight
// and money unit, and one row per fund source (年度资金总额, 其中：财政拨款…, '/' kept as written).
import Decimal from 'decimal.js';
import type { BudgetBlock, BudgetRow, TextField, ValueField } from '../model/types';
import { Bounds } from './bounds';
import { mayBeHeaderRow } from './header';
import type { SheetReader } from './reader';
import { profileRow, type Zone } from './row-profile';
import { labelOf, statedMoneyUnit, statedPoints } from './text';
import { isFormLabel, type BudgetField } from './vocabulary';

export interface BudgetReading {
  readonly block: BudgetBlock;
  readonly lastRow: number;
  readonly bounds: Bounds;
  /** Normalised header texts ('调整后预算数'): family detection reads them. */
  readonly keys: readonly string[];
}

const TOTAL_ROW = /总额|^合计|^总计|^小计$/;

function isTotalLabel(text: string): boolean {
  return TOTAL_ROW.test(labelOf(text).key);
}

/** Text cells left of the value columns, left to right, skipping the block label's own cell. */
function rowTexts(reader: SheetReader, row: number, zone: Zone, firstField: number, blockLabel?: TextField): TextField[] {
  const out: TextField[] = [];
  for (let c = zone.left; c < firstField; c++) {
    if (reader.isEmpty(row, c)) continue;
    if (blockLabel && blockLabel.ref.row === row && blockLabel.ref.col === c) continue;
    out.push(reader.textField(row, c));
  }
  return out;
}

/** A label that only opens a group of rows: '按收入性质分：'. */
function isGroupLabel(text: string): boolean {
  const full = labelOf(text).full;
  return /[:：]$/.test(full) || /^按.*分$/.test(labelOf(text).key);
}

export function readBudget(reader: SheetReader, headerRow: number, zone: Zone, limitRow: number): BudgetReading {
  const columns = new Map<BudgetField, number>();
  const keys: string[] = [];
  let unit: string | undefined;
  let ratePercent = false;
  const cells = reader.row(headerRow) ?? [];
  const end = Math.min(zone.right, cells.length);
  const bounds = new Bounds();
  for (let c = zone.left; c <= end; c++) {
    const m = reader.meaning(headerRow, c);
    if (m.budget === undefined) continue;
    if (!columns.has(m.budget)) columns.set(m.budget, c);
    if (m.budget === 'rate' && m.label.brackets.includes('%')) ratePercent = true;
    keys.push(m.label.key, m.label.full);
    unit ??= statedMoneyUnit(m.label);
    bounds.add(reader, headerRow, c);
  }
  const firstField = Math.min(...columns.values());
  const label = rowTexts(reader, headerRow, zone, firstField)[0];
  const labelMeaning = label ? labelOf(label.text) : undefined;
  if (label) bounds.add(reader, label.ref.row, label.ref.col);
  const points = labelMeaning ? statedPoints(labelMeaning) : undefined;
  unit = (labelMeaning ? statedMoneyUnit(labelMeaning) : undefined) ?? unit;

  const rows: BudgetRow[] = [];
  let lastRow = headerRow;
  let group: TextField | undefined;
  const value = (row: number, field: BudgetField): ValueField | undefined => {
    const c = columns.get(field);
    return c === undefined ? undefined : reader.valueField(row, c, field === 'rate' && ratePercent ? '%' : undefined);
  };
  for (let row = headerRow + 1; row <= limitRow; row++) {
    const p = profileRow(reader, row, zone);
    if (p.nonEmpty === 0) break;
    if (p.formLabel !== undefined || p.total !== undefined || p.goalBlock !== undefined || mayBeHeaderRow(reader, row)) break;
    const texts = rowTexts(reader, row, zone, firstField, label);
    if (texts.some((t) => isFormLabel(reader.meaning(t.ref.row, t.ref.col)))) break;
    let hasValue = false;
    for (const c of columns.values()) if (!reader.isEmpty(row, c)) hasValue = true;
    if (texts.length === 0) {
      if (!hasValue) break;
      // A one-row block (Chongqing 部门预算执行情况): the block label, merged down, names the row.
      if (!label || rows.length > 0 || reader.merges.at(row, label.ref.col)?.top !== label.ref.row) continue;
      texts.push(label);
    }
    lastRow = row;
    for (const t of texts) {
      if (t === label) continue;
      bounds.add(reader, t.ref.row, t.ref.col);
      keys.push(labelOf(t.text).key);
    }
    // The most specific label is the rightmost; one to its left names the group (按收入性质分).
    const rowText = texts[texts.length - 1];
    if (texts.length > 1) group = texts[0];
    else if (!hasValue && isGroupLabel(rowText.text)) {
      group = rowText;
      continue;
    } else if (!group || rowText.ref.col <= group.ref.col) group = undefined;
    const note = columns.get('note');
    rows.push({
      label: rowText,
      isTotal: rowText === label || isTotalLabel(rowText.text),
      ...(group ? { group } : {}),
      ...optional('initial', value(row, 'initial')),
      ...optional('budget', value(row, 'budget')),
      ...optional('spent', value(row, 'spent')),
      ...optional('weight', value(row, 'weight')),
      ...optional('rate', value(row, 'rate')),
      ...optional('score', value(row, 'score')),
      ...(note !== undefined && !reader.isEmpty(row, note) ? { note: reader.textField(row, note) } : {}),
    });
    for (const c of columns.values()) bounds.add(reader, row, c);
  }
  const block: BudgetBlock = {
    range: bounds.a1(),
    ...(label ? { label } : {}),
    ...(points !== undefined ? { statedWeight: new Decimal(points) } : {}),
    ...(unit !== undefined ? { unit } : {}),
    rows,
  };
  return { block, lastRow, bounds, keys };
}

function optional<K extends string>(key: K, field: ValueField | undefined): Partial<Record<K, ValueField>> {
  return field ? ({ [key]: field } as Record<K, ValueField>) : {};
}
