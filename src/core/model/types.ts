// What recognition finds in a grid: the tables of a 绩效自评表 with every cell they came from.
import type Decimal from 'decimal.js';
import type { CellValue } from '../grid/types';

/** Template family, DESIGN.md §1 ("A'" is the Yunnan 公开14表 variant A′). */
export type Family = 'A' | "A'" | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'unknown';

/** A cell of a sheet: 1-based row/col and its A1 address without the sheet ('C12'). */
export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly address: string;
}

/** Normalised comparison operator; 'qual' is 定性 (qualitative). */
export type Op = '>=' | '<=' | '=' | '>' | '<' | 'qual';

/** A value as written in a cell, read for meaning but keeping what was written. */
export interface ParsedValue {
  readonly raw: CellValue;
  /** The text a person sees ('' for an empty cell). */
  readonly text: string;
  readonly kind: 'empty' | 'number' | 'text' | 'error';
  /** The number, when one could be read; percentages in points (95 for '95%' or 0.95 formatted as %). */
  readonly number?: Decimal;
  /** A % sign, a % number format, or a % unit applied to this value. */
  readonly percent: boolean;
  /** Unit written with the value: '次', '万元', '元/人*月'. */
  readonly unit?: string;
  /** Operator written inside the value: '≥95%'. */
  readonly op?: Op;
  /** A text cell that holds nothing but a number ('95', '２６'). */
  readonly numberAsText?: boolean;
  /** Excel error code when the cell holds one ('#N/A'). */
  readonly error?: string;
}

/** A value cell of a table: parsed value, where it is, and how it is shown. */
export interface ValueField extends ParsedValue {
  readonly ref: CellRef;
  readonly formula?: string;
  readonly numFmt?: string;
  /** Decimals the cell displays (from its number format or its text); undefined for General numbers. */
  readonly decimals?: number;
}

/** A text cell of a table (names, units, notes, labels). */
export interface TextField {
  readonly text: string;
  readonly raw: CellValue;
  readonly ref: CellRef;
  readonly formula?: string;
}

/** Fields an indicator table can have, DESIGN.md §1. */
export type ColumnField =
  | 'level1'
  | 'level2'
  | 'name'
  | 'unit'
  | 'op'
  | 'target'
  | 'initialTarget'
  | 'weight'
  | 'actual'
  | 'coefficient'
  | 'score'
  | 'note'
  | 'core'
  | 'criteria';

export interface ColumnInfo {
  readonly col: number;
  readonly letter: string;
  /** Header text as written. */
  readonly header: string;
  readonly headerRef: CellRef;
}

/** Standard first-level block of the national template. */
export type BlockKind = 'output' | 'benefit' | 'satisfaction' | 'cost' | 'budget' | 'other';

/** A 一级指标 label such as 产出指标（50分）, with the rows it covers. */
export interface BlockLabel {
  readonly label: string;
  readonly kind: BlockKind;
  /** Weight stated in the label ('（50分）'), if any. */
  readonly statedWeight?: Decimal;
  readonly ref: CellRef;
  readonly firstRow: number;
  readonly lastRow: number;
}

export interface Indicator {
  /** 1-based Excel row of the indicator. */
  readonly row: number;
  /** 一级指标 text, carried down merged or blank cells (the cell it was read from). */
  readonly level1?: TextField;
  readonly block: BlockKind;
  readonly level2?: TextField;
  /** 指标名称 / 三级指标; absent when the cell is empty. */
  readonly name?: TextField;
  readonly unit?: TextField;
  /** The 指标性质 cell as written, when the table has that column. */
  readonly opCell?: TextField;
  /** Normalised operator; undefined when missing or not understood. */
  readonly op?: Op;
  /** Where the operator came from. */
  readonly opSource?: 'column' | 'target' | 'name' | 'word';
  readonly target?: ValueField;
  /** Chongqing 年初指标值 when the table also has 调整指标值 (then target is the adjusted one). */
  readonly initialTarget?: ValueField;
  readonly actual?: ValueField;
  readonly weight?: ValueField;
  /** 得分系数（%） of Chongqing forms. */
  readonly coefficient?: ValueField;
  readonly score?: ValueField;
  /** 说明 / 偏差原因 of this row. */
  readonly note?: TextField;
  /** 评分标准 (family G). */
  readonly criteria?: TextField;
  /** 定性 indicator: the target is a word (优, 有所增加) or the operator column says 定性. */
  readonly qualitative: boolean;
  /** False when marked not applicable (不适用); left out of totals, which are rescaled. */
  readonly applicable: boolean;
  /** Hubei 年度绩效目标1/2 blocks: which goal block (1-based); undefined elsewhere. */
  readonly goalBlock?: number;
}

export interface HeaderBlock {
  readonly title?: TextField;
  /** Label → value cell: 主管部门, 部门, 项目名称, 实施单位, 联系人, 联系电话, 填报日期… (labels normalised). */
  readonly fields: Readonly<Record<string, TextField>>;
  /** 自评总分 in the header block (family C). */
  readonly statedTotal?: ValueField;
}

export interface BudgetRow {
  readonly label: TextField;
  /** The total row (年度资金总额 / 总额 / 年度财政资金总额) rather than a fund-source row. */
  readonly isTotal: boolean;
  /**
   * The group label the row sits under, when the block splits its sources in groups (family B:
   * 按收入性质分 / 按支出性质分); each group adds up to the total on its own.
   */
  readonly group?: TextField;
  readonly initial?: ValueField;
  readonly budget?: ValueField;
  readonly spent?: ValueField;
  readonly weight?: ValueField;
  readonly rate?: ValueField;
  readonly score?: ValueField;
  readonly note?: TextField;
}

export interface BudgetBlock {
  readonly range: string;
  readonly label?: TextField;
  /** Weight stated in the block label ('（20分）', '（10分）'). */
  readonly statedWeight?: Decimal;
  /** Money unit from the label: '万元', '元'. */
  readonly unit?: string;
  readonly rows: readonly BudgetRow[];
}

export interface GoalsBlock {
  readonly range: string;
  /** 年初绩效目标 / 预期目标 / 年初设定目标. */
  readonly initial?: TextField;
  /** 全年（调整）绩效目标. */
  readonly adjusted?: TextField;
  /** 全年目标实际完成情况 / 实际完成情况. */
  readonly achieved?: TextField;
}

export interface TotalRow {
  readonly row: number;
  readonly label: TextField;
  readonly weight?: ValueField;
  readonly score?: ValueField;
  readonly grade?: TextField;
}

/**
 * A category row with no indicator: a 一级/二级 label with an empty 三级 name and no values
 * (黄冈 goal 2's 效益指标 / 社会效益指标 row). Recognition keeps such rows out of `indicators`.
 */
export interface EmptyCategory {
  /** 1-based Excel row of the label row. */
  readonly row: number;
  /** 一级指标 in force on the row: written on it, or carried down from above (its ref says where). */
  readonly level1?: TextField;
  /** 二级指标 written on the row, if any. */
  readonly level2?: TextField;
  /** 说明 / 偏差原因 written on the row (why the category is empty), if any. */
  readonly note?: TextField;
}

/**
 * A row under the indicator header that is not an indicator: a template row left as printed
 * ("……", "指标2：" with no value), or a row marked not applicable ("/" in the target and the actual,
 * nothing scored). Recognition keeps such rows out of `indicators`.
 */
export interface SkippedRow {
  /** 1-based Excel row. */
  readonly row: number;
  readonly kind: 'template' | 'notApplicable';
  /** The name cell as written ('指标2：', '……'), if any. */
  readonly name?: TextField;
}

/** The label of the whole indicator section and the points it states: 年度绩效目标（80分）. */
export interface SectionLabel {
  readonly label: TextField;
  readonly statedWeight: Decimal;
}

export interface IndicatorTable {
  readonly sheet: string;
  /** The whole form, header to total row: 'A1:I40'. */
  readonly range: string;
  /** The indicator header row(s) to the last indicator: 'B8:I39'. */
  readonly indicatorRange: string;
  readonly family: Family;
  readonly header: HeaderBlock;
  readonly budget?: BudgetBlock;
  readonly goals?: GoalsBlock;
  readonly columns: Readonly<Partial<Record<ColumnField, ColumnInfo>>>;
  /** Row(s) of the indicator header (two when headers span two rows). */
  readonly headerRows: readonly number[];
  readonly blocks: readonly BlockLabel[];
  /** The label above the indicator header that states the section's points (Hubei 年度绩效目标（80分）), if any. */
  readonly section?: SectionLabel;
  readonly indicators: readonly Indicator[];
  /** Category rows that hold no indicator, in row order (absent when recognition found none). */
  readonly emptyCategories?: readonly EmptyCategory[];
  /** Template and not-applicable rows left out of `indicators`, in row order (absent when none). */
  readonly skippedRows?: readonly SkippedRow[];
  readonly total?: TotalRow;
  /** A table-wide explanation cell (Hubei 偏差大或目标未完成原因分析), if the form has one. */
  readonly explanation?: TextField;
  /** 其他需要说明事项 and similar free text. */
  readonly remarks?: TextField;
  /**
   * Required columns (name, target, weight, actual, score) this table lacks. Family H lacks
   * weight and score by design and G lacks target and actual: those are not listed.
   */
  readonly missingColumns: readonly ColumnField[];
}

/** Everything recognised in a workbook. */
export interface Recognition {
  readonly tables: readonly IndicatorTable[];
  /** What came of each row the user named as a header (recognise's headerHints); absent without hints. */
  readonly hints?: readonly HeaderHintOutcome[];
}

/** A row the user named as the header band of a sheet's table (1-based). */
export interface HeaderHint {
  readonly sheet: string;
  readonly row: number;
}

/** What came of a named header row. */
export interface HeaderHintOutcome extends HeaderHint {
  /** A table was read with this row as (part of) its header. */
  readonly found: boolean;
  /** The header fields the row's cells name, with their column letters. */
  readonly columns: ReadonlyArray<{ readonly field: ColumnField; readonly letter: string; readonly header: string }>;
  /** Fields a header needs that the row does not name (the name, or enough of target/actual/weight/score). */
  readonly missing: readonly ColumnField[];
  /** Why the row made no table, in both languages; absent when a table was found. */
  readonly message?: { readonly zh: string; readonly en: string };
}
