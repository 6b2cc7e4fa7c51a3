// The checking core as the pane loads it on demand: the loader resolves the real pipeline (the seed
// checked exactly as checkWorkbook checks it), imports once, and a failed import becomes the pane's
// bilingual message and is tried again on the next call.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook } from '../../src/core/check';
import { NATIONAL_PROFILE } from '../../src/core/profile';
import { readWorkbookFromBuffer } from '../../src/hosts/file';
import { messageOf } from '../../src/taskpane/errors';
import { CoreLoadError, createServicesLoader, loadCoreServices } from '../../src/taskpane/load-services';
import { coreServices } from '../../src/taskpane/services';

const seed = () => {
  const name = 'seed-xiyong-2022.xlsx';
  return readWorkbookFromBuffer(readFileSync(join(__dirname, '..', 'fixtures', name)), name);
};

describe('loadCoreServices', () => {
  it('resolves the real core: the seed is recognised, checked and scored as src/core does it', async () => {
    const services = await loadCoreServices();
    const grid = await seed();
    const profile = services.profileById('national');
    expect(profile).toEqual(NATIONAL_PROFILE);
    const report = services.check(grid, { profile: profile!, reviewed: [] });
    expect(report).toEqual(checkWorkbook(grid, { profile: NATIONAL_PROFILE, reviewed: [] }));
    expect(report.tables.map((t) => t.weightSum)).toEqual(['99.93']);
    expect(report.findings.map((f) => f.rule)).toContain('PERF021');
    expect(services.ruleTitle?.('PERF021')?.zh).toBeTruthy();
    expect(services.loadProfile({}).ok).toBe(false);

    const table = services.recognise!(grid).tables[0];
    const plan = services.scoreFormulas!(table, { profile: NATIONAL_PROFILE });
    expect(plan.changes.some((c) => c.address === 'I21' && c.after.formula?.startsWith('=PERF.SCORE('))).toBe(true);
  });

  it('loads once: later calls get the same services', async () => {
    expect(await loadCoreServices()).toBe(await loadCoreServices());
  });
});

describe('createServicesLoader', () => {
  const core = { coreServices };

  it('imports once, however many callers wait for it', async () => {
    const importCore = jest.fn(() => Promise.resolve(core));
    const load = createServicesLoader(importCore);
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).toBe(b);
    expect(await load()).toBe(a);
    expect(importCore).toHaveBeenCalledTimes(1);
  });

  it('turns a failed import into a bilingual message, and tries again on the next call', async () => {
    const importCore = jest
      .fn<Promise<typeof core>, []>()
      .mockRejectedValueOnce(new Error('Loading chunk 512 failed.\n(error: https://localhost:3000/perf-core.1a2b3c4d.js)'))
      .mockResolvedValueOnce(core);
    const load = createServicesLoader(importCore);
    const error = await load().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CoreLoadError);
    expect(messageOf(error)).toEqual({
      zh: '校验引擎未能载入（Loading chunk 512 failed.）。请检查网络连接后再点“提交前校验”；仍不行请关闭并重新打开窗格。',
      en: 'The checking engine could not be loaded (Loading chunk 512 failed.). Check the connection and click “Check before submitting” again; if it still fails, close and reopen the pane.',
    });
    const services = await load();
    expect(services.profileById('hubei')?.id).toBe('hubei');
    expect(importCore).toHaveBeenCalledTimes(2);
  });
});
