#!/usr/bin/env node
// `npm start`: builds PERF in development mode and serves it with webpack-dev-server on localhost:3000
// (from memory: nothing is written into the project while it runs). Two modes:
//
//   add-in   (Windows/macOS by default, or --addin): https, sideloaded into Excel desktop
//   preview  (everywhere else, or --preview): plain http, and the banner prints the browser preview's
//            URL, which opens the seed workbook and validates it (no Excel, no certificate needed)
//
//   npm start                     Windows/macOS: serve and sideload; elsewhere: the preview
//   npm start -- --preview        the browser preview, on any system
//   npm start -- --addin          the add-in over https on any system (Linux: for Excel on the web)
//   npm start -- --no-sideload    add-in mode, serve only
//   npm start -- --http           add-in mode over plain http (browsers only: Office needs https)
//   npm start -- --port 3100      another port (the served manifest follows it)
//
// HTTPS uses the certificate of office-addin-dev-certs when it is installed and its CA trusted;
// otherwise webpack-dev-server's own self-signed certificate, and the banner says so.
// Sideloading runs office-addin-debugging through npx on Windows/macOS only: it is not a
// dependency (it cannot sideload on Linux and its native module breaks offline installs).
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { execFileSync, spawn } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const DEV_CA_NAME = 'Developer CA for Microsoft Office Add-ins';

// ---------------------------------------------------------------- options

function parseArgs(argv) {
  const options = { port: 3000, http: false, sideload: true, help: false, mode: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--port') options.port = Number(argv[++i]);
    else if (arg.startsWith('--port=')) options.port = Number(arg.slice('--port='.length));
    else if (arg === '--http') options.http = true;
    else if (arg === '--no-sideload') options.sideload = false;
    else if (arg === '--preview' || arg === '--addin') {
      const mode = arg.slice(2);
      if (options.mode && options.mode !== mode) throw new Error('--preview and --addin exclude each other');
      options.mode = mode;
    } else if (arg === '--help' || arg === '-h') options.help = true;
    else throw new Error(`unknown option ${arg} (see npm start -- --help)`);
  }
  if (!Number.isInteger(options.port) || options.port < 1 || options.port > 65535) {
    throw new Error('--port needs a number between 1 and 65535');
  }
  return options;
}

/** Where Excel desktop can be sideloaded, the add-in; everywhere else the browser preview. */
function chooseMode(platform, options) {
  if (options.mode) return options.mode;
  return platform === 'win32' || platform === 'darwin' ? 'addin' : 'preview';
}

const HELP = `npm start [-- options]
  --preview       the browser preview over plain http (the default where Excel desktop cannot run)
  --addin         the add-in over https (the default on Windows/macOS; on Linux for Excel on the web)
  --port N        serve on port N (default 3000; the manifest in the project says 3000)
  --http          add-in over plain http instead of https (a browser is enough; Excel needs https)
  --no-sideload   do not start Excel desktop (Windows/macOS)`;

// ---------------------------------------------------------------- certificates

function devCertificateFiles(home = os.homedir()) {
  const dir = path.join(home, '.office-addin-dev-certs');
  return { ca: path.join(dir, 'ca.crt'), cert: path.join(dir, 'localhost.crt'), key: path.join(dir, 'localhost.key') };
}

/**
 * Reads office-addin-dev-certs' files and checks they belong together and are still valid.
 * Returns { ok: true, ca, cert, key } or { ok: false, reason }.
 */
function readDevCertificates(files, now = new Date()) {
  let pem;
  try {
    pem = { ca: fs.readFileSync(files.ca, 'utf8'), cert: fs.readFileSync(files.cert, 'utf8'), key: fs.readFileSync(files.key, 'utf8') };
  } catch {
    return { ok: false, reason: `not installed (no ${path.dirname(files.ca)})` };
  }
  try {
    const ca = new crypto.X509Certificate(pem.ca);
    const cert = new crypto.X509Certificate(pem.cert);
    if (new Date(cert.validTo).getTime() < now.getTime() + 24 * 3600 * 1000) return { ok: false, reason: `expired or expiring (${cert.validTo})` };
    if (!cert.checkIssued(ca) || !cert.verify(ca.publicKey)) return { ok: false, reason: 'localhost.crt was not issued by ca.crt' };
    if (!cert.checkPrivateKey(crypto.createPrivateKey(pem.key))) return { ok: false, reason: 'localhost.key does not match localhost.crt' };
    return { ok: true, ...pem, caFingerprint: ca.fingerprint };
  } catch (error) {
    return { ok: false, reason: `unreadable (${error.message})` };
  }
}

/** Whether the operating system trusts the dev CA, asked the way office-addin-dev-certs installs it. */
function isDevCaTrusted(platform, caPem, run = execFileSync) {
  const ca = new crypto.X509Certificate(caPem);
  try {
    if (platform === 'linux') {
      const installed = fs.readFileSync('/usr/local/share/ca-certificates/office-addin-dev-certs/ca.crt', 'utf8');
      return new crypto.X509Certificate(installed).fingerprint256 === ca.fingerprint256;
    }
    if (platform === 'darwin') {
      const found = run('security', ['find-certificate', '-c', DEV_CA_NAME, '-p'], { encoding: 'utf8', stdio: 'pipe' });
      return found.includes('BEGIN CERTIFICATE') && new crypto.X509Certificate(found).fingerprint256 === ca.fingerprint256;
    }
    if (platform === 'win32') {
      const thumbprint = ca.fingerprint.replace(/:/g, '');
      const script = `(Get-ChildItem Cert:\\CurrentUser\\Root | Where-Object Thumbprint -eq '${thumbprint}' | Measure-Object).Count`;
      return Number(run('powershell', ['-NoProfile', '-Command', script], { encoding: 'utf8', stdio: 'pipe' }).trim()) > 0;
    }
  } catch {
    return false;
  }
  return false;
}

/**
 * How to serve: { protocol, server (webpack-dev-server's `server` option), certificate note }.
 * Dependencies are parameters so tests can choose the answers.
 */
function chooseServer({ http, platform = process.platform, home = os.homedir(), now = new Date(), trusted = isDevCaTrusted } = {}) {
  if (http) return { protocol: 'http', server: { type: 'http' }, certificate: 'plain http (--http)' };
  const certificates = readDevCertificates(devCertificateFiles(home), now);
  let reason = certificates.reason;
  if (certificates.ok) {
    if (trusted(platform, certificates.ca)) {
      const { ca, cert, key } = certificates;
      return { protocol: 'https', server: { type: 'https', options: { ca, cert, key } }, certificate: 'office-addin-dev-certs (trusted)' };
    }
    reason = 'installed but its CA is not trusted by the system';
  }
  return {
    protocol: 'https',
    server: { type: 'https' },
    certificate: `webpack-dev-server's self-signed certificate: office-addin-dev-certs ${reason}`,
    selfSigned: true,
  };
}

// ---------------------------------------------------------------- what to tell the user

function urlsFor({ protocol, port }) {
  const origin = `${protocol}://localhost:${port}/`;
  return {
    origin,
    taskpane: `${origin}taskpane.html`,
    manifest: `${origin}manifest.xml`,
    functions: `${origin}functions.json`,
    preview: `${origin}preview.html`,
    previewPane: `${origin}preview.html?layout=pane`,
  };
}

/** The preview mode's banner: the URL to open, what it shows, and how to get the add-in instead. */
function previewSection(urls, platform) {
  const lines = [
    'PERF 预览已启动 / browser preview running',
    `  预览 Preview              ${urls.preview}`,
    '                           已打开示例工作簿（西永街道2022，第 C 类）并完成校验；可打开或拖入自己的 .xlsx。',
    '                           The sample workbook (Xiyong 2022, family C) is open and validated; open or drop your own .xlsx.',
    `  只看面板 Pane only        ${urls.previewPane}`,
    '  文件只在本机浏览器中读取和修改，不会上传。 / Files are read and changed in the browser only; nothing is uploaded.',
  ];
  const excel = platform === 'win32' || platform === 'darwin'
    ? ['要旁加载到 Excel 桌面版，请运行 npm start（不带 --preview）。', 'To sideload into Excel desktop, run npm start without --preview.']
    : [
      `此系统（${platform}）无法旁加载到 Excel 桌面版。要在网页版 Excel 中试用加载项：npm start -- --addin（https）。`,
      `Excel desktop cannot be sideloaded on ${platform}. To try the add-in in Excel on the web: npm start -- --addin (https).`,
    ];
  return [lines, excel];
}

function serverSection(urls, choice) {
  const lines = [
    'PERF 开发服务器已启动 / dev server running',
    `  任务窗格 Task pane        ${urls.taskpane}`,
    `  清单 Manifest            ${urls.manifest}`,
    `                           (file: ${MANIFEST})`,
    `  函数元数据 Functions      ${urls.functions}`,
    `  浏览器预览 Preview        ${urls.preview}`,
    `  证书 Certificate         ${choice.certificate}`,
  ];
  if (choice.selfSigned) {
    lines.push(
      '    浏览器和 Excel 会提示证书不受信任：先在浏览器中打开任务窗格地址并选择继续访问，',
      '    或安装受信任的开发证书：npx office-addin-dev-certs install',
      '    Browsers and Excel will warn: open the task pane URL once and accept the certificate,',
      '    or install trusted dev certificates: npx office-addin-dev-certs install',
    );
  }
  return lines;
}

function webSideloadSteps(urls) {
  return [
    `  1. 在浏览器中打开 ${urls.taskpane}，确认页面可以访问（自签名证书需先选择继续访问）。`,
    '     Open the task pane URL in the same browser and make sure it loads (accept the certificate).',
    '  2. 网页版 Excel：开始 → 加载项 → 更多加载项 → 我的加载项 → 上传我的加载项 → 选择 manifest.xml。',
    '     Excel on the web: Home → Add-ins → More Add-ins → My Add-ins → Upload My Add-in → manifest.xml.',
  ];
}

function sideloadSection(platform, urls, { sideload, protocol }) {
  if (protocol === 'http') {
    return ['Excel 只加载 https 的加载项：--http 仅供浏览器使用。 / Excel loads add-ins over https only: --http is for browsers.'];
  }
  if (platform === 'win32' || platform === 'darwin') {
    if (!sideload) return ['未旁加载（--no-sideload）。在网页版 Excel 中试用 / To use Excel on the web instead:', ...webSideloadSteps(urls)];
    return [
      '正在通过 npx office-addin-debugging 旁加载到 Excel 桌面版…',
      'Sideloading into Excel desktop with npx office-addin-debugging…',
    ];
  }
  return [
    `此系统（${platform}）无法旁加载到 Excel 桌面版。可在网页版 Excel 中试用：`,
    `Excel desktop cannot be sideloaded on ${platform}. To try PERF in Excel on the web:`,
    ...webSideloadSteps(urls),
  ];
}

/**
 * The banner printed once the first build is served, as sections of lines. A later section (the
 * browser preview) adds itself to this list.
 */
function bannerLines({ platform, port, choice, sideload, mode = 'addin' }) {
  const urls = urlsFor({ protocol: choice.protocol, port });
  if (mode === 'preview') {
    return [...previewSection(urls, platform), ['按 Ctrl+C 停止。 / Press Ctrl+C to stop.']].flatMap((lines) => ['', ...lines]);
  }
  const sections = [serverSection(urls, choice), sideloadSection(platform, urls, { sideload, protocol: choice.protocol })];
  if (port !== 3000 && choice.protocol === 'https') {
    sections.push([`注意：项目中的 manifest.xml 指向端口 3000；请使用 ${urls.manifest}。`, `Note: manifest.xml in the project says port 3000; use ${urls.manifest}.`]);
  }
  sections.push(['按 Ctrl+C 停止。 / Press Ctrl+C to stop.']);
  return sections.flatMap((lines) => ['', ...lines]);
}

// ---------------------------------------------------------------- running

/** The npx command line that sideloads (start) or removes (stop) the add-in in Excel desktop. */
function sideloadCommand(platform, action, port) {
  const npx = platform === 'win32' ? 'npx.cmd' : 'npx';
  const base = ['--yes', 'office-addin-debugging', action, 'manifest.xml', 'desktop'];
  // --dev-server-port only makes it wait for our server; without --dev-server it starts none.
  const args = action === 'start' ? [...base, '--app', 'excel', '--no-debug', '--dev-server-port', String(port)] : base;
  return { command: npx, args };
}

function runSideload(action, port) {
  const { command, args } = sideloadCommand(process.platform, action, port);
  return spawn(command, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
}

async function main(argv) {
  let options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    console.error(error.message);
    return 2;
  }
  if (options.help) {
    console.log(HELP);
    return 0;
  }
  const webpack = require('webpack');
  const WebpackDevServer = require('webpack-dev-server');
  const platform = process.platform;
  const mode = chooseMode(platform, options);
  // The preview needs no certificate: a browser treats http://localhost as a secure origin.
  const choice = chooseServer({ http: options.http || mode === 'preview' });
  const config = require(path.join(ROOT, 'webpack.config.js'))({ port: options.port }, { mode: 'development' });
  // Our banner says what matters; webpack's own output only when something is wrong.
  config.infrastructureLogging = { level: 'warn' };
  config.stats = 'errors-warnings';
  // Listen on this machine only: nothing on the network can reach the server.
  const devServer = new WebpackDevServer({ ...config.devServer, host: 'localhost', port: options.port, server: choice.server }, webpack(config));
  const sideload = mode === 'addin' && options.sideload && choice.protocol === 'https' && (platform === 'win32' || platform === 'darwin');

  let builds = 0;
  devServer.compiler.hooks.done.tap('perf-start', (stats) => {
    builds += 1;
    if (stats.hasErrors()) {
      console.error('构建失败，见上方错误。 / Build failed: see the errors above.');
      return;
    }
    if (builds > 1) {
      console.log(`已重新构建 / rebuilt in ${stats.endTime - stats.startTime} ms`);
      return;
    }
    console.log(bannerLines({ platform, port: options.port, choice, sideload, mode }).join('\n'));
    if (sideload) runSideload('start', options.port);
  });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    if (sideload) await new Promise((resolve) => runSideload('stop', options.port).on('exit', resolve));
    await devServer.stop();
    console.log('已停止。 / Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  try {
    await devServer.start();
  } catch (error) {
    const busy = error && error.code === 'EADDRINUSE';
    console.error(busy ? `端口 ${options.port} 已被占用 / port ${options.port} is in use: npm start -- --port N` : error.message);
    return 1;
  }
  return undefined; // keep serving
}

module.exports = { parseArgs, chooseMode, chooseServer, readDevCertificates, devCertificateFiles, isDevCaTrusted, bannerLines, urlsFor, sideloadCommand };

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    if (code !== undefined) process.exit(code);
  });
}
