// A read that fails for a reason other than size (a sheet renamed meanwhile, Excel refusing the
// request with GeneralException as it does with grouped sheets) is reported once with its cause:
// it is not split row by row, leaves no "row unreadable" or "merged cells" notes, and does not
// change how the rest of the session reads.
import { createExcelHost } from '../../../../src/hosts/excel';
import { READ_LIMITS } from '../../../../src/hosts/excel/read';
import { FakeExcel } from '../../../support/fake-excel';
import { sheetFromRows, workbookOf } from '../../../support/grid';

function tall(): FakeExcel {
  const rows = Array.from({ length: READ_LIMITS.headRows + 700 }, (_u, i) => [`指标${i + 1}`, '≥', 100, 2.7]);
  return new FakeExcel(workbookOf(sheetFromRows('长表', rows, { merges: ['A1:B1'] }), sheetFromRows('附表', [['说明']])));
}

describe('read failures that are not about size', () => {
  it('GeneralException mid-read: one message naming grouped sheets, no split, no per-row notes', async () => {
    const fake = tall();
    fake.failSync = (index) => (index >= 2 ? 'GeneralException' : undefined);
    const host = createExcelHost(fake.deps);
    await expect(host.readWorkbook()).rejects.toMatchObject({
      name: 'HostError',
      perfMessage: { zh: expect.stringContaining('取消组合'), en: expect.stringContaining('Ungroup') },
    });
    expect(fake.syncCount).toBeLessThanOrEqual(2);
  });

  it('the failure changes nothing for the next read: head and chunks in two syncs, none failing', async () => {
    const fake = tall();
    fake.failSync = (index) => (index === 2 ? 'GeneralException' : undefined);
    const host = createExcelHost(fake.deps);
    await expect(host.readWorkbook()).rejects.toMatchObject({ name: 'HostError' });
    fake.failSync = undefined;
    const before = fake.log.length;
    const grid = await host.readWorkbook();
    expect(fake.log.slice(before).map((s) => s.error ?? 'ok')).toEqual(['ok', 'ok']);
    expect(grid.notes).toBeUndefined();
    expect(grid.sheets[0].rowCount).toBe(READ_LIMITS.headRows + 700);
  });

  it('a sheet renamed between round trips: says the sheets changed during the read', async () => {
    const fake = tall();
    fake.beforeSync = (index) => {
      if (index === 2) fake.workbook.sheet('长表').name = '长表（改）';
    };
    const host = createExcelHost(fake.deps);
    await expect(host.readWorkbook()).rejects.toMatchObject({ perfMessage: { zh: expect.stringContaining('重新校验') } });
    expect(fake.syncCount).toBeLessThanOrEqual(2);
  });

  it('still splits on the web payload limit', async () => {
    const long = '（说明文字）'.repeat(60);
    const rows = Array.from({ length: 5000 }, (_u, i) => [`指标${i + 1}${long}`, long, long]);
    const fake = new FakeExcel(workbookOf(sheetFromRows('大表', rows)));
    fake.payloadLimitBytes = 5 * 1024 * 1024;
    const grid = await createExcelHost(fake.deps).readWorkbook();
    expect(fake.log.some((s) => s.error === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(grid.sheets[0].rowCount).toBe(5000);
    expect(grid.notes).toBeUndefined();
  });
});
