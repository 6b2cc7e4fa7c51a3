// Findings grouped by severity, then by rule, with counts, as Excel's Accessibility Checker does.
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Finding, Message, RuleId, Severity } from '../../../core/findings/types';
import { text, useI18n } from '../../i18n';
import { FindingItem } from '../FindingItem';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const useStyles = makeStyles({
  rule: { margin: `${tokens.spacingVerticalS} 0 0 0`, fontSize: tokens.fontSizeBase300, overflowWrap: 'anywhere' },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  ruleHead: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  panel: { margin: 0, minWidth: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground2 },
});

export interface RuleGroup {
  readonly rule: RuleId;
  readonly findings: readonly Finding[];
}

/** Findings of one severity by rule, rules by id, findings in the engine's order (sheet, row). */
export function groupByRule(findings: readonly Finding[]): RuleGroup[] {
  const groups = new Map<RuleId, Finding[]>();
  for (const f of findings) (groups.get(f.rule) ?? groups.set(f.rule, []).get(f.rule)!).push(f);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([rule, list]) => ({ rule, findings: list }));
}

export interface FindingListProps {
  readonly findings: readonly Finding[];
  readonly disabled: boolean;
  readonly canSelect: boolean;
  readonly ruleTitle?: (rule: RuleId) => Message | undefined;
  readonly onSelect: (finding: Finding) => void;
  readonly onFix: (finding: Finding) => void;
  readonly onReview: (finding: Finding) => void;
  readonly current?: Finding;
  /** Ignore every finding of one rule with one reason. */
  readonly onReviewRule?: (findings: readonly Finding[]) => void;
}

export function FindingList({ findings, disabled, canSelect, ruleTitle, onSelect, onFix, onReview, current, onReviewRule }: FindingListProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const present = SEVERITIES.filter((s) => findings.some((f) => f.severity === s));
  if (present.length === 0) return <Text>{t(text.noFindings)}</Text>;
  return (
    <Accordion multiple collapsible defaultOpenItems={[...SEVERITIES]}>
      {present.map((severity) => {
        const ofSeverity = findings.filter((f) => f.severity === severity);
        return (
          <AccordionItem key={severity} value={severity}>
            <AccordionHeader as="h3" size="large">
              <span className={styles[severity]}>{t(text.severityHeading(text.severity[severity], ofSeverity.length))}</span>
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              {groupByRule(ofSeverity).map((group) => (
                <section key={group.rule} aria-label={t(text.ruleGroup(group.rule, ruleTitle?.(group.rule), group.findings.length))}>
                  <div className={styles.ruleHead}>
                    <h4 className={styles.rule}>{t(text.ruleGroup(group.rule, ruleTitle?.(group.rule), group.findings.length))}</h4>
                    {onReviewRule && group.findings.length > 1 && (
                      <Button
                        size="small"
                        appearance="subtle"
                        disabled={disabled}
                        aria-label={t(text.reviewRuleLabel(group.rule, group.findings.length))}
                        onClick={() => onReviewRule(group.findings)}
                      >
                        {t(text.reviewRule)}
                      </Button>
                    )}
                  </div>
                  <ul className={styles.list}>
                    {group.findings.map((finding, i) => (
                      <FindingItem
                        key={`${finding.sheet}!${finding.cells[0] ?? ''}#${i}`}
                        finding={finding}
                        disabled={disabled}
                        canSelect={canSelect}
                        onSelect={onSelect}
                        onFix={onFix}
                        onReview={onReview}
                        current={finding === current}
                      />
                    ))}
                  </ul>
                </section>
              ))}
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
