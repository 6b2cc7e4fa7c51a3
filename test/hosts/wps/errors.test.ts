// Every failure the WPS host reports reaches the user as a short Chinese sentence (what failed, what
// to do), English second, with ET's raw words last: tried through the host on a fake ET that starts
// throwing (as ET does while a cell is being edited or a dialog is open).
import type { Message } from '../../../src/core/findings/types';
import * as fns from '../../../src/functions/functions';
import type { PerfHost } from '../../../src/hosts/types';
import { detailOf } from '../../../src/hosts/wps/errors';
import type { EtApplication } from '../../../src/hosts/wps/et';
import { noteRegistration, registerWpsFunctions } from '../../../src/hosts/wps/functions';
import { createWpsHost } from '../../../src/hosts/wps/host';
import { wpsMsg } from '../../../src/hosts/wps/messages';
import { FakeEt, FakeEtError } from '../../support/fake-et';
import { sheetFromRows, workbookOf } from '../../support/grid';

const RAW = 'Exception occurred.';

/** A COM exception as WPS's bridge may raise it: an English text and an HRESULT number. */
function comError(): Error {
  const e = new FakeEtError(RAW);
  (e as unknown as { number: number }).number = -2146827284; // 0x800A03EC
  return e;
}

/** Chinese first: what failed and what to do, then the raw detail; the English says the same. */
function expectExplained(message: Message | undefined): void {
  expect(message).toBeDefined();
  const { zh, en } = message!;
  // The first sentence is Chinese (it may name PERF or a sheet).
  expect(zh.split('。')[0]).toMatch(/^[A-Za-z ]{0,5}[\u4e00-\u9fff「]/);
  expect(zh).toContain('请');
  expect(zh).toMatch(/（详情：Exception occurred\. \[0x800A03EC\]）$/);
  expect(zh.indexOf('详情')).toBeGreaterThan(zh.indexOf('请'));
  expect(en).toMatch(/^[A-Z"]/);
  expect(en).toMatch(/\(Detail: Exception occurred\. \[0x800A03EC\]\)$/);
}

async function setUp(): Promise<{ fake: FakeEt; host: PerfHost; breakNow: () => void }> {
  const fake = new FakeEt(workbookOf(sheetFromRows('表1', [['指标', '权重', '得分'], ['绿化率', 10, 8]])));
  const host = createWpsHost(fake.application as EtApplication, { now: () => new Date('2024-03-01T08:00:00Z'), newId: () => 'e1' });
  await host.readWorkbook();
  expect(await host.applyChanges([{ sheet: '表1', address: 'C2', before: { value: 8 }, after: { value: 9 } }], { zh: '修正', en: 'Fix' })).toMatchObject({ ok: true });
  let broken = false;
  fake.beforeCall = () => {
    if (broken) throw comError();
  };
  return { fake, host, breakNow: () => (broken = true) };
}

describe('WPS host: failures explained in Chinese', () => {
  it('gives the raw detail with its COM code, never an empty one', () => {
    expect(detailOf(comError())).toBe('Exception occurred. [0x800A03EC]');
    expect(detailOf({ description: '无法设置', number: -2146827284 })).toBe('无法设置 [0x800A03EC]');
    expect(detailOf({ number: -2147352567 })).toBe('0x80020009');
    expect(detailOf(new Error(''))).toBe('Error');
    expect(detailOf(undefined)).toBe('未知错误 / unknown error');
  });

  it('words every message Chinese first and English second, with no Chinese left in the English', () => {
    const cells = [{ sheet: 'Sheet1', address: 'C2' }];
    const all: Message[] = [
      wpsMsg.notInWps,
      wpsMsg.noWorkbook,
      wpsMsg.readFailed('x'),
      wpsMsg.readCancelled,
      wpsMsg.sheetTooLarge('Sheet1', 60000, 20, 50000),
      wpsMsg.workbookTooLarge(['Sheet2']),
      wpsMsg.sheetsMissing(['Sheet2']),
      wpsMsg.changedDuringRead('Sheet1'),
      wpsMsg.selectFailed('Sheet1', 'C2', 'x'),
      wpsMsg.movedSince(['Sheet1']),
      wpsMsg.changedSinceFix(cells),
      wpsMsg.writeFailed('x'),
      wpsMsg.writeFailedPartly('x', cells),
      ...Object.values(wpsMsg.what).map((what) => wpsMsg.notDone(what, 'x')),
      ...Object.values(wpsMsg.what).map((what) => wpsMsg.storeReadFailed(what, 'x')),
      wpsMsg.storeFailed('x'),
      wpsMsg.journalNotUpdated('x'),
      wpsMsg.journalTooLarge,
      wpsMsg.fillsTooLarge,
      wpsMsg.reviewedTooLarge,
      wpsMsg.cannotAddSheet('x'),
      wpsMsg.watchFailed('x'),
      wpsMsg.functionsFailed('x'),
      wpsMsg.tooManyHighlights(500),
      wpsMsg.nothingToUndo,
      wpsMsg.noFunctionsApi('11.1'),
      wpsMsg.noUndoInWps,
    ];
    for (const { zh, en } of all) {
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      // The English may name the ribbon tab (绩效) as WPS shows it, nothing else in Chinese.
      expect(en.replace(/绩效/g, '')).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  const rejecting: ReadonlyArray<readonly [string, (host: PerfHost) => Promise<unknown>]> = [
    ['reading the workbook', (host) => host.readWorkbook()],
    ['going to a cell', (host) => host.selectCell('表1', 'C2')],
    ['reading the undo journal', (host) => host.journal()],
    ['reading the review marks', (host) => host.loadReviewed()],
    ['saving the review marks', (host) => host.saveReviewed([])],
    ['watching edits', (host) => host.watchChanges(() => undefined)],
  ];

  it.each(rejecting)('rejects %s with an explained message', async (_what, run) => {
    const { host, breakNow } = await setUp();
    breakNow();
    const error = await run(host).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: 'WpsHostError' });
    expectExplained((error as { perfMessage?: Message }).perfMessage);
  });

  const refusing: ReadonlyArray<readonly [string, (host: PerfHost) => Promise<{ ok: boolean; message?: Message }>]> = [
    ['a fix', (host) => host.applyChanges([{ sheet: '表1', address: 'C2', before: { value: 9 }, after: { value: 10 } }], { zh: '修正', en: 'Fix' })],
    ['undo', (host) => host.undoLast()],
    ['colouring cells', (host) => host.highlight([{ sheet: '表1', address: 'C2', severity: 'error' }])],
    ['clearing colours', (host) => host.clearHighlights()],
    ['adding the report sheet', async (host) => (await host.exportReport!({ findings: [], tables: [] } as never, 'zh')) as { ok: boolean; message?: Message }],
  ];

  it.each(refusing)('refuses %s with an explained message and writes nothing', async (_what, run) => {
    const { fake, host, breakNow } = await setUp();
    const before = fake.workbook.cell('表1', 'C2').value;
    const writes = fake.writes;
    breakNow();
    const result = await run(host);
    expect(result).toMatchObject({ ok: false });
    expectExplained(result.message);
    expect(fake.workbook.cell('表1', 'C2').value).toBe(before);
    expect(fake.writes).toBe(writes);
  });

  it('explains a write that fails half-way, and a journal that cannot be stored', async () => {
    const { fake, host } = await setUp();
    fake.failWriteAt = fake.writes + 2;
    const batch = [
      { sheet: '表1', address: 'A2', before: { value: '绿化率' }, after: { value: '绿地率' } },
      { sheet: '表1', address: 'B2', before: { value: 10 }, after: { value: 12 } },
    ];
    const label = { zh: '修正', en: 'Fix' };
    expect(await host.applyChanges(batch, label)).toMatchObject({
      ok: false,
      message: { zh: expect.stringMatching(/^写入失败，已恢复原有内容.*请.*（详情：write failed）$/), en: expect.stringMatching(/^Writing failed.*\(Detail: write failed\)$/) },
    });
    expect(fake.workbook.cell('表1', 'A2').value).toBe('绿化率');

    fake.failWriteAt = undefined;
    // A stray journal part with no count (left by a torn write): ET refuses to add the part again.
    fake.properties.delete('PERF.journal.n');
    const writes = fake.writes;
    expect(await host.applyChanges(batch, label)).toMatchObject({
      ok: false,
      message: {
        zh: expect.stringMatching(/^无法在工作簿中保存 PERF 的撤销记录.*请.*（详情：property PERF\.journal\.0 exists）$/),
        en: expect.stringMatching(/^The undo journal.*\(Detail: property PERF\.journal\.0 exists\)$/),
      },
    });
    expect(fake.writes).toBe(writes);
  });

  it('explains a failed registration of the PERF functions', () => {
    const fake = new FakeEt();
    const app = fake.application as EtApplication & { AddCustomFunction: unknown };
    app.AddCustomFunction = () => {
      throw comError();
    };
    const metadata = { functions: [{ id: 'SCORE', description: '', parameters: [{ name: 'op', description: '' }] }] };
    const outcome = registerWpsFunctions(app, fns, metadata);
    expect(outcome).toMatchObject({ ok: false, reason: 'failed' });
    expectExplained((outcome as { message: Message }).message);
    // The root page leaves the message for the pane, which lists it among the host's notes.
    noteRegistration(app, outcome);
    expect(createWpsHost(app).capabilities.notes).toContainEqual((outcome as { message: Message }).message);
    noteRegistration(app, { ok: true, names: [] });
    expect(createWpsHost(app).capabilities.notes).not.toContainEqual((outcome as { message: Message }).message);
  });
});
