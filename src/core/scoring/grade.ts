// Grade of a total: 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60 (national; every band is a profile setting).
import { NATIONAL_PROFILE } from '../profile/national';
import type { Profile } from '../profile/types';
import { compileProfile } from './compiled-profile';
import { type DecimalLike, toDecimal } from './decimal';

/** The grade a total earns; below every band's minimum gives the lowest grade; undefined if not a number. */
export function gradeOf(total: DecimalLike, profile: Profile = NATIONAL_PROFILE): string | undefined {
  const t = toDecimal(total);
  if (t === undefined) return undefined;
  const bands = compileProfile(profile).grades;
  for (const band of bands) if (t.gte(band.min)) return band.grade;
  return bands.length > 0 ? bands[bands.length - 1].grade : undefined;
}
