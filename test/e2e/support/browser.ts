// Debian's chromium through playwright-core (never a downloaded browser), and pages that record what
// they do: every request (a request to any other origin is also refused), console errors, page errors.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-default-apps',
      '--disable-domain-reliability',
      '--disable-client-side-phishing-detection',
    ],
  });
}

export interface Watched {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Every request the page made (method and URL), blob: and data: URLs included. */
  readonly requests: string[];
  /** Requests to any origin but the server's: refused, and listed here. */
  readonly foreign: string[];
  /** Console errors and uncaught page errors. */
  readonly errors: string[];
}

export interface OpenOptions {
  readonly width?: number;
  readonly height?: number;
}

/** True when `url` belongs to `origin` (a blob: URL belongs to the origin that made it). */
export function sameOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

export async function openPage(browser: Browser, origin: string, path: string, options: OpenOptions = {}): Promise<Watched> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    acceptDownloads: true,
    locale: 'zh-CN',
  });
  const requests: string[] = [];
  const foreign: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (sameOrigin(url, origin)) return route.continue();
    foreign.push(`${route.request().method()} ${url}`);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  await page.goto(`${origin}/${path}`);
  return { page, context, requests, foreign, errors };
}
