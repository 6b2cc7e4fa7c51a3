// The blocks above an indicator header: title, header block (主管部门, 项目名称, 联系人… 自评总分),
// budget block, goals block, and a Hubei goal-block label (年度绩效目标1) just above the header.
import Decimal from 'decimal.js';
import type { GoalsBlock, HeaderBlock, SectionLabel, TextField, ValueField } from '../model/types';
import type { GoalBlockStart } from './body';
import { Bounds } from './bounds';
import { readBudget, type BudgetReading } from './budget';
import type { SheetReader } from './reader';
import { isBudgetHeader, profileRow, type Zone } from './row-profile';
import { statedPoints } from './text';
import { isFormLabel, type GoalsField } from './vocabulary';

/** Labels of the whole indicator section: 年度绩效目标（80分）, 绩效指标（90分）. */
const SECTION_KEYS = new Set(['年度绩效目标', '绩效目标', '绩效指标', '年度绩效指标']);

export interface Above {
  readonly header: HeaderBlock;
  readonly budget?: BudgetReading;
  readonly goals?: GoalsBlock;
  /** The goal block the table starts in (Hubei 年度绩效目标1), when a label says so. */
  readonly goalBlock?: GoalBlockStart;
  /** The label of the indicator section with the points it states (年度绩效目标（80分）). */
  readonly section?: SectionLabel;
  /** Normalised label texts seen above the table: family detection reads them. */
  readonly keys: ReadonlySet<string>;
  readonly bounds: Bounds;
}

function isLabel(reader: SheetReader, row: number, col: number): boolean {
  const m = reader.meaning(row, col);
  return isFormLabel(m) || m.header !== undefined || m.budget !== undefined;
}

/** Goal texts sit under their label (the seed) or right of it. */
function goalText(reader: SheetReader, row: number, col: number, zone: Zone, lastRow: number): TextField | undefined {
  const below = reader.bottomEdge(row, col) + 1;
  if (below <= lastRow && !reader.isEmpty(below, col) && !isLabel(reader, below, col)) return reader.textField(below, col);
  const right = reader.nextRight(row, col, zone.right);
  if (right !== undefined && !isLabel(reader, row, right)) return reader.textField(row, right);
  return undefined;
}

export function readAbove(reader: SheetReader, top: number, bottom: number, zone: Zone): Above {
  let title: TextField | undefined;
  const fields: Record<string, TextField> = {};
  let statedTotal: ValueField | undefined;
  let budget: BudgetReading | undefined;
  const goals: { -readonly [K in Exclude<GoalsField, 'group'>]?: TextField } = {};
  const goalBounds = new Bounds();
  let goalBlock: GoalBlockStart | undefined;
  let section: SectionLabel | undefined;
  const keys = new Set<string>();
  const bounds = new Bounds();
  const used = new Set<number>();
  const key = (row: number, col: number) => row * 20_000 + col;

  for (let row = top; row <= bottom; row++) {
    const profile = profileRow(reader, row, zone);
    if (profile.nonEmpty === 0) continue;
    if (!budget && isBudgetHeader(profile)) {
      budget = readBudget(reader, row, zone, bottom);
      budget.keys.forEach((k) => keys.add(k));
      bounds.addBounds(budget.bounds);
      row = budget.lastRow;
      continue;
    }
    const cells = reader.row(row) ?? [];
    const end = Math.min(zone.right, cells.length);
    for (let col = zone.left; col <= end; col++) {
      if (used.has(key(row, col)) || reader.isEmpty(row, col)) continue;
      const m = reader.meaning(row, col);
      if (m.label.key) keys.add(m.label.full);
      if (m.title && !title) {
        title = reader.textField(row, col);
        bounds.add(reader, row, col);
      }
      if (m.goalBlock !== undefined) {
        goalBlock = { n: m.goalBlock, label: reader.textField(row, col) };
        bounds.add(reader, row, col);
      }
      if (m.headerBlock || m.statedTotal) {
        bounds.add(reader, row, col);
        const valueCol = reader.nextRight(row, col, zone.right);
        if (valueCol === undefined || isLabel(reader, row, valueCol)) continue;
        used.add(key(row, valueCol));
        bounds.add(reader, row, valueCol);
        if (m.statedTotal) statedTotal ??= reader.valueField(row, valueCol);
        else fields[m.label.key] ??= reader.textField(row, valueCol);
        continue;
      }
      if (SECTION_KEYS.has(m.label.key)) {
        const points = statedPoints(m.label);
        if (points !== undefined) section = { label: reader.textField(row, col), statedWeight: new Decimal(points) };
      }
      if (m.goals !== undefined) {
        goalBounds.add(reader, row, col);
        if (m.goals === 'group' || goals[m.goals]) continue;
        const text = goalText(reader, row, col, zone, bottom);
        if (!text) continue;
        goals[m.goals] = text;
        used.add(key(text.ref.row, text.ref.col));
        goalBounds.add(reader, text.ref.row, text.ref.col);
      }
    }
  }
  bounds.addBounds(goalBounds);
  const hasGoals = goals.initial || goals.adjusted || goals.achieved;
  return {
    header: {
      ...(title ? { title } : {}),
      fields,
      ...(statedTotal ? { statedTotal } : {}),
    },
    ...(budget ? { budget } : {}),
    ...(hasGoals ? { goals: { range: goalBounds.a1(), ...goals } } : {}),
    ...(goalBlock !== undefined ? { goalBlock } : {}),
    ...(section !== undefined ? { section } : {}),
    keys,
    bounds,
  };
}
