// Findings a reviewer accepted, shown on request with who marked them (where the host could tell),
// when, and why; 恢复 puts one back on the list.
import { Button, makeStyles, Switch, Text, tokens } from '@fluentui/react-components';
import type { Finding, ReviewedMark } from '../../../core/findings/types';
import { text, useI18n } from '../../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    overflowWrap: 'anywhere',
  },
  reason: { color: tokens.colorNeutralForeground2 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

const two = (n: number) => String(n).padStart(2, '0');

/** When a mark was made, in local time: "12-05 10:31", with the year when it is not this year; undefined when not a date. */
export function markTime(at: string | undefined, now: Date = new Date()): string | undefined {
  if (!at) return undefined;
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return undefined;
  const day = `${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
  return date.getFullYear() === now.getFullYear() ? day : `${date.getFullYear()}-${day}`;
}

export interface ReviewedListProps {
  readonly reviewed: ReadonlyArray<{ readonly finding: Finding; readonly mark: ReviewedMark }>;
  readonly show: boolean;
  readonly disabled: boolean;
  readonly onShowChange: (show: boolean) => void;
  readonly onRestore: (mark: ReviewedMark) => void;
}

export function ReviewedList({ reviewed, show, disabled, onShowChange, onRestore }: ReviewedListProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Switch
        checked={show}
        onChange={(_, data) => onShowChange(data.checked)}
        label={t(text.showReviewed(reviewed.length))}
      />
      {show && reviewed.length > 0 && (
        <ul className={styles.list} aria-label={t(text.reviewedHeading)}>
          {reviewed.map(({ finding, mark }) => (
            <li key={`${mark.rule}|${mark.sheet}|${mark.cell}`} className={styles.item}>
              <Text>{`${finding.rule} · ${t(finding.message)}`}</Text>
              <Text size={200} className={styles.reason}>{t(text.reviewedLine(mark.reason, mark.by?.trim() || undefined, markTime(mark.at)))}</Text>
              <div className={styles.row}>
                <Text size={200}>{`${finding.sheet}!${finding.cells[0] ?? ''}`}</Text>
                <Button size="small" disabled={disabled} onClick={() => onRestore(mark)}>
                  {t(text.unreview)}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
