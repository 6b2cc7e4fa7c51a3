import { execFileSync, spawn, ChildProcess } from 'child_process';
import { X509Certificate } from 'crypto';
import * as fs from 'fs';
import * as https from 'https';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain Node scripts, no types
const start = require('../../scripts/start.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require('../../scripts/check-manifest.js');

const root = path.join(__dirname, '..', '..');

function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Writes an office-addin-dev-certs-like folder (CA + localhost certificate) under `home`. */
function makeDevCerts(home: string, { days = 30, keyFromOtherPair = false, otherCa = false } = {}): void {
  const dir = path.join(home, '.office-addin-dev-certs');
  fs.mkdirSync(dir, { recursive: true });
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl('req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.crt', '-subj', '/CN=Developer CA for Microsoft Office Add-ins', '-days', String(days));
  if (otherCa) openssl('req', '-x509', ...ec, '-keyout', 'ca2.key', '-out', 'ca2.crt', '-subj', '/CN=Developer CA for Microsoft Office Add-ins', '-days', '30');
  openssl('req', ...ec, '-keyout', 'localhost.key', '-out', 'localhost.csr', '-subj', '/CN=localhost');
  const signer = otherCa ? ['-CA', 'ca2.crt', '-CAkey', 'ca2.key'] : ['-CA', 'ca.crt', '-CAkey', 'ca.key'];
  openssl('x509', '-req', '-in', 'localhost.csr', ...signer, '-CAcreateserial', '-out', 'localhost.crt', '-days', String(days));
  if (keyFromOtherPair) openssl('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-out', 'localhost.key');
}

describe('npm start options', () => {
  it('serves on 3000 with https and sideloading by default, in the mode the system calls for', () => {
    expect(start.parseArgs([])).toEqual({ port: 3000, http: false, sideload: true, help: false, mode: undefined });
  });

  it('reads --port (both spellings), --http and --no-sideload', () => {
    expect(start.parseArgs(['--port', '3100', '--http', '--no-sideload'])).toEqual({ port: 3100, http: true, sideload: false, help: false, mode: undefined });
    expect(start.parseArgs(['--port=3200']).port).toBe(3200);
  });

  it('reads --preview and --addin, which exclude each other', () => {
    expect(start.parseArgs(['--preview']).mode).toBe('preview');
    expect(start.parseArgs(['--addin', '--addin']).mode).toBe('addin');
    expect(() => start.parseArgs(['--preview', '--addin'])).toThrow('--preview and --addin exclude each other');
  });

  it('runs the add-in where Excel desktop can be sideloaded and the browser preview everywhere else', () => {
    expect(start.chooseMode('win32', {})).toBe('addin');
    expect(start.chooseMode('darwin', {})).toBe('addin');
    expect(start.chooseMode('linux', {})).toBe('preview');
    expect(start.chooseMode('freebsd', {})).toBe('preview');
    expect(start.chooseMode('win32', { mode: 'preview' })).toBe('preview');
    expect(start.chooseMode('linux', { mode: 'addin' })).toBe('addin');
  });

  it('refuses a bad port or an unknown option with a message', () => {
    expect(() => start.parseArgs(['--port', 'abc'])).toThrow('--port needs a number between 1 and 65535');
    expect(() => start.parseArgs(['--prot', '1'])).toThrow('unknown option --prot');
  });
});

describe('choosing the certificate', () => {
  const trusted = () => true;
  const untrusted = () => false;

  it('serves plain http only when asked', () => {
    expect(start.chooseServer({ http: true })).toMatchObject({ protocol: 'http', server: { type: 'http' } });
  });

  it("falls back to webpack-dev-server's self-signed certificate when the dev certs are not installed", () => {
    const home = tempDir('perf-home-');
    const choice = start.chooseServer({ home, trusted });
    expect(choice).toMatchObject({ protocol: 'https', server: { type: 'https' }, selfSigned: true });
    expect(choice.server.options).toBeUndefined();
    expect(choice.certificate).toMatch(/self-signed certificate: office-addin-dev-certs not installed/);
  });

  it('uses the dev certs when they are installed and their CA is trusted', () => {
    const home = tempDir('perf-home-');
    makeDevCerts(home);
    const choice = start.chooseServer({ home, trusted });
    expect(choice.certificate).toBe('office-addin-dev-certs (trusted)');
    expect(choice.server.type).toBe('https');
    expect(choice.server.options.cert).toContain('BEGIN CERTIFICATE');
    expect(choice.server.options.key).toContain('PRIVATE KEY');
  });

  it('does not use installed dev certs whose CA the system does not trust (Linux without sudo)', () => {
    const home = tempDir('perf-home-');
    makeDevCerts(home);
    const choice = start.chooseServer({ home, trusted: untrusted });
    expect(choice.selfSigned).toBe(true);
    expect(choice.certificate).toMatch(/installed but its CA is not trusted/);
  });

  it('rejects expiring, mismatched or foreign certificates', () => {
    const expiring = tempDir('perf-home-');
    makeDevCerts(expiring, { days: 1 });
    expect(start.chooseServer({ home: expiring, trusted }).certificate).toMatch(/expired or expiring/);
    const mismatched = tempDir('perf-home-');
    makeDevCerts(mismatched, { keyFromOtherPair: true });
    expect(start.chooseServer({ home: mismatched, trusted }).certificate).toMatch(/localhost.key does not match/);
    const foreign = tempDir('perf-home-');
    makeDevCerts(foreign, { otherCa: true });
    expect(start.chooseServer({ home: foreign, trusted }).certificate).toMatch(/was not issued by ca.crt/);
  });

  it('checks trust on Linux against the CA office-addin-dev-certs installs, and asks Windows and macOS', () => {
    const home = tempDir('perf-home-');
    makeDevCerts(home);
    const ca = fs.readFileSync(path.join(home, '.office-addin-dev-certs', 'ca.crt'), 'utf8');
    // No sudo here, so the system copy does not exist.
    expect(start.isDevCaTrusted('linux', ca)).toBe(false);
    expect(start.isDevCaTrusted('darwin', ca, () => ca)).toBe(true);
    expect(start.isDevCaTrusted('darwin', ca, () => { throw new Error('not found'); })).toBe(false);
    const thumbprint = new X509Certificate(ca).fingerprint.replace(/:/g, '');
    const powershell = (_: string, args: string[]) => (args.join(' ').includes(`Thumbprint -eq '${thumbprint}'`) ? '1\r\n' : '0\r\n');
    expect(start.isDevCaTrusted('win32', ca, powershell)).toBe(true);
    expect(start.isDevCaTrusted('win32', ca, () => '0\r\n')).toBe(false);
    expect(start.isDevCaTrusted('aix', ca)).toBe(false);
  });
});

describe('the banner', () => {
  const selfSigned = { protocol: 'https', certificate: 'self-signed', selfSigned: true };
  const trustedChoice = { protocol: 'https', certificate: 'office-addin-dev-certs (trusted)' };

  it('on Linux says Excel desktop cannot be sideloaded and how to use Excel on the web', () => {
    const text = start.bannerLines({ platform: 'linux', port: 3000, choice: selfSigned, sideload: true }).join('\n');
    expect(text).toContain('https://localhost:3000/manifest.xml');
    expect(text).toContain('https://localhost:3000/taskpane.html');
    expect(text).toContain('Excel desktop cannot be sideloaded on linux');
    expect(text).toContain('Upload My Add-in');
    expect(text).toContain('上传我的加载项');
    expect(text).toContain('npx office-addin-dev-certs install');
    expect(text).not.toContain('Sideloading into Excel desktop');
  });

  it('on Windows and macOS announces sideloading, unless --no-sideload', () => {
    const windows = start.bannerLines({ platform: 'win32', port: 3000, choice: trustedChoice, sideload: true }).join('\n');
    expect(windows).toContain('Sideloading into Excel desktop with npx office-addin-debugging');
    expect(windows).not.toContain('accept the certificate,');
    const mac = start.bannerLines({ platform: 'darwin', port: 3000, choice: trustedChoice, sideload: false }).join('\n');
    expect(mac).toContain('--no-sideload');
    expect(mac).toContain('Upload My Add-in');
  });

  it('says when the served manifest differs from the project file (another port) and that Excel needs https', () => {
    const other = start.bannerLines({ platform: 'linux', port: 3100, choice: selfSigned, sideload: true }).join('\n');
    expect(other).toContain("manifest.xml in the project says port 3000; use https://localhost:3100/manifest.xml");
    const http = start.bannerLines({ platform: 'linux', port: 3100, choice: { protocol: 'http', certificate: 'plain http' }, sideload: true }).join('\n');
    expect(http).toContain('http://localhost:3100/taskpane.html');
    expect(http).toContain('Excel loads add-ins over https only');
  });
});

describe('the preview banner', () => {
  const http = { protocol: 'http', certificate: 'plain http (--http)' };

  it('prints the preview URL, says the sample is open and validated, and how to get the add-in on Linux', () => {
    const text = start.bannerLines({ platform: 'linux', port: 3000, choice: http, sideload: true, mode: 'preview' }).join('\n');
    expect(text).toContain('http://localhost:3000/preview.html\n');
    expect(text).toContain('http://localhost:3000/preview.html?layout=pane');
    expect(text).toContain('The sample workbook (Xiyong 2022, family C) is open and validated');
    expect(text).toContain('已打开示例工作簿');
    expect(text).toContain('nothing is uploaded');
    expect(text).toContain('npm start -- --addin');
    expect(text).not.toContain('manifest.xml');
    expect(text).toContain('Press Ctrl+C to stop.');
  });

  it('on Windows and macOS points back to sideloading, and follows the port', () => {
    const text = start.bannerLines({ platform: 'win32', port: 3100, choice: http, sideload: false, mode: 'preview' }).join('\n');
    expect(text).toContain('http://localhost:3100/preview.html');
    expect(text).toContain('run npm start without --preview');
  });

  it('lists the preview in the add-in banner too', () => {
    const text = start.bannerLines({ platform: 'linux', port: 3000, choice: { protocol: 'https', certificate: 'x' }, sideload: true }).join('\n');
    expect(text).toContain('https://localhost:3000/preview.html');
  });
});

describe('sideloading on Windows and macOS', () => {
  it('starts Excel desktop through npx office-addin-debugging, waiting for our server instead of starting one', () => {
    expect(start.sideloadCommand('darwin', 'start', 3000)).toEqual({
      command: 'npx',
      args: ['--yes', 'office-addin-debugging', 'start', 'manifest.xml', 'desktop', '--app', 'excel', '--no-debug', '--dev-server-port', '3000'],
    });
    expect(start.sideloadCommand('win32', 'start', 3000).command).toBe('npx.cmd');
    expect(start.sideloadCommand('win32', 'start', 3000).args).not.toContain('--dev-server');
  });

  it('removes the sideload on stop with only the options stop accepts', () => {
    expect(start.sideloadCommand('win32', 'stop', 3000)).toEqual({
      command: 'npx.cmd',
      args: ['--yes', 'office-addin-debugging', 'stop', 'manifest.xml', 'desktop'],
    });
  });
});

// ---------------------------------------------------------------- the real dev server

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function get(url: string): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { rejectUnauthorized: false }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode || 0, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

function waitForOutput(child: ChildProcess, output: { text: string }, pattern: RegExp, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; output so far:\n${output.text}`)), ms);
    const check = () => {
      if (pattern.test(output.text)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.stderr!.on('data', check);
    child.on('exit', () => {
      clearTimeout(timer);
      reject(new Error(`npm start exited early:\n${output.text}`));
    });
    check();
  });
}

describe('npm start -- --addin, for real (the preview mode runs for real in test/e2e/start-preview.e2e.ts)', () => {
  let child: ChildProcess | undefined;
  const output = { text: '' };
  let port = 0;
  const rootEntriesBefore = fs.readdirSync(root).sort();

  beforeAll(async () => {
    port = await freePort();
    const home = tempDir('perf-home-');
    child = spawn(process.execPath, [path.join(root, 'scripts', 'start.js'), '--addin', '--port', String(port), '--no-sideload'], {
      cwd: root,
      env: { ...process.env, HOME: home, USERPROFILE: home },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
    await waitForOutput(child, output, /Press Ctrl\+C to stop/, 120_000);
  }, 130_000);

  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
  });

  it('prints where everything is and why the certificate is self-signed here', () => {
    expect(output.text).toContain(`https://localhost:${port}/manifest.xml`);
    expect(output.text).toContain(path.join(root, 'manifest.xml'));
    expect(output.text).toMatch(/self-signed certificate: office-addin-dev-certs not installed/);
    expect(output.text).toMatch(/cannot be sideloaded|Sideloading into Excel desktop/);
  });

  it('serves the shared-runtime page: the old-browser message, office.js from the CDN, then functions.js, then taskpane.js, under the CSP', async () => {
    const page = await get(`https://localhost:${port}/taskpane.html`);
    expect(page.status).toBe(200);
    const html = page.body.toString();
    const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual(['old-office.js', 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js', 'functions.js', 'taskpane.js']);
    const message = await get(`https://localhost:${port}/old-office.js`);
    expect(message.status).toBe(200);
    expect(message.body.toString()).toContain('PERF 需要较新的 Office');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1];
    expect(csp).toContain("connect-src 'self' ws://localhost:* wss://localhost:*");
    expect(csp).not.toContain('unsafe-eval');
  });

  it('serves a manifest for its own port that passes the manifest checks', async () => {
    const manifest = (await get(`https://localhost:${port}/manifest.xml`)).body.toString();
    expect(manifest).not.toContain('localhost:3000');
    const result = checkManifest(manifest);
    expect(result.errors).toEqual([]);
    expect(result.facts.page).toBe(`https://localhost:${port}/taskpane.html`);
  });

  it('serves the generated functions.json, the functions bundle and the icons', async () => {
    const metadata = JSON.parse((await get(`https://localhost:${port}/functions.json`)).body.toString());
    expect(metadata.functions.map((f: { id: string }) => f.id)).toContain('GRADE');
    const chinese = JSON.parse((await get(`https://localhost:${port}/functions-zh-CN.json`)).body.toString());
    expect(chinese.functions.map((f: { name: string }) => f.name)).toContain('评价等级');
    expect((await get(`https://localhost:${port}/functions.js`)).body.toString()).toContain('CustomFunctions.associate("GRADE"');
    const icon = await get(`https://localhost:${port}/assets/icon-16.png`);
    expect(icon.body.equals(fs.readFileSync(path.join(root, 'assets', 'icon-16.png')))).toBe(true);
  });

  it('does not rebuild when files are written into the project root, and writes none itself', async () => {
    const probe = path.join(root, `.perf-start-probe-${process.pid}.tmp`);
    try {
      fs.writeFileSync(probe, 'probe');
      await new Promise((resolve) => setTimeout(resolve, 2500));
    } finally {
      fs.rmSync(probe, { force: true });
    }
    expect(output.text).not.toContain('rebuilt in');
    expect(fs.readdirSync(root).sort()).toEqual(rootEntriesBefore);
  });

  it('stops cleanly on Ctrl+C', async () => {
    const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));
    child!.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output.text).toContain('Stopped.');
  });
});
