// `npm run fixtures`: writes test/fixtures/<name>.xlsx from test/fixtures/sources/*.ts (or into
// PERF_FIXTURES_OUT when set, for tests). Deterministic: the same sources give the same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildWorkbook } from '../test/fixtures/lib/build';
import { sources } from '../test/fixtures/sources';

async function main(): Promise<void> {
  const outDir = process.env.PERF_FIXTURES_OUT ?? resolve(__dirname, '..', 'test', 'fixtures');
  mkdirSync(outDir, { recursive: true });
  for (const source of sources) {
    const bytes = await buildWorkbook(source);
    writeFileSync(join(outDir, `${source.file}.xlsx`), bytes);
    console.log(`${source.file}.xlsx  ${source.family.padEnd(8)} ${bytes.length} bytes`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
