// Scoring core: reading operators and values, scoring indicators (DESIGN.md §1–§2).
export { parseOperator, splitOperator, isQuantitativeMarker } from './operator';
export type { SplitOperator } from './operator';
export { parseValue, displayedDecimals, isPercentFormat } from './value';
export type { ParseValueOptions } from './value';
export { normalizeText } from './normalize';
