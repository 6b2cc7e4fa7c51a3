#!/usr/bin/env node
// perf-audit: batch checking of 绩效自评表 workbooks. Runs the compiled CLI in build/node, which
// `npm ci` makes through the package's `prepare` script.
'use strict';

const path = require('path');

let cli;
try {
  cli = require(path.join(__dirname, '..', 'build', 'node', 'src', 'cli', 'index.js'));
} catch (error) {
  process.stderr.write(
    'perf-audit: 未找到编译后的程序（build/node），请先运行 npm ci 或 npm run prepare。\n' +
      'perf-audit: the compiled program (build/node) is missing: run npm ci or npm run prepare.\n',
  );
  process.exit(2);
}

// A reader that stops early (perf-audit … | head) is not an error.
process.stdout.on('error', (error) => {
  if (error && error.code === 'EPIPE') process.exit(process.exitCode || 0);
  throw error;
});

cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
