// One finding: its message, a link that selects its cell, why/how on request, fix and review.
import { Button, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useId, useRef, useState } from 'react';
import type { Finding } from '../../../core/findings/types';
import { text, useI18n } from '../../i18n';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    minWidth: 0,
  },
  message: { overflowWrap: 'anywhere' },
  current: {
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
    paddingInlineStart: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1Selected,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  details: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: 'anywhere',
  },
  detailLine: { margin: `0 0 ${tokens.spacingVerticalXXS} 0` },
});

export interface FindingItemProps {
  readonly finding: Finding;
  readonly disabled: boolean;
  readonly canSelect: boolean;
  readonly onSelect: (finding: Finding) => void;
  readonly onFix: (finding: Finding) => void;
  readonly onReview: (finding: Finding) => void;
  /** The finding 上一个/下一个 stopped at: marked and scrolled into view. */
  readonly current?: boolean;
  /** Changes each time the finding is reached from its cell: scrolled to and its why/how opened. */
  readonly reveal?: number;
}

export function FindingItem({ finding, disabled, canSelect, onSelect, onFix, onReview, current, reveal }: FindingItemProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const cell = finding.cells[0];
  const item = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (current) item.current?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);
  useEffect(() => {
    if (reveal === undefined) return;
    setOpen(true);
    item.current?.scrollIntoView?.({ block: 'nearest' });
  }, [reveal]);
  const ref = cell ? `${finding.sheet}!${cell}` : t(text.tableWideRef(finding.sheet));
  return (
    <li ref={item} className={current ? `${styles.root} ${styles.current}` : styles.root} aria-current={current ? 'true' : undefined}>
      <Text className={styles.message}>{t(finding.message)}</Text>
      <div className={styles.actions}>
        {cell && canSelect ? (
          <Link as="button" onClick={() => onSelect(finding)} aria-label={t(text.goToCell(ref))}>
            {ref}
          </Link>
        ) : (
          <Text size={200}>{ref}</Text>
        )}
        <Button size="small" appearance="subtle" aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen(!open)}>
          {t(text.whyHow)}
        </Button>
        {finding.fix && (
          <Button size="small" disabled={disabled} onClick={() => onFix(finding)}>
            {t(text.fixOne)}
          </Button>
        )}
        <Button size="small" appearance="subtle" disabled={disabled} onClick={() => onReview(finding)}>
          {t(text.review)}
        </Button>
      </div>
      <div id={detailsId} hidden={!open} className={styles.details}>
        {open && (
          <>
            <p className={styles.detailLine}>{t(text.why(finding.why))}</p>
            <p className={styles.detailLine}>{t(text.how(finding.how))}</p>
            {(finding.expected !== undefined || finding.found !== undefined) && (
              <p className={styles.detailLine}>{t(text.expectedFound(finding.expected, finding.found))}</p>
            )}
          </>
        )}
      </div>
    </li>
  );
}
