// The build's post-processing of the generated functions.json: "allowErrorForDataTypeAny": true is
// added (so Excel passes error values in a range to PERF.TOTAL and PERF.CHECK), nothing else changes,
// and a real webpack compile of the functions bundle emits it.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import webpack from 'webpack';

/* eslint-disable @typescript-eslint/no-require-imports -- plain Node scripts and config, no types */
const { withErrorValues, AllowErrorValuesPlugin } = require('../../scripts/functions-json-errors.js');
const { checkFunctionsJson } = require('../../scripts/check-functions-json.js');
const makeConfig = require('../../webpack.config.js');
/* eslint-enable @typescript-eslint/no-require-imports */

const generated = {
  allowCustomDataForDataTypeAny: true,
  functions: [{ id: 'TOTAL', name: 'TOTAL', description: '合计', parameters: [{ name: 'scores', description: '得分', type: 'any', dimensionality: 'matrix' }], result: {} }],
};

describe('withErrorValues', () => {
  it('adds the property after allowCustomDataForDataTypeAny and keeps everything else, indented as generated', () => {
    const text = withErrorValues(JSON.stringify(generated, null, 4));
    expect(Object.keys(JSON.parse(text))).toEqual(['allowCustomDataForDataTypeAny', 'allowErrorForDataTypeAny', 'functions']);
    expect(JSON.parse(text)).toEqual({ ...generated, allowErrorForDataTypeAny: true });
    expect(text).toBe(JSON.stringify({ allowCustomDataForDataTypeAny: true, allowErrorForDataTypeAny: true, functions: generated.functions }, null, 4));
  });

  it('puts it before "functions" when the generator wrote no other top-level property, and sets a false one to true once', () => {
    expect(Object.keys(JSON.parse(withErrorValues(JSON.stringify({ functions: [] }))))).toEqual(['allowErrorForDataTypeAny', 'functions']);
    const twice = withErrorValues(withErrorValues(JSON.stringify({ allowErrorForDataTypeAny: false, functions: [] })));
    expect(JSON.parse(twice)).toEqual({ allowErrorForDataTypeAny: true, functions: [] });
  });

  it('refuses text that is not functions.json', () => {
    expect(() => withErrorValues('{')).toThrow();
    expect(() => withErrorValues('{"functions": 1}')).toThrow('functions.json has no "functions" array');
  });
});

describe('the webpack build', () => {
  it('is configured to complete functions.json after custom-functions-metadata-plugin', () => {
    const plugins = makeConfig({}, { mode: 'production' }).plugins.map((p: object) => p.constructor.name);
    expect(plugins.indexOf('AllowErrorValuesPlugin')).toBeGreaterThan(plugins.indexOf('CustomFunctionsMetadataPlugin'));
  });

  it('emits functions.json with the property, passing the functions.json check', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-functions-json-'));
    try {
      const base = makeConfig({}, { mode: 'development' });
      const config = {
        ...base,
        entry: { functions: base.entry.functions },
        output: { ...base.output, path: out },
        devtool: false,
        plugins: base.plugins.filter((p: object) => ['CustomFunctionsMetadataPlugin', 'AllowErrorValuesPlugin'].includes(p.constructor.name)),
        infrastructureLogging: { level: 'error' },
      };
      await new Promise<void>((resolve, reject) =>
        webpack(config, (error, stats) => (error || !stats || stats.hasErrors() ? reject(error ?? new Error(stats?.toString('errors-only'))) : resolve())),
      );
      const metadata = JSON.parse(fs.readFileSync(path.join(out, 'functions.json'), 'utf8'));
      expect(metadata.allowErrorForDataTypeAny).toBe(true);
      expect(checkFunctionsJson(metadata).errors).toEqual([]);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);

  it('reports a missing functions.json as a build error', async () => {
    const plugin = new AllowErrorValuesPlugin({ asset: 'missing.json' });
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-functions-json-'));
    const entry = path.join(out, 'entry.js');
    fs.writeFileSync(entry, 'export const x = 1;\n');
    try {
      const stats = await new Promise<webpack.Stats>((resolve, reject) =>
        webpack({ mode: 'development', devtool: false, entry, output: { path: path.join(out, 'dist') }, plugins: [plugin] }, (error, result) =>
          error || !result ? reject(error) : resolve(result),
        ),
      );
      expect(stats.toJson({ all: false, errors: true }).errors?.map((e) => e.message)).toEqual(['AllowErrorValuesPlugin: no missing.json to complete']);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
