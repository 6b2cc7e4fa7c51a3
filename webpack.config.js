// Builds PERF's shared-runtime add-in into dist/, after the conventions of the official "Excel custom
// functions with a shared runtime" template: one page (taskpane.html) loads office.js, then
// functions.js (PERF.* custom functions), then taskpane.js (the pane, which also registers the ribbon
// commands), and functions.json is generated from the JSDoc in src/functions/functions.ts (then given
// "allowErrorForDataTypeAny": true, which the generator cannot write: scripts/functions-json-errors.js),
// and functions-zh-CN.json from it with the Chinese names (scripts/functions-json-zh.js).
//
// The checking core (recognition, rules, scoring, profiles, decimal.js) is not in taskpane.js: the pane
// imports it on demand after its first render (src/taskpane/load-services.ts), from the chunk
// perf-core.<hash>.js beside the bundles. functions.js never loads it.
//
//   npm run build                                             production, URLs https://localhost:3000/
//   npm run build -- --env urlProd=https://perf.example.cn/addin/   production manifest for that origin
//   npm run build:dev                                         development (source maps, not minified)
//   npm start                                                 dev server, see scripts/start.js
//
// A second page, preview.html (src/preview), runs the same pane in any browser over a workbook opened
// in the page (ExcelJS in the browser): no office.js, and a CSP that allows only its own origin. It
// opens the seed workbook, copied beside it as samples/seed-xiyong-2022.xlsx.
//
// Type checking is a separate step (`npx tsc --noEmit`): ts-loader only transpiles here.
'use strict';

const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { AllowErrorValuesPlugin } = require('./scripts/functions-json-errors');
const { ChineseFunctionNamesPlugin } = require('./scripts/functions-json-zh');

const urlDev = 'https://localhost:3000/';
const devPort = 3000;
const officeJsOrigin = 'https://appsforoffice.microsoft.com';

// SHA-256 of the empty string, as a CSP hash source: see style-src below.
const emptyStyleHash = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/**
 * The page's Content-Security-Policy (a <meta> tag: frame-ancestors and reporting only work as HTTP
 * headers, which a static host may not let us set).
 *
 * - script-src: our own files and office.js from Microsoft's CDN (which loads its host-specific
 *   scripts from the same origin). No 'unsafe-eval': the bundles use no eval or new Function, and
 *   the dev build uses 'source-map' rather than webpack's eval devtools. No inline scripts.
 * - style-src: Fluent UI v9 styles through Griffel, which appends *empty* <style> elements and
 *   fills them with CSSOM insertRule (CSP does not govern CSSOM). Without a style-src exception
 *   Chromium never creates those sheets and no Fluent style applies; 'unsafe-inline' would fix
 *   that but also admit any injected <style>. Allowing only the hash of the empty string admits
 *   exactly the empty elements Griffel creates (checked in Chromium by test/build/page.test.ts).
 * - connect-src: our origin; in development also the dev server's live-reload WebSocket.
 * - object-src, base-uri, form-action: nothing; the add-in uses no plugins, <base> or forms.
 */
function contentSecurityPolicy({ dev = false, officeJs = true } = {}) {
  const connect = ["'self'"];
  // Any port: `webpack serve --port N` changes the port without telling this config.
  if (dev) connect.push('ws://localhost:*', 'wss://localhost:*');
  const directives = {
    'default-src': ["'self'"],
    // The preview page loads no office.js: its scripts come from its own origin only.
    'script-src': officeJs ? ["'self'", officeJsOrigin] : ["'self'"],
    'style-src': ["'self'", emptyStyleHash],
    'connect-src': connect,
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The origin the production manifest points at: `--env urlProd=…` or PERF_URL_PROD, https only. */
function productionUrl(env) {
  const raw = (env && env.urlProd) || process.env.PERF_URL_PROD || '';
  if (!raw) return urlDev;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`urlProd is not a URL: ${raw}`);
  }
  if (url.protocol !== 'https:') throw new Error(`urlProd must use https (Office loads add-ins over https only): ${raw}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** Replaces the development origin in the manifest with the production one. */
function manifestForOrigin(manifestXml, url) {
  return url === urlDev ? manifestXml : manifestXml.split(urlDev).join(url);
}

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const port = Number(env.port || devPort);
  // The origin written into dist/manifest.xml: the dev server's in development (following --port),
  // urlProd in production.
  const manifestUrl = dev ? `https://localhost:${port}/` : productionUrl(env);

  return {
    mode: dev ? 'development' : 'production',
    context: __dirname,
    // Never an eval-based devtool: the page's CSP has no 'unsafe-eval'.
    devtool: dev ? 'source-map' : false,
    target: ['web', 'es2020'],
    entry: {
      functions: './src/functions/functions.ts',
      taskpane: './src/taskpane/index.tsx',
      preview: './src/preview/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      // Chunks loaded on demand (perf-core): a content hash, so a cached page never runs a chunk of
      // another build (a stale one fails to load, with the pane's message, instead of misbehaving).
      chunkFilename: '[name].[contenthash:8].js',
      // Chunk URLs follow the script that loaded the bundle: https://localhost:3000/, a production
      // origin or sub-folder, the preview server, the e2e and bench servers alike (same origin, so
      // the pages' CSP script-src 'self' admits them).
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
    },
    // The preview's ExcelJS is its prebuilt browser bundle without polyfills (exceljs.bare.min.js),
    // copied beside the page and loaded before preview.js: minifying 860 KB of minified code again
    // would double the build time. Only src/hosts/file imports exceljs, and only the preview uses it.
    // JSZip (the file host's custom document properties) likewise: its browser build carries the
    // setImmediate polyfill's string branch, which may sit in vendor/ but never in our own bundles.
    externals: { exceljs: 'ExcelJS', jszip: 'JSZip' },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // ES modules reach webpack untouched (tsconfig module: ESNext), so it can tree-shake
            // Fluent UI; transpileOnly keeps rebuilds fast and avoids ts-loader's spurious errors.
            options: {
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              transpileOnly: true,
              onlyCompileBundledFiles: true,
              compilerOptions: { sourceMap: dev },
            },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: 'functions.json',
        input: './src/functions/functions.ts',
      }),
      new AllowErrorValuesPlugin({ asset: 'functions.json' }),
      // functions-zh-CN.json: the same functions with Chinese names (PERF.指标得分…), for the
      // manifest's zh-CN override of the metadata URL.
      new ChineseFunctionNamesPlugin({ from: 'functions.json', to: 'functions-zh-CN.json' }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
        contentSecurityPolicy: contentSecurityPolicy({ dev }),
      }),
      new HtmlWebpackPlugin({
        filename: 'preview.html',
        template: './src/preview/preview.html',
        chunks: ['preview'],
        contentSecurityPolicy: contentSecurityPolicy({ dev, officeJs: false }),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // The message for Internet Explorer 11 / the old Edge: plain ES5 as written (Terser is kept
          // off it, so nothing newer is introduced), loaded by taskpane.html before the bundles.
          { from: 'src/old-office/old-office.js', to: 'old-office.js', info: { minimized: true } },
          // The manifest's SupportUrl: a static page, which Office client runs what.
          { from: 'src/old-office/support.html', to: 'support.html' },
          // The preview's sample: the real Chongqing table (family C) the checks are built on.
          { from: 'test/fixtures/seed-xiyong-2022.xlsx', to: 'samples/seed-xiyong-2022.xlsx' },
          {
            from: 'node_modules/exceljs/dist/exceljs.bare.min.js',
            to: 'vendor/exceljs.bare.min.js',
            info: { minimized: true }, // already minified: Terser leaves it alone
            // Its source map is not shipped: no reference to a file that is not there.
            transform: (content) => content.toString().replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'),
          },
          {
            from: 'node_modules/jszip/dist/jszip.min.js',
            to: 'vendor/jszip.min.js',
            info: { minimized: true }, // already minified
          },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => manifestForOrigin(content.toString(), manifestUrl),
          },
        ],
      }),
    ],
    // One chunk per on-demand import: decimal.js goes into perf-core with the code that uses it, not
    // into a vendors chunk of its own (one request, not two, when the pane first checks).
    optimization: { splitChunks: { cacheGroups: { default: false, defaultVendors: false } } },
    // Sizes are measured gzip-compressed by the benchmark; webpack's raw-size hints
    // would only warn about Fluent UI on every build.
    performance: { hints: false },
    // Only files in the dependency graph are watched; this also keeps stray writes (test output,
    // CI results, fixtures) from triggering rebuilds.
    watchOptions: {
      // Globs with forward slashes, also on Windows (watchpack compares normalised paths).
      ignored: [
        '**/node_modules/**',
        '**/.git/**',
        ...['dist', 'build', 'test-output', '.ci-out'].map((dir) => path.join(__dirname, dir).replace(/\\/g, '/')),
      ],
    },
    devServer: {
      port,
      // Everything is served from the compilation in memory: nothing is read from, or watched in,
      // the project folder, and dist/ is not written.
      static: false,
      hot: false,
      liveReload: true,
      headers: { 'Access-Control-Allow-Origin': '*' },
      // `webpack serve` alone uses webpack-dev-server's self-signed certificate; scripts/start.js
      // uses office-addin-dev-certs when they are installed and trusted.
      server: 'https',
      client: { overlay: { errors: true, warnings: false } },
      // The server's root opens the browser preview.
      setupMiddlewares: (middlewares) => [
        { name: 'perf-root-to-preview', middleware: (request, response, next) => (request.path === '/' ? response.redirect(302, '/preview.html') : next()) },
        ...middlewares,
      ],
    },
  };
};

module.exports.urlDev = urlDev;
module.exports.devPort = devPort;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.productionUrl = productionUrl;
module.exports.manifestForOrigin = manifestForOrigin;
