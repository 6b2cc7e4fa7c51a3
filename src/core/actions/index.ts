// Pure helpers behind the pane's actions: formulas to insert, fixes to batch, cells to colour,
// reviewed marks, merging a live re-check, and the report sheet's rows.
export * from './score-formula';
export * from './fixes';
export * from './row-story';
export * from './perf-formulas';
export * from './formula-values';
export * from './highlights';
export * from './reviewed';
export * from './report-merge';
export * from './report-sheet';
