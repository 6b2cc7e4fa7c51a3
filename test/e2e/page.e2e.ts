// Builds the add-in in production mode with a stand-in pane (Fluent UI components) and loads the
// real taskpane.html in Debian's Chromium: office.js comes from its CDN URL (answered from
// node_modules), and the page's Content-Security-Policy must let Fluent style itself while refusing
// injected inline styles and scripts. Needs /usr/bin/chromium (.ci/run installs it).
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import webpack from 'webpack';

const root = path.join(__dirname, '..', '..');
const officeJsDist = path.join(root, 'node_modules', '@microsoft', 'office-js', 'dist');
const chromiumPath = '/usr/bin/chromium';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the webpack config is plain JS
const makeConfig = require('../../webpack.config.js');

function build(outDir: string): Promise<webpack.Stats> {
  const config = makeConfig({}, { mode: 'production' });
  config.entry = { ...config.entry, taskpane: './test/build/fixtures/fluent-pane.tsx' };
  config.output = { ...config.output, path: outDir };
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error || !stats) reject(error || new Error('no stats'));
      else if (stats.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve(stats);
    });
  });
}

function serve(dir: string): Promise<http.Server> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.png': 'image/png' };
  const server = http.createServer((request, response) => {
    const file = path.join(dir, decodeURIComponent(new URL(request.url || '/', 'http://x').pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404);
      response.end();
      return;
    }
    response.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
    response.end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('the built page in Chromium', () => {
  let outDir = '';
  let server: http.Server | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!fs.existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing: apt-get install chromium (.ci/run does)`);
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-page-'));
    await build(outDir);
    server = await serve(outDir);
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
  });

  async function openPane() {
    const context = await browser!.newContext();
    const foreignRequests: string[] = [];
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      if (url.origin === 'https://appsforoffice.microsoft.com' && url.pathname.startsWith('/lib/1/hosted/')) {
        const file = path.join(officeJsDist, url.pathname.slice('/lib/1/hosted/'.length));
        if (fs.existsSync(file)) return route.fulfill({ path: file, contentType: 'text/javascript' });
      }
      foreignRequests.push(url.href);
      return route.abort();
    });
    const page = await context.newPage();
    const console: string[] = [];
    page.on('console', (message) => console.push(message.text()));
    page.on('pageerror', (error) => console.push(`pageerror: ${error.message}`));
    const { port } = server!.address() as { port: number };
    await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
    await page.waitForSelector('#office-host', { timeout: 30_000 });
    return { page, context, console, foreignRequests };
  }

  it('loads office.js from its CDN address and runs the bundles without a CSP violation', async () => {
    const { page, context, console, foreignRequests } = await openPane();
    expect(await page.textContent('#office-host')).toBe('null'); // outside Office: onReady → host null
    // The old-browser message is loaded from its own file (the CSP admits it) and stays silent in Chromium.
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/old-office.js')))).toBe(true);
    expect(await page.$('#perf-old-office')).toBeNull();
    expect(console.filter((line) => /Content Security Policy|pageerror/.test(line))).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  }, 60_000);

  it('lets Fluent UI apply its styles (Griffel fills empty <style> elements through CSSOM)', async () => {
    const { page, context } = await openPane();
    await page.waitForSelector('[role="tooltip"]');
    const styles = await page.evaluate(() => {
      const style = (id: string) => getComputedStyle(document.getElementById(id)!);
      const sheets = Array.from(document.querySelectorAll('style'));
      return {
        button: style('probe-button').backgroundColor,
        radius: style('probe-button').borderTopLeftRadius,
        badge: style('probe-badge').backgroundColor,
        notePadding: style('probe-note').paddingLeft,
        styleElements: sheets.length,
        styleElementsWithoutSheet: sheets.filter((element) => !element.sheet).length,
      };
    });
    expect(styles).toEqual({
      button: 'rgb(15, 108, 189)',
      radius: '4px',
      badge: 'rgb(15, 108, 189)',
      notePadding: '17px',
      styleElements: expect.any(Number),
      styleElementsWithoutSheet: 0,
    });
    expect(styles.styleElements).toBeGreaterThan(0);
    await context.close();
  }, 60_000);

  it('refuses injected inline styles and inline scripts', async () => {
    const { page, context, console } = await openPane();
    const result = await page.evaluate(async () => {
      const style = document.createElement('style');
      style.textContent = '#probe-note { padding-left: 31px !important; }';
      document.head.appendChild(style);
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.appendChild(script);
      const image = document.createElement('img');
      image.setAttribute('src', 'x');
      image.setAttribute('onerror', 'window.__handler = true');
      document.body.appendChild(image);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const w = window as unknown as { __injected?: boolean; __handler?: boolean };
      return { padding: getComputedStyle(document.getElementById('probe-note')!).paddingLeft, injected: w.__injected, handler: w.__handler };
    });
    expect(result).toEqual({ padding: '17px', injected: undefined, handler: undefined });
    expect(console.filter((line) => /Content Security Policy/.test(line)).length).toBeGreaterThanOrEqual(3);
    await context.close();
  }, 60_000);

  it('tree-shakes Fluent UI: only the components the pane imports are bundled', () => {
    const code = fs.readFileSync(path.join(outDir, 'taskpane.js'), 'utf8');
    expect(code).toContain('fui-Button');
    expect(code).toContain('fui-Badge');
    for (const unused of ['fui-Combobox', 'fui-DataGrid', 'fui-Dropdown', 'fui-Carousel', 'fui-Slider']) {
      expect({ unused, bundled: code.includes(unused) }).toEqual({ unused, bundled: false });
    }
  });

  it('ships bundles without eval or new Function', () => {
    for (const file of ['functions.js', 'taskpane.js']) {
      const code = fs.readFileSync(path.join(outDir, file), 'utf8');
      expect({ file, eval: /\beval\(|new Function\(/.test(code) }).toEqual({ file, eval: false });
    }
  });
});
