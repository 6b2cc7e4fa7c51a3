// 上一个 / 下一个 through the open findings in sheet order (the engine's order: sheet, row), as
// Excel's Error Checking steps through errors; Alt+↓ and Alt+↑ do the same from anywhere in the pane.
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronUpRegular } from '@fluentui/react-icons';
import { text, useI18n } from '../../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  position: { color: tokens.colorNeutralForeground2 },
});

export interface FindingNavProps {
  readonly total: number;
  /** 0-based position of the current finding, or undefined before the first step. */
  readonly index?: number;
  readonly onStep: (delta: 1 | -1) => void;
  /** A command is running: stepping (which selects cells) waits. */
  readonly disabled?: boolean;
}

export function FindingNav({ total, index, onStep, disabled = false }: FindingNavProps) {
  const { t } = useI18n();
  const styles = useStyles();
  if (total === 0) return null;
  return (
    <div className={styles.root} role="group" aria-label={t(text.navLabel)}>
      <Button size="small" icon={<ChevronUpRegular />} aria-keyshortcuts="Alt+ArrowUp" disabled={disabled} onClick={() => onStep(-1)}>
        {t(text.previous)}
      </Button>
      <Button size="small" icon={<ChevronDownRegular />} aria-keyshortcuts="Alt+ArrowDown" disabled={disabled} onClick={() => onStep(1)}>
        {t(text.next)}
      </Button>
      <Text size={200} className={styles.position} aria-live="polite">
        {t(index === undefined ? text.navTotal(total) : text.navPosition(index + 1, total))}
      </Text>
    </div>
  );
}
