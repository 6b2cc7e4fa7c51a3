// Lets PERF.TOTAL and PERF.CHECK see the error values (#N/A, #DIV/0!…) in their ranges. Excel only
// passes a cell error to a parameter of type "any" when functions.json says
// "allowErrorForDataTypeAny": true at its top level; otherwise it answers the error itself and the
// function never runs (src/functions/arguments.ts reports error values by name instead).
// custom-functions-metadata-plugin generates functions.json from JSDoc and has no option for this
// property, so the build adds it to the generated file (never a hand-written functions.json).
'use strict';

const PROPERTY = 'allowErrorForDataTypeAny';

/**
 * The generated JSON text with the property set, the other properties and their order kept (the
 * property goes right after allowCustomDataForDataTypeAny when there is one), indented as the
 * generator does (4 spaces).
 */
function withErrorValues(jsonText) {
  const metadata = JSON.parse(jsonText);
  if (!metadata || typeof metadata !== 'object' || !Array.isArray(metadata.functions)) {
    throw new Error('functions.json has no "functions" array');
  }
  const result = {};
  let added = false;
  for (const [key, value] of Object.entries(metadata)) {
    if (key === PROPERTY) continue;
    if (key === 'functions' && !added) {
      result[PROPERTY] = true;
      added = true;
    }
    result[key] = value;
    if (key === 'allowCustomDataForDataTypeAny') {
      result[PROPERTY] = true;
      added = true;
    }
  }
  return JSON.stringify(result, null, 4);
}

/** A webpack plugin: rewrites the functions.json asset emitted by custom-functions-metadata-plugin. */
class AllowErrorValuesPlugin {
  constructor({ asset = 'functions.json' } = {}) {
    this.asset = asset;
  }

  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    const name = 'AllowErrorValuesPlugin';
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const asset = compilation.getAsset(this.asset);
        if (!asset) {
          // The metadata plugin reports its own errors; a missing file without them is ours to report.
          if (compilation.errors.length === 0) compilation.errors.push(new WebpackError(`${name}: no ${this.asset} to complete`));
          return;
        }
        try {
          compilation.updateAsset(this.asset, new sources.RawSource(withErrorValues(asset.source.source().toString())));
        } catch (error) {
          compilation.errors.push(new WebpackError(`${name}: ${this.asset}: ${error.message}`));
        }
      });
    });
  }
}

module.exports = { PROPERTY, withErrorValues, AllowErrorValuesPlugin };
