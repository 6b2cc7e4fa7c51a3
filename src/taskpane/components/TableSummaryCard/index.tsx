// One recognised table: where it is, its family, the weight and score totals, the grade, a chart,
// and 插入公式 for its score column.
import { Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { TableSummary } from '../../../core/report/types';
import { decimalsOf, figureAt, sameDecimal, tablePlaces } from '../../decimal-text';
import { text, useI18n } from '../../i18n';
import { ScoreChart } from '../ScoreChart';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  figures: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, auto) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  mismatch: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface TableSummaryCardProps {
  readonly table: TableSummary;
  readonly canInsertFormulas: boolean;
  readonly disabled: boolean;
  readonly onInsertFormulas: (table: TableSummary) => void;
}

export function TableSummaryCard({ table, canInsertFormulas, disabled, onInsertFormulas }: TableSummaryCardProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const weightOk = sameDecimal(table.weightSum, table.expectedWeight);
  const places = tablePlaces(table);
  const shown = (value: string) => figureAt(value, places);
  return (
    <section className={styles.root} aria-label={t(text.tableHeading(table.sheet, table.range))}>
      <Subtitle2 as="h3" className={styles.heading}>
        {t(text.tableHeading(table.sheet, table.range))}
      </Subtitle2>
      <dl className={styles.figures}>
        <dt className={styles.term}>{t(text.family)}</dt>
        <dd className={styles.value}>{t(text.familyValue(table.family))}</dd>
        <dt className={styles.term}>{t(text.indicators)}</dt>
        <dd className={styles.value}>{table.indicators}</dd>
        <dt className={styles.term}>{t(text.weightSum)}</dt>
        <dd className={styles.value}>
          <span className={weightOk ? undefined : styles.mismatch}>{figureAt(table.weightSum, decimalsOf(table.weightSum))}</span>
          {` (${t(text.expected(table.expectedWeight))})`}
        </dd>
        <dt className={styles.term}>{t(text.statedTotal)}</dt>
        <dd className={styles.value}>{table.statedTotal !== undefined ? shown(table.statedTotal) : t(text.none)}</dd>
        <dt className={styles.term}>{t(text.computedTotal)}</dt>
        <dd className={styles.value}>{shown(table.computedTotal)}</dd>
        <dt className={styles.term}>{t(text.grade)}</dt>
        <dd className={styles.value}>
          {t(text.gradeValue(table.grade))}
          {table.statedGrade && table.statedGrade !== table.grade ? t(text.statedGrade(table.statedGrade)) : ''}
        </dd>
      </dl>
      <ScoreChart table={table} places={places} />
      {canInsertFormulas && (
        <div>
          <Button size="small" disabled={disabled} onClick={() => onInsertFormulas(table)} title={t(text.insertFormulasHint)}>
            {t(text.insertFormulas)}
          </Button>
        </div>
      )}
    </section>
  );
}
