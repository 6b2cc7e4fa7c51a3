// A webpack loader that lowers a dependency's JavaScript to ES2018 with TypeScript's transpiler
// (optional chaining, ??, class fields, logical assignment…), for the WPS bundle: WPS's engine is
// not known to run newer syntax (webpack.wps.config.js). Module syntax is left for webpack.
'use strict';

const ts = require('typescript');

module.exports = function es2018Loader(source) {
  const output = ts.transpileModule(source, {
    fileName: this.resourcePath,
    compilerOptions: {
      target: ts.ScriptTarget.ES2018,
      module: ts.ModuleKind.ESNext,
      allowJs: true,
      checkJs: false,
      sourceMap: false,
      importHelpers: false,
      useDefineForClassFields: true,
    },
  });
  return output.outputText;
};
