// Outcomes of the last command and what the host could not do, as message bars.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { Message } from '../../../core/findings/types';
import { text, useI18n } from '../../i18n';
import type { Notice } from '../../state/usePaneController';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  body: { overflowWrap: 'anywhere', whiteSpace: 'normal' },
});

export interface NoticesProps {
  readonly notice?: Notice;
  readonly notes: readonly Message[];
  readonly stale: boolean;
  readonly onRevalidate: () => void;
  readonly onDismiss: () => void;
  /** PERF formulas in the workbook, and 转为数值 when the pane can do it. */
  readonly perfFormulas?: number;
  readonly onConvertFormulas?: () => void;
  readonly disabled?: boolean;
}

export function Notices({ notice, notes, stale, onRevalidate, onDismiss, perfFormulas = 0, onConvertFormulas, disabled }: NoticesProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline" role={notice.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody className={styles.body}>
            {notice.title && <MessageBarTitle>{t(notice.title)}</MessageBarTitle>}
            {t(notice.message)}
          </MessageBarBody>
          <MessageBarActions>
            {notice.revalidate && <Button onClick={onRevalidate}>{t(text.validateAgain)}</Button>}
            <Button appearance="transparent" onClick={onDismiss}>
              {t(text.close)}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {stale && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={styles.body}>{t(text.stale)}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={onRevalidate}>{t(text.validateAgain)}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {perfFormulas > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="perf-formulas">
          <MessageBarBody className={styles.body}>
            <MessageBarTitle>{t(text.perfFormulasTitle(perfFormulas))}</MessageBarTitle>
            {t(text.perfFormulasBody)}
          </MessageBarBody>
          {onConvertFormulas && (
            <MessageBarActions>
              <Button disabled={disabled} onClick={onConvertFormulas}>{t(text.toValues)}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {notes.map((note) => (
        <MessageBar key={note.zh} intent="info" layout="multiline">
          <MessageBarBody className={styles.body}>{t(note)}</MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
