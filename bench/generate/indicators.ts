// Synthetic indicators as finance staff fill them in: names from real tables, units, operators,
// targets of the right size, mostly met, some missed with a reason, a few of the mistakes the seed
// and the cases show (full marks on a missed target, a missed target with no reason). Weights and
// scores are kept in hundredths (integers), so sums are exact and the tables add up like real ones.
import { type Random } from './random';

export type Level1 = 'output' | 'benefit' | 'satisfaction';
export type GenOp = '≥' | '≤' | '=' | '定性';

export interface GenIndicator {
  readonly level1: Level1;
  readonly level2: string;
  readonly name: string;
  /** '' for qualitative rows. */
  readonly unit: string;
  readonly op: GenOp;
  /** A number, or a word for 定性 rows. */
  readonly target: number | string;
  readonly actual: number | string;
  /** Weight and score in hundredths of a point (270 = 2.7). */
  readonly weightH: number;
  readonly scoreH: number;
  /** 偏差原因 for a missed target; undefined when met (or when the mistake is a missing reason). */
  readonly reason?: string;
}

interface Kind {
  readonly base: string;
  readonly unit: string;
  readonly op: GenOp;
  /** Target range (integers) or a fixed value; a word for 定性. */
  readonly target: readonly [number, number] | number | string;
  /** Decimals of the target and actual (1 for rates such as 92.5%). */
  readonly decimals?: number;
}

const KINDS: Readonly<Record<Level1, ReadonlyArray<{ readonly level2: string; readonly kinds: readonly Kind[] }>>> = {
  output: [
    {
      level2: '数量指标',
      kinds: [
        { base: '巡查次数', unit: '次', op: '≥', target: [50, 2000] },
        { base: '培训人次', unit: '人次', op: '≥', target: [100, 5000] },
        { base: '新建服务站点', unit: '个', op: '≥', target: [2, 40] },
        { base: '改造供水管网长度', unit: '公里', op: '≥', target: [10, 200], decimals: 1 },
        { base: '补贴发放户数', unit: '户', op: '≥', target: [500, 20000] },
        { base: '撂荒耕地整治面积', unit: '亩', op: '≥', target: [100, 5000] },
      ],
    },
    {
      level2: '质量指标',
      kinds: [
        { base: '工程验收合格率', unit: '%', op: '≥', target: [90, 100] },
        { base: '资金发放准确率', unit: '%', op: '=', target: 100 },
        { base: '水质检测达标率', unit: '%', op: '≥', target: [85, 98] },
      ],
    },
    {
      level2: '时效指标',
      kinds: [
        { base: '项目完成及时率', unit: '%', op: '≥', target: [90, 100] },
        { base: '补贴资金兑付用时', unit: '天', op: '≤', target: [15, 90] },
      ],
    },
    {
      level2: '成本指标',
      kinds: [
        { base: '单处工程造价', unit: '万元', op: '≤', target: [10, 200], decimals: 1 },
        { base: '人均培训成本', unit: '元', op: '≤', target: [200, 2000] },
      ],
    },
  ],
  benefit: [
    { level2: '经济效益指标', kinds: [{ base: '带动农户增收', unit: '万元', op: '≥', target: [10, 500] }] },
    {
      level2: '社会效益指标',
      kinds: [
        { base: '受益人口', unit: '人', op: '≥', target: [1000, 50000] },
        { base: '政策知晓率', unit: '%', op: '≥', target: [80, 95] },
        { base: '安全生产责任事故', unit: '起', op: '≤', target: 0 },
      ],
    },
    { level2: '生态效益指标', kinds: [{ base: '绿化覆盖率', unit: '%', op: '≥', target: [30, 45], decimals: 1 }] },
    {
      level2: '可持续影响指标',
      kinds: [
        { base: '设施正常运行年限', unit: '年', op: '≥', target: [5, 20] },
        { base: '长效管护机制', unit: '', op: '定性', target: '有所提升' },
      ],
    },
  ],
  satisfaction: [
    {
      level2: '服务对象满意度指标',
      kinds: [
        { base: '群众满意度', unit: '%', op: '≥', target: [85, 95] },
        { base: '受益对象满意度', unit: '%', op: '≥', target: [85, 95] },
      ],
    },
  ],
};

const PLACES = [
  '城区', '北片区', '南片区', '东部园区', '西部园区', '高新区', '滨江片区', '龙洲湾', '李家沱', '界石镇',
  '一品镇', '南泉街道', '花溪街道', '鱼洞街道', '木洞镇', '双河口镇', '麻柳嘴镇', '丰盛镇', '二圣镇', '东泉镇',
  '姜家镇', '天星寺镇', '接龙镇', '石滩镇', '石龙镇', '安澜镇', '圣灯山镇', '跳石镇', '南彭街道', '惠民街道',
];

const REASONS = [
  '部分项目受汛期影响延期，剩余任务已纳入下年度计划',
  '年中预算调整，部分任务量相应压减，已在下年度目标中调整',
  '受施工条件限制未全部完成，已制定整改措施加快推进',
  '统计口径调整导致完成值偏低，下年度将统一口径',
];

/** Share of rows in each first-level block, and the points each block carries in the table. */
export const BLOCK_POINTS: Readonly<Record<Level1, number>> = { output: 50, benefit: 30, satisfaction: 10 };
const BLOCK_ROWS: Readonly<Record<Level1, number>> = { output: 0.6, benefit: 0.3, satisfaction: 0.1 };

export interface IndicatorOptions {
  /** Points the indicator rows carry: 90 with a separate budget block, 100 without. */
  readonly points: 90 | 100;
  /** Share of rows that miss their target (with a reason). */
  readonly missRate?: number;
  /** Share of rows carrying one of the mistakes the real tables show. */
  readonly mistakeRate?: number;
}

function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** hundredths × a ÷ b, rounded half up to whole hundredths (the 2-decimal score a form shows). */
function scaled(hundredths: number, a: number, b: number): number {
  return Math.round((hundredths * a) / b + 1e-9);
}

/** Splits `total` hundredths over `count` rows: equal shares, the remainder one by one. */
function split(total: number, count: number): number[] {
  const base = Math.floor(total / count);
  return Array.from({ length: count }, (_u, i) => base + (i < total - base * count ? 1 : 0));
}

function rowsPerBlock(count: number): Record<Level1, number> {
  const satisfaction = Math.max(1, Math.round(count * BLOCK_ROWS.satisfaction));
  const benefit = Math.max(1, Math.round(count * BLOCK_ROWS.benefit));
  return { output: Math.max(1, count - satisfaction - benefit), benefit, satisfaction };
}

function targetOf(kind: Kind, random: Random): number | string {
  if (typeof kind.target === 'string' || typeof kind.target === 'number') return kind.target;
  const [min, max] = kind.target;
  const decimals = kind.decimals ?? 0;
  return roundTo(min + random.next() * (max - min), decimals);
}

/** One indicator of a kind: met, missed with a reason, or carrying a mistake. */
function indicator(level1: Level1, level2: string, kind: Kind, name: string, weightH: number, random: Random, options: IndicatorOptions): GenIndicator {
  const target = targetOf(kind, random);
  const common = { level1, level2, name, unit: kind.unit, op: kind.op, target, weightH };
  if (typeof target === 'string') return { ...common, actual: random.pick(['有所提升', '达成', '达到预期']), scoreH: weightH };
  const decimals = kind.decimals ?? 0;
  const miss = random.chance(options.missRate ?? 0.08) && target > 0 && kind.op !== '=';
  if (!miss) {
    // Met: exactly on target, or a little beyond it (within 100% for rates).
    const room = kind.unit === '%' ? Math.min(100 - target, target * 0.05) : target * 0.1;
    const beyond = random.chance(0.6) ? 0 : roundTo(random.next() * room, decimals);
    const actual = kind.op === '≤' ? Math.max(0, roundTo(target - beyond, decimals)) : kind.op === '=' ? target : roundTo(target + beyond, decimals);
    return { ...common, actual, scoreH: weightH };
  }
  const factor = 0.85 + random.next() * 0.14;
  const actual = kind.op === '≤' ? roundTo(target / factor + 10 ** -decimals, decimals) : roundTo(target * factor, decimals);
  const scoreH = kind.op === '≤' ? scaled(weightH, target, actual) : scaled(weightH, actual, target);
  const mistake = random.chance((options.mistakeRate ?? 0.02) / Math.max(options.missRate ?? 0.08, 0.01));
  if (mistake && random.chance(0.5)) return { ...common, actual, scoreH: weightH, reason: random.pick(REASONS) }; // full marks anyway
  if (mistake) return { ...common, actual, scoreH }; // no reason given
  return { ...common, actual, scoreH, reason: random.pick(REASONS) };
}

/**
 * `count` indicators in the three first-level blocks (产出 / 效益 / 满意度, rows 60/30/10%), weights
 * adding up exactly to options.points split 50/30/10 (scaled to 100 when there is no budget block),
 * every name unique within the table.
 */
export function generateIndicators(count: number, random: Random, options: IndicatorOptions): GenIndicator[] {
  const rows = rowsPerBlock(count);
  const scale = options.points / 90;
  const out: GenIndicator[] = [];
  const names = new Set<string>();
  let pointsLeft = options.points * 100;
  (['output', 'benefit', 'satisfaction'] as const).forEach((level1, blockIndex) => {
    const blockH = blockIndex === 2 ? pointsLeft : Math.round(BLOCK_POINTS[level1] * scale * 100);
    pointsLeft -= blockH;
    const weights = split(blockH, rows[level1]);
    const groups = KINDS[level1];
    for (let i = 0; i < rows[level1]; i++) {
      // Rows fill the second-level groups in order, as a form lists them.
      const group = groups[Math.min(groups.length - 1, Math.floor((i * groups.length) / rows[level1]))];
      const kind = group.kinds[i % group.kinds.length];
      let name = `${random.pick(PLACES)}${kind.base}`;
      for (let n = 2; names.has(name); n++) name = `${random.pick(PLACES)}${kind.base}（${n}期）`;
      names.add(name);
      out.push(indicator(level1, group.level2, kind, name, weights[i], random, options));
    }
  });
  return out;
}

/** A number of hundredths as the figure a form shows: 270 → 2.7. */
export function points(hundredths: number): number {
  return hundredths / 100;
}
