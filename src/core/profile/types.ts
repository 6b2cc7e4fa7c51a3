// A scoring profile: every number of DESIGN.md §2 as plain data (JSON), validated at load.
// Numbers are decimal strings or numbers; code converts them with decimal.js, never with float math.

export type Numeric = number | string;

export type QualTier = 'achieved' | 'partial' | 'unmet';

export interface TierBand {
  /** Share of the weight, in percent: achieved 80–100, partial 60–80, unmet 0–60 (national). */
  readonly min: Numeric;
  readonly max: Numeric;
}

export interface GradeBand {
  readonly grade: string; // 优 / 良 / 中 / 差
  /** Lowest total that earns this grade (inclusive). */
  readonly min: Numeric;
}

export interface Profile {
  readonly id: string;
  readonly label: { readonly zh: string; readonly en: string };
  /** Weight of the budget-execution indicator: 10 national, 20 Hubei. */
  readonly budgetWeight: Numeric;
  /** Expected weight total of a whole form, budget block included: 100. */
  readonly expectedTotal: Numeric;
  /** Standard split by block (percent points), warned about when different: 50/30/10/10. */
  readonly standardSplit: Readonly<Partial<Record<'output' | 'benefit' | 'satisfaction' | 'budget', Numeric>>>;
  /** Qualitative tiers as a share of the weight, and where inside a tier a word lands. */
  readonly qualitativeTiers: Readonly<Record<QualTier, TierBand>>;
  readonly pointInTier: 'top' | 'middle' | 'bottom';
  /** Words that map to a tier (优 → achieved, 良 → partial, 差 → unmet…). */
  readonly qualitativeWords: Readonly<Record<string, QualTier>>;
  /** Share of W (percent) when a zero ≤ target ('0 起') is exceeded: 0 by default. */
  readonly zeroTargetExceededShare: Numeric;
  /** PERF041: an actual at or above this multiple of a ≥ target, with no note: 1.5. */
  readonly overAchievementRatio: Numeric;
  /** PERF050: share of quantitative rows whose actual equals the target exactly: 0.9. */
  readonly allEqualShare: Numeric;
  /** PERF051: values that look like placeholders ('123.45', '12345', '99999'). */
  readonly placeholderValues: readonly string[];
  /** PERF054: template leftovers, as regular-expression sources ('≥\\*\\*', '（\\d+字以内）'). */
  readonly placeholderPatterns: readonly string[];
  /** PERF012: name keywords of percentages that cannot exceed 100 (执行率, 覆盖率, 满意度, 知晓率…). */
  readonly cappedPercentKeywords: readonly string[];
  readonly grades: readonly GradeBand[];
  /**
   * PERF064: share of the initial budget (a fraction: 0.2 = 20%) by which the full-year budget may
   * move before an adjustment landing exactly on spending is noted. Default 0.2.
   */
  readonly budgetAdjustmentShare?: Numeric;
  /**
   * PERF034: share of the expected total (a fraction: 0.25 = 25%) above which one indicator's weight
   * is a concentration. Default 0.25.
   */
  readonly weightConcentrationShare?: Numeric;
  /** Sichuan: budget execution below this rate (percent) needs a reason; absent elsewhere. */
  readonly budgetReasonBelow?: Numeric;
  /** Decimals assumed when a score cell shows General format and plain digits: tolerance ±½ unit. */
  readonly defaultScoreDecimals: number;
}
