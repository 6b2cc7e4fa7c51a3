// The bare page of the first-render benchmark, built with the add-in's production settings
// (webpack.config.js: loaders, resolve, target, minifier, the same taskpane.html template and CSP);
// only the entry differs, and the plugins that concern the add-in alone (functions.json, manifest
// and icon copies) are left out. Output: build/bench/bare/.
'use strict';

const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const makeConfig = require('../../webpack.config.js');

const root = path.join(__dirname, '..', '..');

module.exports = (env = {}, argv = {}) => {
  const base = makeConfig(env, { ...argv, mode: 'production' });
  const page = base.plugins.find((p) => p instanceof HtmlWebpackPlugin && p.userOptions.filename === 'taskpane.html');
  return {
    ...base,
    entry: { bare: './bench/pages/bare.tsx' },
    output: { ...base.output, path: path.join(root, 'build', 'bench', 'bare') },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['bare'],
        contentSecurityPolicy: page.userOptions.contentSecurityPolicy,
      }),
    ],
  };
};
