import { isQuantitativeMarker, parseOperator, splitOperator } from '../../../src/core/scoring';
import type { Op } from '../../../src/core/model/types';

describe('parseOperator: every form an 指标性质 cell uses', () => {
  const cases: ReadonlyArray<readonly [string, Op]> = [
    ['≥', '>='], ['≧', '>='], ['>=', '>='], ['＞＝', '>='], ['> =', '>='], ['⩾', '>='],
    ['大于等于', '>='], ['不低于', '>='], ['不少于', '>='], ['以上', '>='], ['正向', '>='],
    ['≤', '<='], ['≦', '<='], ['<=', '<='], ['＜＝', '<='], ['小于等于', '<='], ['不高于', '<='],
    ['不超过', '<='], ['以内', '<='], ['控制在', '<='], ['反向指标', '<='],
    ['=', '='], ['＝', '='], ['═', '='], ['﹦', '='], ['等于', '='],
    ['>', '>'], ['＞', '>'], ['大于', '>'], ['高于', '>'],
    ['<', '<'], ['＜', '<'], ['小于', '<'], ['低于', '<'],
    ['定性', 'qual'], ['定性指标', 'qual'],
    [' ≥ ', '>='], ['\n=\n', '='], ['\u3000≤\u3000', '<='], ['大于\n等于', '>='],
  ];
  it.each(cases)('%j → %s', (text, op) => {
    expect(parseOperator(text)).toBe(op);
  });

  it.each(['定量', '定量指标', '', '   ', '优', '95', '≥95%', 'abc', '—'])('%j is not an operator', (text) => {
    expect(parseOperator(text)).toBeUndefined();
  });

  it('never throws on a non-string', () => {
    expect(parseOperator(undefined as unknown as string)).toBeUndefined();
    expect(parseOperator(95 as unknown as string)).toBeUndefined();
  });
});

describe('isQuantitativeMarker', () => {
  it.each(['定量', '定量指标', ' 定量 ', '定量\n指标'])('%j is a quantitative marker', (text) => {
    expect(isQuantitativeMarker(text)).toBe(true);
  });
  it.each(['定性', '≥', '', '定量目标'])('%j is not', (text) => {
    expect(isQuantitativeMarker(text)).toBe(false);
  });
});

describe('splitOperator: an operator folded into a value', () => {
  const cases: ReadonlyArray<readonly [string, Op | undefined, string]> = [
    ['≥95%', '>=', '95%'],
    ['>=21933人', '>=', '21933人'],
    ['＞＝21933人', '>=', '21933人'],
    ['不低于90%', '>=', '90%'],
    ['≤5%', '<=', '5%'],
    ['≦ 5%', '<=', '5%'],
    ['90%以上', '>=', '90%'],
    ['90%及以上', '>=', '90%'],
    ['5%以内', '<=', '5%'],
    ['控制在5%以内', '<=', '5%'],
    ['大于等于 26次', '>=', '26次'],
    ['大于26次', '>', '26次'],
    ['不超过３次', '<=', '３次'],
    ['=100%', '=', '100%'],
    ['＝１００％', '=', '１００％'],
    ['﹦100', '=', '100'],
    ['<1', '<', '1'],
    ['≥**人', '>=', '**人'],
    ['  ≥ 95% ', '>=', '95%'],
    ['≥', '>=', ''],
    ['定性', 'qual', ''],
    ['95%', undefined, '95%'],
    ['优', undefined, '优'],
    ['有所增加', undefined, '有所增加'],
    ['', undefined, ''],
    [' 100 ', undefined, '100'],
  ];
  it.each(cases)('%j → op %s, rest %j', (text, op, rest) => {
    const split = splitOperator(text);
    expect(split.op).toBe(op);
    expect(split.rest).toBe(rest);
  });

  it('does not read 不低于 as 低于 nor 不高于 as 高于', () => {
    expect(splitOperator('不低于3次').op).toBe('>=');
    expect(splitOperator('不高于3次').op).toBe('<=');
    expect(splitOperator('低于3次').op).toBe('<');
    expect(splitOperator('高于3次').op).toBe('>');
  });
});
