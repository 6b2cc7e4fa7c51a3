// The floor for PERF.SCORE: the same scoring rules (DESIGN.md §2) in plain binary floating point
// with the least parsing the same inputs need ('95%', '≥95%', '26次', %-formatted fractions,
// weights as text, grade words). What a hand-written JavaScript formula would cost; it is not exact
// (2.63 × 99.74 ÷ 100 is off in the last bits), which is why PERF uses decimals.

type FloatOp = '>=' | '<=' | '=' | '>' | '<' | 'qual';

const OPS: Readonly<Record<string, FloatOp>> = { '≥': '>=', '>=': '>=', '≤': '<=', '<=': '<=', '=': '=', '>': '>', '<': '<', 定性: 'qual' };
const FOLDED = /^(≥|≤|>=|<=|=|>|<)/;
const NUMBER = /^([+-]?\d+(?:\.\d+)?)(%?)/;

/** National profile tiers at the top of each band: 达成 100%, 部分达成 80%, 未达成 60%. */
const TIER_SHARE: Readonly<Record<string, number>> = {
  优: 1, 好: 1, 达成: 1, 达到预期: 1, 有所增加: 1, 有所提升: 1, 是: 1,
  良: 0.8, 较好: 0.8, 基本达成: 0.8, 部分达成: 0.8,
  中: 0.6, 差: 0.6, 未达成: 0.6, 否: 0.6,
};

interface FloatValue {
  readonly n: number;
  readonly percent: boolean;
  readonly op?: FloatOp;
}

function read(value: number | string): FloatValue | undefined {
  if (typeof value === 'number') return { n: value, percent: false };
  let text = value.trim();
  const folded = FOLDED.exec(text);
  if (folded) text = text.slice(folded[0].length);
  const m = NUMBER.exec(text);
  if (!m) return undefined;
  return { n: parseFloat(m[1]), percent: m[2] === '%', op: folded ? OPS[folded[1]] : undefined };
}

function align(v: FloatValue, other: FloatValue): number {
  return !v.percent && other.percent && Math.abs(v.n) <= 1 ? v.n * 100 : v.n;
}

/** Score in floating point, or NaN where PERF.SCORE would give an Excel error. */
export function floatScore(opText: string, target: number | string, actual: number | string, weight: number | string): number {
  const w = typeof weight === 'number' ? weight : parseFloat(weight);
  const op = opText === '' ? read(target)?.op : OPS[opText];
  if (op === undefined || !(w >= 0)) return Number.NaN;
  if (op === 'qual') {
    const share = TIER_SHARE[String(actual).trim()];
    return share === undefined ? Number.NaN : w * share;
  }
  const tv = read(target);
  const rv = read(actual);
  if (!tv || !rv) return Number.NaN;
  const t = align(tv, rv);
  const r = align(rv, tv);
  const rate = op === '=' && t === 100 && (tv.percent || rv.percent);
  switch (rate ? '>=' : op) {
    case '>=':
    case '>':
      if (r > t || (r === t && op !== '>')) return w;
      if (t > 0) return (w * Math.max(r, 0)) / t;
      return t < 0 ? (w * t) / r : 0;
    case '<=':
    case '<':
      if (r < t || (r === t && op !== '<')) return w;
      if (t > 0) return (w * t) / r;
      return 0;
    default:
      if (r === t) return w;
      if (t === 0) return 0;
      return w * Math.max(0, 1 - Math.abs(r - t) / Math.abs(t));
  }
}
