// Cell text is text: the seed with `<img src=x onerror=window.__xss=1>` as the name of
// 预算完成率, opened in the preview and validated. The markup shows as characters in the grid, the
// cell bar, the findings, their details and the fix preview; no element is made from it, its handler
// never runs, and the page never asks for the image's URL.
import { withCells } from '../preview/support/edit-workbook';
import { chooseFile, fixtureBytes, gridCell, resultStatus, SEED, waitForWorkbook } from './support/preview';
import { openPreview, type PreviewSession } from './support/session';

const PAYLOAD = '<img src=x onerror=window.__xss=1>';
const FILE = 'hostile-name.xlsx';

describe('markup in a cell, in Chromium', () => {
  let session: PreviewSession;

  beforeAll(async () => {
    session = await openPreview('preview.html?sample=0');
    await chooseFile(session.page, FILE, await withCells(fixtureBytes(SEED), { B21: PAYLOAD }));
    await waitForWorkbook(session.page, FILE);
    await resultStatus(session.page).waitFor();
  });

  afterAll(() => session?.close());

  it('shows the markup as characters everywhere it appears, and runs none of it', async () => {
    const { page } = session;
    await expect(gridCell(page, 'B21').textContent()).resolves.toBe(PAYLOAD);
    await gridCell(page, 'B21').click();
    await expect(page.getByTestId('cell-bar').textContent()).resolves.toBe(`B21${PAYLOAD}`);
    for (const button of await page.getByRole('button', { name: '原因与修改方法' }).all()) await button.click();
    await page.locator('section[aria-label^="PERF021"]').getByRole('button', { name: '修正…' }).click();
    await page.getByRole('dialog', { name: '修正预览' }).waitFor();
    const result = await page.evaluate(() => ({
      paneText: document.querySelector('main')?.textContent ?? '',
      images: document.querySelectorAll('img').length,
      handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
      xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
    }));
    expect(result.paneText).toContain('指标“<img src=x onerror=');
    expect({ images: result.images, handlers: result.handlers, xss: result.xss }).toEqual({ images: 0, handlers: 0, xss: null });
  });

  it('never asked for the image, nor any other host, and logged no error', () => {
    expect(session.server.log.filter((line) => /^GET \/x /.test(line))).toEqual([]);
    expect(session.foreign).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
