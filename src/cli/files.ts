// Which files to check: named files as given, directories searched recursively in name order.
// Excel's own formats are checked; other Office and spreadsheet formats are listed so that each gets
// its "save it as .xlsx" line instead of being skipped silently.
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

const CHECKED = /\.(xlsx|xlsm)$/i;
const ANSWERED = /\.(xls|xlsb|et|ods|docx|doc)$/i;

/** Directories never searched: version control, dependencies, hidden folders. */
function skipDirectory(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** Excel's lock files (~$表.xlsx) while a workbook is open: not workbooks. */
function skipFile(name: string): boolean {
  return name.startsWith('~$') || name.startsWith('.~lock.');
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function walk(dir: string, seen: Set<string>, out: string[]): Promise<void> {
  const real = await realpath(dir).catch(() => dir);
  if (seen.has(real)) return; // a symlink loop
  seen.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    out.push(dir); // reported as unreadable by the checker
    return;
  }
  for (const entry of entries.sort((a, b) => byCodePoint(a.name, b.name))) {
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => undefined);
      isDir = Boolean(target?.isDirectory());
      isFile = Boolean(target?.isFile());
    }
    if (isDir && !skipDirectory(entry.name)) await walk(path, seen, out);
    else if (isFile && !skipFile(entry.name) && (CHECKED.test(entry.name) || ANSWERED.test(entry.name))) out.push(path);
  }
}

/** Paths in input order; a missing path stays in the list and is reported as unreadable. */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) await walk(path, new Set(), out);
    else out.push(path);
  }
  return out;
}
