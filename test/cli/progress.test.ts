// The progress line: on stderr only when it is a terminal and --quiet is not given; stdout is the
// report and nothing else, byte for byte the same with or without it.
import { join } from 'node:path';
import { main, streamIo, type OutStream } from '../../src/cli/main';
import { Progress, duration, progressLine } from '../../src/cli/progress';

const FIXTURES = join(__dirname, '..', 'fixtures');
const files = ['seed-xiyong-2022', 'clean-project-2023', 'negative-empty'].map((n) => join(FIXTURES, `${n}.xlsx`));
const CLEAR = '\r\x1b[K';

/** A stream that records what is written; a terminal of 100 columns when asked to be one. */
function stream(isTTY: boolean): OutStream & { text: string } {
  return {
    text: '',
    isTTY,
    columns: isTTY ? 100 : undefined,
    write(chunk: string) {
      this.text += chunk;
      return true;
    },
  };
}

async function run(argv: string[], stderrIsTTY: boolean): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = stream(false);
  const err = stream(stderrIsTTY);
  const code = await main(argv, streamIo(out, err));
  return { code, stdout: out.text, stderr: err.text };
}

describe('progress line', () => {
  it('says files done / total, files per second and time left, in Chinese or English', () => {
    expect(progressLine(0, 500, 0, 'zh')).toBe('已检查 0/500 个文件 · 每秒 … 个 · 剩余约 …');
    expect(progressLine(100, 500, 4000, 'zh')).toBe('已检查 100/500 个文件 · 每秒 25 个 · 剩余约 16 秒');
    expect(progressLine(3, 500, 2000, 'en')).toBe('checked 3/500 files · 1.5 files/s · about 5 min 31 s left');
    expect(duration(7260, 'zh')).toBe('2 小时 1 分');
  });

  it('redraws in place at most every 100 ms, always on the last file, and clears itself', () => {
    let t = 0;
    const written: string[] = [];
    const progress = new Progress({ total: 4, lang: 'en', write: (s) => written.push(s), now: () => t });
    progress.draw();
    t = 50;
    progress.advance(); // 50 ms after the last draw: not drawn
    t = 150;
    progress.advance();
    t = 160;
    progress.advance(); // 10 ms: not drawn
    t = 170;
    progress.advance(); // the last: drawn
    progress.clear();
    progress.clear(); // nothing left to clear
    expect(written).toEqual([
      `${CLEAR}checked 0/4 files · … files/s · about … left`,
      `${CLEAR}checked 2/4 files · 13 files/s · about 0 s left`,
      `${CLEAR}checked 4/4 files · 24 files/s · about 0 s left`,
      CLEAR,
    ]);
  });

  it('is cut to the terminal width, so it never wraps', () => {
    const written: string[] = [];
    new Progress({ total: 500, lang: 'zh', write: (s) => written.push(s), columns: 20, now: () => 0 }).draw();
    expect(written[0]).toBe(`${CLEAR}已检查 0/500 个文件`); // 19 columns: the 20th would wrap on some terminals
  });
});

describe('perf-audit and its progress', () => {
  it('shows progress on a terminal, and only on stderr: stdout is the same as without it', async () => {
    for (const format of ['text', 'json', 'csv']) {
      const plain = await run([...files, '--jobs', '1', '--format', format], false);
      const terminal = await run([...files, '--jobs', '1', '--format', format], true);
      expect(plain.stderr).toBe('');
      expect(terminal.stdout).toBe(plain.stdout);
      expect(terminal.code).toBe(plain.code);
      expect(terminal.stderr.startsWith(`${CLEAR}已检查 0/3 个文件`)).toBe(true);
      expect(terminal.stderr).toContain('已检查 3/3 个文件');
      expect(terminal.stderr.endsWith(CLEAR)).toBe(true);
    }
  }, 60_000);

  it('shows nothing with --quiet, even on a terminal', async () => {
    const quiet = await run([...files, '--jobs', '1', '--quiet'], true);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toContain('共 3 个文件');
  }, 60_000);
});
