// The primary command 提交前校验, and while reading: progress by sheet with a working cancel.
import { Button, ProgressBar, Field, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import type { ReadProgress } from '../../../hosts/types';
import { text, useI18n } from '../../i18n';
import type { Busy } from '../../state/usePaneController';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  progress: { minWidth: 0 },
});

export interface ValidateBarProps {
  readonly busy?: Busy;
  readonly progress?: ReadProgress;
  readonly onValidate: () => void;
  readonly onCancel: () => void;
}

export function ValidateBar({ busy, progress, onValidate, onCancel }: ValidateBarProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const reading = busy === 'reading' || busy === 'checking';
  const label = busy === 'checking'
    ? t(text.checking)
    : progress
      ? t(text.reading(progress.done, progress.total, progress.sheet))
      : t(text.readingStart);
  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Button appearance="primary" onClick={onValidate} disabled={busy !== undefined} icon={reading ? <Spinner size="tiny" aria-hidden="true" /> : undefined}>
          {t(text.validate)}
        </Button>
        {reading && <Button onClick={onCancel}>{t(text.cancel)}</Button>}
      </div>
      {reading && (
        <Field className={styles.progress} validationMessage={label} validationState="none">
          <ProgressBar value={progress && progress.total > 0 ? progress.done / progress.total : undefined} aria-label={label} />
        </Field>
      )}
    </div>
  );
}
