#!/usr/bin/env node
// Builds the broken-file corpus (defined in test/hostile/support/corpus.ts) into a folder,
// running the TypeScript through TypeScript's own transpiler (scripts/ts-require.js), so no extra runner is needed.
//   node scripts/build-hostile-corpus.js [DIR]     default DIR: test-output/hostile-corpus (ignored by git)
'use strict';

require('./ts-require');

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
