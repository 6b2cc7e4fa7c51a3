// Security of what ships, on a production build made here: every page's
// Content-Security-Policy allows only the app's own origin and Microsoft's office.js CDN; no bundle
// runs text as code (dependencies' idioms named and shown unreachable); and in Chromium, with the
// network watched, no page asks any other host for anything — the task pane page, the preview, and a
// harness page running the real pane over a workbook with markup in its cells, which stays text.
// Needs /usr/bin/chromium (.ci/run installs it).
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import webpack from 'webpack';
import { INJECTED_SELECTOR, SHEET } from '../hostile/support/hostile-seed';
import { scanSource, type Hit } from '../hostile/support/scan';

const ROOT = path.join(__dirname, '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';
const OFFICE_JS_URL = `${OFFICE_JS_ORIGIN}/lib/1/hosted/office.js`;
const OFFICE_JS_DIST = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";
/** Our page for the browser test, not shipped. */
const HARNESS = 'harness';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the webpack config is plain JS
const webpackConfig = require('../../webpack.config.js') as ((env: object, argv: object) => webpack.Configuration) & {
  contentSecurityPolicy: (options?: { dev?: boolean; officeJs?: boolean }) => string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const HtmlWebpackPlugin = require('html-webpack-plugin') as new (options: object) => webpack.WebpackPluginInstance;

let out = '';
let server: http.Server | undefined;
let browser: Browser | undefined;
let origin = '';

function build(dir: string): Promise<void> {
  const config = webpackConfig({}, { mode: 'production' });
  config.entry = { ...(config.entry as Record<string, string>), [HARNESS]: './test/hostile/fixtures/pane-harness.tsx' };
  config.output = { ...config.output, path: dir };
  config.plugins = [
    ...(config.plugins ?? []),
    new HtmlWebpackPlugin({
      filename: `${HARNESS}.html`,
      template: './src/taskpane/taskpane.html',
      chunks: [HARNESS],
      contentSecurityPolicy: webpackConfig.contentSecurityPolicy({ dev: false }),
    }),
  ];
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error || !stats) reject(error ?? new Error('no stats'));
      else if (stats.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve();
    });
  });
}

function serve(dir: string): Promise<http.Server> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.png': 'image/png', '.xlsx': 'application/octet-stream' };
  const s = http.createServer((request, response) => {
    const file = path.join(dir, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404);
      response.end();
      return;
    }
    response.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
    response.end(fs.readFileSync(file));
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

function files(dir: string, pattern: RegExp): string[] {
  return fs.readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (fs.statSync(p).isDirectory()) return files(p, pattern);
    return pattern.test(name) ? [p] : [];
  });
}

const shippedPages = () => files(out, /\.html$/).filter((p) => path.basename(p) !== `${HARNESS}.html`);

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (.ci/run does)`);
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-security-build-'));
  await build(out);
  server = await serve(out);
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

/** 'a b; c d e' → { a: ['b'], c: ['d', 'e'] }. */
function directives(policy: string): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map[name.toLowerCase()] = sources;
  }
  return map;
}

describe('every shipped page', () => {
  it('is built: the task pane page at least', () => {
    expect(shippedPages().map((p) => path.relative(out, p))).toContain('taskpane.html');
  });

  it('has one Content-Security-Policy allowing only its own origin (and office.js from Microsoft’s CDN where it loads it)', () => {
    for (const page of shippedPages()) {
      const html = fs.readFileSync(page, 'utf8');
      const name = path.relative(out, page);
      const metas = [...html.matchAll(/<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]*)"/gi)].map((m) => m[1]);
      expect({ name, count: metas.length }).toEqual({ name, count: 1 });
      const csp = directives(metas[0]);
      const loadsOfficeJs = html.includes(OFFICE_JS_URL);
      expect({ name, 'default-src': csp['default-src'] }).toEqual({ name, 'default-src': ["'self'"] });
      expect({ name, 'script-src': csp['script-src'] }).toEqual({ name, 'script-src': loadsOfficeJs ? ["'self'", OFFICE_JS_ORIGIN] : ["'self'"] });
      expect({ name, 'connect-src': csp['connect-src'] }).toEqual({ name, 'connect-src': ["'self'"] });
      expect({ name, 'object-src': csp['object-src'] }).toEqual({ name, 'object-src': ["'none'"] });
      expect({ name, 'base-uri': csp['base-uri'] }).toEqual({ name, 'base-uri': ["'none'"] });
      expect({ name, 'form-action': csp['form-action'] }).toEqual({ name, 'form-action': ["'none'"] });
      for (const [directive, sources] of Object.entries(csp)) {
        if (directive === 'script-src') continue;
        const foreign = sources.filter((s) => !["'self'", "'none'", EMPTY_STYLE_HASH].includes(s));
        expect({ name, directive, foreign }).toEqual({ name, directive, foreign: [] });
      }
    }
  });

  it('loads scripts only from its own origin or office.js’s CDN URL, with no inline script or handler', () => {
    for (const page of shippedPages()) {
      const html = fs.readFileSync(page, 'utf8');
      const name = path.relative(out, page);
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      for (const [, attributes, body] of scripts) {
        const src = /\bsrc="?([^"\s>]+)/.exec(attributes)?.[1];
        expect({ name, src, inline: body.trim() }).toEqual({ name, src: expect.any(String), inline: '' });
        const external = /^(https?:)?\/\//.test(src ?? '');
        if (external) expect({ name, src }).toEqual({ name, src: OFFICE_JS_URL });
      }
      expect({ name, handlers: html.match(/\son[a-z]+=/gi) ?? [] }).toEqual({ name, handlers: [] });
      expect({ name, stylesheets: html.match(/<link\b[^>]*stylesheet[^>]*>/gi) ?? [] }).toEqual({ name, stylesheets: [] });
    }
  });
});

/**
 * Dependency idioms that contain eval-like code but never run in a browser page: lodash's way to find
 * the global object (`freeGlobal || freeSelf || Function('return this')()`: `self` exists in every
 * browser, so the Function call is never reached) and the setImmediate polyfill's string branch
 * (`typeof fn != "function" && (fn = new Function("" + fn))`: ExcelJS passes functions only).
 */
const KNOWN_UNREACHABLE: ReadonlyArray<{ name: string; test: (h: Hit) => boolean }> = [
  { name: 'lodash global lookup', test: (h) => h.kind === 'Function' && h.code.startsWith('Function("return this")()') && /\|\|\s*$/.test(h.before) },
  { name: 'setImmediate polyfill', test: (h) => h.kind === 'Function' && h.code.startsWith('new Function(""+') && /"function"\s*!=\s*typeof \w+&&\(\w+=$/.test(h.before) },
];

describe('the production bundles', () => {
  const scan = (file: string) => scanSource(path.relative(out, file), fs.readFileSync(file, 'utf8')).filter((h) => h.kind === 'eval' || h.kind === 'Function' || h.kind === 'string-timer');
  const ours = () => files(out, /\.js$/).filter((f) => !f.includes(`${path.sep}vendor${path.sep}`) && path.basename(f) !== `${HARNESS}.js`);

  it('ours (with React, Fluent UI and decimal.js inside) have no eval, no Function constructor, no string timers', () => {
    expect(ours().map((f) => path.relative(out, f))).toEqual(expect.arrayContaining(['functions.js', 'taskpane.js']));
    // The checking core, loaded by the pane after its first render, is scanned like the rest.
    expect(ours().some((f) => /perf-core\.[0-9a-f]{8}\.js$/.test(path.basename(f)))).toBe(true);
    for (const file of ours()) expect({ file: path.relative(out, file), hits: scan(file) }).toEqual({ file: path.relative(out, file), hits: [] });
  });

  it('copied dependency bundles (vendor/) hold only the known unreachable idioms', () => {
    for (const file of files(out, /\.js$/).filter((f) => f.includes(`${path.sep}vendor${path.sep}`))) {
      const unknown = scan(file).filter((h) => !KNOWN_UNREACHABLE.some((k) => k.test(h)));
      expect({ file: path.relative(out, file), unknown }).toEqual({ file: path.relative(out, file), unknown: [] });
    }
  });
});

interface Watched {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Requests to any origin but ours and office.js's CDN (answered with an abort). */
  readonly foreign: string[];
  /** CSP violations and page errors, except office.js's own telemetry frame, which the CSP blocks. */
  readonly violations: string[];
}

/**
 * Outside Office (and possibly inside), office.js itself tries to add a hidden iframe to Microsoft's
 * telemetry service, from o15apptofilemappingtable.js. The page's CSP refuses both the frame and its
 * inline style, so nothing is requested (the route below would see it): not ours, blocked, allowed here.
 */
const OFFICE_TELEMETRY = 'https://telemetryservice.firstpartyapps.oaspapps.com';
const officeJsTelemetryBlocked = (text: string, url: string) =>
  url.startsWith(OFFICE_JS_ORIGIN) && (text.includes(OFFICE_TELEMETRY) || /^Applying inline style violates/.test(text));

async function open(file: string): Promise<Watched> {
  const context = await browser!.newContext({ acceptDownloads: false });
  const foreign: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin) return route.continue();
    if (url.origin === OFFICE_JS_ORIGIN) {
      const local = path.join(OFFICE_JS_DIST, url.pathname.replace(/^\/lib\/1\/hosted\//, ''));
      if (url.pathname.startsWith('/lib/1/hosted/') && fs.existsSync(local)) return route.fulfill({ path: local, contentType: 'text/javascript' });
      return route.abort();
    }
    foreign.push(url.href);
    return route.abort();
  });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy|Refused to/i.test(text) && !officeJsTelemetryBlocked(text, message.location().url)) violations.push(text);
  });
  page.on('pageerror', (error) => violations.push(`pageerror: ${error.message}`));
  page.on('websocket', (socket) => foreign.push(socket.url()));
  await page.goto(`${origin}/${file}`, { waitUntil: 'load' });
  return { page, context, foreign, violations };
}

describe('in Chromium, with the network watched', () => {
  it('the task pane page (outside Excel) asks no other host and breaks no CSP rule', async () => {
    const { page, context, foreign, violations } = await open('taskpane.html');
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => (document.getElementById('container')?.textContent ?? '').length > 0, undefined, { timeout: 30_000 });
    // office.js keeps working after onReady (its telemetry frame comes seconds later): watch a while.
    await page.waitForTimeout(5_000);
    expect({ foreign, violations }).toEqual({ foreign: [], violations: [] });
    await context.close();
  }, 90_000);

  it('every other shipped page loads and settles asking no other host', async () => {
    for (const page of shippedPages().filter((p) => path.basename(p) !== 'taskpane.html')) {
      const name = path.relative(out, page).replace(/\\/g, '/');
      const watched = await open(name);
      await watched.page.waitForLoadState('networkidle');
      // The preview opens and validates its sample on load: let it finish before judging.
      await watched.page.waitForSelector('[role=status][aria-label^="校验结果"]', { timeout: 60_000 }).catch(() => undefined);
      expect({ name, foreign: watched.foreign, violations: watched.violations }).toEqual({ name, foreign: [], violations: [] });
      await watched.context.close();
    }
  }, 180_000);

  it('the real pane validates a workbook with markup in its cells: text stays text, nothing injected, no other host', async () => {
    const { page, context, foreign, violations } = await open(`${HARNESS}.html`);
    await page.getByRole('button', { name: '提交前校验' }).click();
    await page.waitForSelector('[role=status][aria-label^="校验结果"]', { timeout: 60_000 });
    for (const button of await page.getByRole('button', { name: '原因与修改方法' }).all()) await button.click();
    await page.getByRole('button', { name: '修正…' }).first().click();
    await page.waitForSelector('[role=dialog]', { timeout: 30_000 });
    const result = await page.evaluate(
      ([selector, telemetry]) => ({
        text: document.body.innerText,
        // office.js's blocked telemetry iframe is not cell text; anything else would be.
        injected: [...document.querySelectorAll(selector)].filter((e) => !(e.tagName === 'IFRAME' && (e.getAttribute('src') ?? '').startsWith(telemetry))).map((e) => e.outerHTML.slice(0, 120)),
        xss: (window as unknown as { __perfXss?: number }).__perfXss ?? null,
      }),
      [INJECTED_SELECTOR, OFFICE_TELEMETRY] as const,
    );
    expect(result.text).toContain('预算完成率<img src=x onerror="windo');
    expect(result.text).toContain(SHEET);
    expect({ injected: result.injected, xss: result.xss, foreign, violations }).toEqual({ injected: [], xss: null, foreign: [], violations: [] });
    await context.close();
  }, 120_000);
});
