// Node only. ExcelJS's package entry loads its streaming reader and writer too (unzipper, archiver,
// fast-csv's parser, es-abstract…): 660 modules where reading a workbook needs 280, about a quarter
// second of CPU in each worker thread. Registering the entry as a smaller module with the same
// Workbook class and enums (the streaming API still there, loaded when first used) keeps every
// `import ExcelJS from 'exceljs'` working unchanged. Only before ExcelJS is first loaded.
import Module from 'node:module';
import { dirname, join } from 'node:path';

export function useLightExcelJs(): boolean {
  try {
    const entry = require.resolve('exceljs');
    if (require.cache[entry]) return false;
    const lib = join(dirname(entry), 'lib');
    const full = () => require(join(lib, 'exceljs.nodejs.js')) as Record<string, unknown>;
    const exports: Record<string, unknown> = { Workbook: require(join(lib, 'doc', 'workbook')) };
    Object.defineProperty(exports, 'ModelContainer', { enumerable: true, get: () => full().ModelContainer });
    Object.defineProperty(exports, 'stream', { enumerable: true, get: () => full().stream });
    Object.assign(exports, require(join(lib, 'doc', 'enums')));
    const light = new Module(entry);
    light.filename = entry;
    light.loaded = true;
    light.exports = exports;
    require.cache[entry] = light;
    return true;
  } catch {
    return false;
  }
}
