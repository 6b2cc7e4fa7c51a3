// Rows with several findings, read together: for each, the order to work through them (先改哪个):
// whether the row belongs, then its values, then its score, then its explanation.
import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Finding, Message, RuleId } from '../../../core/findings/types';
import { stepOf, type RowStory } from '../../../core/actions/row-story';
import { text, useI18n } from '../../i18n';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  story: { margin: 0, overflowWrap: 'anywhere' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, overflowWrap: 'anywhere' },
});

export interface RowStoriesProps {
  readonly stories: readonly RowStory[];
  readonly canSelect: boolean;
  readonly ruleTitle?: (rule: RuleId) => Message | undefined;
  readonly onSelect: (finding: Finding) => void;
}

export function RowStories({ stories, canSelect, ruleTitle, onSelect }: RowStoriesProps) {
  const { t } = useI18n();
  const styles = useStyles();
  if (stories.length === 0) return null;
  return (
    <section className={styles.root} aria-label={t(text.rowStoriesHeading(stories.length))}>
      <h3 className={styles.heading}>{t(text.rowStoriesHeading(stories.length))}</h3>
      {stories.map((story) => (
        <div key={`${story.sheet}!${story.row}`}>
          <Text as="p" weight="semibold" className={styles.story}>
            {t(text.rowStory(story.sheet, story.row, story.findings.length))}
          </Text>
          <ol className={styles.list}>
            {story.findings.map((f, i) => {
              const cell = f.cells[0];
              const ref = cell ? `${f.sheet}!${cell}` : f.sheet;
              return (
                <li key={`${f.rule}!${cell ?? ''}#${i}`}>
                  {t(text.rowStep[stepOf(f.rule)])}
                  {t(text.rowStepRule(f.rule, ruleTitle?.(f.rule)))}{' '}
                  {cell && canSelect ? (
                    <Link as="button" onClick={() => onSelect(f)} aria-label={t(text.goToCell(ref))}>
                      {cell}
                    </Link>
                  ) : (
                    cell ?? ''
                  )}
                </li>
              );
            })}
          </ol>
        </div>
      ))}
    </section>
  );
}
