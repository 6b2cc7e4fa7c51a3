// Findings grouped by severity, then by rule, with counts, as Excel's Accessibility Checker does.
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { Finding, Message, RuleId, Severity } from '../../../core/findings/types';
import { text, useI18n } from '../../i18n';
import { FindingItem } from '../FindingItem';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const useStyles = makeStyles({
  rule: { margin: `${tokens.spacingVerticalS} 0 0 0`, fontSize: tokens.fontSizeBase300, overflowWrap: 'anywhere', minWidth: 0 },
  ruleToggle: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, minWidth: 0, height: 'auto', whiteSpace: 'normal' },
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
  /** Changes each time the current finding is reached from its cell: its groups open and it expands. */
  readonly reveal?: number;
}

export function FindingList({ findings, disabled, canSelect, ruleTitle, onSelect, onFix, onReview, current, onReviewRule, reveal }: FindingListProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [openSeverities, setOpenSeverities] = useState<readonly Severity[]>(SEVERITIES);
  const [closedRules, setClosedRules] = useState<ReadonlySet<string>>(new Set());
  // The finding stepped to or reached from its cell is never left inside a closed group.
  useEffect(() => {
    if (!current) return;
    setOpenSeverities((open) => (open.includes(current.severity) ? open : [...open, current.severity]));
    const key = `${current.severity}:${current.rule}`;
    setClosedRules((closed) => {
      if (!closed.has(key)) return closed;
      const next = new Set(closed);
      next.delete(key);
      return next;
    });
  }, [current, reveal]);
  const toggleRule = (key: string) =>
    setClosedRules((closed) => {
      const next = new Set(closed);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const present = SEVERITIES.filter((s) => findings.some((f) => f.severity === s));
  if (present.length === 0) return <Text>{t(text.noFindings)}</Text>;
  return (
    <Accordion
      multiple
      collapsible
      openItems={[...openSeverities]}
      onToggle={(_, data) => setOpenSeverities((data.openItems as Severity[]).filter((v) => SEVERITIES.includes(v)))}
    >
      {present.map((severity) => {
        const ofSeverity = findings.filter((f) => f.severity === severity);
        return (
          <AccordionItem key={severity} value={severity}>
            <AccordionHeader as="h3" size="large">
              <span className={styles[severity]}>{t(text.severityHeading(text.severity[severity], ofSeverity.length))}</span>
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              {groupByRule(ofSeverity).map((group) => {
                const key = `${severity}:${group.rule}`;
                const open = !closedRules.has(key);
                const listId = `perf-rule-${key.replace(/[^A-Za-z0-9-]/g, '-')}`;
                return (
                <section key={group.rule} aria-label={t(text.ruleGroup(group.rule, ruleTitle?.(group.rule), group.findings.length))}>
                  <div className={styles.ruleHead}>
                    <h4 className={styles.rule}>
                      <Button
                        appearance="transparent"
                        size="small"
                        className={styles.ruleToggle}
                        icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
                        aria-expanded={open}
                        aria-controls={listId}
                        onClick={() => toggleRule(key)}
                      >
                        {t(text.ruleGroup(group.rule, ruleTitle?.(group.rule), group.findings.length))}
                      </Button>
                    </h4>
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
                  <ul id={listId} className={styles.list} hidden={!open}>
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
                        reveal={finding === current ? reveal : undefined}
                      />
                    ))}
                  </ul>
                </section>
                );
              })}
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
