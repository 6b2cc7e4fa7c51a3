// No byte leaves the machine: a whole session — the sample validated, a finding
// located and fixed, the download, another workbook dropped on the page, one chosen with the picker,
// a broken file, the language switched — with every request watched. Any request to a host other
// than the local server fails the test (and is refused), as does any upload or WebSocket.
import { sameOrigin } from './support/browser';
import { budgetRateFinding, chooseFile, dropFile, findingItem, fixtureBytes, golden, resultStatus, SEED, shownCounts, waitForWorkbook } from './support/preview';
import { openPreview, type PreviewSession } from './support/session';

/** Everything the page may fetch: itself, its bundle, the checking core's chunk, ExcelJS, the sample, its icon. */
const STATIC_FILES = ['/preview.html', '/preview.js', '/vendor/exceljs.bare.min.js', '/vendor/jszip.min.js', '/samples/seed-xiyong-2022.xlsx', '/assets/icon-32.png'];
const CORE_CHUNK = /^\/perf-core\.[0-9a-f]{8}\.js$/;

describe('a whole preview session, with the network watched', () => {
  let session: PreviewSession;
  const sockets: string[] = [];

  beforeAll(async () => {
    session = await openPreview('preview.html');
    session.page.on('websocket', (socket) => sockets.push(socket.url()));
  });

  afterAll(() => session?.close());

  it('validates the sample on opening', async () => {
    const { page } = session;
    await waitForWorkbook(page, SEED);
    await resultStatus(page).waitFor();
    expect(await shownCounts(page)).toEqual(golden(SEED).counts);
  });

  it('locates and fixes a finding, and downloads the result', async () => {
    const { page } = session;
    const finding = budgetRateFinding();
    const item = findingItem(page, finding.rule, '预算完成率');
    await item.getByRole('button', { name: /^定位到/ }).click();
    await item.getByRole('button', { name: '修正…' }).click();
    await page.getByRole('dialog', { name: '修正预览' }).getByRole('button', { name: '应用' }).click();
    await item.waitFor({ state: 'detached' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载修正后的工作簿' }).click()]);
    expect(await download.failure()).toBeNull();
  });

  it('opens a workbook dropped on the page and validates it', async () => {
    const { page } = session;
    const file = 'suixi-2019.xlsx'; // a real case table with findings (national profile)
    await dropFile(page, file, fixtureBytes(file));
    await waitForWorkbook(page, file);
    await resultStatus(page).waitFor();
    expect(await shownCounts(page)).toEqual(golden(file).counts);
  });

  it('opens a workbook chosen with the picker, and answers a broken one', async () => {
    const { page } = session;
    const file = 'yongde-2022.xlsx';
    await chooseFile(page, file, fixtureBytes(file));
    await waitForWorkbook(page, file);
    await resultStatus(page).waitFor();
    expect(await shownCounts(page)).toEqual(golden(file).counts);
    await chooseFile(page, 'broken.xlsx', Buffer.from('not a workbook'));
    await page.getByTestId('page-problem').waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: '中文' }).waitFor();
  });

  it('asked nothing of any other host: every request went to the local server, by GET, for its static files', () => {
    const requests = session.requests.map((line) => line.split(' ')) as Array<[string, string]>;
    expect(session.foreign).toEqual([]);
    expect(sockets).toEqual([]);
    expect(requests.filter(([, url]) => !sameOrigin(url, session.server.origin))).toEqual([]);
    expect(requests.filter(([method, url]) => method !== 'GET' && !url.startsWith('blob:'))).toEqual([]);
    const served = new Set(session.server.log.map((line) => line.split(' ')[1]));
    expect([...served].filter((path) => !STATIC_FILES.includes(path) && !CORE_CHUNK.test(path))).toEqual([]);
    expect(session.server.log.filter((line) => !line.startsWith('GET '))).toEqual([]);
    // The session really exercised the page: it loaded its bundle and the sample.
    expect(served.has('/samples/seed-xiyong-2022.xlsx') && served.has('/preview.js')).toBe(true);
  });

  it('logged no error', () => {
    expect(session.errors).toEqual([]);
  });
});
