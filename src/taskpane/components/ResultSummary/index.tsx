// The verdict: 通过 / 未通过 (pass = no open errors) and the counts per severity; or, when no
// indicator table was found, a neutral 未找到绩效指标表 with the headers looked for and what to do.
import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Message } from '../../../core/findings/types';
import type { SeverityCounts } from '../../../core/report/types';
import type { Verdict } from '../../../core/report/verdict';
import { text, useI18n } from '../../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyleType: 'none' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground2 },
  zero: { color: tokens.colorNeutralForeground2 },
  help: { margin: 0, flexBasis: '100%', overflowWrap: 'anywhere' },
});

export interface ResultSummaryProps {
  readonly verdict: Verdict;
  readonly counts: SeverityCounts;
  /** The profile the check used, named with the verdict. */
  readonly profile?: Message;
  /** When the check ran: 已校验 14:05, so a click that changed nothing still shows it ran. */
  readonly checkedAt?: Date;
}

/** 14:05, on the computer's clock. */
export function hhmm(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

const BADGE_COLOR = { passed: 'success', failed: 'danger', 'no-table': 'informative' } as const;

export function ResultSummary({ verdict, counts, profile, checkedAt }: ResultSummaryProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.root} role="status" aria-label={t(text.resultLabel(verdict))}>
      <Badge size="large" appearance={verdict === 'no-table' ? 'tint' : 'filled'} color={BADGE_COLOR[verdict]}>
        {t(text.verdict[verdict])}
      </Badge>
      {verdict === 'no-table' ? (
        <>
          <Text as="p" className={styles.help}>{t(text.noTableLooksFor)}</Text>
          <Text as="p" className={styles.help}>{t(text.noTableWhatToDo)}</Text>
        </>
      ) : (
        <ul className={styles.counts}>
          {(['error', 'warning', 'info'] as const).map((severity) => (
            <li key={severity}>
              <Text weight="semibold" className={counts[severity] === 0 ? styles.zero : styles[severity]}>
                {t(text.countOf(text.severity[severity], counts[severity]))}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {checkedAt && (
        <Text size={200} className={styles.zero} data-testid="checked-at">
          {t(text.checkedAt(hhmm(checkedAt)))}
        </Text>
      )}
      {profile && verdict !== 'no-table' && <Text size={200} className={styles.zero}>{t(text.checkedWith(profile))}</Text>}
    </div>
  );
}
