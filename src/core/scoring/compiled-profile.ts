// A profile's numbers as Decimals, computed once per profile object (profiles are plain data).
import Decimal from 'decimal.js';
import type { Profile, QualTier } from '../profile/types';
import { normalizeText } from './normalize';

export interface CompiledProfile {
  readonly budgetWeight: Decimal;
  /** Share of W (fraction, 0–1) a qualitative tier earns, at the profile's point in the tier. */
  readonly tierShare: Readonly<Record<QualTier, Decimal>>;
  /** Lowest coefficient (fraction) of each tier, for placing a 得分系数 in a tier. */
  readonly tierMin: Readonly<Record<QualTier, Decimal>>;
  /** Share of W (fraction) when a zero ≤ target is exceeded. */
  readonly zeroTargetExceededShare: Decimal;
  /** Words normalised (full-width folded, spaces dropped) → tier. */
  readonly words: ReadonlyMap<string, QualTier>;
  /** Grade bands, highest minimum first. */
  readonly grades: ReadonlyArray<{ readonly grade: string; readonly min: Decimal }>;
}

const cache = new WeakMap<Profile, CompiledProfile>();

function dec(value: string | number | undefined, fallback: string): Decimal {
  try {
    const d = new Decimal(value ?? fallback);
    return d.isFinite() ? d : new Decimal(fallback);
  } catch {
    return new Decimal(fallback);
  }
}

function pointIn(profile: Profile, tier: QualTier): Decimal {
  const band = profile.qualitativeTiers[tier];
  const min = dec(band?.min, '0');
  const max = dec(band?.max, '0');
  const point = profile.pointInTier === 'bottom' ? min : profile.pointInTier === 'middle' ? min.plus(max).div(2) : max;
  return point.div(100);
}

export function compileProfile(profile: Profile): CompiledProfile {
  let compiled = cache.get(profile);
  if (compiled) return compiled;
  const words = new Map<string, QualTier>();
  for (const [word, tier] of Object.entries(profile.qualitativeWords ?? {})) words.set(normalizeText(word), tier);
  compiled = {
    budgetWeight: dec(profile.budgetWeight, '10'),
    tierShare: { achieved: pointIn(profile, 'achieved'), partial: pointIn(profile, 'partial'), unmet: pointIn(profile, 'unmet') },
    tierMin: {
      achieved: dec(profile.qualitativeTiers?.achieved?.min, '80').div(100),
      partial: dec(profile.qualitativeTiers?.partial?.min, '60').div(100),
      unmet: dec(profile.qualitativeTiers?.unmet?.min, '0').div(100),
    },
    zeroTargetExceededShare: dec(profile.zeroTargetExceededShare, '0').div(100),
    words,
    grades: [...(profile.grades ?? [])]
      .map((band) => ({ grade: band.grade, min: dec(band.min, '0') }))
      .sort((a, b) => b.min.comparedTo(a.min)),
  };
  cache.set(profile, compiled);
  return compiled;
}
