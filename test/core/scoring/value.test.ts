import Decimal from 'decimal.js';
import { displayedDecimals, parseValue } from '../../../src/core/scoring';
import type { CellValue } from '../../../src/core/grid/types';

const num = (raw: CellValue, options?: Parameters<typeof parseValue>[1]) => {
  const v = parseValue(raw, options);
  return { kind: v.kind, number: v.number?.toString(), percent: v.percent, unit: v.unit, op: v.op };
};

describe('parseValue: numbers', () => {
  it('keeps a JS number exact through its shortest string', () => {
    const v = parseValue(2.63);
    expect(v.kind).toBe('number');
    expect(v.number).toBeInstanceOf(Decimal);
    expect(v.number!.toString()).toBe('2.63');
    expect(parseValue(0.1).number!.plus(parseValue(0.2).number!).toString()).toBe('0.3');
    expect(parseValue(99.74).number!.toString()).toBe('99.74');
    expect(parseValue(-0).number!.toString()).toBe('0');
  });

  it('reads a %-formatted fraction in points', () => {
    expect(num(0.95, { numFmt: '0%' })).toEqual({ kind: 'number', number: '95', percent: true, unit: undefined, op: undefined });
    expect(num(0.9974, { numFmt: '0.00%' }).number).toBe('99.74');
    expect(num(1.2, { numFmt: '0.0%;[Red]-0.0%' }).number).toBe('120');
  });

  it('does not scale a literal "%" in quotes or an escaped \\%', () => {
    expect(num(95, { numFmt: '0"%"' })).toMatchObject({ number: '95', percent: false });
    expect(num(95, { numFmt: '0\\%' })).toMatchObject({ number: '95', percent: false });
  });

  it('marks a plain number percent when the unit cell says %', () => {
    expect(num(95, { unitHint: '%' })).toMatchObject({ number: '95', percent: true });
    expect(num(95, { unitHint: '％' })).toMatchObject({ number: '95', percent: true });
    expect(num(95, { unitHint: '次' })).toMatchObject({ number: '95', percent: false });
  });

  it('keeps the displayed text when the host gives it', () => {
    expect(parseValue(0.95, { numFmt: '0%', text: '95%' }).text).toBe('95%');
    expect(parseValue(2.63).text).toBe('2.63');
  });

  it.each([NaN, Infinity, -Infinity])('%p is an error, not a number', (n) => {
    expect(parseValue(n).kind).toBe('error');
  });
});

describe('parseValue: text', () => {
  const cases: ReadonlyArray<readonly [string, Partial<ReturnType<typeof num>>]> = [
    ['95', { kind: 'number', number: '95', percent: false }],
    ['２６', { kind: 'number', number: '26' }],
    ['1,200', { kind: 'number', number: '1200' }],
    ['1，200.5', { kind: 'number', number: '1200.5' }],
    ['12 345', { kind: 'number', number: '12345' }],
    ['  95  ', { kind: 'number', number: '95' }],
    ['\u300095\u3000', { kind: 'number', number: '95' }],
    ['95\n', { kind: 'number', number: '95' }],
    ['-2.5', { kind: 'number', number: '-2.5' }],
    ['－2.5', { kind: 'number', number: '-2.5' }],
    ['95%', { kind: 'number', number: '95', percent: true, unit: undefined }],
    ['99.74％', { kind: 'number', number: '99.74', percent: true }],
    ['100 %', { kind: 'number', number: '100', percent: true }],
    ['26次', { kind: 'number', number: '26', unit: '次' }],
    ['583元/人*月', { kind: 'number', number: '583', unit: '元/人*月' }],
    ['1.5亿元', { kind: 'number', number: '1.5', unit: '亿元' }],
    ['21933 人', { kind: 'number', number: '21933', unit: '人' }],
    ['≥95%', { kind: 'number', number: '95', percent: true, op: '>=' }],
    ['>=21933人', { kind: 'number', number: '21933', unit: '人', op: '>=' }],
    ['不低于90%', { kind: 'number', number: '90', percent: true, op: '>=' }],
    ['≤5%', { kind: 'number', number: '5', percent: true, op: '<=' }],
    ['90%以上', { kind: 'number', number: '90', percent: true, op: '>=' }],
    ['5%以内', { kind: 'number', number: '5', percent: true, op: '<=' }],
    ['优', { kind: 'text' }],
    ['有所增加', { kind: 'text' }],
    ['达到预期', { kind: 'text' }],
    ['2022年12月31日前完成', { kind: 'text' }],
    ['3个村，已完成', { kind: 'text' }],
    ['≥**人', { kind: 'text', op: '>=' }],
  ];
  it.each(cases)('%j', (raw, expected) => {
    expect(num(raw)).toMatchObject(expected);
  });

  it('flags a text cell holding nothing but a number', () => {
    expect(parseValue('95').numberAsText).toBe(true);
    expect(parseValue('２６').numberAsText).toBe(true);
    expect(parseValue('1,200').numberAsText).toBe(true);
    expect(parseValue('95%').numberAsText).toBeUndefined();
    expect(parseValue('26次').numberAsText).toBeUndefined();
    expect(parseValue(95).numberAsText).toBeUndefined();
  });

  it('keeps what was written as text', () => {
    expect(parseValue(' ≥95% ').text).toBe(' ≥95% ');
    expect(parseValue('２６').text).toBe('２６');
  });

  it('does not apply a number format to a text cell', () => {
    expect(num('0.95', { numFmt: '0%' })).toMatchObject({ number: '0.95', percent: false });
  });
});

describe('parseValue: empty, errors, booleans', () => {
  it.each(['—', '-', '/', '／', '无', '——', '－', ' / ', ''])('%j means nothing here, text kept', (raw) => {
    const v = parseValue(raw);
    expect(v.kind).toBe('empty');
    expect(v.text).toBe(raw);
    expect(v.number).toBeUndefined();
  });

  it('reads null as empty', () => {
    expect(parseValue(null)).toMatchObject({ kind: 'empty', text: '' });
  });

  it('reads Excel errors, as values or as text', () => {
    expect(parseValue({ error: '#DIV/0!' })).toMatchObject({ kind: 'error', error: '#DIV/0!', text: '#DIV/0!' });
    expect(parseValue('#N/A')).toMatchObject({ kind: 'error', error: '#N/A' });
    expect(parseValue('#n/a')).toMatchObject({ kind: 'error', error: '#N/A' });
  });

  it('reads booleans as text, not numbers', () => {
    expect(parseValue(true)).toMatchObject({ kind: 'text', text: 'TRUE' });
    expect(parseValue(false).number).toBeUndefined();
  });
});

describe('displayedDecimals', () => {
  const cases: ReadonlyArray<readonly [CellValue, string | undefined, string | undefined, number | undefined]> = [
    [2.63, '0.00', undefined, 2],
    [0.95, '0.0%', undefined, 1],
    [1200, '#,##0', undefined, 0],
    [1200, '#,##0.000', undefined, 3],
    [0.5, '0%', undefined, 0],
    [2.63, 'General', undefined, undefined],
    [2.63, undefined, undefined, undefined],
    [2.63, 'General', '2.63', 2],
    [99.9, undefined, '99.90', 2],
    [5, '0.00_);[Red](0.00)', undefined, 2],
    [5, '"约"0.0"分"', undefined, 1],
    [5, '[$-804]0.00', undefined, 2],
    [5, '0.00E+00', undefined, 2],
    [44927, 'yyyy.mm.dd', undefined, undefined],
    ['99.90', undefined, undefined, 2],
    ['99.90', '0.0', undefined, 2],
    ['≥95.0%', undefined, undefined, 1],
    ['100', undefined, undefined, 0],
    ['1,200.5', undefined, undefined, 1],
    ['优', undefined, undefined, undefined],
    [null, '0.00', undefined, undefined],
    [true, '0.00', undefined, undefined],
  ];
  it.each(cases)('%p with format %p and text %p → %p', (raw, fmt, text, expected) => {
    expect(displayedDecimals(raw, fmt, text)).toBe(expected);
  });
});
