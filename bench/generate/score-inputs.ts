// Arguments of PERF.SCORE as real sheets pass them: mostly plain numbers under ≥ (most of any
// table), then ≤, '=' rates, targets typed as text ('95%', '≥95%', '26次'), %-formatted cells
// (Excel passes 0.96), weights typed as text, and 定性 rows with grade words. Seeded.
import { createRandom, type Random } from './random';

export type ScoreArgs = readonly [op: string, target: number | string, actual: number | string, weight: number | string];

const WEIGHTS = [2.7, 1.8, 3.6, 4.5, 2.63, 10, 5, 9, 0.2, 4];
const QUAL_ACTUALS = ['优', '良', '达成', '部分达成', '有所提升', '中', '达到预期'];

function met(random: Random): boolean {
  return random.chance(0.8);
}

function num(random: Random, min: number, max: number, decimals = 0): number {
  const f = 10 ** decimals;
  return Math.round((min + random.next() * (max - min)) * f) / f;
}

function row(random: Random): ScoreArgs {
  const w = random.pick(WEIGHTS);
  const kind = random.next();
  if (kind < 0.45) {
    const t = num(random, 1, 3000);
    return ['≥', t, met(random) ? t + num(random, 0, t * 0.1) : num(random, 0, t, 1), w];
  }
  if (kind < 0.55) {
    const t = num(random, 1, 90);
    return ['≤', t, met(random) ? num(random, 0, t, 1) : num(random, t, t * 1.5, 1), w];
  }
  if (kind < 0.62) {
    return ['=', 100, met(random) ? 100 : num(random, 90, 100, 2), w];
  }
  if (kind < 0.7) {
    // %-formatted cells: Excel passes fractions.
    const t = num(random, 80, 99) / 100;
    return ['≥', t, met(random) ? 1 : num(random, 60, 99) / 100, w];
  }
  if (kind < 0.78) {
    const t = num(random, 80, 99);
    return ['', `≥${t}%`, met(random) ? (t + 1) / 100 : `${num(random, 60, t, 1)}%`, w];
  }
  if (kind < 0.85) {
    const t = num(random, 5, 60);
    return ['≥', `${t}次`, `${met(random) ? t + 2 : num(random, 1, t - 1)}次`, w];
  }
  if (kind < 0.9) {
    return ['≥', '95%', met(random) ? '96.5%' : `${num(random, 60, 94, 1)}%`, String(w)];
  }
  if (kind < 0.95) {
    return ['≤', '5%', met(random) ? '3%' : `${num(random, 6, 9)}%`, w];
  }
  return ['定性', random.pick(['优', '有所提升']), random.pick(QUAL_ACTUALS), w];
}

export function scoreInputs(count: number, seed: number): ScoreArgs[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => row(random));
}

/**
 * Plain numeric rows (≥ and ≤ with numbers only): what a native =IF(…,ROUND(…)) formula can score,
 * for the formula-engine comparison.
 */
export function numericScoreInputs(count: number, seed: number): ScoreArgs[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, (): ScoreArgs => {
    const w = random.pick(WEIGHTS);
    if (random.chance(0.8)) {
      const t = num(random, 1, 3000);
      return ['≥', t, met(random) ? t + num(random, 0, t * 0.1) : num(random, 0, t, 1), w];
    }
    const t = num(random, 1, 90);
    return ['≤', t, met(random) ? num(random, 0, t, 1) : num(random, t, t * 1.5, 1), w];
  });
}
