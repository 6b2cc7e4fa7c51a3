import * as fs from 'fs';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the webpack config is plain JS
const makeConfig = require('../../webpack.config.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require('../../scripts/check-manifest.js');

const root = path.join(__dirname, '..', '..');
const production = () => makeConfig({}, { mode: 'production' });
const development = () => makeConfig({}, { mode: 'development' });

interface Plugin {
  constructor: { name: string };
  options?: Record<string, unknown>;
  patterns?: Array<{ from: string; to: string; transform?: (content: Buffer) => string }>;
  userOptions?: Record<string, unknown>;
}
const plugin = (config: { plugins: Plugin[] }, name: string) => config.plugins.find((p) => p.constructor.name === name)!;

function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
}

describe('webpack config', () => {
  it('builds the two bundles of the shared runtime, and the browser preview, into dist/', () => {
    const config = production();
    expect(config.entry).toEqual({ functions: './src/functions/functions.ts', taskpane: './src/taskpane/index.tsx', preview: './src/preview/index.tsx' });
    expect(config.output).toMatchObject({ path: path.join(root, 'dist'), filename: '[name].js', clean: true });
  });

  it('loads on-demand chunks (the checking core) from beside the bundle that asks, named by content, and in one piece', () => {
    const config = production();
    // 'auto': the chunk URL follows the script's own URL, whatever origin or folder serves it.
    expect(config.output).toMatchObject({ publicPath: 'auto', chunkFilename: '[name].[contenthash:8].js' });
    expect(config.optimization.splitChunks.cacheGroups).toEqual({ default: false, defaultVendors: false });
    const loader = fs.readFileSync(path.join(root, 'src', 'taskpane', 'load-services.ts'), 'utf8');
    expect(loader).toMatch(/import\(\/\* webpackChunkName: "perf-core" \*\/ '\.\/services'\)/);
  });

  it('minifies in production without source maps, and never uses an eval devtool', () => {
    expect(production()).toMatchObject({ mode: 'production', devtool: false });
    expect(development()).toMatchObject({ mode: 'development', devtool: 'source-map' });
    expect(makeConfig({}, {}).devtool).toBe('source-map'); // `webpack serve` without --mode
  });

  it('only transpiles TypeScript (type checking is tsc --noEmit) and keeps ES modules for tree-shaking', () => {
    const rule = production().module.rules[0];
    expect(rule.use.loader).toBe('ts-loader');
    expect(rule.use.options).toMatchObject({ transpileOnly: true, configFile: path.join(root, 'tsconfig.json') });
    const tsconfig = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.json'), 'utf8'));
    expect(tsconfig.compilerOptions.module).toBe('ESNext');
  });

  it('generates functions.json from src/functions/functions.ts', () => {
    expect(plugin(production(), 'CustomFunctionsMetadataPlugin').options).toEqual({
      output: 'functions.json',
      input: './src/functions/functions.ts',
    });
  });

  it('writes one page that loads functions.js before taskpane.js', () => {
    const html = plugin(production(), 'HtmlWebpackPlugin').userOptions!;
    expect(html).toMatchObject({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['functions', 'taskpane'], chunksSortMode: 'manual' });
  });

  it('copies the icons, the old-browser message and the support page, the preview’s sample, ExcelJS and JSZip, and the manifest', () => {
    const patterns = plugin(production(), 'CopyPlugin').patterns!;
    expect(patterns.map(({ from, to }) => ({ from, to }))).toEqual([
      { from: 'assets/*.png', to: 'assets/[name][ext]' },
      { from: 'src/old-office/old-office.js', to: 'old-office.js' },
      { from: 'src/old-office/support.html', to: 'support.html' },
      { from: 'test/fixtures/seed-xiyong-2022.xlsx', to: 'samples/seed-xiyong-2022.xlsx' },
      { from: 'node_modules/exceljs/dist/exceljs.bare.min.js', to: 'vendor/exceljs.bare.min.js' },
      { from: 'node_modules/jszip/dist/jszip.min.js', to: 'vendor/jszip.min.js' },
      { from: 'manifest.xml', to: 'manifest.xml' },
    ]);
  });

  it('gives the preview its own page without office.js, and ExcelJS and JSZip as prebuilt files Terser leaves alone', () => {
    const config = production();
    const pages = config.plugins.filter((p: Plugin) => p.constructor.name === 'HtmlWebpackPlugin').map((p: Plugin) => p.userOptions!);
    expect(pages.map((p: Record<string, unknown>) => [p.filename, p.chunks])).toEqual([
      ['taskpane.html', ['functions', 'taskpane']],
      ['preview.html', ['preview']],
    ]);
    expect(directives(pages[1].contentSecurityPolicy as string)['script-src']).toEqual(["'self'"]);
    expect(config.externals).toEqual({ exceljs: 'ExcelJS', jszip: 'JSZip' });
    const vendor = plugin(config, 'CopyPlugin').patterns!.find((p) => p.to === 'vendor/exceljs.bare.min.js') as { info?: object; transform: (b: Buffer) => string };
    expect(vendor.info).toEqual({ minimized: true });
    // The ES5 message for Internet Explorer 11 is shipped as written: Terser could emit newer syntax.
    expect((plugin(config, 'CopyPlugin').patterns!.find((p) => p.to === 'old-office.js') as { info?: object }).info).toEqual({ minimized: true });
    expect(vendor.transform(Buffer.from('code();\n//# sourceMappingURL=exceljs.bare.min.js.map\n'))).toBe('code();\n');
  });

  it('serves from memory only, so nothing is read from or written into the project while serving', () => {
    const { devServer, watchOptions } = development();
    expect(devServer).toMatchObject({ port: 3000, static: false, server: 'https' });
    expect(watchOptions.ignored).toEqual(expect.arrayContaining(['**/node_modules/**', path.join(root, 'dist'), path.join(root, '.ci-out')]));
  });
});

describe('the page template', () => {
  const template = fs.readFileSync(path.join(root, 'src', 'taskpane', 'taskpane.html'), 'utf8');

  it("loads the old-browser message from its own file, then office.js from Microsoft's CDN, and no other script of its own", () => {
    const scripts = [...template.matchAll(/<script[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toEqual(['<script src="old-office.js" charset="utf-8">', '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js">']);
  });

  it('carries the Content-Security-Policy and the pane container', () => {
    expect(template).toContain('http-equiv="Content-Security-Policy" content="<%= htmlWebpackPlugin.options.contentSecurityPolicy %>"');
    expect(template).toContain('<div id="container"></div>');
    expect(template).toContain('<html lang="zh-CN">');
  });
});

describe('the preview page template', () => {
  const template = fs.readFileSync(path.join(root, 'src', 'preview', 'preview.html'), 'utf8');

  it('loads no office.js: only ExcelJS and JSZip from its own folder, before the bundle webpack adds', () => {
    const scripts = [...template.matchAll(/<script[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toEqual(['<script defer src="vendor/exceljs.bare.min.js">', '<script defer src="vendor/jszip.min.js">']);
    expect(template).not.toContain('appsforoffice');
    expect(template).toContain('http-equiv="Content-Security-Policy" content="<%= htmlWebpackPlugin.options.contentSecurityPolicy %>"');
    expect(template).toContain('<div id="container"></div>');
  });
});

describe('Content-Security-Policy', () => {
  it("allows scripts from our origin and office.js's CDN only, with no eval and no inline code", () => {
    const policy = directives(makeConfig.contentSecurityPolicy());
    expect(policy['script-src']).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(Object.values(policy).flat()).not.toContain("'unsafe-eval'");
    expect(Object.values(policy).flat()).not.toContain("'unsafe-inline'");
    expect(policy['object-src']).toEqual(["'none'"]);
  });

  it('allows the preview page scripts from its own origin only', () => {
    const policy = directives(makeConfig.contentSecurityPolicy({ officeJs: false }));
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['connect-src']).toEqual(["'self'"]);
    expect(Object.values(policy).flat().filter((source) => /^https?:/.test(source))).toEqual([]);
  });

  it('admits only empty <style> elements (what Griffel creates): the hash of the empty string', () => {
    const emptyHash = require('crypto').createHash('sha256').update('').digest('base64');
    expect(directives(makeConfig.contentSecurityPolicy())['style-src']).toEqual(["'self'", `'sha256-${emptyHash}'`]);
  });

  it('lets the dev server reload the page over its WebSocket in development only', () => {
    expect(directives(makeConfig.contentSecurityPolicy())['connect-src']).toEqual(["'self'"]);
    expect(directives(makeConfig.contentSecurityPolicy({ dev: true }))['connect-src']).toEqual(["'self'", 'ws://localhost:*', 'wss://localhost:*']);
    const html = plugin(development(), 'HtmlWebpackPlugin').userOptions!;
    expect(html.contentSecurityPolicy).toContain('wss://localhost:*');
    expect(plugin(production(), 'HtmlWebpackPlugin').userOptions!.contentSecurityPolicy).not.toContain('ws:');
  });
});

describe('production manifest for another origin', () => {
  const manifest = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
  const transform = (config: { plugins: Plugin[] }) =>
    plugin(config, 'CopyPlugin').patterns!.find((p) => p.from === 'manifest.xml')!.transform!(Buffer.from(manifest));

  it('keeps https://localhost:3000/ without urlProd', () => {
    expect(transform(production())).toBe(manifest);
  });

  it('rewrites every URL to urlProd (from --env or PERF_URL_PROD) and still passes the manifest checks', () => {
    const rewritten = transform(makeConfig({ urlProd: 'https://perf.example.gov.cn/addin' }, { mode: 'production' }));
    expect(rewritten).not.toContain('localhost');
    const result = checkManifest(rewritten);
    expect(result.errors).toEqual([]);
    expect(result.facts.page).toBe('https://perf.example.gov.cn/addin/taskpane.html');
    process.env.PERF_URL_PROD = 'https://other.example.cn/';
    try {
      expect(transform(production())).toContain('https://other.example.cn/functions.json');
    } finally {
      delete process.env.PERF_URL_PROD;
    }
  });

  it('follows the dev server port in development', () => {
    expect(transform(makeConfig({ port: 3100 }, { mode: 'development' }))).toContain('https://localhost:3100/taskpane.html');
  });

  it('refuses a urlProd that is not https or not a URL, with a message', () => {
    expect(() => makeConfig({ urlProd: 'http://perf.example.cn/' }, { mode: 'production' })).toThrow(/urlProd must use https/);
    expect(() => makeConfig({ urlProd: 'perf.example.cn' }, { mode: 'production' })).toThrow(/urlProd is not a URL: perf.example.cn/);
  });
});
