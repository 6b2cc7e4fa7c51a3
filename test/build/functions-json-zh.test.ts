// functions-zh-CN.json: the Chinese names and descriptions of PERF's functions, derived at build time
// from the same JSDoc as functions.json (scripts/functions-json-zh.js), checked against it by
// scripts/check-functions-json.js, and emitted by a real webpack compile beside functions.json.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import webpack from 'webpack';

/* eslint-disable @typescript-eslint/no-require-imports -- plain Node scripts and config, no types */
const { chineseMetadata, chineseName, chineseParameterDescription, ChineseFunctionNamesPlugin } = require('../../scripts/functions-json-zh.js');
const { checkFunctionsJson, checkChineseFunctionsJson, nameProblems } = require('../../scripts/check-functions-json.js');
const makeConfig = require('../../webpack.config.js');
/* eslint-enable @typescript-eslint/no-require-imports */

interface Parameter { name: string; description: string; type: string; optional?: boolean; dimensionality?: string }
interface Fn { id: string; name: string; description: string; parameters: Parameter[]; result: object }
interface Metadata { allowErrorForDataTypeAny?: boolean; functions: Fn[] }

const english: Metadata = {
  allowErrorForDataTypeAny: true,
  functions: [
    {
      id: 'SCORE',
      name: 'SCORE',
      description: '指标得分：按比较符计算得分。\nIndicator score by operator.',
      parameters: [
        { name: 'op', description: '比较符：≥ ≤ 或 定性。Operator (≥95%).', type: 'string' },
        { name: 'profile', description: '评分配置（全国 T）。Scoring profile.', type: 'string', optional: true },
      ],
      result: {},
    },
    {
      id: 'TOTAL',
      name: 'TOTAL',
      description: '精确合计：按十进制精确求和。\nExact decimal sum.',
      parameters: [{ name: 'scores', description: '得分区域。Range of scores.', type: 'any', dimensionality: 'matrix' }],
      result: {},
    },
  ],
};

const translate = (metadata: Metadata = english): Metadata => JSON.parse(chineseMetadata(JSON.stringify(metadata)));

describe('the Chinese metadata', () => {
  it('names each function by the Chinese term opening its description, with the Chinese text only', () => {
    const zh = translate();
    expect(zh.functions.map((f) => [f.id, f.name, f.description])).toEqual([
      ['SCORE', '指标得分', '指标得分：按比较符计算得分。'],
      ['TOTAL', '精确合计', '精确合计：按十进制精确求和。'],
    ]);
    expect(zh.functions[0].parameters.map((p) => p.description)).toEqual(['比较符：≥ ≤ 或 定性。', '评分配置（全国 T）。']);
  });

  it('keeps ids, parameters, types, results and the top-level properties exactly', () => {
    const zh = translate();
    expect(zh.allowErrorForDataTypeAny).toBe(true);
    const strip = (m: Metadata) => m.functions.map(({ id, parameters, result }) => ({ id, result, parameters: parameters.map(({ description: _d, ...rest }) => rest) }));
    expect(strip(zh)).toEqual(strip(english));
    expect(checkChineseFunctionsJson(zh, english)).toEqual({ errors: [], warnings: [] });
  });

  it('refuses a function whose description gives no Chinese name, so the build fails instead of shipping an English one', () => {
    const bad = { ...english, functions: [{ ...english.functions[0], description: 'Indicator score.' }] };
    expect(() => translate(bad)).toThrow('SCORE: its description does not open with a Chinese name and "："');
  });

  it('splits descriptions only where the English sentence starts', () => {
    expect(chineseName('完成率：正向 R/T。\nCompletion ratio.')).toBe('完成率');
    expect(chineseName('Completion ratio: R/T')).toBeUndefined();
    expect(chineseParameterDescription('指标值（目标值 T），如 "95%"。Target value.')).toBe('指标值（目标值 T），如 "95%"。');
    expect(chineseParameterDescription('只有中文。')).toBe('只有中文。');
  });
});

describe('the Chinese metadata check', () => {
  const zh = () => translate();

  it('flags other ids, changed parameters or types, and a changed result', () => {
    const renamed = zh();
    renamed.functions[1].id = 'SUM2';
    expect(checkChineseFunctionsJson(renamed, english).errors).toEqual(['ids differ from functions.json: SCORE, SUM2 instead of SCORE, TOTAL']);
    const retyped = zh();
    retyped.functions[1].parameters[0].type = 'number';
    delete retyped.functions[0].parameters[1].optional;
    retyped.functions[0].result = { type: 'number' };
    expect(checkChineseFunctionsJson(retyped, english).errors).toEqual([
      'SCORE: parameters differ from functions.json (op, profile)',
      'SCORE: "result" differs from functions.json',
      'TOTAL: parameters differ from functions.json (scores)',
    ]);
  });

  it.each([
    ['得分', 'at least three characters'],
    ['得分2', 'only letters, "_" and "." are allowed, starting with a letter'],
    ['_得分', 'only letters, "_" and "." are allowed, starting with a letter'],
    ['SUM', 'it is the name of a built-in function'],
    ['SUMME', 'it is the name of a built-in function'], // SUM in German Excel
    ['ECHO', 'it is the name of a built-in function'], // an Excel 4.0 macro function
    ['ABC', 'it is not Chinese'],
  ])('flags the display name %s (%s)', (name, problem) => {
    const metadata = zh();
    metadata.functions[0].name = name;
    const errors: string[] = checkChineseFunctionsJson(metadata, english).errors;
    if (problem === 'it is not Chinese') expect(errors).toContain(`SCORE: display name "${name}" is not Chinese`);
    else expect(errors).toContain(`SCORE: display name "${name}": ${problem}`);
  });

  it('flags two functions with one name, an English description and cell-reference names', () => {
    const metadata = zh();
    metadata.functions[1].name = '指标得分';
    metadata.functions[0].description = 'Indicator score.';
    expect(checkChineseFunctionsJson(metadata, english).errors).toEqual([
      'SCORE: the description is not Chinese',
      'TOTAL: display name "指标得分" is also SCORE\'s',
    ]);
    expect(nameProblems('XFD1048576')).toContain('it reads as a cell reference');
    expect(nameProblems('R1C1')).toContain('it reads as a cell reference');
  });
});

describe('the webpack build', () => {
  it('emits functions-zh-CN.json beside functions.json from the real JSDoc, both passing their checks', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-functions-zh-'));
    try {
      const base = makeConfig({}, { mode: 'development' });
      const kept = ['CustomFunctionsMetadataPlugin', 'AllowErrorValuesPlugin', 'ChineseFunctionNamesPlugin'];
      const config = {
        ...base,
        entry: { functions: base.entry.functions },
        output: { ...base.output, path: out },
        devtool: false,
        plugins: base.plugins.filter((p: object) => kept.includes(p.constructor.name)),
        infrastructureLogging: { level: 'error' },
      };
      await new Promise<void>((resolve, reject) =>
        webpack(config, (error, stats) => (error || !stats || stats.hasErrors() ? reject(error ?? new Error(stats?.toString('errors-only'))) : resolve())),
      );
      const en = JSON.parse(fs.readFileSync(path.join(out, 'functions.json'), 'utf8'));
      const zh = JSON.parse(fs.readFileSync(path.join(out, 'functions-zh-CN.json'), 'utf8'));
      expect(checkFunctionsJson(en).errors).toEqual([]);
      expect(checkChineseFunctionsJson(zh, en)).toEqual({ errors: [], warnings: [] });
      expect(Object.fromEntries(zh.functions.map((f: Fn) => [f.id, f.name]))).toEqual({
        SCORE: '指标得分',
        RATE: '完成率',
        QUAL: '定性指标得分',
        BUDGET: '预算执行得分',
        GRADE: '评价等级',
        TOTAL: '精确合计',
        CHECK: '权重检查',
      });
      expect(zh.allowErrorForDataTypeAny).toBe(true);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);

  it('reports a missing functions.json as a build error', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-functions-zh-'));
    const entry = path.join(out, 'entry.js');
    fs.writeFileSync(entry, 'export const x = 1;\n');
    try {
      const plugin = new ChineseFunctionNamesPlugin({ from: 'missing.json' });
      const stats = await new Promise<webpack.Stats>((resolve, reject) =>
        webpack({ mode: 'development', devtool: false, entry, output: { path: path.join(out, 'dist') }, plugins: [plugin] }, (error, result) =>
          error || !result ? reject(error) : resolve(result),
        ),
      );
      expect(stats.toJson({ all: false, errors: true }).errors?.map((e) => e.message)).toEqual(['ChineseFunctionNamesPlugin: no missing.json to translate']);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('node scripts/check-functions-json.js', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { spawnSync } = require('child_process') as typeof import('child_process');
  const script = path.join(__dirname, '..', '..', 'scripts', 'check-functions-json.js');
  const full = (): Metadata => {
    const p = (name: string, extra: Partial<Parameter> = {}): Parameter => ({ name, description: `参数 ${name}。The ${name}.`, type: 'any', ...extra });
    const f = (id: string, zh: string, parameters: Parameter[]): Fn => ({ id, name: id, description: `${zh}：说明。\nWhat it does.`, parameters, result: {} });
    return {
      allowErrorForDataTypeAny: true,
      functions: [
        f('SCORE', '指标得分', [p('op'), p('target'), p('actual'), p('weight'), p('profile', { optional: true })]),
        f('RATE', '完成率', [p('op'), p('target'), p('actual')]),
        f('QUAL', '定性指标得分', [p('grade'), p('weight'), p('profile', { optional: true })]),
        f('BUDGET', '预算执行得分', [p('budget'), p('spent'), p('weight', { optional: true })]),
        f('GRADE', '评价等级', [p('total')]),
        f('TOTAL', '精确合计', [p('scores', { dimensionality: 'matrix' })]),
        f('CHECK', '权重检查', [p('weights', { dimensionality: 'matrix' }), p('expected', { optional: true })]),
      ],
    };
  };

  it('checks functions.json and the functions-zh-CN.json beside it, and fails when the Chinese file is missing or wrong', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-functions-cli-'));
    try {
      const en = full();
      fs.writeFileSync(path.join(dir, 'functions.json'), JSON.stringify(en));
      const run = () => spawnSync(process.execPath, [script, path.join(dir, 'functions.json')], { encoding: 'utf8' });
      const missing = run();
      expect(missing.status).toBe(1);
      expect(missing.stderr).toMatch(/cannot read .*functions-zh-CN\.json/);
      fs.writeFileSync(path.join(dir, 'functions-zh-CN.json'), chineseMetadata(JSON.stringify(en)));
      const ok = run();
      expect(ok.status).toBe(0);
      expect(ok.stdout).toContain('functions-zh-CN.json: OK (PERF.指标得分, PERF.完成率, PERF.定性指标得分, PERF.预算执行得分, PERF.评价等级, PERF.精确合计, PERF.权重检查)');
      const zh = JSON.parse(chineseMetadata(JSON.stringify(en))) as Metadata;
      zh.functions[0].name = 'SUM';
      fs.writeFileSync(path.join(dir, 'functions-zh-CN.json'), JSON.stringify(zh));
      const bad = run();
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain('SCORE: display name "SUM": it is the name of a built-in function');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
