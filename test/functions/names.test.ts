// The names PERF's functions are shown by, and the formula text in either language: the table in
// src/functions/names.ts must be what the build derives from the JSDoc (functions-zh-CN.json).
import { join } from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import {
  CHINESE_FUNCTION_NAMES, callsPerfFunction, canonicalFormula, displayedFormula, functionIdOf, functionNamesFor, perfCallNames,
} from '../../src/functions/names';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain Node script, no types
const { chineseMetadata } = require('../../scripts/functions-json-zh.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { nameProblems } = require('../../scripts/check-functions-json.js');

describe('the Chinese names', () => {
  it('are the ones the build writes into functions-zh-CN.json from the JSDoc', async () => {
    const result = await generateCustomFunctionsMetadata(join(__dirname, '../../src/functions/functions.ts'));
    expect(result.errors).toEqual([]);
    const zh = JSON.parse(chineseMetadata(result.metadataJson)) as { functions: Array<{ id: string; name: string }> };
    expect(Object.fromEntries(zh.functions.map((f) => [f.id, f.name]))).toEqual(CHINESE_FUNCTION_NAMES);
  }, 30_000);

  it('follow Excel’s naming rules', () => {
    for (const name of Object.values(CHINESE_FUNCTION_NAMES)) expect(nameProblems(name)).toEqual([]);
    expect(new Set(Object.values(CHINESE_FUNCTION_NAMES)).size).toBe(Object.keys(CHINESE_FUNCTION_NAMES).length);
  });
});

describe('formula text in either language', () => {
  it('uses the Chinese names in an Excel displaying Simplified Chinese only', () => {
    expect(functionNamesFor('zh-CN')).toBe('zh');
    expect(functionNamesFor('ZH-cn')).toBe('zh');
    expect(functionNamesFor('zh-Hans')).toBe('zh');
    for (const other of ['en-US', 'zh-TW', 'ja-JP', '', undefined]) expect(functionNamesFor(other)).toBe('en');
  });

  it('turns the English names into the Chinese ones and back, leaving everything else alone', () => {
    const english = '=PERF.SCORE(E7,F7,H7,G7,"hubei")+perf.total(I7:I9)-SUM(A1:A3)';
    const chinese = '=PERF.指标得分(E7,F7,H7,G7,"hubei")+PERF.精确合计(I7:I9)-SUM(A1:A3)';
    expect(displayedFormula(english, 'zh')).toBe(chinese);
    expect(canonicalFormula(chinese)).toBe('=PERF.SCORE(E7,F7,H7,G7,"hubei")+PERF.TOTAL(I7:I9)-SUM(A1:A3)');
    expect(displayedFormula(chinese, 'en')).toBe('=PERF.SCORE(E7,F7,H7,G7,"hubei")+PERF.TOTAL(I7:I9)-SUM(A1:A3)');
    for (const [id, zh] of Object.entries(CHINESE_FUNCTION_NAMES)) {
      expect(displayedFormula(`=PERF.${id}(A1)`, 'zh')).toBe(`=PERF.${zh}(A1)`);
      expect(canonicalFormula(`=PERF.${zh} (A1)`)).toBe(`=PERF.${id} (A1)`);
    }
  });

  it('leaves text in string literals, other namespaces, longer names and names that are not calls alone', () => {
    for (const formula of [
      '="PERF.SCORE(1)"&A1',
      '="say ""PERF.SCORE(1)"""',
      '=XPERF.SCORE(A1)',
      '=MY.PERF.SCORE(A1)',
      '=PERF.SCORES(A1)',
      '=PERF.SCORE',
      '=SUM(A1)',
    ]) {
      expect(displayedFormula(formula, 'zh')).toBe(formula);
    }
    expect(canonicalFormula('="PERF.指标得分(1)"')).toBe('="PERF.指标得分(1)"');
  });

  it('finds PERF calls by either name', () => {
    expect(callsPerfFunction('=PERF.SCORE(A1)')).toBe(true);
    expect(callsPerfFunction('=1+PERF.评价等级(A1)')).toBe(true);
    expect(callsPerfFunction('=PERF.UNKNOWN(A1)')).toBe(false);
    expect(callsPerfFunction('="PERF.SCORE(A1)"')).toBe(false);
    expect(perfCallNames('=PERF.score(A1)+PERF.完成率(B1)')).toEqual(['score', '完成率']);
    expect(functionIdOf('score')).toBe('SCORE');
    expect(functionIdOf('完成率')).toBe('RATE');
    expect(functionIdOf('constructor')).toBeUndefined();
    expect(functionIdOf('toString')).toBeUndefined();
  });
});
