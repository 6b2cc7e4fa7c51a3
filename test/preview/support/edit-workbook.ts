// Variants of a fixture made with ExcelJS in Node: the same file with some cells changed (hostile
// text in a name), or its rows moved far down a sheet (a large sheet for the virtual grid).
import ExcelJS from 'exceljs';

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

const save = async (workbook: ExcelJS.Workbook): Promise<Buffer> => Buffer.from(await workbook.xlsx.writeBuffer());

/** The workbook with the given cells of its first sheet set: { B21: 'text' }. */
export async function withCells(bytes: Buffer, cells: Readonly<Record<string, ExcelJS.CellValue>>): Promise<Buffer> {
  const workbook = await load(bytes);
  const sheet = workbook.worksheets[0];
  for (const [address, value] of Object.entries(cells)) sheet.getCell(address).value = value;
  return save(workbook);
}

/** The first sheet's content moved `offset` rows down, with a numbered note in column A of each row above. */
export async function shiftedDown(bytes: Buffer, offset: number): Promise<Buffer> {
  const workbook = await load(bytes);
  const sheet = workbook.worksheets[0];
  sheet.spliceRows(1, 0, ...Array.from({ length: offset }, (_, i) => [`备注 ${i + 1}`]));
  return save(workbook);
}
