// The Chinese functions metadata (functions-zh-CN.json), made at build time from the same JSDoc as
// functions.json: the manifest's zh-CN override on the metadata URL serves it to an Excel that shows
// Chinese, where PERF.SCORE appears as PERF.指标得分. custom-functions-metadata writes one file for one
// language only, so this step derives the second from the first:
//   - ids, parameters (name, type, optional, dimensionality) and every other property stay the same;
//   - the display name is the Chinese term that opens the function's description, before "：";
//     "指标得分：按比较符计算得分…" gives PERF.指标得分;
//   - descriptions keep their Chinese part: the function's first line, and a parameter's text up to
//     the last "。" that the English sentence follows.
'use strict';

const LOCALE = 'zh-CN';
const ASSET = `functions-${LOCALE}.json`;

/** The Chinese display name of a function: the term before "：" that opens its description. */
function chineseName(description) {
  const match = /^([^：:\n]+)：/.exec(String(description || ''));
  return match ? match[1].trim() : undefined;
}

/** A function's Chinese description: its first line (the JSDoc puts the English on the second). */
function chineseFunctionDescription(description) {
  return String(description || '').split('\n')[0].trim();
}

/** A parameter's Chinese description: up to the last "。" followed by the English sentence. */
function chineseParameterDescription(description) {
  const text = String(description || '');
  const match = /^([\s\S]*。)\s*[A-Za-z][^。]*$/.exec(text);
  return (match ? match[1] : text).trim();
}

/**
 * The zh-CN metadata text for the (final) functions.json text. Throws when a function has no
 * Chinese term to name it by, so the build fails rather than ship an English name in Chinese Excel.
 */
function chineseMetadata(jsonText) {
  const metadata = JSON.parse(jsonText);
  if (!metadata || typeof metadata !== 'object' || !Array.isArray(metadata.functions)) {
    throw new Error('functions.json has no "functions" array');
  }
  const functions = metadata.functions.map((fn) => {
    const name = chineseName(fn.description);
    if (!name) throw new Error(`${fn.id}: its description does not open with a Chinese name and "：" (e.g. "指标得分：…")`);
    return {
      ...fn,
      description: chineseFunctionDescription(fn.description),
      name,
      parameters: (fn.parameters || []).map((p) => ({ ...p, description: chineseParameterDescription(p.description) })),
    };
  });
  return JSON.stringify({ ...metadata, functions }, null, 4);
}

/** A webpack plugin: emits functions-zh-CN.json beside the functions.json of the same build. */
class ChineseFunctionNamesPlugin {
  constructor({ from = 'functions.json', to = ASSET } = {}) {
    this.from = from;
    this.to = to;
  }

  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    const name = 'ChineseFunctionNamesPlugin';
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      // After the ADDITIONS stage, where functions.json gets "allowErrorForDataTypeAny": both
      // files then say the same thing but the names and descriptions.
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS + 1 }, () => {
        const asset = compilation.getAsset(this.from);
        if (!asset) {
          if (compilation.errors.length === 0) compilation.errors.push(new WebpackError(`${name}: no ${this.from} to translate`));
          return;
        }
        try {
          compilation.emitAsset(this.to, new sources.RawSource(chineseMetadata(asset.source.source().toString())));
        } catch (error) {
          compilation.errors.push(new WebpackError(`${name}: ${this.from}: ${error.message}`));
        }
      });
    });
  }
}

module.exports = { LOCALE, ASSET, chineseName, chineseFunctionDescription, chineseParameterDescription, chineseMetadata, ChineseFunctionNamesPlugin };
