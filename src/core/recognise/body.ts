// The rows under an indicator header: indicators, first-level block labels, goal blocks (Hubei
// 年度绩效目标1/2 continue one table), repeated headers skipped, until the table ends.
import Decimal from 'decimal.js';
import type { BlockLabel, ColumnField, EmptyCategory, Indicator, SkippedRow, TextField } from '../model/types';
import type { HeaderBand } from './header';
import { headerBandsAt } from './header';
import { blockOfLevels, isIndicatorRow, readIndicator } from './indicator-row';
import type { SheetReader } from './reader';
import { isBudgetHeader, profileRow, type Zone } from './row-profile';
import { labelOf, statedPoints } from './text';
import { blockKindsOf } from './vocabulary';
import { skippedRowKind } from './template-row';

/** Why the indicator rows ended: footer labels (总分, 偏差原因…) follow, or something else. */
export type BodyEnd = 'footer' | 'other';

export interface Body {
  readonly indicators: Indicator[];
  /** Rows with a 一级/二级 label and no indicator. */
  readonly emptyCategories: EmptyCategory[];
  /** Template and not-applicable rows: read under the header, not indicators. */
  readonly skippedRows: SkippedRow[];
  readonly blocks: BlockLabel[];
  /** Last row that belongs to the indicator section (indicators, level rows, repeated headers). */
  readonly lastRow: number;
  readonly lastIndicatorRow?: number;
  /** Row where the section stopped, and why (undefined at the sheet's end or after blank rows). */
  readonly stopRow?: number;
  readonly end?: BodyEnd;
  readonly usedGoalBlocks: boolean;
}

/** A Hubei goal block the table starts in: its number and its label (年度绩效目标1（40分）). */
export interface GoalBlockStart {
  readonly n: number;
  readonly label: TextField;
}

/** Blank rows in a row that end a table (one or two are spacers). */
const BLANK_RUN_END = 3;

interface OpenBlock {
  readonly label: string;
  readonly kind: BlockLabel['kind'];
  readonly statedWeight?: Decimal;
  readonly ref: BlockLabel['ref'];
  readonly firstRow: number;
  lastRow: number;
}

function openBlock(field: TextField): OpenBlock {
  const points = statedPoints(labelOf(field.text));
  return {
    label: field.text,
    kind: blockKindsOf(field.text)[0] ?? 'other',
    ...(points !== undefined ? { statedWeight: new Decimal(points) } : {}),
    ref: field.ref,
    firstRow: field.ref.row,
    lastRow: field.ref.row,
  };
}

function openGoal(label: TextField): OpenBlock {
  return { ...openBlock(label), kind: 'other' };
}

/**
 * Reads the indicator rows under a header. In a form split in goal blocks (Hubei 年度绩效目标1/2)
 * the goal blocks, which carry the weights (40分), are the table's blocks; elsewhere the
 * first-level labels (产出指标（50分）) are.
 */
/** `stopAt`: a row known to start another table (a header the user named), where the body ends. */
export function readBody(reader: SheetReader, band: HeaderBand, zone: Zone, startGoalBlock: GoalBlockStart | undefined, stopAt?: number): Body {
  const columns = band.columns;
  const col = (f: ColumnField) => columns[f]?.col;
  const coefficientPercent = columns.coefficient !== undefined && labelOf(columns.coefficient.header).brackets.includes('%');
  const indicators: Indicator[] = [];
  const emptyCategories: EmptyCategory[] = [];
  const skippedRows: SkippedRow[] = [];
  const blocks: BlockLabel[] = [];
  let current: OpenBlock | undefined;
  let level1: TextField | undefined;
  let level2: TextField | undefined;
  let block: BlockLabel['kind'] | undefined;
  const goalBlocks: BlockLabel[] = [];
  let currentGoal: OpenBlock | undefined = startGoalBlock ? openGoal(startGoalBlock.label) : undefined;
  let goalBlock = startGoalBlock?.n;
  let usedGoalBlocks = startGoalBlock !== undefined;
  let lastRow = band.rows[band.rows.length - 1];
  let lastIndicatorRow: number | undefined;
  let blankRun = 0;
  let stopRow: number | undefined;
  let end: BodyEnd | undefined;

  const closeBlock = () => {
    if (current) blocks.push({ ...current });
    current = undefined;
  };
  const closeGoal = () => {
    if (currentGoal) goalBlocks.push({ ...currentGoal });
    currentGoal = undefined;
  };

  for (let row = lastRow + 1; row <= reader.lastRow; row++) {
    if (row === stopAt) {
      stopRow = row;
      end = 'other';
      break;
    }
    const profile = profileRow(reader, row, zone);
    if (profile.nonEmpty === 0) {
      if (++blankRun >= BLANK_RUN_END) break;
      continue;
    }
    blankRun = 0;
    if (profile.goalBlock !== undefined) {
      goalBlock = profile.goalBlock.n;
      usedGoalBlocks = true;
      level1 = undefined;
      level2 = undefined;
      block = undefined;
      closeBlock();
      closeGoal();
      currentGoal = openGoal(reader.textField(row, profile.goalBlock.col));
    }
    if (profile.headerCells >= 2) {
      const bands = headerBandsAt(reader, row);
      const same = bands.find((b) => b.signature === band.signature);
      if (same) {
        row += same.rows.length - 1;
        lastRow = row;
        if (currentGoal) currentGoal.lastRow = row;
        continue;
      }
      if (bands.some((b) => b.left <= zone.right && b.right >= zone.left)) {
        stopRow = row;
        end = 'other';
        break;
      }
    }
    if (profile.total !== undefined || profile.explanation !== undefined || profile.remarks !== undefined || profile.footer !== undefined) {
      stopRow = row;
      end = 'footer';
      break;
    }
    if (profile.formLabel !== undefined || isBudgetHeader(profile)) {
      stopRow = row;
      end = 'other';
      break;
    }
    if (profile.goalBlock !== undefined && profile.nonEmpty === 1) {
      lastRow = row;
      continue;
    }
    if (currentGoal) currentGoal.lastRow = row;

    const l1 = reader.optionalText(row, col('level1'));
    if (l1) {
      closeBlock();
      level1 = l1;
      level2 = undefined;
      current = openBlock(l1);
    }
    const l2 = reader.optionalText(row, col('level2'));
    if (l2) level2 = l2;
    if (l1 || l2) block = blockOfLevels(level1, level2);
    lastRow = row;
    if (current) current.lastRow = row;
    if (!isIndicatorRow(reader, row, columns)) {
      if (l1 || l2) emptyCategories.push({ row, level1, level2: l2, note: reader.optionalText(row, col('note')) });
      continue;
    }
    const indicator = readIndicator(reader, row, columns, { level1, level2, goalBlock, block, coefficientPercent });
    lastIndicatorRow = row;
    const skipped = skippedRowKind(indicator);
    if (skipped !== undefined) {
      skippedRows.push(indicator.name ? { row, kind: skipped, name: indicator.name } : { row, kind: skipped });
      continue;
    }
    indicators.push(indicator);
  }
  closeBlock();
  closeGoal();
  return {
    indicators,
    emptyCategories,
    skippedRows,
    blocks: usedGoalBlocks ? goalBlocks : blocks,
    lastRow,
    ...(lastIndicatorRow !== undefined ? { lastIndicatorRow } : {}),
    ...(stopRow !== undefined ? { stopRow, end } : {}),
    usedGoalBlocks,
  };
}
