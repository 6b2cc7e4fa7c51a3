// The memos of the hot paths (parsed values, normalised and folded texts, labels, header meanings):
// a Map that forgets everything once it holds `limit` entries, so memory stays bounded whatever the
// workbook, and a cleared memo only costs recomputing.
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  set(key: K, value: V): V {
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(key, value);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
