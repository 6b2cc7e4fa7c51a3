// What the pane is waiting for, said once for the whole pane (a polite live region), so a command
// that waits on the host never looks like nothing happened. Validation has its own progress bar.
import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { text, useI18n } from '../../i18n';
import type { Action } from '../../state/usePaneController';

const useStyles = makeStyles({
  root: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', minWidth: 0 },
});

export interface BusyStatusProps {
  /** The command running; undefined while idle. */
  readonly action?: Action;
}

export function BusyStatus({ action }: BusyStatusProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" aria-label={t(text.busyStatus)} data-testid="busy-status">
      {action && (
        <div className={styles.root}>
          <Spinner size="extra-tiny" aria-hidden="true" />
          <Text size={200}>
            {t(text.working[action])} {t(text.workingWait)}
          </Text>
        </div>
      )}
    </div>
  );
}
