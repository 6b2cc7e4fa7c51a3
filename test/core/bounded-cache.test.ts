// The hot paths' memos forget everything at their limit, so memory stays bounded.
import { BoundedCache } from '../../src/core/bounded-cache';

describe('BoundedCache', () => {
  it('keeps entries until it holds its limit, then starts again from the new one', () => {
    const cache = new BoundedCache<string, number>(3);
    expect(cache.set('a', 1)).toBe(1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.size]).toEqual([1, 2, 3, 3]);
    cache.set('d', 4);
    expect([cache.get('a'), cache.get('c'), cache.get('d'), cache.size]).toEqual([undefined, undefined, 4, 1]);
  });

  it('replacing a key at the limit also clears (the memos only ever add new keys)', () => {
    const cache = new BoundedCache<number, string>(2);
    cache.set(1, 'x');
    cache.set(2, 'y');
    cache.set(2, 'z');
    expect([cache.get(1), cache.get(2), cache.size]).toEqual([undefined, 'z', 1]);
  });
});
