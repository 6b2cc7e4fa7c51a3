// parseValue on units with a denominator ('/10万') and on truncated values ('>=9…').
import { parseValue } from '../../../src/core/scoring';

const read = (raw: string) => {
  const v = parseValue(raw);
  return { kind: v.kind, number: v.number?.toString(), unit: v.unit, op: v.op, percent: v.percent };
};

describe('parseValue: units with digits or a slash after the number', () => {
  it.each([
    ['≤250/10万', { kind: 'number', number: '250', unit: '/10万', op: '<=' }],
    ['218.6/10万', { kind: 'number', number: '218.6', unit: '/10万', op: undefined }],
    ['3.5/10万人', { kind: 'number', number: '3.5', unit: '/10万人' }],
    ['12人/万人', { kind: 'number', number: '12', unit: '人/万人' }],
    ['583元/人*月', { kind: 'number', number: '583', unit: '元/人*月' }],
    ['>=530元/人*月', { kind: 'number', number: '530', unit: '元/人*月', op: '>=' }],
    ['5830元/户', { kind: 'number', number: '5830', unit: '元/户' }],
    ['45元/100公斤', { kind: 'number', number: '45', unit: '元/100公斤' }],
  ])('%s reads the number with its unit', (raw, expected) => {
    expect(read(raw)).toMatchObject(expected);
  });

  it.each([
    ['1/3', 'a fraction is not a number with a unit'],
    ['2022年12月31日前完成', 'a date and a word'],
    ['3个村，已完成', 'a sentence'],
    ['2/3以上', 'a fraction with a word'],
  ])('%s stays text (%s)', (raw) => {
    expect(read(raw).kind).toBe('text');
  });
});

describe('parseValue: a truncated value is text, not a number with the unit "…"', () => {
  it.each(['>=9…', '9…', '≥95…', '>=9...', '95%…'])('%s', (raw) => {
    const v = read(raw);
    expect(v.kind).toBe('text');
    expect(v.number).toBeUndefined();
    expect(v.unit).toBeUndefined();
  });

  it('keeps the operator it could read, so the row still knows its direction', () => {
    expect(read('>=9…').op).toBe('>=');
  });
});
