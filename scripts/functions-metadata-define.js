// Puts the custom functions' generated metadata (what becomes functions.json: names, descriptions,
// parameters, from the JSDoc of src/functions/functions.ts) into a bundle as a constant, so a build
// that registers the functions by other means (the WPS add-in: webpack.wps.config.js) reads the same
// metadata as Excel and cannot drift from it. The metadata is generated before each compilation and
// given to DefinePlugin as a runtime value that depends on the functions' source file.
'use strict';

const path = require('path');

class FunctionsMetadataDefinePlugin {
  /** @param {{ input: string, name: string }} options the functions' source file and the constant's name */
  constructor({ input, name }) {
    this.input = path.resolve(input);
    this.name = name;
  }

  apply(compiler) {
    let json;
    compiler.hooks.beforeCompile.tapPromise('FunctionsMetadataDefinePlugin', async () => {
      const { generateCustomFunctionsMetadata } = require('custom-functions-metadata');
      const result = await generateCustomFunctionsMetadata(this.input);
      if (result.errors.length > 0 || !result.metadataJson) {
        throw new Error(`custom function metadata of ${this.input}:\n${result.errors.join('\n')}`);
      }
      json = JSON.stringify(JSON.parse(result.metadataJson));
    });
    const { DefinePlugin } = compiler.webpack;
    new DefinePlugin({ [this.name]: DefinePlugin.runtimeValue(() => json, { fileDependencies: [this.input] }) }).apply(compiler);
  }
}

module.exports = { FunctionsMetadataDefinePlugin };
