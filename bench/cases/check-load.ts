// checkVsLoad: for the perf-audit corpus (500 workbooks), the CPU time of recognising and checking
// every loaded grid (checkWorkbook, national profile) ÷ the CPU time of reading the same files into
// grids, the way perf-audit's workers read them (ExcelJS's lighter entry, zip entries inflated by
// zlib, then the file host's grid). Both in this process on bytes already in memory, interleaved.
import { readFileSync } from 'node:fs';
import { useLightExcelJs } from '../../src/cli/light-exceljs';
import { checkWorkbook } from '../../src/core/check/workbook';
import type { WorkbookGrid } from '../../src/core/grid/types';
import { NATIONAL_PROFILE } from '../../src/core/profile/national';
import { corpus, corpusFiles, corpusSpec } from '../harness/corpus';
import { compare, round } from '../harness/measure';
import type { BenchCase } from '../harness/types';

export const checkVsLoad: BenchCase = {
  async run(context) {
    useLightExcelJs();
    const { useNativeInflate } = await import('../../src/hosts/file/node');
    useNativeInflate();
    const { tryReadWorkbookFromBuffer } = await import('../../src/hosts/file/read');
    const spec = corpusSpec(context);
    const files = corpusFiles(await corpus(context, spec));
    const bytes = files.map((f) => new Uint8Array(readFileSync(f)));
    const grids: WorkbookGrid[] = new Array(files.length);
    const read = async () => {
      for (let i = 0; i < bytes.length; i++) {
        const result = await tryReadWorkbookFromBuffer(bytes[i], files[i]);
        if (!result.ok) throw new Error(`${files[i]}: ${result.problem.message.en}`);
        grids[i] = result.grid;
      }
      return grids.length;
    };
    const check = () => {
      let findings = 0;
      for (const grid of grids) findings += checkWorkbook(grid, { profile: NATIONAL_PROFILE }).findings.length;
      return findings;
    };
    await read();
    let tables = 0;
    let indicators = 0;
    for (const grid of grids) {
      for (const t of checkWorkbook(grid, { profile: NATIONAL_PROFILE }).tables) {
        tables++;
        indicators += t.indicators;
      }
    }
    const timing = await compare(check, read, context.tiny ? { warmup: 1, pairs: 3, minSampleMs: 0 } : { warmup: 2, pairs: 7, minSampleMs: 0 });
    const ratio = round(timing.ratio);
    const perFile = (ms: number) => (ms / files.length).toFixed(2);
    return {
      figures: { checkVsLoad: ratio },
      rows: [
        {
          label: 'checkVsLoad',
          value: ratio,
          target: { op: '≤', limit: 0.1 },
          detail: `${files.length} workbooks (${tables} tables, ${indicators} indicator rows), CPU time: recognise + check ${timing.oursMs.toFixed(0)} ms (${perFile(timing.oursMs)} ms a file), read into grids ${timing.baselineMs.toFixed(0)} ms (${perFile(timing.baselineMs)} ms a file)`,
        },
      ],
    };
  },
};
