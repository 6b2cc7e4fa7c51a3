// Request bytes: the fake counts what a sync would send as the shipped office.js serialises it.
// The serializer itself (node_modules/@microsoft/office-js, Excel on the web) runs here in a VM
// with a request executor that only records the request body, and the fake's count per cell must
// stay within 25% of it for every command pattern the host sends per cell. Then the host's writes
// must pass Excel on the web's 5 MB request limit at their largest.
import { readFileSync } from 'fs';
import { dirname, join } from 'path';
import { createContext, runInContext } from 'vm';
import type { CellChange } from '../../../../src/core/findings/types';
import { createExcelHost } from '../../../../src/hosts/excel';
import { MAX_HIGHLIGHT_CELLS, SEVERITY_FILL } from '../../../../src/hosts/excel/highlight';
import { MAX_BATCH_CELLS } from '../../../../src/hosts/excel/write';
import { STORE_KEYS } from '../../../../src/hosts/excel/store';
import { FakeExcel } from '../../../support/fake-excel';
import { sheetFromRows, workbookOf } from '../../../support/grid';

type Ctx = Excel.RequestContext;
const addr = (i: number): string => `I${21 + i}`;

/** What the host queues per cell, by command. */
const PATTERNS: Record<string, (ctx: Ctx, n: number) => void> = {
  write: (ctx, n) => {
    for (let i = 0; i < n; i += 1) ctx.workbook.worksheets.getItem('Sheet1').getRange(addr(i)).values = [[2.62]];
  },
  formula: (ctx, n) => {
    for (let i = 0; i < n; i += 1) ctx.workbook.worksheets.getItem('Sheet1').getRange(addr(i)).formulas = [['=PERF.SCORE(E7,F7,H7,G7)']];
  },
  verify: (ctx, n) => {
    const sheet = ctx.workbook.worksheets.getItemOrNullObject('Sheet1');
    sheet.protection.load('protected');
    for (let i = 0; i < n; i += 1) {
      const range = sheet.getRange(addr(i));
      range.load('values,formulas');
      range.format.protection.load('locked');
    }
  },
  look: (ctx, n) => {
    const sheet = ctx.workbook.worksheets.getItemOrNullObject('Sheet1');
    sheet.load('id,name');
    for (let i = 0; i < n; i += 1) {
      sheet.getRange(addr(i)).format.fill.load('color,pattern,patternColor');
      sheet.getRange(`${21 + i}:${21 + i}`).getUsedRangeOrNullObject(true).load('values');
    }
  },
  paint: (ctx, n) => {
    for (let i = 0; i < n; i += 1) {
      const fill = ctx.workbook.worksheets.getItem('Sheet1').getRange(addr(i)).format.fill;
      fill.color = '#FFC7CE';
      fill.pattern = 'Solid';
    }
  },
  restore: (ctx, n) => {
    for (let i = 0; i < n; i += 1) {
      const fill = ctx.workbook.worksheets.getItem('Sheet1').getRange(addr(i)).format.fill;
      fill.color = '#FFFF00';
      fill.pattern = 'LightDown';
      fill.patternColor = '#808080';
    }
  },
};

interface OfficeJs {
  Excel: { RequestContext: new (url: string) => Ctx & { _requestExecutor?: unknown } };
}

function loadOfficeJs(): OfficeJs {
  const dist = join(dirname(require.resolve('@microsoft/office-js/package.json')), 'dist', 'excel-web-16.00.debug.js');
  const sandbox: Record<string, unknown> = { console, setTimeout, clearTimeout, Promise, navigator: { userAgent: 'node' }, location: { href: 'https://localhost/' } };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  sandbox.addEventListener = () => undefined;
  sandbox.document = { createElement: () => ({}), getElementsByTagName: () => [], addEventListener: () => undefined };
  createContext(sandbox);
  runInContext(readFileSync(dist, 'utf8'), sandbox, { filename: 'excel-web-16.00.debug.js' });
  return sandbox as unknown as OfficeJs;
}

async function realBytes(office: OfficeJs, queue: (ctx: Ctx) => void): Promise<number> {
  const ctx = new office.Excel.RequestContext('https://example.invalid/workbook');
  let body: unknown;
  ctx._requestExecutor = {
    executeAsync: (_data: unknown, _flags: unknown, message: { Body: unknown }) => {
      body = message.Body;
      return Promise.resolve({ ErrorCode: null, HttpStatusCode: 200, Headers: {}, Body: { Results: [] } });
    },
  };
  queue(ctx);
  await ctx.sync().catch(() => undefined);
  return Buffer.byteLength(JSON.stringify(body), 'utf8');
}

async function fakeBytes(queue: (ctx: Ctx) => void): Promise<number> {
  const rows = Array.from({ length: 130 }, (_u, i) => [`指标${i}`, '%', 2.7]);
  const fake = new FakeExcel(workbookOf(sheetFromRows('Sheet1', rows)));
  await fake.run(async (context) => {
    queue(context);
    await context.sync();
  });
  return fake.log[0].requestBytes;
}

describe('request bytes, counted as office.js serialises them', () => {
  const office = loadOfficeJs();
  for (const [name, queue] of Object.entries(PATTERNS)) {
    it(`${name}: the fake's bytes per cell are within 25% of the shipped serializer's`, async () => {
      const real = ((await realBytes(office, (c) => queue(c, 101))) - (await realBytes(office, (c) => queue(c, 1)))) / 100;
      const fake = ((await fakeBytes((c) => queue(c, 101))) - (await fakeBytes((c) => queue(c, 1)))) / 100;
      expect(real).toBeGreaterThan(300);
      expect(Math.abs(fake - real) / real).toBeLessThan(0.25);
    });
  }
});

describe('writes within the 5 MB request limit of Excel on the web', () => {
  const LIMIT = 5 * 1024 * 1024;

  /** A form 40 columns wide: the checks of each fixed row read the whole row. */
  function big(rows: number): FakeExcel {
    const filler = Array.from({ length: 37 }, (_u, c) => `说明${c}`);
    const grid = workbookOf(sheetFromRows('表', Array.from({ length: rows }, (_u, i) => [`指标${i + 1}`, '%', 2.7, ...filler])));
    const fake = new FakeExcel(grid);
    fake.payloadLimitBytes = LIMIT;
    return fake;
  }

  it(`a fix of ${MAX_BATCH_CELLS} cells is written whole, every request under 5 MB, one journal entry`, async () => {
    const fake = big(MAX_BATCH_CELLS);
    const host = createExcelHost(fake.deps);
    await host.readWorkbook();
    const changes: CellChange[] = Array.from({ length: MAX_BATCH_CELLS }, (_u, i) => ({ sheet: '表', address: `C${i + 1}`, before: { value: 2.7 }, after: { value: 2.62 } }));
    const result = await host.applyChanges(changes, { zh: '修正', en: 'Fix' });
    expect(result).toMatchObject({ ok: true, written: MAX_BATCH_CELLS });
    expect(fake.log.every((s) => s.requestBytes < LIMIT && !s.error)).toBe(true);
    expect(fake.workbook.cell('表', `C${MAX_BATCH_CELLS}`).value).toBe(2.62);
    expect(JSON.parse(fake.workbook.settings.get(STORE_KEYS.journal) as string).entries).toHaveLength(1);
  }, 60_000);

  it('a write that fails in a later request puts every cell back and keeps the journal as it was', async () => {
    const fake = big(MAX_BATCH_CELLS);
    const host = createExcelHost(fake.deps);
    await host.readWorkbook();
    const changes: CellChange[] = Array.from({ length: MAX_BATCH_CELLS }, (_u, i) => ({ sheet: '表', address: `C${i + 1}`, before: { value: 2.7 }, after: { value: 2.62 } }));
    let writeSyncs = 0;
    fake.failSync = (_index, ops) => {
      if (ops.writes === 0) return undefined;
      writeSyncs += 1;
      return writeSyncs === 3 ? 'GeneralException' : undefined;
    };
    const result = await host.applyChanges(changes, { zh: '修正', en: 'Fix' });
    expect(result).toMatchObject({ ok: false, message: { zh: expect.stringContaining('已恢复原值') } });
    expect(writeSyncs).toBeGreaterThanOrEqual(3);
    for (const row of [1, 2000, MAX_BATCH_CELLS]) expect(fake.workbook.cell('表', `C${row}`).value).toBe(2.7);
    const journal = fake.workbook.settings.get(STORE_KEYS.journal);
    expect(journal === undefined ? [] : JSON.parse(journal as string).entries).toEqual([]);
  }, 60_000);

  it('高亮 with notes of 3,000 new cells over 3,000 noted ones passes, every request under 5 MB', async () => {
    const n = 3000;
    const fake = big(n * 2);
    fake.apiVersion = '1.18';
    const host = createExcelHost(fake.deps);
    const note = (i: number) => `PERF: PERF021 指标“预算完成率”得分 2.63 与计算得分 2.62 不符：完成值 99.74% 未达到指标值 ≥100% ${i}`;
    const first = await host.highlight(Array.from({ length: n }, (_u, i) => ({ sheet: '表', address: `C${i + 1}`, severity: 'error' as const, note: note(i) })));
    if (!first.ok) throw new Error(first.message.zh);
    expect(first).toMatchObject({ ok: true, written: n, notes: n });
    const second = await host.highlight(Array.from({ length: n }, (_u, i) => ({ sheet: '表', address: `C${n + i + 1}`, severity: 'warning' as const, note: note(i) })));
    expect(second).toMatchObject({ ok: true, written: n, notes: n });
    expect(fake.log.filter((s) => s.error)).toEqual([]);
    expect(Math.max(...fake.log.map((s) => s.requestBytes))).toBeLessThan(LIMIT);
    // (The shipped office.js here predates ExcelApi 1.18, so note commands are sized by the fake's model only.)
    expect(fake.workbook.note('表', 'C1')).toBeNull();
    expect(fake.workbook.note('表', `C${2 * n}`)).toBe(note(n - 1));
    expect(await host.clearHighlights()).toMatchObject({ ok: true, written: n, notes: n });
    expect(Object.keys(fake.workbook.allNotes())).toHaveLength(0);
  }, 120_000);

  it('高亮 of 3,000 new cells over 3,000 highlighted ones (about 5.2 MB in one request) passes, every request under 5 MB', async () => {
    const n = 3000;
    expect(n).toBeLessThanOrEqual(MAX_HIGHLIGHT_CELLS);
    const fake = big(n * 2);
    const host = createExcelHost(fake.deps);
    expect(await host.highlight(Array.from({ length: n }, (_u, i) => ({ sheet: '表', address: `C${i + 1}`, severity: 'error' as const })))).toMatchObject({ ok: true, written: n });
    const second = await host.highlight(Array.from({ length: n }, (_u, i) => ({ sheet: '表', address: `C${n + i + 1}`, severity: 'warning' as const })));
    expect(second).toMatchObject({ ok: true, written: n });
    expect(fake.log.filter((s) => s.error)).toEqual([]);
    expect(fake.workbook.cell('表', 'C1').fill.pattern).toBe('None');
    expect(fake.workbook.cell('表', `C${2 * n}`).fill.color).toBe(SEVERITY_FILL.warning);
    expect(await host.clearHighlights()).toMatchObject({ ok: true, written: n });
  }, 60_000);
});
