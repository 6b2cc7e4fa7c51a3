// Every difference between two .xlsx files as ExcelJS reads them: sheet names and order, merges,
// column widths, row heights, and each cell's value (formulas with their results) and style. Used to
// prove a download changed exactly the fixed cells and nothing else.
import ExcelJS from 'exceljs';

type Bytes = Buffer | Uint8Array | ArrayBuffer;

async function load(bytes: Bytes): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

const json = (x: unknown) => JSON.stringify(x ?? null);

function styleOf(cell: ExcelJS.Cell): string {
  const { numFmt, font, fill, border, alignment, protection } = cell.style ?? {};
  return json({ numFmt, font, fill, border, alignment, protection });
}

function sheetDiff(a: ExcelJS.Worksheet, b: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  const where = (address: string) => `${a.name}!${address}`;
  const mergesA = [...(a.model.merges ?? [])].sort();
  const mergesB = [...(b.model.merges ?? [])].sort();
  if (json(mergesA) !== json(mergesB)) out.push(`${a.name} merges ${json(mergesA)} → ${json(mergesB)}`);
  const rows = Math.max(a.rowCount, b.rowCount);
  const cols = Math.max(a.columnCount, b.columnCount);
  for (let c = 1; c <= cols; c++) {
    const wa = a.getColumn(c).width;
    const wb = b.getColumn(c).width;
    if (wa !== wb) out.push(`${a.name} column ${c} width ${wa} → ${wb}`);
  }
  for (let r = 1; r <= rows; r++) {
    const ha = a.getRow(r).height;
    const hb = b.getRow(r).height;
    if (ha !== hb) out.push(`${a.name} row ${r} height ${ha} → ${hb}`);
    for (let c = 1; c <= cols; c++) {
      const ca = a.getCell(r, c);
      const cb = b.getCell(r, c);
      if (json(ca.value) !== json(cb.value)) out.push(`${where(ca.address)} value ${json(ca.value)} → ${json(cb.value)}`);
      if (styleOf(ca) !== styleOf(cb)) out.push(`${where(ca.address)} style ${styleOf(ca)} → ${styleOf(cb)}`);
    }
  }
  return out;
}

/** Differences between two workbooks, one line each ("Sheet1!I21 value 2.63 → 2.62"); [] when equal. */
export async function workbookDiff(before: Bytes, after: Bytes): Promise<string[]> {
  const [a, b] = await Promise.all([load(before), load(after)]);
  const namesA = a.worksheets.map((ws) => ws.name);
  const namesB = b.worksheets.map((ws) => ws.name);
  if (json(namesA) !== json(namesB)) return [`sheets ${json(namesA)} → ${json(namesB)}`];
  return a.worksheets.flatMap((ws, i) => sheetDiff(ws, b.worksheets[i]));
}

/** A cell's value as ExcelJS reads it from .xlsx bytes. */
export async function cellValue(bytes: Bytes, sheet: string, address: string): Promise<ExcelJS.CellValue> {
  return (await load(bytes)).getWorksheet(sheet)?.getCell(address).value ?? null;
}
