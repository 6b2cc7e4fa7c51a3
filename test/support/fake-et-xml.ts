// What the fake ET answers to Range.Value(11) (xlRangeValueXMLSpreadsheet): the range as an XML
// Spreadsheet 2003 (SpreadsheetML 2003) document, built from the fake's cells. The shape follows
// Microsoft's "XML Spreadsheet Reference" (Office XP/2003 SDK): <Workbook> in the
// urn:schemas-microsoft-com:office:spreadsheet namespace with the ss: prefix on attributes;
// <Styles> of <Style ss:ID> holding <NumberFormat ss:Format> (a named format such as "Fixed" or
// "Percent", else the literal code); one <Worksheet ss:Name> with a <Table ss:ExpandedColumnCount
// ss:ExpandedRowCount> of <Row> and <Cell>; a row or a cell that does not follow the previous one
// carries ss:Index (1-based, relative to the range); a merged area is written once, on its top-left
// cell, as ss:MergeAcross / ss:MergeDown, and the cells it covers are not written (so the next cell
// of a row carries ss:Index); formulas are ss:Formula in R1C1 form; values are
// <Data ss:Type="Number|String|Boolean|Error">. Empty cells are written only when they carry a style
// or start a merged area, as Excel does.
//
// Choices of this fake where the reference leaves room: a merged area that starts inside the range
// and reaches past it is cut at the range's edge; cells covered by an area that starts outside the
// range are not written. "0%" has no named format of its own and is written as the literal code.
import type { Rect } from '../../src/core/grid/types';
import { isCellError } from '../../src/core/grid/types';
import { emptyCell, key, type FakeCell, type FakeSheet } from './fake-excel/model';

const NAMED: Readonly<Record<string, string>> = { '0.00': 'Fixed', '0.00%': 'Percent', '#,##0.00': 'Standard', '0.00E+00': 'Scientific' };

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r?\n/g, '&#10;');
}

/** An A1 formula in R1C1 form relative to (row, col): A1 → R[-1]C, $B$2 → R2C2 (outside string literals). */
export function r1c1Of(formula: string, row: number, col: number): string {
  const colNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return formula
    .split(/("[^"]*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/(?<![\w$.!'])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g, (_m, colAbs: string, letters: string, rowAbs: string, digits: string) => {
            const r = Number(digits);
            const c = colNumber(letters);
            const rr = rowAbs ? `R${r}` : r === row ? 'R' : `R[${r - row}]`;
            const cc = colAbs ? `C${c}` : c === col ? 'C' : `C[${c - col}]`;
            return rr + cc;
          }),
    )
    .join('');
}

function dataOf(cell: FakeCell): string {
  const v = cell.value;
  if (v === null) return '';
  if (isCellError(v)) return `<Data ss:Type="Error">${escapeXml(v.error)}</Data>`;
  if (typeof v === 'number') return `<Data ss:Type="Number">${String(v)}</Data>`;
  if (typeof v === 'boolean') return `<Data ss:Type="Boolean">${v ? 1 : 0}</Data>`;
  return `<Data ss:Type="String">${escapeXml(String(v))}</Data>`;
}

/** `rect` of `sheet` as XML Spreadsheet 2003 text. */
export function xmlSpreadsheetOf(sheet: FakeSheet, rect: Rect): string {
  const styles = new Map<string, string>();
  const styleOf = (numFmt: string): string | undefined => {
    if (numFmt === 'General') return undefined;
    let id = styles.get(numFmt);
    if (!id) {
      id = `s${62 + styles.size}`;
      styles.set(numFmt, id);
    }
    return id;
  };
  const covered = new Set<number>();
  const tops = new Map<number, Rect>();
  for (const m of sheet.merges) {
    for (let r = m.top; r <= m.bottom; r += 1) for (let c = m.left; c <= m.right; c += 1) covered.add(key(r, c));
    tops.set(key(m.top, m.left), m);
  }
  const rowsXml: string[] = [];
  let lastRow = rect.top - 1;
  for (let r = rect.top; r <= rect.bottom; r += 1) {
    const cellsXml: string[] = [];
    let next = rect.left;
    for (let c = rect.left; c <= rect.right; c += 1) {
      const k = key(r, c);
      const merge = tops.get(k);
      if (covered.has(k) && !merge) continue;
      const cell = sheet.cells.get(k) ?? emptyCell();
      const style = styleOf(cell.numFmt);
      if (cell.value === null && cell.formula === undefined && !merge && !style) continue;
      const attrs: string[] = [];
      if (c !== next) attrs.push(`ss:Index="${c - rect.left + 1}"`);
      let across = 0;
      if (merge) {
        across = Math.min(merge.right, rect.right) - c;
        const down = Math.min(merge.bottom, rect.bottom) - r;
        if (across > 0) attrs.push(`ss:MergeAcross="${across}"`);
        if (down > 0) attrs.push(`ss:MergeDown="${down}"`);
      }
      if (style) attrs.push(`ss:StyleID="${style}"`);
      if (cell.formula) attrs.push(`ss:Formula="${escapeXml(r1c1Of(cell.formula, r, c))}"`);
      const data = dataOf(cell);
      cellsXml.push(`<Cell${attrs.map((a) => ` ${a}`).join('')}${data ? `>${data}</Cell>` : '/>'}`);
      next = c + across + 1;
    }
    if (cellsXml.length === 0) continue;
    rowsXml.push(`   <Row${r !== lastRow + 1 ? ` ss:Index="${r - rect.top + 1}"` : ''}>\n    ${cellsXml.join('\n    ')}\n   </Row>`);
    lastRow = r;
  }
  const stylesXml = [...styles].map(([fmt, id]) => `  <Style ss:ID="${id}">\n   <NumberFormat ss:Format="${escapeXml(NAMED[fmt] ?? fmt)}"/>\n  </Style>`);
  return [
    '<?xml version="1.0"?>',
    '<?mso-application progid="Excel.Sheet"?>',
    '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office"',
    ' xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"',
    ' xmlns:html="http://www.w3.org/TR/REC-html40">',
    ' <Styles>',
    '  <Style ss:ID="Default" ss:Name="Normal">\n   <Alignment ss:Vertical="Bottom"/>\n  </Style>',
    ...stylesXml,
    ' </Styles>',
    ` <Worksheet ss:Name="${escapeXml(sheet.name)}">`,
    `  <Table ss:ExpandedColumnCount="${rect.right - rect.left + 1}" ss:ExpandedRowCount="${rect.bottom - rect.top + 1}" x:FullColumns="1" x:FullRows="1">`,
    ...rowsXml,
    '  </Table>',
    ' </Worksheet>',
    '</Workbook>',
  ].join('\n');
}
