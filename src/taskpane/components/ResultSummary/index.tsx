// The verdict: 通过 / 未通过 (pass = no open errors) and the counts per severity.
import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { SeverityCounts } from '../../../core/report/types';
import { text, useI18n } from '../../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyleType: 'none' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground2 },
});

export interface ResultSummaryProps {
  readonly passed: boolean;
  readonly counts: SeverityCounts;
}

export function ResultSummary({ passed, counts }: ResultSummaryProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.root} role="status" aria-label={t(text.resultLabel(passed))}>
      <Badge size="large" appearance="filled" color={passed ? 'success' : 'danger'}>
        {t(passed ? text.passed : text.failed)}
      </Badge>
      <ul className={styles.counts}>
        {(['error', 'warning', 'info'] as const).map((severity) => (
          <li key={severity}>
            <Text weight="semibold" className={styles[severity]}>
              {t(text.countOf(text.severity[severity], counts[severity]))}
            </Text>
          </li>
        ))}
      </ul>
    </div>
  );
}
