// PERF's functions registered in WPS through AddCustomFunction, on the same scoring code as Excel's,
// with the names, descriptions and parameters of the metadata generated from the functions' JSDoc
// (functions.json): the WPS list cannot drift from Excel's.
import { join } from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import * as fns from '../../../src/functions/functions';
import type { EtApplication } from '../../../src/hosts/wps/et';
import { rangeArg, registerWpsFunctions, WPS_CALLS, type FunctionsMetadata } from '../../../src/hosts/wps/functions';
import { FakeEt } from '../../support/fake-et';

type Generated = FunctionsMetadata & {
  readonly functions: ReadonlyArray<FunctionsMetadata['functions'][number] & { readonly name: string }>;
};

let metadata: Generated;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(join(__dirname, '../../../src/functions/functions.ts'));
  expect(result.errors).toEqual([]);
  metadata = JSON.parse(result.metadataJson) as Generated;
}, 30_000);

describe('WPS functions', () => {
  it('registers the seven functions under PERF and scores with the core', () => {
    const fake = new FakeEt();
    const outcome = registerWpsFunctions(fake.application as EtApplication, fns, metadata);
    expect(outcome).toEqual({ ok: true, names: ['PERF.SCORE', 'PERF.RATE', 'PERF.QUAL', 'PERF.BUDGET', 'PERF.GRADE', 'PERF.TOTAL', 'PERF.CHECK'] });
    expect([...fake.customFunctions.keys()]).toEqual(['PERF.SCORE', 'PERF.RATE', 'PERF.QUAL', 'PERF.BUDGET', 'PERF.GRADE', 'PERF.TOTAL', 'PERF.CHECK']);
    expect(fake.callFunction('PERF.SCORE', '≥', '95%', '99.74%', 10)).toBe(10);
    expect(fake.callFunction('PERF.SCORE', '≥', 100, 90, 10)).toBe(9);
    expect(fake.callFunction('PERF.TOTAL', [[2.7], [3.1], [0.1]])).toBe(5.9);
    expect(fake.callFunction('PERF.GRADE', 91)).toBe('优');
    expect(fake.callFunction('PERF.SCORE', '≥', 'abc', 90, 10)).toBe('#VALUE!');
    // A CVErr number inside a range is an error, as in Excel.
    expect(fake.callFunction('PERF.TOTAL', [[1], [-2146826281]])).toBe('#VALUE!');
  });

  it('has a call for every function of the generated metadata, and none besides', () => {
    expect(Object.keys(WPS_CALLS).sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    for (const f of metadata.functions) expect(f.name).toBe(f.id);
  });

  it('tells WPS exactly the generated names, descriptions and parameters', () => {
    const fake = new FakeEt();
    registerWpsFunctions(fake.application as EtApplication, fns, metadata);
    const given = [...fake.customFunctions.entries()].map(([name, f]) => ({
      name,
      options: f.metadata as { description: string; result: { type: string }; parameters: unknown[] },
    }));
    expect(given.map((g) => g.name)).toEqual(metadata.functions.map((f) => `PERF.${f.id}`));
    for (const [i, f] of metadata.functions.entries()) {
      expect(given[i].options.description).toBe(f.description);
      expect(given[i].options.parameters).toEqual(f.parameters.map((p) => ({ name: p.name, type: 'any', description: p.description })));
    }
    expect(given.map((g) => g.options.result.type)).toEqual(['number', 'number', 'number', 'number', 'string', 'number', 'string']);
  });

  it('reads a matrix parameter of the metadata as a range', () => {
    const fake = new FakeEt();
    registerWpsFunctions(fake.application as EtApplication, fns, metadata);
    // CHECK's first parameter is a matrix: one value is a one-cell range.
    expect(fake.callFunction('PERF.CHECK', [[60], [40]])).toBe(fns.check([[60], [40]]));
  });

  it('says the API is missing on an older WPS', () => {
    const fake = new FakeEt();
    fake.hasCustomFunctions = false;
    expect(registerWpsFunctions(fake.application as EtApplication, fns, metadata)).toEqual({
      ok: false,
      reason: 'no-api',
      message: { zh: expect.stringContaining('需要 WPS 12.1.0.20540 或更高版本'), en: expect.stringContaining('12.1.0.20540 or later') },
    });
  });

  it('reads ranges in any shape WPS gives', () => {
    expect(rangeArg(5)).toEqual([[5]]);
    expect(rangeArg([1, 2])).toEqual([[1], [2]]);
    expect(rangeArg({ Value2: [[1, undefined]] })).toEqual([[1, null]]);
  });
});
