// 同时写入批注 as a stored preference: only a boolean is trusted, and saving it keeps the rest.
import { PREFERENCES_KEY, readPreferences, storagePreferences } from '../../src/taskpane/state/preferences';

describe('the highlightNotes preference', () => {
  it('reads a boolean and drops anything else', () => {
    expect(readPreferences(JSON.stringify({ profileChoice: 'national', expectedTotal: '', highlightNotes: true }))).toEqual({
      profileChoice: 'national',
      expectedTotal: '',
      highlightNotes: true,
    });
    expect(readPreferences(JSON.stringify({ profileChoice: 'national', expectedTotal: '', highlightNotes: 'yes' }))).toEqual({
      profileChoice: 'national',
      expectedTotal: '',
    });
  });

  it('is saved without losing the other settings', () => {
    const items = new Map<string, string>([[PREFERENCES_KEY, JSON.stringify({ profileChoice: 'hubei', expectedTotal: '90', language: 'en' })]]);
    const store = storagePreferences({ getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) });
    store.save({ highlightNotes: false });
    expect(store.load()).toEqual({ profileChoice: 'hubei', expectedTotal: '90', language: 'en', highlightNotes: false });
  });
});
