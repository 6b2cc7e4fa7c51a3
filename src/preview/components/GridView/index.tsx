// The workbook beside the pane: sheet tabs (with each sheet's finding counts), a cell bar that shows
// the selected cell in full, and the selected sheet drawn read-only (SheetTable).
import { Badge, Caption1, makeStyles, mergeClasses, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { parseA1 } from '../../../core/grid/address';
import type { Finding, Severity } from '../../../core/findings/types';
import type { SheetGrid } from '../../../core/grid/types';
import { useI18n } from '../../../taskpane/i18n';
import { cellContentLine } from '../../grid/cell-text';
import { sheetLayout } from '../../grid/layout';
import { countsBySheet, severityByCell } from '../../grid/severity';
import { previewText } from '../../texts';
import { SheetTable } from '../SheetTable';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0, minHeight: 0, flexGrow: 1 },
  tabs: { overflowX: 'auto', flexShrink: 0 },
  tabLabel: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  bar: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'baseline',
    minHeight: '28px',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    flexShrink: 0,
    minWidth: 0,
  },
  address: { fontWeight: tokens.fontWeightSemibold, minWidth: '64px', flexShrink: 0 },
  content: { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap', maxHeight: '6.5em', overflowY: 'auto', minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  notes: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground3, flexShrink: 0 },
  empty: { padding: tokens.spacingVerticalL },
});

const BADGE_COLOR: Readonly<Record<Severity, 'danger' | 'warning' | 'informative'>> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

export interface GridViewProps {
  readonly sheets: readonly SheetGrid[];
  readonly active: string | undefined;
  readonly findings: readonly Finding[];
  readonly selection?: { readonly sheet: string; readonly address: string; readonly nonce: number };
  readonly onActiveChange: (sheet: string) => void;
  readonly onSelect: (sheet: string, address: string) => void;
}

export function GridView({ sheets, active, findings, selection, onActiveChange, onSelect }: GridViewProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const sheet = sheets.find((s) => s.name === active) ?? sheets[0];
  const layout = useMemo(() => (sheet ? sheetLayout(sheet) : undefined), [sheet]);
  const severities = useMemo(() => (sheet ? severityByCell(findings, sheet.name) : new Map<string, Severity>()), [findings, sheet]);
  const counts = useMemo(() => countsBySheet(findings), [findings]);
  const selected = selection && sheet && selection.sheet === sheet.name ? selection : undefined;
  const at = selected && parseA1(selected.address);
  const selectedCell = at && sheet ? sheet.rows[at.row - 1]?.[at.col - 1] : undefined;

  return (
    <div className={styles.root}>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={sheet?.name}
        onTabSelect={(_, data) => onActiveChange(String(data.value))}
        aria-label={t(previewText.sheets)}
      >
        {sheets.map((s) => {
          const c = counts.get(s.name);
          const total = c ? c.error + c.warning + c.info : 0;
          const gravest: Severity | undefined = c ? (c.error ? 'error' : c.warning ? 'warning' : 'info') : undefined;
          const hidden = s.visibility && s.visibility !== 'visible' ? t(previewText.hiddenSheet) : '';
          const countsText = c ? `：${t(previewText.sheetCounts(c.error, c.warning, c.info))}` : '';
          return (
            <Tab key={s.name} value={s.name} aria-label={`${s.name}${hidden}${countsText}`}>
              <span className={styles.tabLabel}>
                {s.name}
                {hidden}
                {gravest && total > 0 && (
                  <Badge size="small" appearance="tint" color={BADGE_COLOR[gravest]}>
                    {total}
                  </Badge>
                )}
              </span>
            </Tab>
          );
        })}
      </TabList>
      <div className={styles.bar} aria-label={t(previewText.cellBarLabel)} aria-live="polite" data-testid="cell-bar">
        {selected ? (
          <>
            <Text className={styles.address}>{selected.address}</Text>
            <Text className={styles.content}>{cellContentLine(selectedCell)}</Text>
          </>
        ) : (
          <Caption1 className={styles.muted}>{t(previewText.cellBarEmpty)}</Caption1>
        )}
      </div>
      {sheet && layout && layout.heights.length > 0 ? (
        <SheetTable
          key={sheet.name}
          sheet={sheet}
          layout={layout}
          severities={severities}
          selected={selected}
          label={t(previewText.gridLabel(sheet.name))}
          onCellClick={(address) => onSelect(sheet.name, address)}
        />
      ) : (
        <Text className={mergeClasses(styles.empty, styles.muted)}>{t(previewText.emptySheet)}</Text>
      )}
      <div className={styles.notes}>
        <Caption1>{t(previewText.legend)}</Caption1>
        {layout && <Caption1>{t(previewText.rowsNote(layout.heights.length))}</Caption1>}
        {layout?.columnsCapped && sheet && <Caption1>{t(previewText.columnsCapped(layout.columns, sheet.colCount))}</Caption1>}
      </div>
    </div>
  );
}
