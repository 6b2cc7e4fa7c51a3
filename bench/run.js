#!/usr/bin/env node
// `npm run bench`: runs bench/main.ts (and the TypeScript sources it imports) through TypeScript's
// own transpiler, as scripts/build-fixtures.js does, so a fresh clone needs no runner or build step.
// Type checking is `tsc --noEmit`'s job; here each file is only transpiled as it is required.
// Every case runs in its own process, so transpiled files are kept in build/bench/ts-cache (keyed
// by path, size and modification time) and TypeScript itself is loaded only on a cache miss.
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const cacheDir = path.join(__dirname, '..', 'build', 'bench', 'ts-cache');
let ts;

function transpile(source, filename) {
  ts ??= require('typescript');
  const compilerOptions = {
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2020,
    esModuleInterop: true,
    jsx: ts.JsxEmit.ReactJSX,
  };
  return ts.transpileModule(source, { compilerOptions, fileName: filename }).outputText;
}

function compiled(filename) {
  const stat = fs.statSync(filename);
  const key = crypto.createHash('sha1').update(`${filename}\0${stat.size}\0${stat.mtimeMs}`).digest('hex');
  const cached = path.join(cacheDir, `${key}.js`);
  try {
    return fs.readFileSync(cached, 'utf8');
  } catch {
    const output = transpile(fs.readFileSync(filename, 'utf8'), filename);
    try {
      fs.mkdirSync(cacheDir, { recursive: true });
      const temporary = `${cached}.${process.pid}`;
      fs.writeFileSync(temporary, output);
      fs.renameSync(temporary, cached);
    } catch {
      // a read-only tree: transpile again next time
    }
    return output;
  }
}

for (const extension of ['.ts', '.tsx']) {
  require.extensions[extension] = (module, filename) => module._compile(compiled(filename), filename);
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
