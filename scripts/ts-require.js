// Lets Node require TypeScript files: each .ts file is transpiled by TypeScript's own transpiler as it
// is required, so the scripts that run TypeScript (fixtures, accuracy, the broken-file corpus) need no
// extra runner (ts-node, tsx). Type checking is `tsc --noEmit`'s job, not this hook's.
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
