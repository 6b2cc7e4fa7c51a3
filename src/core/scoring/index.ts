// Scoring core: reading operators and values, scoring indicators (DESIGN.md §1–§2).
export { parseOperator, splitOperator, isQuantitativeMarker } from './operator';
export type { SplitOperator } from './operator';
export { parseValue, displayedDecimals, isPercentFormat } from './value';
export type { ParseValueOptions } from './value';
export { normalizeText } from './normalize';
export { sumExact, roundHalfUp, matchesAtDisplayedPrecision, toDecimal } from './decimal';
export type { DecimalLike } from './decimal';
export { scoreIndicator, computeScore, completionRatio } from './indicator';
export type { ScoreOnly, RatioResult } from './indicator';
export { qualitativeScore, tierOfWord, coefficientFraction, TIER_LABEL } from './qualitative';
export { budgetScore } from './budget';
export type { BudgetResult } from './budget';
export { gradeOf } from './grade';
export type { ScoreInput, ScoreResult, IndicatorScore, ScoreFailure, ScoreErrorCode } from './types';
export { rescaledTotal } from './total';
export type { TotalResult } from './total';
