// jsdom's environment lacks TextEncoder/TextDecoder, which every browser has and the file host
// uses: lend Node's own before the file host is imported.
import { TextDecoder, TextEncoder } from 'node:util';

const g = globalThis as { TextDecoder?: unknown; TextEncoder?: unknown };
g.TextDecoder ??= TextDecoder;
g.TextEncoder ??= TextEncoder;
