#!/usr/bin/env node
// `npm run fixtures`: runs scripts/build-fixtures.ts (and the TypeScript sources it imports) through
// TypeScript's own transpiler, so no extra runner (ts-node, tsx) is needed.
'use strict';

const fs = require('fs');
const ts = require('typescript');

const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2020,
  esModuleInterop: true,
};

// Type checking is `tsc --noEmit`'s job; here each file is only transpiled as it is required.
require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
};

require('./build-fixtures.ts');
