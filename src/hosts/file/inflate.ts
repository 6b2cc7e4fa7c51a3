// Measures how large a deflated zip entry really is, stopping as soon as it passes a limit, so a
// lying header cannot make us allocate gigabytes. Uses the platform's DecompressionStream (browsers
// and Node 20 both have 'deflate-raw'); nothing is kept but a byte count.

export type InflatedSize = { readonly bytes: number } | { readonly exceeded: true } | { readonly broken: true };

export async function measureInflatedSize(compressed: Uint8Array, limit: number): Promise<InflatedSize> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  writer.write(compressed as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { bytes: total };
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        return { exceeded: true };
      }
    }
  } catch {
    return { broken: true };
  }
}

/** The first `maxBytes` (or a little more) of a deflated entry, inflating nothing beyond. */
export async function inflatePrefix(compressed: Uint8Array, maxBytes: number): Promise<Uint8Array | undefined> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  writer.write(compressed as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    while (total < maxBytes) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      total += value.byteLength;
    }
    await reader.cancel().catch(() => undefined);
  } catch {
    return undefined;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}
