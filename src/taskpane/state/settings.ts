// Settings: which profile (national / hubei / a custom JSON profile), an expected total that
// overrides the profile's, and reading a pasted or loaded custom profile with clear errors.
import Decimal from 'decimal.js';
import type { Message } from '../../core/findings/types';
import type { Profile } from '../../core/profile/types';
import { text } from '../i18n/catalog';
import type { PaneServices } from '../services';

export type ProfileChoice = 'national' | 'hubei' | 'custom';

export interface Settings {
  readonly profileChoice: ProfileChoice;
  /** The last custom profile that loaded without errors. */
  readonly customProfile?: Profile;
  /** Expected weight total typed by the user; '' keeps the profile's own. */
  readonly expectedTotal: string;
}

export const DEFAULT_SETTINGS: Settings = { profileChoice: 'national', expectedTotal: '' };

/** A positive decimal such as '100' or '90'; full-width digits and spaces are not guessed at. */
export function isValidTotal(input: string): boolean {
  const s = input.trim();
  if (!/^\d+(\.\d+)?$/.test(s)) return false;
  return new Decimal(s).gt(0);
}

export function resolveProfile(settings: Settings, services: PaneServices): Profile | undefined {
  const base =
    settings.profileChoice === 'custom' ? settings.customProfile : services.profileById(settings.profileChoice);
  if (!base) return undefined;
  const total = settings.expectedTotal.trim();
  return total !== '' && isValidTotal(total) ? { ...base, expectedTotal: total } : base;
}

export type CustomProfileResult =
  | { readonly ok: true; readonly profile: Profile }
  | { readonly ok: false; readonly errors: readonly Message[] };

export function readCustomProfile(json: string, services: PaneServices): CustomProfileResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    return { ok: false, errors: [text.notJson(error instanceof Error ? error.message : String(error))] };
  }
  return services.loadProfile(parsed);
}
