// The container: owns the pane's state (usePaneController) and lays out the presentational parts.
import {
  Button, Caption1, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Subtitle1, tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { certainFixes } from '../../../core/actions/fixes';
import { rowStories } from '../../../core/actions/row-story';
import { verdictOf } from '../../../core/report/verdict';
import type { Finding } from '../../../core/findings/types';
import type { PerfHost } from '../../../hosts/types';
import type { ValidateBridge } from '../../bridge';
import { text, useI18n, type Language } from '../../i18n';
import type { ServicesSource } from '../../services';
import { usePaneController } from '../../state/usePaneController';
import { findingsCsv, findingsCsvName, findingsTable, type FindingsTable } from '../../findings-csv';
import { saveText } from '../../save-text';
import { ActionBar } from '../ActionBar';
import { BusyStatus } from '../BusyStatus';
import { HeaderRow } from '../HeaderRow';
import { ChangesDialog } from '../ChangesDialog';
import { FindingList } from '../FindingList';
import { FindingNav } from '../FindingNav';
import { Notices } from '../Notices';
import { ResultSummary } from '../ResultSummary';
import { ReviewDialog } from '../ReviewDialog';
import { ReviewedList } from '../ReviewedList';
import { RowStories } from '../RowStories';
import type { PreferenceStore } from '../../state/preferences';
import { SettingsPanel } from '../SettingsPanel';
import { TableSummaryCard } from '../TableSummaryCard';
import { ValidateBar } from '../ValidateBar';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    boxSizing: 'border-box',
    width: '100%',
    maxWidth: '100%',
    minWidth: 0,
    overflowX: 'hidden',
  },
  title: { margin: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  exports: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface PerfPaneProps {
  readonly host: PerfHost;
  /** The services, or their loader: the pane renders at once and loads them right after. */
  readonly services: ServicesSource;
  readonly language: Language;
  readonly onLanguageChange: (language: Language) => void;
  /** The ribbon's 校验 command runs the pane's validation through this. */
  readonly bridge?: ValidateBridge;
  readonly liveDelayMs?: number;
  /** Settings kept between sessions. */
  readonly preferences?: PreferenceStore;
  /** Saves the findings list as .xlsx where the page has a workbook writer (the preview); CSV only without it. */
  readonly onExportFindingsXlsx?: (table: FindingsTable, name: string) => void;
}

export function PerfPane({ host, services, language, onLanguageChange, bridge, liveDelayMs, preferences, onExportFindingsXlsx }: PerfPaneProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const c = usePaneController({ host, services, language, liveDelayMs, preferences });
  const { report } = c;
  const busy = c.busy !== undefined;
  // The command the pane waits on; a validation of its own shows its progress in ValidateBar.
  const activity = c.running ?? (busy ? 'validate' : undefined);
  const verdict = report ? verdictOf(report) : undefined;
  const batch = useMemo(() => (report ? certainFixes(report.findings) : undefined), [report]);
  const stories = useMemo(() => (report ? rowStories(report.findings) : []), [report]);
  const validate = c.validateFromOutside;

  useEffect(() => bridge?.attach(() => validate()), [bridge, validate]);

  // 上一个/下一个: a position in the findings as the engine sorted them (sheet, then row).
  // `reveal` is set when the position was reached by selecting the finding's cell in the sheet.
  const [position, setPosition] = useState<{ report: unknown; index: number; reveal?: number }>();
  const index = position && position.report === report ? position.index : undefined;
  const findings = report?.findings ?? [];
  const current = index !== undefined ? findings[index] : undefined;
  const reveal = index !== undefined ? position?.reveal : undefined;

  // A cell selected in the sheet opens its finding (the current one stays if it already covers the cell).
  const latest = useRef({ report, findings, current });
  latest.current = { report, findings, current };
  const reveals = useRef(0);
  // A selection the pane made itself (定位到, 上一个/下一个) is not a click in the sheet.
  const ownSelection = useRef<string | undefined>(undefined);
  const selectFinding = useCallback(
    (finding: Finding) => {
      ownSelection.current = finding.cells[0] ? `${finding.sheet}!${finding.cells[0].toUpperCase()}` : undefined;
      return c.select(finding);
    },
    [c.select],
  );
  useEffect(() => {
    if (!host.watchSelection) return undefined;
    let stop: (() => void) | undefined;
    let stopped = false;
    void host
      .watchSelection((sheet, address) => {
        const own = ownSelection.current;
        ownSelection.current = undefined;
        if (own === `${sheet}!${address.toUpperCase()}`) return;
        const { report: now, findings: list, current: at } = latest.current;
        const covers = (f: { sheet: string; cells: readonly string[] }) => f.sheet === sheet && f.cells.includes(address.toUpperCase());
        if (!now || (at && covers(at))) return;
        const found = list.findIndex(covers);
        if (found >= 0) setPosition({ report: now, index: found, reveal: ++reveals.current });
      })
      .then(
        (unsubscribe) => (stopped ? unsubscribe() : (stop = unsubscribe)),
        () => undefined,
      );
    return () => {
      stopped = true;
      stop?.();
    };
  }, [host]);
  const step = useCallback(
    (delta: 1 | -1) => {
      const total = findings.length;
      if (total === 0) return;
      const next = index === undefined ? (delta === 1 ? 0 : total - 1) : (index + delta + total) % total;
      setPosition({ report, index: next });
      void selectFinding(findings[next]);
    },
    [findings, index, report, selectFinding],
  );
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!event.altKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    event.preventDefault();
    if (busy) return;
    step(event.key === 'ArrowDown' ? 1 : -1);
  };

  return (
    <main className={styles.root} aria-label={t(text.appTitle)} onKeyDown={onKeyDown}>
      <Subtitle1 as="h1" className={styles.title}>
        {t(text.appTitle)}
      </Subtitle1>
      <ValidateBar busy={c.busy} progress={c.progress} onValidate={() => void c.validate()} onCancel={c.cancel} />
      <BusyStatus action={activity === 'validate' ? undefined : activity} />
      <Notices
        notice={c.notice}
        notes={c.notes}
        stale={c.stale}
        onRevalidate={() => void c.validate()}
        onDismiss={c.dismissNotice}
        perfFormulas={c.perfFormulas}
        onConvertFormulas={c.canConvertFormulas ? c.previewFormulaValues : undefined}
        disabled={busy}
      />
      {!report && <Caption1>{t(text.emptyState)}</Caption1>}
      {report && verdict && <ResultSummary verdict={verdict} counts={report.counts} profile={c.checkedProfile?.label} checkedAt={c.checkedAt} />}
      {report && (verdict === 'no-table' || c.headerHint) && (
        <HeaderRow
          hint={c.headerHint}
          canUse={c.canUseSelectedHeader && verdict === 'no-table'}
          disabled={busy}
          running={c.running === 'header'}
          onUse={() => void c.applySelectedHeader()}
          onClear={() => void c.clearHeaderHint()}
        />
      )}
      {report && c.autoHubei && (
        <MessageBar intent="info" layout="multiline" data-testid="auto-profile">
          <MessageBarBody>
            <MessageBarTitle>{t(text.autoHubeiTitle)}</MessageBarTitle>
            {t(text.autoHubeiWhy)}
          </MessageBarBody>
          <MessageBarActions>
            <Button disabled={busy} onClick={() => void c.useNational()}>{t(text.useNational)}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <ActionBar
        capabilities={host.capabilities}
        hasReport={report !== undefined}
        certainFixes={batch?.findings.length ?? 0}
        questionedFixes={batch?.questioned.length ?? 0}
        journal={c.journal}
        live={c.live}
        disabled={busy}
        running={c.running}
        onFixAll={c.previewAllFixes}
        onHighlight={() => void c.highlight()}
        onClearHighlights={() => void c.clearHighlights()}
        highlightNotes={c.highlightNotes}
        onHighlightNotesChange={c.setHighlightNotes}
        onUndo={() => void c.undo()}
        onExport={() => void c.exportReport()}
        onLiveChange={c.setLive}
      />
      {report && verdict !== 'no-table' && (
        <>
          <section className={styles.section} aria-label={t(text.findingsHeading)} aria-busy={busy}>
            <h2 className={styles.heading}>{t(text.findingsHeading)}</h2>
            <FindingNav total={findings.length} index={index} onStep={step} disabled={busy} />
            {findings.length > 0 && (
              <div className={styles.exports}>
                <Button
                  size="small"
                  onClick={() => saveText(findingsCsv(findings, language, c.ruleTitle), findingsCsvName(language, new Date()), 'text/csv;charset=utf-8')}
                >
                  {t(text.exportFindingsCsv)}
                </Button>
                {onExportFindingsXlsx && (
                  <Button
                    size="small"
                    onClick={() => onExportFindingsXlsx(findingsTable(findings, language, c.ruleTitle), findingsCsvName(language, new Date(), 'xlsx'))}
                  >
                    {t(text.exportFindingsXlsx)}
                  </Button>
                )}
              </div>
            )}
            <FindingList
              findings={report.findings}
              disabled={busy}
              canSelect={host.capabilities.select}
              ruleTitle={c.ruleTitle}
              onSelect={(f) => void selectFinding(f)}
              onFix={c.previewFix}
              onReview={c.openReview}
              current={current}
              reveal={reveal}
              onReviewRule={c.openReviewRule}
            />
            <RowStories stories={stories} canSelect={host.capabilities.select} ruleTitle={c.ruleTitle} onSelect={(f) => void selectFinding(f)} />
            <ReviewedList
              reviewed={report.reviewed}
              show={c.showReviewed}
              disabled={busy}
              onShowChange={c.setShowReviewed}
              onRestore={(mark) => void c.unreview(mark)}
            />
          </section>
          <section className={styles.section} aria-label={t(text.tablesHeading)}>
            <h2 className={styles.heading}>{t(text.tablesHeading)}</h2>
            {report.tables.map((table) => (
              <TableSummaryCard
                key={`${table.sheet}!${table.range}`}
                table={table}
                canInsertFormulas={c.canInsertFormulas}
                disabled={busy}
                onInsertFormulas={c.previewFormulas}
              />
            ))}
          </section>
        </>
      )}
      <SettingsPanel
        settings={c.settings}
        profile={c.profile}
        language={language}
        onChange={c.setSettings}
        readCustom={c.readCustom}
        onLanguageChange={onLanguageChange}
      >
        {c.canUseSelectedHeader && (
          <section className={styles.section} aria-label={t(text.headerRowHeading)}>
            <h3 className={styles.heading}>{t(text.headerRowHeading)}</h3>
            <HeaderRow
              hint={c.headerHint}
              canUse
              disabled={busy}
              running={c.running === 'header'}
              onUse={() => void c.applySelectedHeader()}
              onClear={() => void c.clearHeaderHint()}
            />
          </section>
        )}
      </SettingsPanel>
      <ChangesDialog
        open={c.dialog?.kind === 'changes'}
        title={c.dialog?.kind === 'changes' ? c.dialog.title : text.fixTitle}
        changes={c.dialog?.kind === 'changes' ? c.dialog.changes : []}
        skipped={c.dialog?.kind === 'changes' ? c.dialog.skipped : []}
        conflicts={c.dialog?.kind === 'changes' ? c.dialog.conflicts : 0}
        because={c.dialog?.kind === 'changes' ? c.dialog.because : undefined}
        questioned={c.dialog?.kind === 'changes' ? c.dialog.questioned : undefined}
        questionedSelf={c.dialog?.kind === 'changes' ? c.dialog.questionedSelf : undefined}
        disabled={busy}
        onApply={() => void c.applyDialog()}
        onCancel={c.closeDialog}
      />
      <ReviewDialog
        finding={c.dialog?.kind === 'review' ? c.dialog.finding : undefined}
        onSave={(finding, reason) => void c.review(finding, reason)}
        storeInWorkbook={host.capabilities.storeInWorkbook}
        reviewedInDownload={host.capabilities.reviewedInDownload === true}
        all={c.dialog?.kind === 'review' ? c.dialog.all : undefined}
        reviewer={c.dialog?.kind === 'review' ? host.reviewer?.() : undefined}
        onCancel={c.closeDialog}
      />
    </main>
  );
}
