#!/usr/bin/env node
// `npm run accuracy`: runs scripts/accuracy.ts (and the TypeScript it imports, src included) through
// TypeScript's own transpiler, as scripts/build-fixtures.js does: no extra runner needed.
'use strict';

const fs = require('fs');
const ts = require('typescript');

const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2020,
  esModuleInterop: true,
};

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
};

require('./accuracy.ts');
