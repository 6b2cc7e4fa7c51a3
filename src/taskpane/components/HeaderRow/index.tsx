// 以选中行为表头重新校验: point the recogniser at the header row the user selected in the sheet, and
// show which row is in use with a way back. Shown under the verdict when no table was found, and in 设置.
import { Button, Caption1, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import type { HeaderHint } from '../../../core/model/types';
import { text, useI18n } from '../../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

export interface HeaderRowProps {
  /** The row in use, if the user named one. */
  readonly hint?: HeaderHint;
  /** Offer the button (the host can tell the selection). */
  readonly canUse: boolean;
  /** Another command is running: the buttons wait. */
  readonly disabled: boolean;
  /** This command is running: its button shows a spinner. */
  readonly running: boolean;
  readonly onUse: () => void;
  readonly onClear: () => void;
}

export function HeaderRow({ hint, canUse, disabled, running, onUse, onClear }: HeaderRowProps) {
  const { t } = useI18n();
  const styles = useStyles();
  if (!canUse && !hint) return null;
  return (
    <div className={styles.root} data-testid="header-row">
      {canUse && (
        <>
          <div className={styles.row}>
            <Button size="small" disabled={disabled} onClick={onUse} icon={running ? <Spinner size="tiny" aria-hidden="true" /> : undefined}>
              {t(text.useSelectedHeader)}
            </Button>
          </div>
          <Caption1>{t(text.useSelectedHeaderHint)}</Caption1>
        </>
      )}
      {hint && (
        <div className={styles.row}>
          <Caption1>{t(text.headerRowInUse(hint.sheet, hint.row))}</Caption1>
          <Button size="small" appearance="subtle" disabled={disabled} onClick={onClear}>
            {t(text.clearHeaderRow)}
          </Button>
        </div>
      )}
    </div>
  );
}
