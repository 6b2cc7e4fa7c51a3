// The pane's findings list as an .xlsx, for the preview page (ExcelJS is in it already: it reads the file): one sheet, a
// bold frozen header row, text cells as text (a message starting with = is never a formula) and
// figures as numbers showing the decimals they were written with.
import ExcelJS from 'exceljs';
import type { FindingsTable } from '../taskpane/findings-csv';

const WIDTHS = [6, 8, 10, 18, 14, 10, 6, 48, 36, 36, 10, 10];

export async function findingsXlsx(table: FindingsTable): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.headers.map((header, i) => ({ header, width: WIDTHS[i] ?? 12 }));
  sheet.getRow(1).font = { bold: true };
  table.rows.forEach((row, r) => {
    row.forEach((value, c) => {
      const cell = sheet.getCell(r + 2, c + 1);
      if (typeof value === 'string') {
        cell.value = value;
        cell.numFmt = '@';
        cell.alignment = { wrapText: true, vertical: 'top' };
      } else {
        const decimals = value.figure.split('.')[1]?.length ?? 0;
        cell.value = Number(value.figure);
        cell.numFmt = decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
        cell.alignment = { vertical: 'top' };
      }
    });
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
