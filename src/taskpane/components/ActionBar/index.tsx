// Commands on the whole result: fix all certain issues, highlights, undo, export, live re-check.
import { Button, Checkbox, makeStyles, Spinner, Switch, tokens } from '@fluentui/react-components';
import type { HostCapabilities, JournalEntry } from '../../../hosts/types';
import { text, useI18n } from '../../i18n';
import type { Action } from '../../state/usePaneController';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  why: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

export interface ActionBarProps {
  readonly capabilities: HostCapabilities;
  readonly hasReport: boolean;
  readonly certainFixes: number;
  /** Fixes left out of fix-all because their row questions them: the preview says which and why. */
  readonly questionedFixes?: number;
  readonly journal: readonly JournalEntry[];
  readonly live: boolean;
  readonly disabled: boolean;
  /** The command running: its button shows a spinner. */
  readonly running?: Action;
  readonly onFixAll: () => void;
  readonly onHighlight: () => void;
  readonly onClearHighlights: () => void;
  /** 同时写入批注: 高亮 also writes a note to each flagged cell. */
  readonly highlightNotes?: boolean;
  readonly onHighlightNotesChange?: (on: boolean) => void;
  readonly onUndo: () => void;
  readonly onExport: () => void;
  readonly onLiveChange: (live: boolean) => void;
}

export function ActionBar(props: ActionBarProps) {
  const { capabilities, hasReport, certainFixes, journal, live, disabled } = props;
  const { t } = useI18n();
  const styles = useStyles();
  const last = journal[journal.length - 1];
  const spin = (action: Action) => (props.running === action ? <Spinner size="tiny" aria-hidden="true" /> : undefined);
  return (
    <div className={styles.root} role="group" aria-label={t(text.actionsHeading)}>
      <div className={styles.buttons}>
        {hasReport && (
          <Button size="small" disabled={disabled || (certainFixes === 0 && !props.questionedFixes)} onClick={props.onFixAll} icon={spin('fixAll')}>
            {t(text.fixAll(certainFixes))}
          </Button>
        )}
        <Button size="small" disabled={disabled || !last} onClick={props.onUndo} title={last ? t(text.undoWhat(last.label)) : undefined} icon={spin('undo')}>
          {t(text.undo)}
        </Button>
        {capabilities.highlight && hasReport && (
          <Button size="small" disabled={disabled} onClick={props.onHighlight} icon={spin('highlight')}>
            {t(text.highlight)}
          </Button>
        )}
        {capabilities.highlight && hasReport && props.onHighlightNotesChange && (
          <Checkbox
            checked={capabilities.cellNotes === true && props.highlightNotes === true}
            disabled={disabled || capabilities.cellNotes !== true}
            onChange={(_, data) => props.onHighlightNotesChange?.(data.checked === true)}
            label={t(text.highlightNotes)}
            title={capabilities.cellNotes === true ? t(text.highlightNotesHint) : capabilities.cellNotesWhy ? t(capabilities.cellNotesWhy) : undefined}
          />
        )}
        {capabilities.highlight && (
          <Button size="small" disabled={disabled} onClick={props.onClearHighlights} icon={spin('clearHighlights')}>
            {t(text.clearHighlights)}
          </Button>
        )}
        {capabilities.addSheet && hasReport && (
          <Button size="small" disabled={disabled} onClick={props.onExport} icon={spin('export')}>
            {t(text.exportReport)}
          </Button>
        )}
      </div>
      {capabilities.highlight && capabilities.cellNotes !== true && capabilities.cellNotesWhy && hasReport && (
        <span className={styles.why}>{t(capabilities.cellNotesWhy)}</span>
      )}
      {capabilities.watchChanges && hasReport && (
        <Switch checked={live} disabled={disabled} onChange={(_, data) => props.onLiveChange(data.checked)} label={t(text.live)} title={t(text.liveHint)} />
      )}
    </div>
  );
}
