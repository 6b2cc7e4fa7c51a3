// 已复核 / 忽略: the reviewer states why a finding is acceptable; the reason is kept in the workbook.
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, makeStyles, Text, Textarea, tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Finding } from '../../../core/findings/types';
import { text, useI18n } from '../../i18n';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(600px, calc(100vw - 16px))', boxSizing: 'border-box' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  message: { overflowWrap: 'anywhere' },
});

export interface ReviewDialogProps {
  readonly finding?: Finding;
  readonly onSave: (finding: Finding, reason: string) => void;
  readonly onCancel: () => void;
  /** Marks are kept in the workbook (Excel, WPS), or only in this page: the dialog says which. */
  readonly storeInWorkbook?: boolean;
  /** Marks are written into the file the user downloads (the preview): the dialog says so. */
  readonly reviewedInDownload?: boolean;
  /** Every finding of one rule, ignored with one reason (the first is `finding`). */
  readonly all?: readonly Finding[];
  /** The name the mark will be signed with, where the host can tell who is using it; nothing is said otherwise. */
  readonly reviewer?: string;
}

export function ReviewDialog({ finding, onSave, onCancel, storeInWorkbook = true, reviewedInDownload = false, all, reviewer }: ReviewDialogProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  useEffect(() => {
    setReason('');
    setTried(false);
  }, [finding]);
  const missing = reason.trim() === '';
  const save = () => {
    setTried(true);
    if (finding && !missing) onSave(finding, reason);
  };
  return (
    <Dialog open={finding !== undefined} onOpenChange={(_, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{t(text.reviewTitle)}</DialogTitle>
          <DialogContent className={styles.content}>
            {finding && (
              <Text block weight="semibold" className={styles.message}>
                {all && all.length > 1 ? t(text.reviewRuleIntro(finding.rule, all.length)) : t(finding.message)}
              </Text>
            )}
            <Text block>{t(storeInWorkbook ? text.reviewIntro : reviewedInDownload ? text.reviewIntroDownload : text.reviewIntroPage)}</Text>
            {reviewer && <Text block>{t(text.reviewBy(reviewer))}</Text>}
            <Field
              label={t(text.reason)}
              required
              validationMessage={tried && missing ? t(text.reasonRequired) : undefined}
              validationState={tried && missing ? 'error' : 'none'}
            >
              <Textarea value={reason} onChange={(_, data) => setReason(data.value)} resize="vertical" />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={save}>
              {t(text.save)}
            </Button>
            <Button onClick={onCancel}>{t(text.cancel)}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
