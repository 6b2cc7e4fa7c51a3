#!/usr/bin/env node
// `npm run bench`: runs bench/main.ts (and the TypeScript sources it imports) through TypeScript's
// own transpiler, as scripts/build-fixtures.js does, so a fresh clone needs no runner or build step.
// Type checking is `tsc --noEmit`'s job; here each file is only transpiled as it is required.
'use strict';

const fs = require('fs');
const ts = require('typescript');

const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2020,
  esModuleInterop: true,
  jsx: ts.JsxEmit.ReactJSX,
};

for (const extension of ['.ts', '.tsx']) {
  require.extensions[extension] = (module, filename) => {
    const source = fs.readFileSync(filename, 'utf8');
    const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
    module._compile(outputText, filename);
  };
}

const { main } = require('./main.ts');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`bench: ${error && error.stack ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  },
);
