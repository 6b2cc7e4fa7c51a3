// The result of checking a workbook: per-table figures and the findings, as the pane, the CLI
// and the 校验报告 sheet show them. Decimal figures are strings ('99.93') so this is plain JSON.
import type { BlockKind, Family, HeaderHintOutcome } from '../model/types';
import type { Finding, ReviewedMark } from '../findings/types';

export interface BlockSummary {
  readonly kind: BlockKind;
  readonly label: string;
  /** Sum of the weights of the block's indicators. */
  readonly weight: string;
  /** Weight stated in the block label ('产出指标（50分）' → '50'), if any. */
  readonly statedWeight?: string;
  /** Sum of the stated scores. */
  readonly score: string;
  /** Sum of the scores the profile computes. */
  readonly computedScore: string;
}

export interface TableSummary {
  readonly sheet: string;
  readonly range: string;
  readonly family: Family;
  readonly indicators: number;
  /** Sum of all weights, budget block included when it is scored in the table. */
  readonly weightSum: string;
  /** The weight total the profile expects (100). */
  readonly expectedWeight: string;
  /** Sum of the stated scores. */
  readonly scoreSum: string;
  /** 自评总分 / 总分 / 合计 as written, if any. */
  readonly statedTotal?: string;
  /** The total the profile computes (rescaled when indicators are not applicable). */
  readonly computedTotal: string;
  /** Grade of the computed total (优/良/中/差). */
  readonly grade: string;
  /** Grade written on the form, if any. */
  readonly statedGrade?: string;
  readonly blocks: readonly BlockSummary[];
  readonly budget?: {
    readonly budget?: string;
    readonly spent?: string;
    readonly rate?: string;
    readonly weight?: string;
    readonly score?: string;
    readonly computedScore?: string;
  };
}

export interface SeverityCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

export interface WorkbookReport {
  readonly tables: readonly TableSummary[];
  /** Findings still open, sorted by sheet, row, severity, rule. */
  readonly findings: readonly Finding[];
  /** Findings a reviewed mark accepted, with the mark: shown only on request. */
  readonly reviewed: ReadonlyArray<{ readonly finding: Finding; readonly mark: ReviewedMark }>;
  readonly counts: SeverityCounts;
  /** Pass = no open errors. */
  readonly passed: boolean;
  /**
   * Problems met while checking (a rule that failed on odd input, a host's read notes): shown so that
   * a gap in the check is never silent. Absent when there were none.
   */
  readonly notes?: ReadonlyArray<{ readonly zh: string; readonly en: string }>;
  /** What came of the rows the user named as headers (a failed one's message is also in notes). Absent without hints. */
  readonly headerHints?: readonly HeaderHintOutcome[];
}
