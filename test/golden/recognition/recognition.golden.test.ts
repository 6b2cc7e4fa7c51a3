// Golden test (issue 3 item 4): every fixture workbook, read through the file host, recognised, and
// compared field by field, addresses included, with test/golden/recognition/<fixture>.json.
// UPDATE_GOLDEN=1 rewrites the files; every rewritten golden must be checked by hand against the form.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
