#!/usr/bin/env node
// Builds the broken-file corpus (defined in test/hostile/support/corpus.ts) into a folder,
// running the TypeScript through TypeScript's own transpiler, as scripts/build-fixtures.js does, so no extra runner is needed.
//   node scripts/build-hostile-corpus.js [DIR]     default DIR: test-output/hostile-corpus (ignored by git)
'use strict';

const fs = require('fs');
const ts = require('typescript');

const compilerOptions = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true };

require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
};

const { buildHostileCorpus } = require('../test/hostile/support/corpus.ts');
const path = require('path');

const dir = path.resolve(process.argv[2] || path.join(__dirname, '..', 'test-output', 'hostile-corpus'));
buildHostileCorpus(dir).then(
  (files) => {
    for (const f of files) console.log(`${f.file.padEnd(28)} ${String(f.bytes).padStart(9)} bytes  ${f.expect.padEnd(18)} ${f.what}`);
    console.log(`-> ${dir}`);
  },
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
