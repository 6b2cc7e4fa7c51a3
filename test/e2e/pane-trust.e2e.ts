// The pane an officer trusts, in chromium over the production build, at 350 px (Excel's task pane)
// and 1280 px: no 通过 without a table, one row's findings together and fix-all's list, PERF formulas
// turned into values, stepping through findings with the verdict and first finding on the first
// screen, the English pane, and the small things (zero counts not in alarm colours). Screenshots go to
// test-output/screenshots/trust-<point>-*.png, one per point of the pane's flow at each width.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage, type Watched } from './support/browser';
import { ROOT } from './support/build';
import { chooseFile, findingItem, fixtureBytes, resultStatus, SEED, waitForWorkbook } from './support/preview';
import { serveStatic, type StaticServer } from './support/server';

const SHOTS = join(ROOT, 'test-output', 'screenshots');
const WIDTHS = [350, 1280] as const;
const HEIGHT = 800;

async function emptyWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Sheet1').getCell('A1').value = '人员名单';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function settled(page: Page): Promise<void> {
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))));
}

describe('the pane an officer trusts', () => {
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

  /** The seed, validated: the pane alone at 350 px (as in Excel), the whole preview at 1280 px. */
  async function seedAt(width: number, lang = ''): Promise<Page> {
    const path = width < 800 ? `preview.html?layout=pane${lang}` : `preview.html${lang ? `?${lang.slice(1)}` : ''}`;
    const session = await openPage(browser, server.origin, path, { width, height: HEIGHT });
    sessions.push(session);
    if (width >= 800) await waitForWorkbook(session.page, SEED);
    await resultStatus(session.page).waitFor();
    return session.page;
  }

  it.each(WIDTHS)('no table, no pass (%i px)', async (width) => {
    const session = await openPage(browser, server.origin, 'preview.html?sample=0', { width, height: HEIGHT });
    sessions.push(session);
    const { page } = session;
    await chooseFile(page, 'staff.xlsx', await emptyWorkbook());
    const status = page.getByRole('status', { name: '校验结果：未找到绩效指标表' });
    await status.waitFor();
    expect(await status.textContent()).toContain('指标名称（三级指标）');
    expect(await page.getByText('通过', { exact: true }).count()).toBe(0);
    await status.scrollIntoViewIfNeeded();
    await settled(page);
    await page.screenshot({ path: join(SHOTS, `trust-1-no-table-${width}.png`) });
    expect(session.errors).toEqual([]);
  });

  it.each(WIDTHS)('verdict and first finding on the first screen; 下一个 steps in sheet order (%i px)', async (width) => {
    const page = await seedAt(width);
    const pane = width < 800 ? page : page.getByRole('complementary');
    const first = pane.locator('main li').first();
    await first.waitFor();
    const verdictBox = (await resultStatus(page).boundingBox())!;
    const firstBox = (await first.boundingBox())!;
    expect(verdictBox.y + verdictBox.height).toBeLessThanOrEqual(HEIGHT);
    expect(firstBox.y).toBeLessThan(HEIGHT);
    expect(await page.getByTestId('checked-at').textContent()).toMatch(/^已校验 \d\d:\d\d$/);
    await settled(page);
    await page.screenshot({ path: join(SHOTS, `trust-5-first-screen-${width}.png`) });
    await page.getByRole('button', { name: '下一个' }).click();
    await page.keyboard.press('Alt+ArrowDown');
    await page.getByText('第 2 / ').waitFor();
    await settled(page);
    await page.screenshot({ path: join(SHOTS, `trust-5-navigate-${width}.png`) });
  });

  it.each(WIDTHS)('one row, one story, and fix-all lists what it leaves out (%i px)', async (width) => {
    const page = await seedAt(width);
    const stories = page.getByRole('region', { name: /同一行有多个问题/ });
    await stories.scrollIntoViewIfNeeded();
    expect(await stories.textContent()).toContain('Sheet1 第 21 行：4 个问题');
    await settled(page);
    await page.screenshot({ path: join(SHOTS, `trust-3-row-story-${width}.png`) });
    await page.getByRole('button', { name: /^修正全部确定问题/ }).click();
    const dialog = page.getByRole('dialog', { name: '修正全部确定问题' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('I21 得分改为 2.62——PERF030（G21）、PERF052（B21）');
    await settled(page);
    await page.screenshot({ path: join(SHOTS, `trust-3-fix-all-${width}.png`) });
  });

  it.each(WIDTHS)('PERF formulas are announced and turned into values (%i px)', async (width) => {
    const page = await seedAt(width);
    await page.getByRole('button', { name: '插入公式' }).click();
    await page.getByRole('dialog', { name: '插入公式预览' }).getByRole('button', { name: '应用' }).click();
    const banner = page.getByTestId('perf-formulas');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('本工作簿有 26 个 PERF 公式');
    await banner.scrollIntoViewIfNeeded();
    await settled(page);
    await page.screenshot({ path: join(SHOTS, `trust-2-formulas-${width}.png`) });
    await banner.getByRole('button', { name: '转为数值' }).click();
    const dialog = page.getByRole('dialog', { name: 'PERF 公式转为数值' });
    await dialog.waitFor();
    await settled(page);
    await page.screenshot({ path: join(SHOTS, `trust-2-to-values-${width}.png`) });
    await dialog.getByRole('button', { name: '应用' }).click();
    await page.getByText('已写入 26 个单元格。').waitFor();
    await banner.waitFor({ state: 'detached' });
  });

  it.each(WIDTHS)('the English pane: families named, totals at the table’s decimals (%i px)', async (width) => {
    const page = await seedAt(width, '&lang=en');
    const table = page.getByRole('region', { name: /^Sheet1!A\d+:J36$/ });
    await table.scrollIntoViewIfNeeded();
    const text = (await table.textContent()) ?? '';
    expect(text).toContain('Chongqing whole-department self-evaluation');
    expect(text).toContain('99.9');
    expect(text).not.toMatch(/\d\.\d*0(?!\d)/); // one rule for numbers: no trailing zeros (99.90, 100.0)
    expect(text).toContain('优 (excellent)');
    // No label cut short: no element of the pane whose text overflows a box that hides or ellipsises it
    // (checked first on a label cut on purpose, so the check itself is known to see one).
    const cutLabels = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((el) => {
            const style = getComputedStyle(el);
            const clips = style.textOverflow === 'ellipsis' || style.overflowX === 'hidden' || style.overflowX === 'clip';
            const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
            return clips && ownText && el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1;
          })
          .map((el) => el.textContent),
      );
    await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.id = 'cut-probe';
      probe.style.cssText = 'width:40px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis';
      probe.textContent = 'All indicators';
      document.body.append(probe);
    });
    expect(await cutLabels()).toEqual(['All indicators']);
    await page.evaluate(() => document.getElementById('cut-probe')?.remove());
    expect(await cutLabels()).toEqual([]);
    await settled(page);
    await page.screenshot({ path: join(SHOTS, `trust-7-english-${width}.png`) });
  });

  it.each(WIDTHS)('a Hubei form is checked with the Hubei profile, named, one click back (%i px)', async (width) => {
    const session = await openPage(browser, server.origin, 'preview.html?sample=0', { width, height: HEIGHT });
    sessions.push(session);
    const { page } = session;
    await chooseFile(page, 'huanggang-2020.xlsx', fixtureBytes('huanggang-2020.xlsx'));
    const status = resultStatus(page);
    await status.waitFor();
    expect(await status.textContent()).toContain('评分配置：湖北省');
    const banner = page.getByTestId('auto-profile');
    await banner.scrollIntoViewIfNeeded();
    await settled(page);
    await page.screenshot({ path: join(SHOTS, `trust-6-hubei-${width}.png`) });
    await banner.getByRole('button', { name: '改用全国配置' }).click();
    await banner.waitFor({ state: 'detached' });
    await page.getByText('评分配置：全国', { exact: false }).waitFor();
  });

  it.each(WIDTHS)('small things: zero counts in a neutral colour, no implementation talk (%i px)', async (width) => {
    const session = await openPage(browser, server.origin, 'preview.html?sample=0', { width, height: HEIGHT });
    sessions.push(session);
    const { page } = session;
    await chooseFile(page, 'clean-project-2023.xlsx', fixtureBytes('clean-project-2023.xlsx'));
    const status = page.getByRole('status', { name: '校验结果：通过' });
    await status.waitFor();
    const colour = (name: string) => status.getByText(name, { exact: true }).evaluate((el) => getComputedStyle(el).color);
    const neutral = await page.getByTestId('checked-at').evaluate((el) => getComputedStyle(el).color);
    expect(await colour('错误 0')).toBe(neutral);
    expect(await colour('警告 0')).toBe(neutral);
    expect((await page.textContent('body')) ?? '').not.toMatch(/按需绘制|虚拟滚动|virtuali[sz]/i);
    await status.scrollIntoViewIfNeeded();
    await settled(page);
    await page.screenshot({ path: join(SHOTS, `trust-8-small-things-${width}.png`) });
    expect(session.errors).toEqual([]);
  });

  it.each(WIDTHS)('the review dialog in the preview promises only what happens (%i px)', async (width) => {
    const page = await seedAt(width);
    await findingItem(page, 'PERF021', '预算完成率').getByRole('button', { name: '已复核 / 忽略…' }).click();
    const dialog = page.getByRole('dialog', { name: '已复核 / 忽略' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('理由写入下载的文件，重新打开该文件时仍在');
    await settled(page);
    await page.screenshot({ path: join(SHOTS, `trust-4-review-${width}.png`) });
  });
});
