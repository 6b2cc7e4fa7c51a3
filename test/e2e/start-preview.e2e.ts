// `npm start -- --preview` for real (what `npm start` does on Linux): it builds, serves on localhost
// and prints a URL; that URL, opened in Chromium, shows the seed validated with its golden counts.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, openPage, type Watched } from './support/browser';
import { ROOT } from './support/build';
import { fixtureBytes, golden, resultStatus, SEED, shownCounts, waitForWorkbook } from './support/preview';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

describe('npm start -- --preview', () => {
  let child: ChildProcess | undefined;
  let output = '';
  let port = 0;
  let browser: Browser | undefined;
  let session: Watched | undefined;

  beforeAll(async () => {
    port = await freePort();
    child = spawn(process.execPath, [join(ROOT, 'scripts', 'start.js'), '--preview', '--port', String(port)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no banner after 4 minutes:\n${output}`)), 240_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Press Ctrl+C to stop.')) {
          clearTimeout(timer);
          resolve();
        }
      };
      child!.stdout!.on('data', read);
      child!.stderr!.on('data', read);
      child!.on('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
    });
    browser = await launchChromium();
  }, 260_000);

  afterAll(async () => {
    await session?.context.close();
    await browser?.close();
    if (child && child.exitCode === null) child.kill('SIGKILL');
  });

  const previewUrl = () => /预览 Preview\s+(\S+)/.exec(output)?.[1] ?? '';

  it('prints the preview URL on localhost, over plain http', () => {
    expect(previewUrl()).toBe(`http://localhost:${port}/preview.html`);
  });

  it('serves the page, its sample and ExcelJS, and sends the bare address to the preview', async () => {
    const page = await fetch(previewUrl());
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toContain('appsforoffice');
    expect(/script-src ([^;]+);/.exec(html)?.[1]).toBe("'self'");
    const sample = Buffer.from(await (await fetch(`http://localhost:${port}/samples/seed-xiyong-2022.xlsx`)).arrayBuffer());
    expect(sample.equals(fixtureBytes(SEED))).toBe(true);
    expect((await fetch(`http://localhost:${port}/vendor/exceljs.bare.min.js`)).status).toBe(200);
    const root = await fetch(`http://localhost:${port}/`, { redirect: 'manual' });
    expect({ status: root.status, location: root.headers.get('location') }).toEqual({ status: 302, location: '/preview.html' });
  });

  it('the printed URL shows the seed validated, with the golden counts', async () => {
    const url = new URL(previewUrl());
    session = await openPage(browser!, url.origin, url.pathname.slice(1));
    await waitForWorkbook(session.page, SEED);
    await resultStatus(session.page).waitFor({ timeout: 60_000 });
    expect(await shownCounts(session.page)).toEqual(golden(SEED).counts);
    // The dev server's live reload talks to the same origin only.
    expect(session.foreign).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  it('stops cleanly on Ctrl+C', async () => {
    const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));
    child!.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output).toContain('Stopped.');
  });
});
