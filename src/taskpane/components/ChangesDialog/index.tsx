// Preview of a batch of cell writes (one fix, all certain fixes, or 插入公式): old → new for every
// cell, the rows left alone and why, then 应用 writes the batch in one go.
export { cellContentText } from '../../cell-text';
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, Text, tokens,
} from '@fluentui/react-components';
import { cellContentText } from '../../cell-text';
import type { CellChange, Finding, Message } from '../../../core/findings/types';
import { Fragment } from 'react';
import type { SkippedRow } from '../../../core/actions/score-formula';
import { text, useI18n } from '../../i18n';

const useStyles = makeStyles({
  surface: {
    maxWidth: 'min(600px, calc(100vw - 16px))',
    boxSizing: 'border-box',
    // Where the pane is a column beside the sheet (the preview from 800 px), the dialog sits over the
    // pane, not over the middle of the sheet, so the changed cell stays in view behind it.
    '@media (min-width: 800px)': { maxWidth: '392px', marginRight: tokens.spacingHorizontalS },
  },
  table: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed', marginTop: tokens.spacingVerticalS },
  cell: {
    textAlign: 'start',
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    overflowWrap: 'anywhere',
    fontSize: tokens.fontSizeBase200,
  },
  refCol: { width: '26%' },
  oldCol: { width: '22%' },
  newValue: { fontWeight: tokens.fontWeightSemibold },
  skipped: { marginTop: tokens.spacingVerticalS, overflowWrap: 'anywhere' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  scroll: { maxHeight: '50vh', overflowY: 'auto' },
  noRule: { borderBottomStyle: 'none' },
  because: { color: tokens.colorNeutralForeground2, paddingTop: 0 },
});

export interface ChangesDialogProps {
  readonly open: boolean;
  readonly title: Message;
  readonly changes: readonly CellChange[];
  readonly skipped: readonly SkippedRow[];
  readonly conflicts: number;
  /** The finding each change fixes, in the order of `changes` (fix-all lists them). */
  readonly because?: readonly Finding[];
  /** Fixes left out, or shown with a caution, because other findings on their row question them. */
  readonly questioned?: ReadonlyArray<{ readonly finding: Finding; readonly by: readonly Finding[] }>;
  /** The one fix previewed is itself questioned (not left out: the person chose it). */
  readonly questionedSelf?: boolean;
  readonly disabled: boolean;
  readonly onApply: () => void;
  readonly onCancel: () => void;
}

export function ChangesDialog({ open, title, changes, skipped, conflicts, because, questioned = [], questionedSelf, disabled, onApply, onCancel }: ChangesDialogProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const empty = t(text.empty);
  return (
    <Dialog open={open} onOpenChange={(_, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{t(title)}</DialogTitle>
          <DialogContent>
            <Text block>{changes.length > 0 ? t(text.previewIntro(changes.length)) : t(text.nothingToWrite)}</Text>
            {conflicts > 0 && <Text block>{t(text.conflicts(conflicts))}</Text>}
            {changes.length > 0 && (
              <div className={styles.scroll}>
                <table className={styles.table}>
                  <thead>
                    <tr>
                      <th scope="col" className={`${styles.cell} ${styles.refCol}`}>{t(text.cell)}</th>
                      <th scope="col" className={`${styles.cell} ${styles.oldCol}`}>{t(text.oldValue)}</th>
                      <th scope="col" className={styles.cell}>{t(text.newValue)}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {changes.map((c, i) => (
                      <Fragment key={`${c.sheet}!${c.address}`}>
                        <tr>
                          <th scope="row" className={because?.[i] ? `${styles.cell} ${styles.noRule}` : styles.cell}>{`${c.sheet}!${c.address}`}</th>
                          <td className={because?.[i] ? `${styles.cell} ${styles.noRule}` : styles.cell}>{cellContentText(c.before, empty)}</td>
                          <td className={`${styles.cell} ${styles.newValue}${because?.[i] ? ` ${styles.noRule}` : ''}`}>{cellContentText(c.after, empty)}</td>
                        </tr>
                        {because?.[i] && (
                          <tr>
                            <td colSpan={3} className={`${styles.cell} ${styles.because}`}>
                              {t(text.becauseOf(because[i].rule, because[i].message))}
                            </td>
                          </tr>
                        )}
                      </Fragment>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {questioned.length > 0 && (
              <div className={styles.skipped} role="note">
                <Text weight="semibold" block>
                  {t(questionedSelf ? text.questionedSelf : text.questionedHeading(questioned.length))}
                </Text>
                <ul className={styles.list}>
                  {questioned.map((q) => (
                    <li key={`${q.finding.rule}!${q.finding.sheet}!${q.finding.cells[0] ?? ''}`}>
                      {t(text.questionedItem(q.finding, q.by))}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {skipped.length > 0 && (
              <div className={styles.skipped}>
                <Text weight="semibold" block>{t(text.skippedHeading(skipped.length))}</Text>
                <ul className={styles.list}>
                  {skipped.map((s) => (
                    <li key={s.row}>{t(text.skippedRow(s.row, s.reason))}</li>
                  ))}
                </ul>
              </div>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={disabled || changes.length === 0} onClick={onApply}>
              {t(text.apply)}
            </Button>
            <Button onClick={onCancel}>{t(text.cancel)}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
