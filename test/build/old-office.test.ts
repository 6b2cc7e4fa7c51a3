/** @jest-environment node */
// The message for task panes that cannot run PERF (Internet Explorer 11 in Office 2016 and 2019,
// the old Edge): a separate ES5 file, loaded by taskpane.html before the bundles. It must parse as
// ES5, show the Chinese and English message under those browsers, and stay silent everywhere else.
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'acorn';
import { JSDOM, ResourceLoader } from 'jsdom';

const root = path.join(__dirname, '..', '..');
const source = fs.readFileSync(path.join(root, 'src', 'old-office', 'old-office.js'), 'utf8');

const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16; rv:11.0) like Gecko';
const EDGE_HTML = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041';
const MODERN = {
  'WebView2 (Office 2021+, Microsoft 365)': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91',
  'Chrome': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Excel on the Mac (WKWebView)': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)',
  'Firefox': 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
};

/** A page whose navigator.userAgent is `userAgent` (jsdom takes it from the resource loader). */
const options = (userAgent: string) => ({ resources: new ResourceLoader({ userAgent }), runScripts: 'outside-only' as const });

/**
 * The pane's page as Office opens it, the script run either once the page has loaded or while it is
 * still loading (as a head script does: it then waits for DOMContentLoaded).
 */
async function pageUnder(userAgent: string, when: 'loaded' | 'loading' = 'loaded'): Promise<JSDOM> {
  const dom = new JSDOM('<!doctype html><html><head></head><body><div id="container"></div></body></html>', options(userAgent));
  const loaded = new Promise((resolve) => dom.window.addEventListener('load', resolve));
  if (when === 'loading') {
    expect(dom.window.document.readyState).toBe('loading');
    dom.window.eval(source);
    await loaded;
  } else {
    await loaded;
    dom.window.eval(source);
  }
  return dom;
}

describe('old-office.js', () => {
  it('parses as ES5 (what Internet Explorer 11 runs), as a plain script', () => {
    expect(() => parse(source, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
    // The same check catches what the test relies on: ES2015 syntax is refused at ecmaVersion 5.
    expect(() => parse('const x = () => 1;', { ecmaVersion: 5, sourceType: 'script' })).toThrow();
  });

  it.each([
    ['Internet Explorer 11 (Office 2016, 2019)', IE11, 'loaded'],
    ['Internet Explorer 11, run while the page is still loading', IE11, 'loading'],
    ['the old Edge (EdgeHTML)', EDGE_HTML, 'loaded'],
  ] as const)('shows the Chinese and English message under %s', async (_, userAgent, when) => {
    const { document } = (await pageUnder(userAgent, when)).window;
    const box = document.getElementById('perf-old-office');
    expect(box).not.toBeNull();
    expect(box!.parentElement!.id).toBe('container');
    expect(box!.getAttribute('role')).toBe('alert');
    const zh = box!.querySelector('[lang="zh-CN"]')!.textContent!;
    const en = box!.querySelector('[lang="en"]')!.textContent!;
    // Which Office the pane and functions need…
    expect(zh).toMatch(/Microsoft 365、Office 2021 或 Office 2024/);
    expect(en).toMatch(/Microsoft 365, Office 2021 or Office 2024/);
    expect(zh).toMatch(/PERF 面板和 PERF\.\* 函数/);
    // …and what works today without it.
    for (const [text, words] of [
      [zh, ['浏览器预览', 'preview.html', 'perf-audit', 'WPS 加载项']],
      [en, ['browser preview', 'preview.html', 'perf-audit', 'WPS add-in']],
    ] as const) {
      for (const word of words) expect(text).toContain(word);
    }
  });

  it('shows the message once even if the script runs twice, and works without a container', async () => {
    const dom = new JSDOM('<!doctype html><body></body>', options(IE11));
    await new Promise((resolve) => dom.window.addEventListener('load', resolve));
    dom.window.eval(source);
    dom.window.eval(source);
    expect(dom.window.document.querySelectorAll('#perf-old-office')).toHaveLength(1);
  });

  it.each(Object.entries(MODERN))('leaves the page alone under %s', async (_, userAgent) => {
    const { document } = (await pageUnder(userAgent, 'loading')).window;
    expect(document.getElementById('perf-old-office')).toBeNull();
    expect(document.body.innerHTML).toBe('<div id="container"></div>');
  });

  it('is loaded by the pane page from its own file (no inline script), before office.js and the bundles', () => {
    const html = fs.readFileSync(path.join(root, 'src', 'taskpane', 'taskpane.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts[0]).toBe('<script src="old-office.js" charset="utf-8">');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});
