// The grid view's geometry and text: number formats as the forms display them, sizes estimated from
// text, virtual row windows over huge sheets, merged areas clipped to the window, severity tints.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../src/core/findings/types';
import type { SheetGrid } from '../../src/core/grid/types';
import { readWorkbookFromBuffer } from '../../src/hosts/file';
import { cellContentLine, cellText, formatNumber } from '../../src/preview/grid/cell-text';
import {
  BASE_ROW_HEIGHT, cellKey, linesNeeded, MAX_DRAWN_COLUMNS, MAX_LINES, mergeAt, rowAt, rowWindow, sheetLayout, textWidth, windowMerges,
} from '../../src/preview/grid/layout';
import { countsBySheet, severityByCell } from '../../src/preview/grid/severity';
import { sheetFromRows } from '../support/grid';

const seedSheet = async (): Promise<SheetGrid> =>
  (await readWorkbookFromBuffer(readFileSync(join(__dirname, '..', 'fixtures', 'seed-xiyong-2022.xlsx')))).sheets[0];

describe('cell text', () => {
  it.each([
    [2.625, '0.00', '2.63'], // half-up in decimals, not the binary 2.62
    [99.74, '0.00', '99.74'],
    [0.9974, '0.00%', '99.74%'],
    [0.95, '0%', '95%'],
    [0.955, '0.0%', '95.5%'],
    [1234567.5, '#,##0.00', '1,234,567.50'],
    [-1234.5, '#,##0.00', '-1,234.50'],
    [2.5, '0.00"分"', '2.50分'],
    [44926, 'yyyy"年"m"月"d"日"', '2022年12月31日'],
    [44926, 'yyyy-mm-dd', '2022-12-31'],
    [0.1 + 0.2, undefined, '0.3'],
    [99.93, 'General', '99.93'],
    [13527318185, undefined, '13527318185'],
    [-0.001, '0.00', '0.00'],
  ])('%p in %p shows %p', (value, format, shown) => {
    expect(formatNumber(value, format)).toBe(shown);
  });

  it('shows text as it is, errors by name, booleans as Excel does, and prefers the host’s own text', () => {
    expect(cellText({ value: '<img src=x onerror=alert(1)>' })).toBe('<img src=x onerror=alert(1)>');
    expect(cellText({ value: { error: '#DIV/0!' } })).toBe('#DIV/0!');
    expect(cellText({ value: true })).toBe('TRUE');
    expect(cellText({ value: 0.5, numFmt: '0%', text: '50 %' })).toBe('50 %');
    expect(cellText(undefined)).toBe('');
  });

  it('gives the cell bar the formula or the stored value in full', () => {
    expect(cellContentLine({ value: 2.623162, formula: '=PERF.SCORE(E21,F21,H21,G21)', numFmt: '0.00' })).toBe('=PERF.SCORE(E21,F21,H21,G21)  → 2.62');
    expect(cellContentLine({ value: 0.9974, numFmt: '0.00%' })).toBe('0.9974');
  });
});

describe('sizes', () => {
  it('counts CJK characters double and wraps at the cell width and at line breaks', () => {
    expect(textWidth('预算')).toBe(24);
    expect(textWidth('ab')).toBe(14);
    expect(linesNeeded('计量\n单位', 200)).toBe(2);
    expect(linesNeeded('预'.repeat(40), 132)).toBe(4);
    expect(linesNeeded('', 10)).toBe(1);
  });

  it('sizes the seed: narrow unit columns, wide name columns, tall header and goals rows, bounded', async () => {
    const sheet = await seedSheet();
    const layout = sheetLayout(sheet);
    expect(layout.columns).toBe(10);
    expect(layout.widths[1]).toBeGreaterThan(layout.widths[4]); // 指标名称 wider than 指标性质
    expect(layout.heights[5]).toBeGreaterThan(BASE_ROW_HEIGHT); // 计量\n单位 headers
    expect(layout.heights[4]).toBe(MAX_LINES * 16 + 8); // the long goals text, capped
    expect(layout.heights[20]).toBe(BASE_ROW_HEIGHT);
    expect(layout.tops[36]).toBe(layout.heights.reduce((a, b) => a + b, 0));
    expect(layout.totalWidth).toBe(layout.lefts[9] + layout.widths[9]);
  });

  it('draws at most MAX_DRAWN_COLUMNS columns and says so', () => {
    const wide = sheetFromRows('宽表', [Array.from({ length: 300 }, (_, i) => i)]);
    const layout = sheetLayout(wide);
    expect(layout).toMatchObject({ columns: MAX_DRAWN_COLUMNS, columnsCapped: true });
  });
});

describe('virtual rows', () => {
  const big = sheetFromRows('大表', Array.from({ length: 100_000 }, (_, i) => [`指标${i + 1}`, i]));

  it('finds rows by offset and draws only the window in view, on a sheet of 100,000 rows', () => {
    const layout = sheetLayout(big);
    expect(rowAt(layout, 0)).toBe(1);
    expect(rowAt(layout, BASE_ROW_HEIGHT * 50 + 1)).toBe(51);
    expect(rowAt(layout, 1e12)).toBe(100_000);
    const window = rowWindow(layout, BASE_ROW_HEIGHT * 60_000, 600, 10);
    expect(window).toEqual({ first: 60_001 - 10, last: 60_001 + 25 + 10 });
    expect(rowWindow(layout, 0, 600, 10).first).toBe(1);
    expect(rowWindow(sheetLayout(sheetFromRows('空', [])), 0, 600)).toEqual({ first: 0, last: -1 });
  });

  it('draws a merge that starts above the window from the window’s first row, clipped', async () => {
    const sheet = await seedSheet();
    const merges = windowMerges(sheet.merges, { first: 20, last: 25 }, 10);
    // A6:A36 (绩效指标) starts at row 6: drawn at A20 over the 6 rows in view.
    expect(merges.anchors.get(cellKey(20, 1))).toMatchObject({ row: 20, rowSpan: 6, colSpan: 1, rect: { top: 6, bottom: 36 } });
    expect(merges.covered.has(cellKey(21, 1))).toBe(true);
    expect(merges.anchors.get(cellKey(21, 2))).toMatchObject({ rowSpan: 1, colSpan: 2 }); // B21:C21 预算完成率
    expect(merges.covered.has(cellKey(21, 3))).toBe(true);
    expect(merges.anchors.has(cellKey(2, 1))).toBe(false); // the title row is out of view
    expect(mergeAt(sheet.merges, 21, 3)).toEqual({ top: 21, left: 2, bottom: 21, right: 3 });
  });
});

describe('severity tints', () => {
  const finding = (severity: Finding['severity'], cells: string[], sheet = 'Sheet1') => ({ rule: 'PERF021', severity, sheet, cells }) as unknown as Finding;

  it('tints every cell a finding names, ranges included, with the gravest severity', () => {
    const map = severityByCell([finding('info', ['H8:H10']), finding('error', ['H9']), finding('warning', ['H9', 'B21']), finding('error', ['A1'], 'Other')], 'Sheet1');
    expect(Object.fromEntries(map)).toEqual({ '8:8': 'info', '9:8': 'error', '10:8': 'info', '21:2': 'warning' });
  });

  it('bounds the cells of a huge range', () => {
    expect(severityByCell([finding('info', ['A1:Z100000'])], 'Sheet1').size).toBe(10_000);
  });

  it('counts findings per sheet for the tabs', () => {
    expect(Object.fromEntries(countsBySheet([finding('error', ['A1']), finding('info', ['A1']), finding('error', ['A1'], '表2')]))).toEqual({
      Sheet1: { error: 1, warning: 0, info: 1 },
      表2: { error: 1, warning: 0, info: 0 },
    });
  });
});
