// Broken files in the page: every file of the broken-file corpus, opened with the
// file picker, is answered in the page by the file host's own one line (the same words perf-audit
// prints), in Chinese and in English; the workbook already open stays open; nothing throws.
import { tryReadWorkbookFromBuffer } from '../../src/hosts/file';
import { CORPUS } from '../hostile/support/corpus';
import { chooseFile, gridCell, resultStatus, SEED, waitForWorkbook } from './support/preview';
import { openPreview, type PreviewSession } from './support/session';

const BROKEN = CORPUS.filter((entry) => entry.expect !== 'ok');

describe('unreadable files in the preview', () => {
  let session: PreviewSession;
  const made = new Map<string, Buffer>();

  beforeAll(async () => {
    for (const entry of BROKEN) made.set(entry.file, Buffer.from(await entry.make()));
    session = await openPreview('preview.html');
    await waitForWorkbook(session.page, SEED);
    await resultStatus(session.page).waitFor();
  }, 300_000);

  afterAll(() => session?.close());

  it('covers every kind of broken file the corpus makes', () => {
    expect(BROKEN.map((entry) => entry.expect).sort()).toEqual(
      ['csv', 'empty', 'encrypted', 'legacy-xls', 'no-worksheets', 'not-zip', 'too-large-inflated', 'too-large-inflated', 'truncated', 'zip-bomb'],
    );
  });

  it.each(BROKEN.map((entry) => [entry.file, entry.what, entry.expect] as const))(
    '%s (%s) is answered with the file host’s one line',
    async (file, _what, code) => {
      const { page } = session;
      const bytes = made.get(file)!;
      const expected = await tryReadWorkbookFromBuffer(bytes, file);
      if (expected.ok) throw new Error(`${file} was readable in Node`);
      expect(expected.problem.code).toBe(code);
      await chooseFile(page, file, bytes);
      const alert = page.getByTestId('page-problem').filter({ hasText: `无法打开「${file}」` });
      await alert.waitFor({ timeout: 60_000 });
      expect(await alert.innerText()).toContain(expected.problem.message.zh);
      // The seed stays open and usable.
      await expect(page.getByTestId('file-name').textContent()).resolves.toBe(SEED);
      await expect(gridCell(page, 'B21').textContent()).resolves.toBe('预算完成率');
      await alert.getByRole('button', { name: '关闭' }).click();
    },
    90_000,
  );

  it('says it in English when the page is in English', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'English' }).click();
    const file = 'csv-renamed.xlsx';
    const expected = await tryReadWorkbookFromBuffer(made.get(file)!, file);
    if (expected.ok) throw new Error('csv was readable');
    await chooseFile(page, file, made.get(file)!);
    const alert = page.getByTestId('page-problem').filter({ hasText: `Cannot open "${file}"` });
    await alert.waitFor();
    expect(await alert.innerText()).toContain(expected.problem.message.en);
  });

  it('threw nothing and asked no other host', () => {
    expect(session.errors).toEqual([]);
    expect(session.foreign).toEqual([]);
  });
});
