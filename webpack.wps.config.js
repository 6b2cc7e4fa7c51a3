// Builds the WPS 表格 add-in (npm run build:wps) into dist-wps/:
//
//   dist-wps/perf/                  the add-in folder, to serve from an intranet server
//     manifest.xml ribbon.xml       what WPS fetches from the add-in's URL at every start
//     index.html                    the root page (ribbon callbacks, PERF functions)
//     taskpane.html                 the pane (CreateTaskPane)
//     perf-wps.js                   the one script of both pages
//     images/                       ribbon icons
//   dist-wps/jsplugins.xml          online install: <jspluginonline … url="<wpsUrl>"/>
//   dist-wps/offline/PERF_<version>/  the same folder, to copy into the user's jsaddons folder
//   dist-wps/offline/publish.xml    its entry for jsaddons/publish.xml
//
//   npm run build:wps                                            URL http://127.0.0.1:3889/perf/
//   npm run build:wps -- --env wpsUrl=http://oa.example.gov.cn/perf/   the intranet server's URL
//
// For WPS's engine (Chrome 104 on Windows 12.x; unconfirmed on Linux): ES2018 output, dependencies
// lowered too (scripts/es2018-loader.js), one classic script with no chunks (no dynamic import and
// no fetch of file:// on an offline install), no window.open. test/build/wps-build.test.ts checks it.
// The PERF functions are registered from the same generated metadata as Excel's functions.json.
'use strict';

const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { wpsUrl, manifestXml, jspluginsXml, publishXml, offlineFolder } = require('./scripts/wps-package');
const { FunctionsMetadataDefinePlugin } = require('./scripts/functions-metadata-define');

const ADDIN_DIR = 'perf';

/** Emits the install files and a copy of the add-in folder for the offline package. */
class WpsPackagePlugin {
  constructor({ url, version }) {
    this.url = url;
    this.version = version;
  }

  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap('WpsPackagePlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'WpsPackagePlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const ribbon = fs.readFileSync(path.join(__dirname, 'src/hosts/wps/package/ribbon.xml'), 'utf8');
        compilation.emitAsset(`${ADDIN_DIR}/manifest.xml`, new RawSource(manifestXml(this.version)));
        compilation.emitAsset(`${ADDIN_DIR}/ribbon.xml`, new RawSource(ribbon));
        for (const icon of [['validate.png', 'icon-32.png'], ['pane.png', 'pane-32.png']]) {
          compilation.emitAsset(`${ADDIN_DIR}/images/${icon[0]}`, new RawSource(fs.readFileSync(path.join(__dirname, 'assets', icon[1]))));
        }
        compilation.emitAsset('jsplugins.xml', new RawSource(jspluginsXml(this.url)));
        compilation.emitAsset('offline/publish.xml', new RawSource(publishXml(this.version)));
        const offline = `offline/${offlineFolder(this.version)}`;
        for (const asset of compilation.getAssets()) {
          if (!asset.name.startsWith(`${ADDIN_DIR}/`)) continue;
          // Marked minimized: Terser also sees assets added after its stage, and must not minify the copy again.
          compilation.emitAsset(`${offline}/${asset.name.slice(ADDIN_DIR.length + 1)}`, asset.source, { ...asset.info, minimized: true });
        }
      });
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode === 'development';
  const version = require('./package.json').version;
  const url = wpsUrl(env);
  return {
    mode: dev ? 'development' : 'production',
    context: __dirname,
    devtool: false,
    target: ['web', 'es2018'],
    entry: { 'perf-wps': './src/hosts/wps/entry.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist-wps'),
      filename: `${ADDIN_DIR}/[name].js`,
      publicPath: '',
      clean: true,
      iife: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              transpileOnly: true,
              onlyCompileBundledFiles: true,
              compilerOptions: { target: 'ES2018', sourceMap: false },
            },
          },
        },
        {
          test: /\.(m?js|cjs)$/,
          include: /node_modules/,
          use: { loader: path.resolve(__dirname, 'scripts/es2018-loader.js') },
        },
      ],
    },
    plugins: [
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      new HtmlWebpackPlugin({
        filename: `${ADDIN_DIR}/index.html`,
        template: './src/hosts/wps/package/index.html',
        // The page names its one classic script itself (relative: the same page works from the
        // online URL and from the offline folder).
        inject: false,
      }),
      new HtmlWebpackPlugin({
        filename: `${ADDIN_DIR}/taskpane.html`,
        template: './src/hosts/wps/package/taskpane.html',
        // The page names its one classic script itself (relative: the same page works from the
        // online URL and from the offline folder).
        inject: false,
      }),
      new WpsPackagePlugin({ url, version }),
      // The functions' names, descriptions and parameters for AddCustomFunction: the same generated
      // metadata as Excel's functions.json (src/hosts/wps/functions.ts reads PERF_FUNCTIONS_METADATA).
      new FunctionsMetadataDefinePlugin({ input: path.join(__dirname, 'src/functions/functions.ts'), name: 'PERF_FUNCTIONS_METADATA' }),
    ],
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
  };
};
