// The page's header: what is open, 打开 (file picker), 下载修正后的工作簿, the language, and the
// promise that nothing leaves the machine.
import { Button, Caption1, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { useRef } from 'react';
import { useI18n, type Language } from '../../../taskpane/i18n';
import { previewText } from '../../texts';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { margin: 0 },
  file: { display: 'flex', flexDirection: 'column', minWidth: 0, flexGrow: 1, flexBasis: '200px' },
  name: { overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  input: { display: 'none' },
});

export interface FileBarProps {
  readonly fileName?: string;
  readonly opening?: string;
  readonly changedCells: number;
  readonly canDownload: boolean;
  readonly language: Language;
  readonly onOpen: (files: FileList | null) => void;
  readonly onDownload: () => void;
  /** PERF formulas in the workbook: the download is offered with them turned into values too. */
  readonly perfFormulas?: number;
  readonly onDownloadValues?: () => void;
  readonly onLanguageChange: (language: Language) => void;
}

export function FileBar({ fileName, opening, changedCells, canDownload, language, onOpen, onDownload, onLanguageChange, perfFormulas = 0, onDownloadValues }: FileBarProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <header className={styles.root}>
      <Subtitle2 as="h1" className={styles.title}>
        {t(previewText.title)}
      </Subtitle2>
      <div className={styles.file}>
        <Text className={styles.name} data-testid="file-name">
          {opening ? t(previewText.opening(opening)) : (fileName ?? t(previewText.noFile))}
        </Text>
        <Caption1 className={styles.muted}>
          {fileName ? `${t(previewText.downloadHint(changedCells))} ` : ''}
          {fileName && perfFormulas > 0 ? `${t(previewText.formulasHint(perfFormulas))} ` : ''}
          {t(previewText.privacy)}
        </Caption1>
      </div>
      <div className={styles.actions}>
        <input
          ref={input}
          className={styles.input}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={t(previewText.openLabel)}
          data-testid="file-input"
          onChange={(event) => {
            onOpen(event.currentTarget.files);
            event.currentTarget.value = ''; // the same file can be opened again
          }}
        />
        <Button icon={<FolderOpenRegular />} onClick={() => input.current?.click()}>
          {t(previewText.open)}
        </Button>
        <Button appearance="primary" icon={<ArrowDownloadRegular />} disabled={!canDownload} onClick={onDownload}>
          {t(previewText.download)}
        </Button>
        {perfFormulas > 0 && onDownloadValues && (
          <Button icon={<ArrowDownloadRegular />} disabled={!canDownload} onClick={onDownloadValues}>
            {t(previewText.downloadValues)}
          </Button>
        )}
        <Button appearance="subtle" lang={language === 'zh' ? 'en' : 'zh-CN'} onClick={() => onLanguageChange(language === 'zh' ? 'en' : 'zh')}>
          {language === 'zh' ? 'English' : '中文'}
        </Button>
      </div>
    </header>
  );
}
