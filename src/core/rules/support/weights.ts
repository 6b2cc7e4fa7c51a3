// Weights of forms that write none per row (Hubei: only 年度绩效目标1（40分） and the 20-point budget
// block are given). Rows are grouped by a block label with a stated weight; rows outside any such
// block form one group worth what the profile expects of the indicators (100 − the budget weight).
// Each row's weight is what its stated score implies (score ÷ share earned). When those add up to the
// group's total, they stand. When they do not, and exactly one row can take the remainder as a whole
// weight (the others being whole too) — or, of several, exactly one row not fully met — that row is the
// one scored wrongly; otherwise the weights stay
// unknown and the group is reported as a whole.
import Decimal from 'decimal.js';
import type { BlockLabel, Indicator, IndicatorTable } from '../../model/types';

export interface BlockWeightIssue {
  /** The block label, or undefined for the rows outside any weighted block (the whole table). */
  readonly block?: BlockLabel;
  readonly stated: Decimal;
  /** Sum of the weights the stated scores imply. */
  readonly impliedSum: Decimal;
  readonly indicators: readonly Indicator[];
}

export interface InferredWeights {
  readonly weights: ReadonlyMap<Indicator, Decimal>;
  /** Stated totals of the blocks holding indicators (from labels; not the table-wide expectation). */
  readonly blockTotals: readonly Decimal[];
  /** Where each inferred weight's total came from. */
  readonly source: ReadonlyMap<Indicator, 'block' | 'table'>;
  readonly issues: readonly BlockWeightIssue[];
}

function span(block: BlockLabel): number {
  return block.lastRow - block.firstRow;
}

/** The widest block with a stated weight that holds the row (a goal block rather than 产出指标 inside it). */
function blockOf(blocks: readonly BlockLabel[], row: number): BlockLabel | undefined {
  let best: BlockLabel | undefined;
  for (const b of blocks) {
    if (row >= b.firstRow && row <= b.lastRow && (!best || span(b) > span(best))) best = b;
  }
  return best;
}

type Member = { readonly indicator: Indicator; readonly index: number };

/**
 * `indicatorTotal`: what the rows outside weighted blocks are worth together (the profile's expected
 * total less the budget weight), or undefined when that is not known.
 */
export function inferBlockWeights(
  table: IndicatorTable,
  shareOf: (indicator: Indicator, index: number) => Decimal | undefined,
  indicatorTotal?: Decimal,
): InferredWeights {
  const weighted = table.blocks.filter((b) => b.statedWeight !== undefined);
  const groups = new Map<BlockLabel | undefined, Member[]>();
  table.indicators.forEach((indicator, index) => {
    if (!indicator.applicable) return;
    const block = blockOf(weighted, indicator.row);
    let members = groups.get(block);
    if (!members) groups.set(block, (members = []));
    members.push({ indicator, index });
  });
  const rest = groups.get(undefined);
  if (rest && (groups.size > 1 || indicatorTotal === undefined)) groups.delete(undefined);

  const weights = new Map<Indicator, Decimal>();
  const source = new Map<Indicator, 'block' | 'table'>();
  const blockTotals: Decimal[] = [];
  const issues: BlockWeightIssue[] = [];
  for (const [block, members] of groups) {
    const stated = block ? (block.statedWeight as Decimal) : (indicatorTotal as Decimal);
    if (block) blockTotals.push(stated);
    for (const m of members) source.set(m.indicator, block ? 'block' : 'table');
    const shares = members.map(({ indicator, index }) => shareOf(indicator, index));
    const implied = members.map(({ indicator }, i) => {
      const score = indicator.score?.kind === 'number' ? indicator.score.number : undefined;
      const share = shares[i];
      return score && share && !share.isZero() ? score.div(share) : undefined;
    });
    if (implied.some((w) => w === undefined)) continue;
    const known = implied as Decimal[];
    const sum = known.reduce((a, w) => a.plus(w), new Decimal(0));
    if (sum.eq(stated)) {
      members.forEach((m, i) => weights.set(m.indicator, known[i]));
      continue;
    }
    const places = stated.decimalPlaces();
    const whole = (w: Decimal) => w.gt(0) && w.decimalPlaces() <= places;
    let candidates = members
      .map((_m, i) => i)
      .filter((i) => whole(stated.minus(sum.minus(known[i]))) && known.every((w, j) => j === i || whole(w)));
    // A fully met row's score is its weight, read exactly; of several candidates, the one row not
    // fully met is the one whose score does not follow from its share.
    if (candidates.length > 1) {
      const partly = candidates.filter((i) => !(shares[i] as Decimal).eq(1));
      if (partly.length === 1) candidates = partly;
    }
    if (candidates.length === 1) {
      const odd = candidates[0];
      members.forEach((m, i) => weights.set(m.indicator, i === odd ? stated.minus(sum.minus(known[i])) : known[i]));
    } else {
      issues.push({ block, stated, impliedSum: sum, indicators: members.map((m) => m.indicator) });
    }
  }
  return { weights, blockTotals, source, issues };
}
