// What a thread that checks files loads, in the order that keeps it light: ExcelJS's smaller entry
// registered before anything requires ExcelJS, then zlib inflation for its zip entries, then the
// pipeline. Nothing here is imported at the top of a module the main thread of a pool loads.
import type { checkFile } from './check-file';
import { useLightExcelJs } from './light-exceljs';

export async function loadCheckFile(): Promise<typeof checkFile> {
  useLightExcelJs();
  const { useNativeInflate } = await import('../hosts/file/node');
  useNativeInflate();
  return (await import('./check-file')).checkFile;
}
