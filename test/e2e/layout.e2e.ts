// Screenshots and widths: the pane alone (as in Excel's task pane) at 320 and 450 px, the preview at
// 1280 px, written to test-output/screenshots for people to look at. The pane must never overflow
// sideways at 320 px: the document and the pane fit, and no visible element reaches past the edge.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage, type Watched } from './support/browser';
import { ROOT } from './support/build';
import { budgetRateFinding, findingItem, resultStatus, SEED, waitForWorkbook } from './support/preview';
import { serveStatic, type StaticServer } from './support/server';

const SHOTS = join(ROOT, 'test-output', 'screenshots');

interface Overflow {
  readonly viewport: number;
  readonly document: { scrollWidth: number; clientWidth: number };
  readonly pane: { scrollWidth: number; clientWidth: number } | null;
  /** Visible elements whose right edge passes the viewport: 'tag.class "text"'. */
  readonly beyond: string[];
}

function overflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const main = document.querySelector('main');
    const beyond: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || rect.right <= viewport + 0.5) continue;
      if (el.closest('[data-testid="sheet-viewport"]')) continue; // the grid scrolls inside its own box
      beyond.push(`${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} "${(el.textContent ?? '').slice(0, 40)}" right=${Math.round(rect.right)}`);
    }
    return {
      viewport,
      document: { scrollWidth: document.documentElement.scrollWidth, clientWidth: viewport },
      pane: main ? { scrollWidth: main.scrollWidth, clientWidth: main.clientWidth } : null,
      beyond,
    };
  });
}

/** Waits until every animation and transition on the page has finished (the dialog's entrance). */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))));
}

function expectNoOverflow(found: Overflow): void {
  expect(found.beyond).toEqual([]);
  expect(found.document.scrollWidth).toBeLessThanOrEqual(found.document.clientWidth);
  if (found.pane) expect(found.pane.scrollWidth).toBeLessThanOrEqual(found.pane.clientWidth);
}

describe('the pane and the preview at the widths people use', () => {
  let server: StaticServer;
  let browser: Browser;
  const sessions: Watched[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serveStatic(process.env.PERF_E2E_DIR!);
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const s of sessions) await s.context.close();
    await browser?.close();
    await server?.close();
  });

  async function paneAt(width: number): Promise<Page> {
    const session = await openPage(browser, server.origin, 'preview.html?layout=pane', { width, height: 900 });
    sessions.push(session);
    await resultStatus(session.page).waitFor();
    // Long texts open: every finding's why and how.
    for (const button of await session.page.getByRole('button', { name: '原因与修改方法' }).all()) await button.click();
    return session.page;
  }

  it.each([320, 450])('the pane at %i px: validated seed, details open, no sideways overflow', async (width) => {
    const page = await paneAt(width);
    await settled(page);
    await page.screenshot({ path: join(SHOTS, `pane-${width}.png`), fullPage: true });
    const found = await overflow(page);
    expect(found.viewport).toBe(width);
    expectNoOverflow(found);
  });

  it('the fix preview dialog fits at 320 px', async () => {
    const page = await paneAt(320);
    await findingItem(page, budgetRateFinding().rule, '预算完成率').getByRole('button', { name: '修正…' }).click();
    const dialog = page.getByRole('dialog', { name: '修正预览' });
    await dialog.waitFor();
    await settled(page);
    await page.screenshot({ path: join(SHOTS, 'pane-320-fix-dialog.png') });
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expectNoOverflow(await overflow(page));
  });

  it('the preview at 1280 px: the grid beside the pane, a finding’s cell outlined', async () => {
    const session = await openPage(browser, server.origin, 'preview.html', { width: 1280, height: 800 });
    sessions.push(session);
    const { page } = session;
    await waitForWorkbook(page, SEED);
    await resultStatus(page).waitFor();
    const finding = budgetRateFinding();
    await findingItem(page, finding.rule, '预算完成率').getByRole('button', { name: /^定位到/ }).click();
    await page.locator('td[data-selected="true"]').waitFor();
    await page.screenshot({ path: join(SHOTS, 'preview-1280.png') });
    const grid = (await page.getByTestId('sheet-viewport').boundingBox())!;
    const pane = (await page.getByRole('complementary').boundingBox())!;
    expect(pane.x).toBeGreaterThanOrEqual(grid.x + grid.width);
    expect(grid.width).toBeGreaterThan(600);
    expectNoOverflow(await overflow(page));
    expect(session.errors).toEqual([]);
  });

  it('the preview at 360 px stacks the grid and the pane without sideways overflow', async () => {
    const session = await openPage(browser, server.origin, 'preview.html', { width: 360, height: 800 });
    sessions.push(session);
    await waitForWorkbook(session.page, SEED);
    await resultStatus(session.page).waitFor();
    await session.page.screenshot({ path: join(SHOTS, 'preview-360.png'), fullPage: true });
    expectNoOverflow(await overflow(session.page));
  });
});
