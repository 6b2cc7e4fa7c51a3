// The pane's settings kept between sessions on this computer: profile choice (with the custom profile
// as it was loaded), expected total, once the user has picked one the language, and whether 高亮 also
// writes cell notes. Kept in the
// browser storage Office gives the add-in, never in the workbook: they are the user's habits, not the
// submission's content. Storage may be missing or refuse writes (private modes, full quota): the pane
// then works exactly as before, with the defaults.
import type { Language } from '../i18n';
import type { ProfileChoice } from './settings';

export interface StoredPreferences {
  readonly profileChoice: ProfileChoice;
  readonly expectedTotal: string;
  /** The custom profile as plain data; validated again by the core before use. */
  readonly customProfile?: unknown;
  readonly language?: Language;
  /** 高亮 also writes cell notes (同时写入批注); off unless the user turned it on. */
  readonly highlightNotes?: boolean;
}

export interface PreferenceStore {
  load(): StoredPreferences | undefined;
  /** Merges into what is stored. */
  save(preferences: Partial<StoredPreferences>): void;
}

export const PREFERENCES_KEY = 'perf.settings.v1';
const CHOICES: readonly ProfileChoice[] = ['national', 'hubei', 'custom'];
const LANGUAGES: readonly Language[] = ['zh', 'en'];
/** A custom profile is a few KB; anything far larger is not ours. */
const MAX_STORED_CHARS = 200_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What was stored, field by field: a field that is not what we write is dropped, not trusted. */
export function readPreferences(raw: string | null | undefined): StoredPreferences | undefined {
  if (!raw || raw.length > MAX_STORED_CHARS) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed)) return undefined;
  const choice = CHOICES.find((c) => c === parsed.profileChoice);
  const custom = isRecord(parsed.customProfile) ? parsed.customProfile : undefined;
  const language = LANGUAGES.find((l) => l === parsed.language);
  return {
    // A custom choice without its profile falls back to the national one.
    profileChoice: choice === 'custom' && !custom ? 'national' : (choice ?? 'national'),
    expectedTotal: typeof parsed.expectedTotal === 'string' ? parsed.expectedTotal.slice(0, 32) : '',
    ...(custom && choice === 'custom' ? { customProfile: custom } : {}),
    ...(language ? { language } : {}),
    ...(typeof parsed.highlightNotes === 'boolean' ? { highlightNotes: parsed.highlightNotes } : {}),
  };
}

/** Preferences in window.localStorage (any Storage in tests). */
export function storagePreferences(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined): PreferenceStore {
  const load = (): StoredPreferences | undefined => {
    try {
      return readPreferences(storage?.getItem(PREFERENCES_KEY));
    } catch {
      return undefined;
    }
  };
  return {
    load,
    save(preferences) {
      try {
        const next = { ...(load() ?? {}), ...preferences };
        if (next.profileChoice !== 'custom') delete (next as { customProfile?: unknown }).customProfile;
        storage?.setItem(PREFERENCES_KEY, JSON.stringify(next));
      } catch {
        // Not saved: the settings still apply to this session.
      }
    },
  };
}

/** The page's localStorage, or none where reading it throws (some embedded browsers). */
export function browserPreferences(): PreferenceStore {
  let storage: Storage | undefined;
  try {
    storage = globalThis.localStorage;
  } catch {
    storage = undefined;
  }
  return storagePreferences(storage);
}
