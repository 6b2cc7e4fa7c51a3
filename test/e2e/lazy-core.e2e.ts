// The checking core as a chunk of its own (src/taskpane/load-services.ts): the pane's first script
// holds no core and no decimal.js; the preview fetches the chunk from its own origin, under its CSP
// (script-src 'self'), and checks with it; functions.js stands alone and registers every PERF.*
// function at load without asking for the chunk.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { golden, resultStatus, SEED, shownCounts, waitForWorkbook } from './support/preview';
import { openPreview, type PreviewSession } from './support/session';

const dist = () => process.env.PERF_E2E_DIR!;
const read = (file: string) => readFileSync(join(dist(), file), 'utf8');
const CHUNK = /^perf-core\.[0-9a-f]{8}\.js$/;
/** A string only decimal.js's own code holds. */
const DECIMAL_JS = '[DecimalError]';
/** A string only the rule catalogue holds (PERF001's explanation). */
const RULES = '没有这一列，指标得分无法核对';

describe('the production build', () => {
  it('puts the checking core and decimal.js in one chunk of their own, out of the pane’s first script', () => {
    const chunks = readdirSync(dist()).filter((file) => CHUNK.test(file));
    expect(chunks).toHaveLength(1);
    const chunk = read(chunks[0]);
    expect([chunk.includes(RULES), chunk.includes(DECIMAL_JS)]).toEqual([true, true]);
    const pane = read('taskpane.js');
    expect({ rules: pane.includes(RULES), decimal: pane.includes(DECIMAL_JS), loadsChunk: pane.includes('perf-core') }).toEqual({ rules: false, decimal: false, loadsChunk: true });
    // The preview's grid formats numbers with decimal.js from its first screen; the rules still load on demand.
    const preview = read('preview.js');
    expect({ rules: preview.includes(RULES), loadsChunk: preview.includes('perf-core') }).toEqual({ rules: false, loadsChunk: true });
  });

  it('keeps functions.js whole: its own decimal.js, no chunk loading, and every PERF.* function registered at load', () => {
    const code = read('functions.js');
    expect(code).not.toContain('perf-core');
    const associated: string[] = [];
    class FakeError {}
    const CustomFunctions = { associate: (id: string) => void associated.push(id), Error: FakeError, ErrorCode: {} };
    // No document, no fetch: a bundle that tried to load a chunk would throw here.
    runInNewContext(code, { CustomFunctions, self: {}, console });
    expect(associated.sort()).toEqual(['BUDGET', 'CHECK', 'GRADE', 'QUAL', 'RATE', 'SCORE', 'TOTAL']);
  });
});

describe('the preview page loads the chunk from its own origin', () => {
  let session: PreviewSession;

  beforeAll(async () => {
    session = await openPreview('preview.html');
  });

  afterAll(() => session?.close());

  it('renders, fetches perf-core once under the CSP, and validates the sample with it', async () => {
    const { page } = session;
    await waitForWorkbook(page, SEED);
    await resultStatus(page).waitFor();
    expect(await shownCounts(page)).toEqual(golden(SEED).counts);
    const chunkRequests = session.server.log.filter((line) => /^GET \/perf-core\.[0-9a-f]{8}\.js 200$/.test(line));
    expect(chunkRequests).toHaveLength(1);
    expect(session.foreign).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
