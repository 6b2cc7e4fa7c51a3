// In Chromium, the things a person notices at once: a dialog that changes cells leaves the changed
// cell in view beside it (1280 px), the grid answers the arrow keys, and an option not chosen looks
// available, not disabled (its colour, and axe-core's colour-contrast check in the real renderer,
// which jsdom cannot do). Screenshots at 350 and 1280 px go to test-output/screenshots.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './support/build';
import { budgetRateFinding, findingItem, gridCell, resultStatus, SEED, waitForWorkbook } from './support/preview';
import { openPreview, type PreviewSession } from './support/session';

const SHOTS = join(ROOT, 'test-output', 'screenshots');
const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Box, b: Box) => a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;

async function colourContrast(page: Page, selector: string): Promise<{ violations: string[]; passes: number }> {
  await page.evaluate(AXE);
  return page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run: (n: Element, o: unknown) => Promise<{ violations: Array<{ nodes: Array<{ html: string }> }>; passes: Array<{ nodes: unknown[] }> }> } }).axe;
    const result = await axe.run(document.querySelector(sel)!, { runOnly: ['color-contrast'] });
    return { violations: result.violations.flatMap((v) => v.nodes.map((n) => n.html)), passes: result.passes.reduce((n, p) => n + p.nodes.length, 0) };
  }, selector);
}

/** What lies over the cell's centre, above the cell: whether the cell is reached at all and which layers are opaque. */
async function coveringLayers(page: Page, address: string, box: Box): Promise<{ reached: boolean; opaque: string[] }> {
  return page.evaluate(({ address, x, y }) => {
    const stack = document.elementsFromPoint(x, y);
    const at = stack.findIndex((e) => e.closest(`td[data-address="${address}"]`) !== null);
    const above = at < 0 ? stack : stack.slice(0, at);
    const opaque = above
      .filter((e) => !e.classList.contains('fui-DialogSurface__backdrop'))
      .filter((e) => getComputedStyle(e).backgroundColor !== 'rgba(0, 0, 0, 0)')
      .map((e) => `${e.tagName.toLowerCase()}.${String(e.className).split(' ')[0]}`);
    return { reached: at >= 0, opaque };
  }, { address, x: box.x + box.width / 2, y: box.y + box.height / 2 });
}

describe('small things, in the preview', () => {
  let session: PreviewSession;
  const finding = budgetRateFinding();
  const cell = finding.cells[0];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await openPreview('preview.html', { width: 1280, height: 800 });
    await waitForWorkbook(session.page, SEED);
    await resultStatus(session.page).waitFor();
  });

  afterAll(() => session?.close());

  it('修正… at 1280 px: the grid shows the changed cell, selected, and the dialog does not cover it', async () => {
    const { page } = session;
    // Start with the grid scrolled away from the cell and another cell selected.
    await gridCell(page, 'A1').click();
    await page.getByTestId('sheet-viewport').evaluate((el) => el.scrollTo(el.scrollWidth, el.scrollHeight));
    await findingItem(page, finding.rule, '预算完成率').getByRole('button', { name: '修正…' }).click();
    const dialog = page.getByRole('dialog', { name: '修正预览' });
    await dialog.waitFor();
    await page.waitForTimeout(400); // the dialog's opening motion
    await page.screenshot({ path: join(SHOTS, 'preview-1280-fix-dialog.png') });
    const target = gridCell(page, cell);
    await expect(target.getAttribute('data-selected')).resolves.toBe('true');
    const box = (await target.boundingBox())!;
    const grid = (await page.getByTestId('sheet-viewport').boundingBox())!;
    const surface = (await dialog.boundingBox())!;
    expect(inside(box, grid)).toBe(true);
    expect(overlaps(box, surface)).toBe(false);
    // Nothing opaque between the dialog's dimmed backdrop and the cell: it is seen, not just placed.
    expect(await coveringLayers(page, cell, box)).toEqual({ reached: true, opaque: [] });
    // The dialog sits over the pane column and is still whole on screen.
    expect(surface.x).toBeGreaterThanOrEqual(grid.x + grid.width - 16);
    expect(surface.x + surface.width).toBeLessThanOrEqual(1280);
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('the arrow keys move the selection in the grid and open the finding of the cell they reach', async () => {
    const { page } = session;
    await gridCell(page, 'I20').click();
    await page.keyboard.press('ArrowDown');
    await expect(gridCell(page, cell).getAttribute('data-selected')).resolves.toBe('true');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-address'))).resolves.toBe(cell);
    await page.locator('li[aria-current="true"]').filter({ hasText: '预算完成率' }).waitFor();
    await page.keyboard.press('ArrowRight');
    await expect(gridCell(page, 'J21').getAttribute('data-selected')).resolves.toBe('true');
    await page.keyboard.press('Home');
    await page.keyboard.press('End');
    await expect(gridCell(page, 'J21').getAttribute('data-selected')).resolves.toBe('true');
    await page.keyboard.press('ArrowUp');
    await expect(page.getByTestId('cell-bar').textContent()).resolves.toMatch(/^J20/);
  });

  it('an unchosen profile option looks available: the chosen one’s colour, not the disabled grey, and enough contrast', async () => {
    const { page } = session;
    await page.getByRole('button', { name: '设置' }).click();
    const group = page.getByRole('radiogroup');
    await group.waitFor();
    await group.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'preview-1280-settings.png') });
    const colours = await group.evaluate((el) => {
      const label = (checked: boolean) => {
        const input = [...el.querySelectorAll('input')].find((i) => i.checked === checked)!;
        return getComputedStyle(input.parentElement!.querySelector('.fui-Radio__label')!).color;
      };
      const probe = document.createElement('span');
      probe.style.color = 'var(--colorNeutralForegroundDisabled)';
      el.appendChild(probe);
      const disabled = getComputedStyle(probe).color;
      probe.remove();
      return { checked: label(true), unchecked: label(false), disabled };
    });
    expect(colours.unchecked).toBe(colours.checked);
    expect(colours.unchecked).not.toBe(colours.disabled);
    const contrast = await colourContrast(page, '[role=radiogroup]');
    expect(contrast.violations).toEqual([]);
    expect(contrast.passes).toBeGreaterThanOrEqual(3);
  });
});

describe('small things, in the pane at 350 px', () => {
  let session: PreviewSession;

  beforeAll(async () => {
    session = await openPreview('preview.html?layout=pane', { width: 350, height: 800 });
    await resultStatus(session.page).waitFor();
  });

  afterAll(() => session?.close());

  it('the fix dialog fits the narrow pane', async () => {
    const { page } = session;
    await findingItem(page, budgetRateFinding().rule, '预算完成率').getByRole('button', { name: '修正…' }).click();
    const dialog = page.getByRole('dialog', { name: '修正预览' });
    await dialog.waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(SHOTS, 'pane-350-fix-dialog.png') });
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(350);
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('a reviewed mark in the preview: no signature promised (no identity), shown with its time and reason', async () => {
    const { page } = session;
    await page.locator('section[aria-label^="PERF030"]').getByRole('button', { name: '已复核 / 忽略…' }).first().click();
    const dialog = page.getByRole('dialog', { name: '已复核 / 忽略' });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain('理由写入下载的文件');
    await expect(dialog.textContent()).resolves.not.toContain('署名');
    await dialog.getByRole('textbox').fill('权重按区财政局批复调整');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('switch', { name: /^显示已复核/ }).click();
    const list = page.getByRole('list', { name: '已复核 / 忽略' });
    const line = list.getByText(/标记为已复核：权重按区财政局批复调整$/);
    await line.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'pane-350-reviewed-list.png') });
    await expect(line.textContent()).resolves.toMatch(/^\d{2}-\d{2} \d{2}:\d{2} 标记为已复核：权重按区财政局批复调整$/);
  });
});
