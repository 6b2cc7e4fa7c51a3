// The one-line progress display of a long run, on stderr when it is a terminal: files done / total,
// files per second, time left. Redrawn in place (carriage return, erase to end of line) at most
// every 100 ms; cleared before anything is printed on stdout and when the run ends, so the report
// itself is never mixed with it.
import type { Language } from './args';
import { displayWidth } from './width';

export interface ProgressOptions {
  readonly total: number;
  readonly lang: Language;
  readonly write: (text: string) => void;
  /** Terminal width, when known: the line is cut to fit so it never wraps. */
  readonly columns?: number;
  /** Milliseconds; Date.now by default (tests give their own clock). */
  readonly now?: () => number;
}

const REDRAW_MS = 100;
const CLEAR = '\r\x1b[K';

export function duration(seconds: number, lang: Language): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return lang === 'zh' ? `${s} 秒` : `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return lang === 'zh' ? `${m} 分 ${s % 60} 秒` : `${m} min ${s % 60} s`;
  return lang === 'zh' ? `${Math.floor(m / 60)} 小时 ${m % 60} 分` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** The line for `done` of `total` files after `elapsedMs`. */
export function progressLine(done: number, total: number, elapsedMs: number, lang: Language): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const known = done > 0 && rate > 0;
  const perSecond = known ? rate.toFixed(rate < 10 ? 1 : 0) : '…';
  const left = known ? duration((total - done) / rate, lang) : '…';
  return lang === 'zh'
    ? `已检查 ${done}/${total} 个文件 · 每秒 ${perSecond} 个 · 剩余约 ${left}`
    : `checked ${done}/${total} files · ${perSecond} files/s · about ${left} left`;
}

function fit(line: string, columns: number | undefined): string {
  if (!columns || displayWidth(line) < columns) return line;
  let out = '';
  for (const ch of line) {
    if (displayWidth(out + ch) >= columns) break;
    out += ch;
  }
  return out;
}

export class Progress {
  private readonly started: number;
  private readonly now: () => number;
  private done = 0;
  private shown = false;
  private drawnAt = -Infinity;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? Date.now;
    this.started = this.now();
  }

  /** One more file checked (in any order). */
  advance(): void {
    this.done++;
    const t = this.now();
    if (this.done === this.options.total || t - this.drawnAt >= REDRAW_MS) this.draw(t);
  }

  /** Draws the line now (at the start, and again after stdout was written). */
  draw(t = this.now()): void {
    this.drawnAt = t;
    this.shown = true;
    this.options.write(CLEAR + fit(progressLine(this.done, this.options.total, t - this.started, this.options.lang), this.options.columns));
  }

  /** Erases the line, if shown (before stdout is written, and at the end). */
  clear(): void {
    if (!this.shown) return;
    this.shown = false;
    this.options.write(CLEAR);
  }
}
