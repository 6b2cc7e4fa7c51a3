// The production build served, Debian's chromium launched and one watched page open: what most e2e
// suites start with. close() undoes it in reverse order, and a start that fails half-way closes
// what it had opened before it rethrows.
import type { Browser } from 'playwright-core';
import { launchChromium, openPage, type OpenOptions, type Watched } from './browser';
import { serveStatic, type StaticServer } from './server';

export interface PreviewSession extends Watched {
  readonly server: StaticServer;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Opens `path` (e.g. 'preview.html?sample=0') on the build global-setup made (PERF_E2E_DIR). */
export async function openPreview(path: string, options?: OpenOptions): Promise<PreviewSession> {
  const server = await serveStatic(process.env.PERF_E2E_DIR!);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const watched = await openPage(browser, server.origin, path, options);
    const opened = browser;
    return {
      ...watched,
      server,
      browser: opened,
      async close() {
        await watched.context.close();
        await opened.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
}
