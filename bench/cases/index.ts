// The benchmark cases, in the order they run and print (the bundle first: it builds dist/, which
// the scoring and first-render cases load).
import type { BenchCase } from '../harness/types';
import { bundleSize } from './bundle';
import { cliVsLoad } from './cli-load';
import { firstRenderVsBare } from './first-render';
import { readSyncs } from './read-syncs';
import { recheck } from './recheck';
import { scoreVsNativeFormula } from './score-native';
import { scoreVsFloat } from './score-float';
import { validateVsWalk } from './validate-walk';

export const CASES: readonly BenchCase[] = [bundleSize, readSyncs, validateVsWalk, recheck, scoreVsFloat, scoreVsNativeFormula, cliVsLoad, firstRenderVsBare];
