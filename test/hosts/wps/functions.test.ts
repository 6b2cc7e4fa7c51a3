// PERF's functions registered in WPS through AddCustomFunction, on the same scoring code as Excel's.
import * as fns from '../../../src/functions/functions';
import type { EtApplication } from '../../../src/hosts/wps/et';
import { rangeArg, registerWpsFunctions } from '../../../src/hosts/wps/functions';
import { FakeEt } from '../../support/fake-et';

describe('WPS functions', () => {
  it('registers the seven functions under PERF and scores with the core', () => {
    const fake = new FakeEt();
    const outcome = registerWpsFunctions(fake.application as EtApplication, fns);
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

  it('says the API is missing on an older WPS', () => {
    const fake = new FakeEt();
    fake.hasCustomFunctions = false;
    expect(registerWpsFunctions(fake.application as EtApplication, fns)).toEqual({
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
