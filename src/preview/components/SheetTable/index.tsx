// One sheet drawn read-only as a table: column letters and row numbers stay in view, merged areas are
// drawn merged, cells the findings name are tinted by severity, the selected cell is outlined and
// scrolled into view. The arrow keys, Home and End move the selection as in a spreadsheet (focus
// follows the selected cell); a cell selected so is reported like a click, so its finding opens. Only the rows in view (plus a margin) are in the DOM, whatever the sheet's size.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type UIEvent } from 'react';
import { a1, columnLetters, parseA1 } from '../../../core/grid/address';
import type { Severity } from '../../../core/findings/types';
import type { SheetGrid } from '../../../core/grid/types';
import { cellText } from '../../grid/cell-text';
import { cellKey, mergeAt, ROW_HEADER_WIDTH, rowWindow, windowMerges, type SheetLayout } from '../../grid/layout';
import { MOVE_KEYS, moveSelection, type MoveKey } from '../../grid/move';

/** Height of the column-letter header row. */
const HEADER_HEIGHT = 24;
/** Used until the viewport has been measured (and where nothing is laid out, as in tests). */
const FALLBACK_VIEWPORT = 720;

export const SEVERITY_TINTS: Readonly<Record<Severity, string>> = {
  error: '#F8C9C4',
  warning: '#FCE7A8',
  info: '#CFE2F3',
};

const useStyles = makeStyles({
  viewport: {
    position: 'relative',
    overflow: 'auto',
    flexGrow: 1,
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    tableLayout: 'fixed',
    borderCollapse: 'separate',
    borderSpacing: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: '16px',
  },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    height: `${HEADER_HEIGHT}px`,
    padding: 0,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    textAlign: 'center',
  },
  corner: { left: 0, zIndex: 3 },
  rowHead: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'right',
  },
  hiddenRow: { color: tokens.colorNeutralForegroundDisabled, fontStyle: 'italic' },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    verticalAlign: 'middle',
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    color: tokens.colorNeutralForeground1,
    cursor: 'cell',
  },
  number: { textAlign: 'right' },
  error: { backgroundColor: SEVERITY_TINTS.error },
  warning: { backgroundColor: SEVERITY_TINTS.warning },
  info: { backgroundColor: SEVERITY_TINTS.info },
  selected: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: '-2px',
    position: 'relative',
    zIndex: 1,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  clip: { overflow: 'hidden', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

export interface SheetTableProps {
  readonly sheet: SheetGrid;
  readonly layout: SheetLayout;
  readonly severities: ReadonlyMap<string, Severity>;
  /** The selected cell ('I21') and a token that changes on every selection (scroll again). */
  readonly selected?: { readonly address: string; readonly nonce: number };
  readonly label: string;
  readonly onCellClick: (address: string) => void;
}

export function SheetTable({ sheet, layout, severities, selected, label, onCellClick }: SheetTableProps) {
  const styles = useStyles();
  const viewport = useRef<HTMLDivElement>(null);
  const frame = useRef(0);
  const [view, setView] = useState({ top: 0, height: FALLBACK_VIEWPORT });

  const measure = useCallback(() => {
    const el = viewport.current;
    if (!el) return;
    setView({ top: el.scrollTop, height: el.clientHeight || FALLBACK_VIEWPORT });
  }, []);

  const onScroll = useCallback(
    (_: UIEvent) => {
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(measure);
    },
    [measure],
  );

  useLayoutEffect(() => {
    measure();
    window.addEventListener('resize', measure);
    return () => {
      window.removeEventListener('resize', measure);
      cancelAnimationFrame(frame.current);
    };
  }, [measure]);

  // The selected cell (or the merged area holding it), as the anchor the table draws.
  const target = useMemo(() => {
    const at = selected && parseA1(selected.address);
    if (!at) return undefined;
    const merge = mergeAt(sheet.merges, at.row, at.col);
    return merge ? { row: merge.top, col: merge.left, bottom: merge.bottom } : { row: at.row, col: at.col, bottom: at.row };
  }, [selected, sheet.merges]);

  // Scroll a newly selected cell into view (a third from the top), then draw the rows around it.
  useLayoutEffect(() => {
    const el = viewport.current;
    if (!el || !target || target.row > layout.heights.length) return;
    const height = el.clientHeight || FALLBACK_VIEWPORT;
    const y = layout.tops[target.row - 1] + HEADER_HEIGHT;
    const bottom = layout.tops[Math.min(target.bottom, layout.heights.length)] + HEADER_HEIGHT;
    if (y < el.scrollTop + HEADER_HEIGHT || bottom > el.scrollTop + height) el.scrollTop = Math.max(0, y - height / 3);
    if (target.col <= layout.columns) {
      const x = layout.lefts[target.col - 1];
      const width = el.clientWidth || 0;
      if (width > 0 && (x < el.scrollLeft + ROW_HEADER_WIDTH || x + layout.widths[target.col - 1] > el.scrollLeft + width)) {
        el.scrollLeft = Math.max(0, x - ROW_HEADER_WIDTH - 24);
      }
    }
    measure();
  }, [target, selected?.nonce, layout, measure]);

  const window_ = rowWindow(layout, Math.max(0, view.top - HEADER_HEIGHT), view.height);

  // A selection made with the keyboard takes the focus to its cell once drawn, so the next key moves
  // on from there. The cursor is the cell the keys are on: inside a merged area it keeps the row (or
  // column) the user came from, while the selection is the area's anchor.
  const movedByKey = useRef(false);
  const cursor = useRef<{ row: number; col: number; anchor: string } | undefined>(undefined);
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (!MOVE_KEYS.includes(event.key) || event.altKey || event.metaKey || event.shiftKey) return;
      const rows = layout.heights.length;
      if (rows === 0 || layout.columns === 0) return;
      event.preventDefault();
      let next: { address: string; row: number; col: number };
      if (!target) {
        const row = Math.min(Math.max(window_.first, 1), rows);
        next = { address: a1(row, 1), row, col: 1 };
      } else {
        const anchor = a1(target.row, target.col);
        const from = cursor.current?.anchor === anchor ? cursor.current : target;
        next = moveSelection(from, event.key as MoveKey, { rows, columns: layout.columns, merges: sheet.merges }, event.ctrlKey);
      }
      movedByKey.current = true;
      cursor.current = { row: next.row, col: next.col, anchor: next.address };
      onCellClick(next.address);
    },
    [layout, target, window_.first, sheet.merges, onCellClick],
  );
  useEffect(() => {
    if (!movedByKey.current || !target) return;
    movedByKey.current = false;
    viewport.current?.querySelector<HTMLElement>(`td[data-address="${a1(target.row, target.col)}"]`)?.focus({ preventScroll: true });
  }, [target, selected?.nonce]);
  const merges = useMemo(() => windowMerges(sheet.merges, window_, layout.columns), [sheet.merges, window_.first, window_.last, layout.columns]);
  const hidden = useMemo(() => new Set(sheet.hiddenRows ?? []), [sheet.hiddenRows]);
  const spanHeight = (row: number, span: number) => layout.tops[row - 1 + span] - layout.tops[row - 1];

  const rows = [];
  for (let r = window_.first; r <= window_.last && r > 0; r++) {
    const cells = [];
    for (let c = 1; c <= layout.columns; c++) {
      const key = cellKey(r, c);
      if (merges.covered.has(key)) continue;
      const drawn = merges.anchors.get(key);
      const top = drawn ? drawn.rect.top : r;
      const cell = sheet.rows[top - 1]?.[c - 1];
      const address = a1(top, c);
      const text = cellText(cell);
      const severity = severities.get(cellKey(top, c));
      const isSelected = target !== undefined && target.row === top && target.col === c;
      cells.push(
        <td
          key={c}
          rowSpan={drawn && drawn.rowSpan > 1 ? drawn.rowSpan : undefined}
          colSpan={drawn && drawn.colSpan > 1 ? drawn.colSpan : undefined}
          data-address={address}
          data-severity={severity}
          data-selected={isSelected ? 'true' : undefined}
          aria-selected={isSelected || undefined}
          tabIndex={isSelected ? -1 : undefined}
          title={text || undefined}
          className={mergeClasses(
            styles.cell,
            typeof cell?.value === 'number' && styles.number,
            severity && styles[severity],
            isSelected && styles.selected,
          )}
          onClick={() => onCellClick(address)}
        >
          {text && (
            <div className={styles.clip} style={{ maxHeight: spanHeight(r, drawn?.rowSpan ?? 1) - 4 }}>
              {text}
            </div>
          )}
        </td>,
      );
    }
    rows.push(
      <tr key={r} style={{ height: layout.heights[r - 1] }}>
        <th scope="row" className={mergeClasses(styles.rowHead, hidden.has(r) && styles.hiddenRow)}>
          {r}
        </th>
        {cells}
      </tr>,
    );
  }

  const above = window_.first > 1 ? layout.tops[window_.first - 1] : 0;
  const below = window_.last > 0 ? layout.tops[layout.heights.length] - layout.tops[window_.last] : 0;
  const spacer = (height: number, key: string) =>
    height > 0 ? (
      <tr key={key} aria-hidden="true" style={{ height }}>
        <td colSpan={layout.columns + 1} />
      </tr>
    ) : null;

  return (
    <div ref={viewport} className={styles.viewport} tabIndex={0} role="region" aria-label={label} onScroll={onScroll} onKeyDown={onKeyDown} data-testid="sheet-viewport">
      <table className={styles.table} style={{ width: layout.totalWidth }} aria-rowcount={layout.heights.length + 1}>
        <colgroup>
          <col style={{ width: ROW_HEADER_WIDTH }} />
          {layout.widths.map((w, i) => (
            <col key={i} style={{ width: w }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className={mergeClasses(styles.head, styles.corner)} aria-label={sheet.name} />
            {layout.widths.map((_, i) => (
              <th key={i} scope="col" className={styles.head}>
                {columnLetters(i + 1)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spacer(above, 'above')}
          {rows}
          {spacer(below, 'below')}
        </tbody>
      </table>
    </div>
  );
}
