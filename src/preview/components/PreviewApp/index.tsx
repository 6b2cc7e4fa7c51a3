// The preview page: the same pane as in Excel (PerfPane) over the file host, beside a read-only view
// of the workbook. Files come from the picker or a drop and never leave the page; fixes go through
// the pane's preview and undo; the download is the original file with the fixed cells rewritten.
// layout 'pane' shows the pane alone, as Excel's task pane would (used for the narrow screenshots).
import { Button, FluentProvider, makeStaticStyles, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text, tokens, webLightTheme } from '@fluentui/react-components';
import { useCallback, useEffect, useState, type DragEvent } from 'react';
import { I18nProvider, languageTag, useI18n, type Language } from '../../../taskpane/i18n';
import { PerfPane } from '../../../taskpane/components/PerfPane';
import type { FindingsTable } from '../../../taskpane/findings-csv';
import { findingsXlsx } from '../../findings-xlsx';
import { usePreviewWorkbook, type PreviewDeps, type PreviewWorkbook } from '../../state/usePreviewWorkbook';
import { previewText } from '../../texts';
import { FileBar } from '../FileBar';
import { GridView } from '../GridView';

// The page is the app: no default body margin (styles reach the page only through Griffel, see the CSP).
const usePageStyles = makeStaticStyles({ 'html, body': { margin: 0, padding: 0 } });

// Layout classes go on a div inside the FluentProvider, never on the provider: Fluent copies the
// provider's classes onto the mount node of every portal (dialogs, tooltips), and a full-height white
// mount node would hide the page behind a dialog.
const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100vh', overflow: 'hidden', position: 'relative' },
  paneOnly: { minHeight: '100vh', maxWidth: '100%', overflowX: 'hidden' },
  messages: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: `0 ${tokens.spacingHorizontalL}` },
  body: {
    display: 'flex',
    flexGrow: 1,
    minHeight: 0,
    '@media (max-width: 799px)': { flexDirection: 'column', overflowY: 'auto' },
  },
  grid: {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    minWidth: 0,
    minHeight: 0,
    padding: tokens.spacingHorizontalM,
    '@media (max-width: 799px)': { minHeight: '70vh' },
  },
  pane: {
    width: '400px',
    flexShrink: 0,
    overflowY: 'auto',
    overflowX: 'hidden',
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    '@media (max-width: 799px)': { width: '100%', borderLeft: 'none', overflowY: 'visible' },
  },
  hint: { margin: 'auto', padding: tokens.spacingVerticalXXL, color: tokens.colorNeutralForeground3, textAlign: 'center' },
  drop: {
    position: 'absolute',
    inset: 0,
    zIndex: 10,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    backgroundColor: 'rgba(15, 108, 189, 0.12)',
    border: `3px dashed ${tokens.colorBrandStroke1}`,
    pointerEvents: 'none',
  },
});

export interface PreviewOptions {
  readonly layout: 'full' | 'pane';
  /** Open the sample workbook at start. */
  readonly sample: boolean;
  /** Validate each workbook as soon as it is open. */
  readonly validate: boolean;
  readonly language: Language;
  /** The address named the language (?lang=): it wins over the one kept from the last visit. */
  readonly languageFromUrl?: boolean;
}

export interface PreviewAppProps {
  readonly options: PreviewOptions;
  readonly deps: PreviewDeps;
  /** The sample workbook's bytes and name (fetched from the page's own origin). */
  readonly loadSample?: () => Promise<{ readonly data: ArrayBuffer; readonly name: string }>;
}

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

function Messages({ state }: { state: PreviewWorkbook }) {
  const { t } = useI18n();
  const styles = useStyles();
  if (!state.problem && !state.notice) return null;
  return (
    <div className={styles.messages}>
      {state.problem && (
        <MessageBar intent="error" layout="multiline" role="alert" data-testid="page-problem">
          <MessageBarBody>
            <MessageBarTitle>{t(state.problem.title)}</MessageBarTitle>
            {t(state.problem.message)}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="transparent" onClick={state.dismissProblem}>
              {t(previewText.dismiss)}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.notice && (
        <MessageBar intent={state.notice.intent} layout="multiline" data-testid="page-notice">
          <MessageBarBody>{t(state.notice.message)}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="transparent" onClick={state.dismissNotice}>
              {t(previewText.dismiss)}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}

export function PreviewApp({ options, deps, loadSample }: PreviewAppProps) {
  usePageStyles();
  const styles = useStyles();
  const [language, setLanguageState] = useState<Language>(() =>
    options.languageFromUrl ? options.language : (deps.preferences?.load()?.language ?? options.language),
  );
  const preferences = deps.preferences;
  const setLanguage = useCallback(
    (next: Language) => {
      setLanguageState(next);
      preferences?.save({ language: next });
    },
    [preferences],
  );
  const [dragging, setDragging] = useState(false);
  const state = usePreviewWorkbook(deps);
  const { reportProblem: report } = state;
  // The findings list as .xlsx: ExcelJS is in this page already (it reads the opened file).
  const exportFindingsXlsx = useCallback(
    (table: FindingsTable, name: string) => {
      findingsXlsx(table).then(
        (data) => deps.save(data, name),
        (error: unknown) => {
          const detail = error instanceof Error ? error.message : String(error);
          report(previewText.findingsExportFailed, { zh: detail, en: detail });
        },
      );
    },
    [deps, report],
  );
  const { openBytes, reportProblem } = state;

  useEffect(() => {
    if (!options.sample || !loadSample) return;
    loadSample()
      .then(({ data, name }) => openBytes(data, name, options.validate))
      .catch((error: unknown) => {
        const detail = error instanceof Error ? error.message : String(error);
        reportProblem(previewText.sampleFailed, { zh: detail, en: detail });
      });
  }, [options.sample, options.validate, loadSample, openBytes, reportProblem]);

  const pane = state.file && state.services && (
    <PerfPane
      key={state.fileKey}
      host={state.file.host}
      services={state.services}
      language={language}
      onLanguageChange={setLanguage}
      bridge={state.bridge}
      preferences={preferences}
      onExportFindingsXlsx={exportFindingsXlsx}
    />
  );

  if (options.layout === 'pane') {
    return (
      <FluentProvider theme={webLightTheme} lang={languageTag(language)}>
        <div className={styles.paneOnly}>
          <I18nProvider language={language}>
            <Messages state={state} />
            {pane}
          </I18nProvider>
        </div>
      </FluentProvider>
    );
  }

  const dropHandlers = {
    onDragOver: (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    },
    onDragLeave: (event: DragEvent) => {
      if (event.currentTarget === event.target) setDragging(false);
    },
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      setDragging(false);
      void state.openFiles(event.dataTransfer?.files);
    },
  };

  return (
    <FluentProvider theme={webLightTheme} lang={languageTag(language)}>
      <div className={styles.root} {...dropHandlers} data-testid="preview-root">
        <I18nProvider language={language}>
          <FileBar
            fileName={state.file?.name}
            opening={state.opening}
            changedCells={state.changedCells}
            canDownload={state.file !== undefined}
            language={language}
            onOpen={(files) => void state.openFiles(files ? Array.from(files) : [])}
            onDownload={() => void state.download(language)}
            perfFormulas={state.perfFormulas}
            onDownloadValues={() => void state.downloadValues(language)}
            onLanguageChange={setLanguage}
          />
          <Messages state={state} />
          <div className={styles.body}>
            <section className={styles.grid} aria-label={state.file?.name ?? previewText.noFile[language]}>
              {state.file ? (
                <GridView
                  sheets={state.sheets}
                  active={state.active}
                  findings={state.findings}
                  selection={state.selection}
                  onActiveChange={state.setActive}
                  onSelect={state.selectCell}
                />
              ) : (
                <Text className={styles.hint}>{previewText.noFile[language]}</Text>
              )}
            </section>
            {pane && (
              <aside className={styles.pane} aria-label={previewText.paneLabel[language]}>
                {pane}
              </aside>
            )}
          </div>
          {dragging && (
            <div className={styles.drop} aria-hidden="true">
              <Text size={500} weight="semibold">
                {previewText.dropHere[language]}
              </Text>
            </div>
          )}
        </I18nProvider>
      </div>
    </FluentProvider>
  );
}
