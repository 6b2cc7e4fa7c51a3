// Settings kept between sessions: what is read back is only what the pane writes.
import { PREFERENCES_KEY, readPreferences, storagePreferences } from '../../src/taskpane/state/preferences';

function memoryStorage(initial?: string) {
  const items = new Map<string, string>(initial === undefined ? [] : [[PREFERENCES_KEY, initial]]);
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    raw: () => items.get(PREFERENCES_KEY),
  };
}

describe('readPreferences', () => {
  it('reads what the pane wrote', () => {
    expect(readPreferences(JSON.stringify({ profileChoice: 'hubei', expectedTotal: '90', language: 'en' }))).toEqual({
      profileChoice: 'hubei',
      expectedTotal: '90',
      language: 'en',
    });
  });

  it('keeps a custom profile only with the custom choice, and a custom choice only with its profile', () => {
    const profile = { extends: 'national', id: 'ours', label: { zh: '本局', en: 'Ours' } };
    expect(readPreferences(JSON.stringify({ profileChoice: 'custom', expectedTotal: '', customProfile: profile }))).toEqual({
      profileChoice: 'custom',
      expectedTotal: '',
      customProfile: profile,
    });
    expect(readPreferences(JSON.stringify({ profileChoice: 'custom', expectedTotal: '' }))?.profileChoice).toBe('national');
    expect(readPreferences(JSON.stringify({ profileChoice: 'hubei', expectedTotal: '', customProfile: profile }))).toEqual({
      profileChoice: 'hubei',
      expectedTotal: '',
    });
  });

  it('drops what it does not know: broken JSON, other types, unknown choices and languages', () => {
    expect(readPreferences(null)).toBeUndefined();
    expect(readPreferences('{ "profileChoice": ')).toBeUndefined();
    expect(readPreferences('[1, 2]')).toBeUndefined();
    expect(readPreferences(JSON.stringify({ profileChoice: 'shanghai', expectedTotal: 100, language: 'fr' }))).toEqual({
      profileChoice: 'national',
      expectedTotal: '',
    });
    expect(readPreferences('x'.repeat(300_000))).toBeUndefined();
  });
});

describe('storagePreferences', () => {
  it('merges each save into what is stored and reads it back', () => {
    const storage = memoryStorage();
    const store = storagePreferences(storage);
    expect(store.load()).toBeUndefined();
    store.save({ profileChoice: 'hubei', expectedTotal: '' });
    store.save({ language: 'en' });
    expect(store.load()).toEqual({ profileChoice: 'hubei', expectedTotal: '', language: 'en' });
    store.save({ profileChoice: 'custom', expectedTotal: '99.93', customProfile: { extends: 'hubei' } });
    store.save({ profileChoice: 'national' });
    expect(JSON.parse(storage.raw() ?? '{}')).toEqual({ profileChoice: 'national', expectedTotal: '99.93', language: 'en' });
  });

  it('a storage that throws or is missing: nothing read, nothing thrown', () => {
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(storagePreferences(throwing).load()).toBeUndefined();
    expect(() => storagePreferences(throwing).save({ language: 'en' })).not.toThrow();
    expect(storagePreferences(undefined).load()).toBeUndefined();
    expect(() => storagePreferences(undefined).save({ language: 'en' })).not.toThrow();
  });
});
