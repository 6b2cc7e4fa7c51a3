// The WPS build registers PERF's functions from the metadata generated from their JSDoc (the content
// of Excel's functions.json): FunctionsMetadataDefinePlugin puts it into the bundle as a constant.
// A tiny bundle built with the plugin must carry exactly what the generator gives.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import webpack from 'webpack';

const ROOT = join(__dirname, '..', '..');
const FUNCTIONS = join(ROOT, 'src', 'functions', 'functions.ts');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain JS build scripts
const { FunctionsMetadataDefinePlugin } = require(join(ROOT, 'scripts', 'functions-metadata-define.js'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const wpsConfig = require(join(ROOT, 'webpack.wps.config.js'));

it('the WPS build defines PERF_FUNCTIONS_METADATA from src/functions/functions.ts', () => {
  const config = wpsConfig({}, { mode: 'production' });
  const plugins = config.plugins.filter((p: object) => p instanceof FunctionsMetadataDefinePlugin);
  expect(plugins.map((p: { input: string; name: string }) => [p.input, p.name])).toEqual([[FUNCTIONS, 'PERF_FUNCTIONS_METADATA']]);
  // The registration code reads that constant and nothing hand-written.
  const source = readFileSync(join(ROOT, 'src', 'hosts', 'wps', 'functions.ts'), 'utf8');
  expect(source).toContain('declare const PERF_FUNCTIONS_METADATA');
  expect(source).not.toMatch(/description: '[\u4e00-\u9fff]/);
});

it('puts exactly the generated metadata into a bundle', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'perf-metadata-define-'));
  writeFileSync(join(dir, 'entry.js'), 'module.exports = PERF_FUNCTIONS_METADATA;\n');
  await new Promise<void>((done, fail) => {
    webpack(
      {
        mode: 'production',
        context: dir,
        entry: './entry.js',
        target: 'node',
        output: { path: dir, filename: 'out.js', library: { type: 'commonjs2' } },
        plugins: [new FunctionsMetadataDefinePlugin({ input: FUNCTIONS, name: 'PERF_FUNCTIONS_METADATA' })],
        infrastructureLogging: { level: 'error' },
      },
      (error, stats) => {
        if (error || !stats) fail(error ?? new Error('webpack gave no stats'));
        else if (stats.hasErrors()) fail(new Error(stats.toString('errors-only')));
        else done();
      },
    );
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const bundled = require(join(dir, 'out.js'));
  const generated = await generateCustomFunctionsMetadata(FUNCTIONS);
  expect(generated.errors).toEqual([]);
  expect(bundled).toEqual(JSON.parse(generated.metadataJson));
  expect(bundled.functions.map((f: { id: string }) => f.id)).toEqual(['SCORE', 'RATE', 'QUAL', 'BUDGET', 'GRADE', 'TOTAL', 'CHECK']);
}, 60_000);
