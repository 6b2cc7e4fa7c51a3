// Settings: which profile (national / hubei / a custom JSON profile), an expected total that
// overrides the profile's, and reading a pasted or loaded custom profile with clear errors.
import type { Message } from '../../core/findings/types';
import type { Profile } from '../../core/profile/types';
import { messageOf } from '../errors';
import { text } from '../i18n/catalog';
import type { PaneServices } from '../services';
import type { ServicesHandle } from './useServices';

export type ProfileChoice = 'national' | 'hubei' | 'custom';

export interface Settings {
  readonly profileChoice: ProfileChoice;
  /** The last custom profile that loaded without errors. */
  readonly customProfile?: Profile;
  /** Expected weight total typed by the user; '' keeps the profile's own. */
  readonly expectedTotal: string;
}

export const DEFAULT_SETTINGS: Settings = { profileChoice: 'national', expectedTotal: '' };

/**
 * A positive decimal such as '100' or '90'; full-width digits and spaces are not guessed at. Plain
 * digits with a non-zero digit are positive: no decimal.js here, it loads with the checking core.
 */
export function isValidTotal(input: string): boolean {
  const s = input.trim();
  return /^\d+(\.\d+)?$/.test(s) && /[1-9]/.test(s);
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

export function readCustomProfile(json: string, services: Pick<PaneServices, 'loadProfile'>): CustomProfileResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    return { ok: false, errors: [text.notJson(error instanceof Error ? error.message : String(error))] };
  }
  return services.loadProfile(parsed);
}

/** A pasted or loaded custom profile: at once when the core is there, else once it has loaded. */
export function readCustomProfileWith(json: string, services: ServicesHandle): CustomProfileResult | Promise<CustomProfileResult> {
  const ready = services.current();
  if (ready) return readCustomProfile(json, ready);
  return services.ensure().then(
    (loaded) => readCustomProfile(json, loaded),
    (error: unknown): CustomProfileResult => ({ ok: false, errors: [messageOf(error)] }),
  );
}
