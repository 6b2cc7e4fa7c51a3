// Golden test: every fixture workbook, read through the file host, recognised, and
// compared field by field, addresses included, with test/golden/recognition/<fixture>.json.
// UPDATE_GOLDEN=1 rewrites the files; every rewritten golden must be checked by hand against the form.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import { recognise } from '../../../src/core/recognise';
import { readWorkbookFromPath } from '../../../src/hosts/file/node';
import { serialiseRecognition } from './serialise';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const GOLDEN = __dirname;
const update = process.env.UPDATE_GOLDEN === '1';
const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')).sort();

describe('recognition goldens', () => {
  it('has a golden file for every fixture and no stray golden', () => {
    const goldens = readdirSync(GOLDEN).filter((f) => f.endsWith('.json')).sort();
    expect(goldens).toEqual(fixtures.map((f) => f.replace(/\.xlsx$/, '.json')));
  });

  it.each(fixtures)('%s equals its golden', async (file) => {
    const grid = await readWorkbookFromPath(join(FIXTURES, file));
    const actual = serialiseRecognition(recognise(grid));
    const goldenPath = join(GOLDEN, file.replace(/\.xlsx$/, '.json'));
    if (update || !existsSync(goldenPath)) {
      writeFileSync(goldenPath, `${JSON.stringify(actual, null, 2)}\n`);
      if (!update) throw new Error(`no golden for ${file}: wrote one, check it by hand against the form`);
    }
    const expected = JSON.parse(readFileSync(goldenPath, 'utf8'));
    expect(actual).toEqual(expected);
  });
});

describe('recognition of every fixture, through the file host', () => {
  const sum = (values: ReadonlyArray<{ number?: Decimal } | undefined>) =>
    values.reduce((acc, v) => acc.plus(v?.number ?? 0), new Decimal(0));

  it('the seed gives 30 indicators, weight sum 99.93, score sum 99.90, stated total 99.9', async () => {
    const { tables } = recognise(await readWorkbookFromPath(join(FIXTURES, 'seed-xiyong-2022.xlsx')));
    expect(tables).toHaveLength(1);
    const [t] = tables;
    expect(t.indicators).toHaveLength(30);
    expect(sum(t.indicators.map((i) => i.weight)).toFixed(2)).toBe('99.93');
    expect(sum(t.indicators.map((i) => i.score)).toFixed(2)).toBe('99.90');
    expect(t.header.statedTotal?.number?.toString()).toBe('99.9');
  });

  it.each(fixtures.filter((f) => f.startsWith('negative-')))('%s: nothing is recognised', async (file) => {
    expect(recognise(await readWorkbookFromPath(join(FIXTURES, file))).tables).toEqual([]);
  });

  it('finds the table at F40 and the column-shuffled table', async () => {
    const [far] = recognise(await readWorkbookFromPath(join(FIXTURES, 'offset-f40-2022.xlsx'))).tables;
    expect(far.headerRows).toEqual([40]);
    expect(far.columns.name?.letter).toBe('G');
    const [shuffled] = recognise(await readWorkbookFromPath(join(FIXTURES, 'variant-shuffled-columns-2022.xlsx'))).tables;
    expect(shuffled.columns.name?.letter).toBe('A');
    expect(shuffled.columns.score?.letter).toBe('B');
  });
});
