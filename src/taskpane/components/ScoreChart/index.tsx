// Score against weight per block, as plain SVG bars (no chart library: the bundle stays small).
// Each row: the block's weight as the track, the stated score filled in, a tick at the computed score.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { TableSummary } from '../../../core/report/types';
import { text, useI18n } from '../../i18n';

const useStyles = makeStyles({
  svg: { display: 'block', width: '100%', height: 'auto', maxWidth: '100%' },
  label: { fill: tokens.colorNeutralForeground1, fontSize: '11px' },
  figure: { fill: tokens.colorNeutralForeground2, fontSize: '11px' },
  track: { fill: tokens.colorNeutralBackground5 },
  bar: { fill: tokens.colorBrandBackground },
  short: { fill: tokens.colorPaletteDarkOrangeBackground3 },
  tick: { stroke: tokens.colorNeutralForeground1, strokeWidth: 2 },
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

export function ScoreChart({ table }: { readonly table: TableSummary }) {
  const { t } = useI18n();
  const styles = useStyles();
  const titleId = useId();
  const rows = chartRows(table, t(text.chartAll), t(text.chartBudget));
  const maxWeight = Math.max(...rows.map((r) => toNumber(r.weight)), 1);
  const barSpace = WIDTH - LABEL_W - FIGURE_W;
  const height = rows.length * ROW_H + 4;
  return (
    <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={titleId} preserveAspectRatio="xMinYMin meet">
      <title id={titleId}>{t(text.chartSummary(rows.map((r) => text.chartRow(r.label, r.score, r.weight))))}</title>
      {rows.map((row, i) => {
        const y = i * ROW_H + 4;
        const weightW = (toNumber(row.weight) / maxWeight) * barSpace;
        const scoreW = Math.min(toNumber(row.score), toNumber(row.weight) || Infinity) / maxWeight * barSpace;
        const computedX = LABEL_W + (Math.min(toNumber(row.computed), toNumber(row.weight)) / maxWeight) * barSpace;
        const short = toNumber(row.score) < toNumber(row.weight);
        const shownLabel = row.label.length > 8 ? `${row.label.slice(0, 7)}…` : row.label;
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
  );
}
