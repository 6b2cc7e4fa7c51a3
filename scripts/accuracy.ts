// `npm run accuracy`: the checker against the labelled corpus (test/fixtures/expect, one file per real
// table). Prints, per table, musts found / total, must-nots reported (which, and by which findings),
// and the findings no expectation asks for (rule@row); then, as the LAST line, one JSON object:
//   {"tables":N,"must":N,"mustFound":N,"mustNotReported":N,"findings":N,"unasked":N}
// tables: labelled tables; must: must entries; mustFound: those met by at least one finding;
// mustNotReported: must_not entries met by at least one finding; findings: every finding on those
// tables; unasked: findings that match no must, must_not or may entry.
// How a finding matches an entry is defined in scripts/accuracy/score.ts (and test/fixtures/README.md).
// `--gaps` prints instead the current missed musts and reported must-nots in the form of
// test/accuracy/known-gaps.json, to compare with that file (it may only shrink) and edit it by hand.
import { scoreAll } from './accuracy/run';
import { GAPS_ABOUT, formatTable, gapsOf, summarise } from './accuracy/score';

async function main(): Promise<void> {
  const scores = await scoreAll();
  if (process.argv.includes('--gaps')) {
    const gaps = gapsOf(scores).map((g) => `    ${JSON.stringify(g)}`);
    console.log(`{\n  "about": ${JSON.stringify(GAPS_ABOUT)},\n  "gaps": [\n${gaps.join(',\n')}\n  ]\n}`);
    return;
  }
  for (const score of scores) console.log(formatTable(score).join('\n'));
  console.log(JSON.stringify(summarise(scores)));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
