// Score against weight per block, as plain SVG bars (no chart library: the bundle stays small).
// Each row: the block's weight as the track, the stated score filled in, a tick at the computed score.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { TableSummary } from '../../../core/report/types';
import { figureAt } from '../../decimal-text';
import { text, useI18n } from '../../i18n';

const useStyles = makeStyles({
  svg: { display: 'block', width: '100%', height: 'auto', maxWidth: '100%' },
  label: { fill: tokens.colorNeutralForeground1, fontSize: '11px' },
  figure: { fill: tokens.colorNeutralForeground2, fontSize: '11px' },
  track: { fill: tokens.colorNeutralBackground5 },
  bar: { fill: tokens.colorBrandBackground },
  short: { fill: tokens.colorPaletteDarkOrangeBackground3 },
  tick: { stroke: tokens.colorNeutralForeground1, strokeWidth: 2 },
  figureBox: { margin: 0, minWidth: 0 },
  legend: {
    display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2,
  },
  swatch: { display: 'inline-block', width: '12px', height: '8px', borderRadius: '2px', backgroundColor: tokens.colorBrandBackground },
  shortSwatch: {
    display: 'inline-block', width: '12px', height: '8px', borderRadius: '2px', marginInlineStart: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorPaletteDarkOrangeBackground3,
  },
  tickSwatch: {
    display: 'inline-block', width: '2px', height: '12px', marginInlineStart: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralForeground1,
  },
});

export interface ChartRow {
  readonly label: string;
  readonly weight: string;
  readonly score: string;
  readonly computed?: string;
}

/** Rows to draw: the table's blocks, the budget block when it is scored, or one row for the whole table. */
export function chartRows(table: TableSummary, allLabel: string, budgetLabel: string): ChartRow[] {
  const rows: ChartRow[] = table.blocks.map((b) => ({ label: b.label, weight: b.weight, score: b.score, computed: b.computedScore }));
  const budget = table.budget;
  if (budget?.weight && budget.score && !table.blocks.some((b) => b.kind === 'budget')) {
    rows.push({ label: budgetLabel, weight: budget.weight, score: budget.score, computed: budget.computedScore });
  }
  if (rows.length === 0) rows.push({ label: allLabel, weight: table.weightSum, score: table.scoreSum, computed: table.computedTotal });
  return rows;
}

// Geometry only: pixel widths from the decimal strings. No score is computed here.
const toNumber = (s: string | undefined) => (s === undefined || Number.isNaN(Number(s)) ? 0 : Number(s));

const WIDTH = 300;
const LABEL_W = 96;
const FIGURE_W = 70;
const ROW_H = 22;

/**
 * A label cut to the room it has: a CJK character takes about twice the width of a Latin one; a
 * Latin label is cut at a word where it can be.
 */
export function fitLabel(label: string, room = 15): string {
  const width = (ch: string) => (/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch) ? 2 : 1);
  const chars = [...label];
  if (chars.reduce((w, ch) => w + width(ch), 0) <= room) return label;
  let used = 1;
  let cut = 0;
  while (cut < chars.length && used + width(chars[cut]) <= room) used += width(chars[cut++]);
  let head = chars.slice(0, cut).join('');
  const space = head.lastIndexOf(' ');
  if (space > room / 2) head = head.slice(0, space);
  return `${head.trimEnd()}…`;
}

export interface ScoreChartProps {
  readonly table: TableSummary;
  /** The table's own decimals: every figure is written with them. */
  readonly places: number;
}

export function ScoreChart({ table, places }: ScoreChartProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const titleId = useId();
  const rows = chartRows(table, t(text.chartAll), t(text.chartBudget)).map((r) => ({
    ...r,
    score: figureAt(r.score, places),
    weight: figureAt(r.weight, places),
    computed: r.computed === undefined ? undefined : figureAt(r.computed, places),
  }));
  const maxWeight = Math.max(...rows.map((r) => toNumber(r.weight)), 1);
  const barSpace = WIDTH - LABEL_W - FIGURE_W;
  const height = rows.length * ROW_H + 4;
  return (
    <figure className={styles.figureBox}>
    <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={titleId} preserveAspectRatio="xMinYMin meet">
      <title id={titleId}>{t(text.chartSummary(rows.map((r) => text.chartRow(r.label, r.score, r.weight, r.computed))))}</title>
      {rows.map((row, i) => {
        const y = i * ROW_H + 4;
        const weightW = (toNumber(row.weight) / maxWeight) * barSpace;
        const scoreW = Math.min(toNumber(row.score), toNumber(row.weight) || Infinity) / maxWeight * barSpace;
        const computedX = LABEL_W + (Math.min(toNumber(row.computed), toNumber(row.weight)) / maxWeight) * barSpace;
        const short = toNumber(row.score) < toNumber(row.weight);
        const shownLabel = fitLabel(row.label);
        return (
          <g key={`${row.label}-${i}`}>
            <text x={0} y={y + 12} className={styles.label}>{shownLabel}</text>
            <rect x={LABEL_W} y={y} width={weightW} height={14} rx={2} className={styles.track} />
            <rect x={LABEL_W} y={y} width={Math.max(0, scoreW)} height={14} rx={2} className={short ? styles.short : styles.bar} />
            {row.computed !== undefined && <line x1={computedX} x2={computedX} y1={y - 2} y2={y + 16} className={styles.tick} />}
            <text x={WIDTH - FIGURE_W + 6} y={y + 12} className={styles.figure}>{`${row.score}/${row.weight}`}</text>
          </g>
        );
      })}
    </svg>
      <figcaption className={styles.legend}>
        <span className={styles.swatch} aria-hidden="true" />
        {t(text.chartLegendBar)}
        <span className={styles.shortSwatch} aria-hidden="true" />
        {t(text.chartLegendShort)}
        <span className={styles.tickSwatch} aria-hidden="true" />
        {t(text.chartLegendTick)}
      </figcaption>
    </figure>
  );
}
