// firstRenderVsBare: time from navigation start to the first render of the pane (dist/taskpane.html:
// office.js, functions.js, taskpane.js) in headless Chromium ÷ the same for a bare page with only
// FluentProvider and one button (bench/pages/bare.tsx, same webpack settings and template). "First
// render" is the moment #container first holds an element, read in the page. Each load gets a fresh
// browser context (nothing cached), pane and bare interleaved; office.js is answered from
// node_modules/@microsoft/office-js as its CDN would (outside Office it reports no host).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { Browser } from 'playwright-core';
import { ensureBuilt, ensureProductionBuild, runTool } from '../harness/build';
import { median, round } from '../harness/measure';
import type { BenchCase, CaseContext } from '../harness/types';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const TYPES: Readonly<Record<string, string>> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.png': 'image/png' };

/** Records, in the page, when #container first holds an element (React's first commit). */
const FIRST_RENDER_PROBE = `(() => {
  const observer = new MutationObserver(() => {
    const container = document.getElementById('container');
    if (container && container.firstElementChild) {
      window.__perfFirstRender = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

function ensureChromium(context: CaseContext): void {
  if (existsSync(CHROMIUM)) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (a browser is never downloaded)`);
  context.log('bench: installing Debian chromium (apt-get)');
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium']]) {
    const result = spawnSync('apt-get', args, { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed: install chromium and run again`);
  }
}

/** build/bench/bare: the bare page, built with the add-in's production settings. */
function ensureBarePage(context: CaseContext): void {
  const product = {
    name: 'bare-page',
    outputs: ['build/bench/bare/bare.js', 'build/bench/bare/taskpane.html'],
    inputs: ['bench/pages', 'webpack.config.js', 'src/taskpane/taskpane.html', 'package-lock.json'],
    build: () => runTool(context.root, 'webpack-cli/bin/cli.js', ['--mode', 'production', '--config', 'bench/pages/webpack.bare.js'], context.log),
  };
  ensureBuilt(context.root, product, context.log);
}

/** Serves /pane/ from dist and /bare/ from build/bench/bare on a free loopback port. */
function serve(roots: Readonly<Record<string, string>>): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const [, prefix, ...rest] = path.split('/');
    const dir = roots[prefix];
    const file = dir ? normalize(join(dir, ...rest)) : '';
    if (!dir || !file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** One cold load of a page: milliseconds from navigation start to the first render. */
async function firstRender(browser: Browser, url: string, officeDist: string): Promise<number> {
  const context = await browser.newContext();
  try {
    await context.route('**/*', async (route) => {
      const target = route.request().url();
      if (target.startsWith('http://127.0.0.1')) return route.continue();
      if (target.startsWith(OFFICE_JS)) {
        const file = join(officeDist, new URL(target).pathname.slice('/lib/1/hosted/'.length));
        if (existsSync(file)) return route.fulfill({ path: file, contentType: 'text/javascript' });
      }
      return route.abort();
    });
    await context.addInitScript(FIRST_RENDER_PROBE);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as unknown as { __perfFirstRender?: number }).__perfFirstRender !== undefined, undefined, { timeout: 30_000 });
    return await page.evaluate(() => (window as unknown as { __perfFirstRender: number }).__perfFirstRender);
  } finally {
    await context.close();
  }
}

export const firstRenderVsBare: BenchCase = {
  async run(context) {
    ensureProductionBuild(context.root, context.log, true);
    ensureBarePage(context);
    ensureChromium(context);
    const { chromium } = await import('playwright-core');
    const server = await serve({ pane: join(context.root, 'dist'), bare: join(context.root, 'build', 'bench', 'bare') });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const officeDist = join(context.root, 'node_modules', '@microsoft', 'office-js', 'dist');
      const pane = `http://127.0.0.1:${port}/pane/taskpane.html`;
      const bare = `http://127.0.0.1:${port}/bare/taskpane.html`;
      for (let i = 0; i < 2; i++) {
        await firstRender(browser, bare, officeDist);
        await firstRender(browser, pane, officeDist);
      }
      const ratios: number[] = [];
      const paneMs: number[] = [];
      const bareMs: number[] = [];
      for (let i = 0; i < (context.tiny ? 2 : 11); i++) {
        const b = await firstRender(browser, bare, officeDist);
        const p = await firstRender(browser, pane, officeDist);
        ratios.push(p / b);
        paneMs.push(p);
        bareMs.push(b);
      }
      const ratio = round(median(ratios));
      return {
        figures: { firstRenderVsBare: ratio },
        rows: [
          {
            label: 'firstRenderVsBare',
            value: ratio,
            target: { op: '≤', limit: 1.5 },
            detail: `headless Chromium, cold loads: pane ${median(paneMs).toFixed(0)} ms, bare page ${median(bareMs).toFixed(0)} ms (median of ${ratios.length})`,
          },
        ],
      };
    } finally {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    }
  },
};
