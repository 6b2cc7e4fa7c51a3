// The seed with markup where a workbook holds text: two indicator names (B21 预算完成率, B8), a unit
// (D8) and the sheet name. Shown by the pane, it must stay characters (jsdom and Chromium tests).
import type { Cell, SheetGrid, WorkbookGrid } from '../../../src/core/grid/types';
import { seed, workbookGrid } from '../../hosts/excel/tables';

export const IMG = '<img src=x onerror="window.__perfXss=1">';
export const SCRIPT = '<script>window.__perfXss=2</script>';
export const SHEET = '<img src=x onerror=alert(1)>';

function put(sheet: SheetGrid, [r, c]: [number, number], value: string): SheetGrid {
  const rows = sheet.rows.map((row) => (row ? [...row] : row));
  const row = (rows[r - 1] ??= []) as Array<Cell | undefined>;
  row[c - 1] = { value };
  return { ...sheet, rows };
}

export function hostileSeed(): WorkbookGrid {
  let sheet = workbookGrid(seed).sheets[0];
  sheet = put(sheet, [21, 2], `预算完成率${IMG}`);
  sheet = put(sheet, [8, 2], `保卫蓝天整治次${SCRIPT}`);
  sheet = put(sheet, [8, 4], `${IMG}次`);
  return { name: 'hostile.xlsx', sheets: [{ ...sheet, name: SHEET }] };
}

/** Elements markup in a cell would have created, had it been parsed as HTML. */
export const INJECTED_SELECTOR = 'img[src="x"], script:not([src]), [onerror], iframe, object, embed';
