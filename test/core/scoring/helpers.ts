// Builders for scoring tests: values as a person writes them in a cell.
import Decimal from 'decimal.js';
import type { CellValue } from '../../../src/core/grid/types';
import type { Op } from '../../../src/core/model/types';
import type { Profile } from '../../../src/core/profile/types';
import { NATIONAL_PROFILE } from '../../../src/core/profile';
import { parseValue, scoreIndicator, type ScoreResult } from '../../../src/core/scoring';

export function score(
  op: Op,
  target: CellValue,
  actual: CellValue,
  weight: number | string,
  extra: { profile?: Profile; unit?: string; targetFmt?: string; actualFmt?: string; coefficient?: CellValue; rate?: boolean } = {},
): ScoreResult {
  return scoreIndicator(
    {
      op,
      target: parseValue(target, { unitHint: extra.unit, numFmt: extra.targetFmt }),
      actual: parseValue(actual, { unitHint: extra.unit, numFmt: extra.actualFmt }),
      weight: new Decimal(weight),
      ...(extra.coefficient !== undefined ? { coefficient: parseValue(extra.coefficient) } : {}),
      ...(extra.rate !== undefined ? { rate: extra.rate } : {}),
    },
    extra.profile ?? NATIONAL_PROFILE,
  );
}

/** The exact score as a string, or 'value:…'/'num:…' for a failure. */
export function scoreText(result: ScoreResult): string {
  return result.ok ? result.score.toFixed() : `${result.code}`;
}
