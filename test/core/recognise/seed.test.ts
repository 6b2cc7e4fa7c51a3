// The seed (西永街道2022, family C) recognised from its fixture source.
import Decimal from 'decimal.js';
import { recognise } from '../../../src/core/recognise';
import seed from '../../fixtures/sources/seed-xiyong-2022';
import { workbookOfSource } from './source-grid';

const sum = (values: Array<Decimal | undefined>) => values.reduce<Decimal>((a, v) => a.plus(v ?? 0), new Decimal(0));

describe('seed-xiyong-2022', () => {
  const { tables } = recognise(workbookOfSource(seed));

  it('finds one family C table with 30 indicators, weights 99.93, scores 99.90, stated total 99.9', () => {
    expect(tables).toHaveLength(1);
    const [t] = tables;
    expect(t.family).toBe('C');
    expect(t.indicators).toHaveLength(30);
    expect(sum(t.indicators.map((i) => i.weight?.number)).toFixed(2)).toBe('99.93');
    expect(sum(t.indicators.map((i) => i.score?.number)).toFixed(2)).toBe('99.90');
    expect(t.header.statedTotal?.number?.toString()).toBe('99.9');
    expect(t.header.statedTotal?.ref.address).toBe('I3');
  });
});
