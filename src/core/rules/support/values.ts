// Shared reading of target and actual cells for the value rules (PERF010, PERF014).
import type { ParsedValue } from '../../model/types';
import type { Profile } from '../../profile/types';
import { normalizeText, tierOfWord } from '../../scoring';

/** Words that report completion rather than a measurement ('完成', '达到预期'), beyond the profile's grades. */
const COMPLETION_WORDS = new Set(['完成', '已完成', '全部完成', '按时完成', '达到', '已达到', '达到预期', '达标', '已达标', '实现', '已实现', '是', '符合', '符合要求']);

/**
 * The actual holds a target-like text instead of a measured number: an operator ('≥95%'), or a
 * completion word ('完成', '达到预期') where the target is a number.
 */
export function targetLikeActual(actual: ParsedValue | undefined, target: ParsedValue | undefined, profile: Profile): boolean {
  if (!actual || actual.kind === 'empty' || actual.kind === 'error') return false;
  if (actual.op !== undefined) return true;
  if (actual.kind !== 'text' || target?.kind !== 'number') return false;
  const key = normalizeText(actual.text).replace(/[。.!！]+$/, '');
  return COMPLETION_WORDS.has(key) || tierOfWord(key, profile) !== undefined;
}
