// The benchmark cases, in the order they run and print (the bundle first: it builds dist/, which
// the scoring and first-render cases load). Each is loaded only in the process that runs it, so
// none pays for another's modules (HyperFormula, Playwright, ExcelJS).
import type { BenchCase } from '../harness/types';

export interface CaseEntry {
  readonly id: string;
  readonly title: string;
  /** Measures the production dist/ (built once by the runner before the cases start). */
  readonly usesDist?: boolean;
  load(): Promise<BenchCase>;
}

export const CASES: readonly CaseEntry[] = [
  { id: 'bundle', title: 'Production bundle sizes', usesDist: true, load: async () => (await import('./bundle')).bundleSize },
  { id: 'read-syncs', title: 'Excel host: read round trips', load: async () => (await import('./read-syncs')).readSyncs },
  { id: 'check-load', title: 'Core: check vs read, 500 workbooks', load: async () => (await import('./check-load')).checkVsLoad },
  { id: 'wps-bridge', title: 'WPS host: bridge calls per scan', load: async () => (await import('./wps-bridge')).wpsBridgeCalls },
  { id: 'recheck', title: 'Live re-check after one edit', load: async () => (await import('./recheck')).recheck },
  { id: 'score-float', title: 'PERF.SCORE vs floating point', usesDist: true, load: async () => (await import('./score-float')).scoreVsFloat },
  { id: 'score-native', title: 'PERF.SCORE vs native formula (HyperFormula)', usesDist: true, load: async () => (await import('./score-native')).scoreVsNativeFormula },
  { id: 'cli', title: 'perf-audit vs ExcelJS load', load: async () => (await import('./cli-load')).cliVsLoad },
  { id: 'first-render', title: 'Pane first render vs bare Fluent page', usesDist: true, load: async () => (await import('./first-render')).firstRenderVsBare },
];
