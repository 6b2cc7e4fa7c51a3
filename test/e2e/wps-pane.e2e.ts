// The WPS add-in end to end in Chromium: the built pane page (dist-wps/perf/taskpane.html) with a
// fake WPS window.Application injected before it loads, holding the seed. Validate → the counts the
// core gives for the seed → jump (the fake's selection) → fix through the preview (the fake's cell)
// → undo (the cell as before); the pane's own close button hides the pane; the root page registers
// the seven PERF functions and opens the pane from the ribbon. Only the page's own files are fetched.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { checkWorkbook } from '../../src/core/check';
import { NATIONAL_PROFILE } from '../../src/core/profile/national';
import seed from '../fixtures/sources/seed-xiyong-2022';
import { workbookGrid } from '../hosts/excel/tables';
import { launchChromium, sameOrigin } from './support/browser';
import { budgetRateFinding, findingItem, shownCounts, validate } from './support/preview';
import { serveStatic, type StaticServer } from './support/server';
import { fakeEtScript, wpsBuild } from './support/wps';

interface Opened {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly foreign: string[];
  readonly errors: string[];
}

async function open(browser: Browser, origin: string, path: string, script: string): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: 'zh-CN' });
  const foreign: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', async (route) => {
    if (sameOrigin(route.request().url(), origin)) return route.continue();
    foreign.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  await context.addInitScript({ content: script });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(`${origin}/${path}`);
  return { page, context, foreign, errors };
}

const cellOf = (page: Page, sheet: string, address: string) =>
  page.evaluate(([s, a]) => (window as unknown as { __fakeCell: (s: string, a: string) => unknown }).__fakeCell(s, a), [sheet, address]);

describe('the WPS add-in, end to end in Chromium with a fake window.Application', () => {
  let server: StaticServer;
  let browser: Browser;
  let pane: Opened;
  let script: string;
  let dir: string;
  const finding = budgetRateFinding();
  const [fix] = finding.fix;
  const expected = checkWorkbook(workbookGrid(seed), { profile: NATIONAL_PROFILE }).counts;

  beforeAll(async () => {
    dir = await wpsBuild();
    script = await fakeEtScript();
    server = await serveStatic(join(dir, 'perf'));
    browser = await launchChromium();
    pane = await open(browser, server.origin, 'taskpane.html', script);
  }, 600_000);

  afterAll(async () => {
    await pane?.context.close();
    await browser?.close();
    await server?.close();
  });

  it('is one ES2018 classic script with no chunk, no dynamic import and no window.open, in both install forms', () => {
    const bundle = readFileSync(join(dir, 'perf', 'perf-wps.js'), 'utf8');
    expect(() => parse(bundle, { ecmaVersion: 2018, sourceType: 'script' })).not.toThrow();
    expect(bundle).not.toMatch(/\bimport\(|window\.open\b/);
    expect(readdirSync(join(dir, 'perf')).filter((f) => f.endsWith('.js'))).toEqual(['perf-wps.js']);
    const offline = readdirSync(join(dir, 'offline')).find((f) => f.startsWith('PERF_'))!;
    for (const file of ['index.html', 'taskpane.html', 'perf-wps.js', 'manifest.xml', 'ribbon.xml']) {
      expect(readFileSync(join(dir, 'offline', offline, file)).equals(readFileSync(join(dir, 'perf', file)))).toBe(true);
    }
    expect(readFileSync(join(dir, 'offline', 'publish.xml'), 'utf8')).toContain(`url="${offline}"`);
    expect(readFileSync(join(dir, 'jsplugins.xml'), 'utf8')).toMatch(/<jspluginonline name="PERF" type="et" url="https?:\/\/[^"]+\/"\/>/);
    expect(readFileSync(join(dir, 'perf', 'ribbon.xml'), 'utf8')).not.toContain('<?xml');
  });

  it('validates the workbook WPS holds: the counts the core gives for the seed', async () => {
    await pane.page.getByText('PERF 绩效校验').waitFor();
    await validate(pane.page);
    expect(await shownCounts(pane.page)).toEqual(expected);
  });

  it('jumps to a finding’s cell: WPS activates the sheet and selects the cell', async () => {
    await findingItem(pane.page, finding.rule, '预算完成率').getByRole('button', { name: `定位到 ${finding.sheet}!${fix.cell}` }).click();
    await pane.page.waitForFunction(() => (window as unknown as { __fakeEt: { workbook: { selection?: unknown } } }).__fakeEt.workbook.selection !== undefined);
    const selection = await pane.page.evaluate(() => (window as unknown as { __fakeEt: { workbook: { selection?: unknown; activeSheet?: string } } }).__fakeEt.workbook);
    expect(selection).toMatchObject({ selection: { sheet: finding.sheet, address: fix.cell }, activeSheet: finding.sheet });
  });

  it('fixes through the preview, writing the cell in WPS, and undoes it', async () => {
    const { page } = pane;
    expect(await cellOf(page, finding.sheet, fix.cell)).toEqual({ value: fix.before.value });
    await findingItem(page, finding.rule, '预算完成率').getByRole('button', { name: '修正…' }).click();
    await page.getByRole('dialog', { name: '修正预览' }).getByRole('button', { name: '应用' }).click();
    await page.getByText('已写入 1 个单元格。').waitFor();
    expect(await cellOf(page, finding.sheet, fix.cell)).toEqual({ value: fix.after });
    await findingItem(page, finding.rule, '预算完成率').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: '撤销' }).click();
    await page.getByText(/^已撤销/).waitFor();
    expect(await cellOf(page, finding.sheet, fix.cell)).toEqual({ value: fix.before.value });
    await findingItem(page, finding.rule, '预算完成率').waitFor();
  });

  it('closes itself with its own button', async () => {
    const { page } = pane;
    await page.evaluate(() => {
      const app = (window as unknown as { Application: { CreateTaskPane(u: string): { ID: number; Visible: boolean }; PluginStorage: { setItem(k: string, v: string): void } } }).Application;
      const opened = app.CreateTaskPane('taskpane.html');
      opened.Visible = true;
      app.PluginStorage.setItem('perf.taskpane', String(opened.ID));
    });
    await page.getByRole('button', { name: /关闭面板/ }).click();
    const visible = await page.evaluate(() => (window as unknown as { __fakeEt: { taskPanes: Array<{ Visible: boolean }> } }).__fakeEt.taskPanes[0].Visible);
    expect(visible).toBe(false);
  });

  it('the root page registers the seven PERF functions and opens the pane from the ribbon', async () => {
    const root = await open(browser, server.origin, 'index.html', script);
    try {
      const names = await root.page.evaluate(() => (window as unknown as { __fakeFunctions: () => string[] }).__fakeFunctions());
      expect(names).toEqual(['PERF.SCORE', 'PERF.RATE', 'PERF.QUAL', 'PERF.BUDGET', 'PERF.GRADE', 'PERF.TOTAL', 'PERF.CHECK']);
      const score = await root.page.evaluate(() => (window as unknown as { __fakeCall: (...a: unknown[]) => unknown }).__fakeCall('PERF.SCORE', '≥', '95%', '99.74%', 10));
      expect(score).toBe(10);
      const url = await root.page.evaluate(() => {
        const w = window as unknown as { ribbon: { OnAction(c: { Id: string }): boolean }; __fakeEt: { taskPanes: Array<{ url: string }> } };
        w.ribbon.OnAction({ Id: 'perfOpenPane' });
        return w.__fakeEt.taskPanes[0].url;
      });
      expect(url).toBe(`${server.origin}/taskpane.html`);
      expect(root.foreign).toEqual([]);
      expect(root.errors).toEqual([]);
    } finally {
      await root.context.close();
    }
  });

  it('fetched only its own files and logged no error', () => {
    expect(pane.foreign).toEqual([]);
    expect(pane.errors).toEqual([]);
    expect(server.log.every((line) => / \/(taskpane|index)\.html 200$| \/perf-wps\.js 200$/.test(line))).toBe(true);
  });
});
