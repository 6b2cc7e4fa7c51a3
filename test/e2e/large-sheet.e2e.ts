// The grid stays responsive on large sheets: only the rows in view are in the DOM. The seed moved
// 20,000 rows down is validated and its finding's link scrolls the grid there; a sheet whose used
// range is all of Excel's 1,048,576 rows and 16,384 columns draws its first 200 columns, says so,
// and scrolls to its last row.
import { CORPUS } from '../hostile/support/corpus';
import { shiftedDown } from '../preview/support/edit-workbook';
import { budgetRateFinding, chooseFile, findingItem, fixtureBytes, gridCell, resultStatus, SEED, waitForWorkbook } from './support/preview';
import { openPreview, type PreviewSession } from './support/session';

const OFFSET = 20_000;
/** Rows in view (about 30) plus the margins drawn either side, with room to spare. */
const MAX_ROWS_IN_DOM = 120;

describe('large sheets in the grid', () => {
  let session: PreviewSession;

  const rowsInDom = () => session.page.locator('[data-testid="sheet-viewport"] tbody tr th[scope="row"]').count();

  beforeAll(async () => {
    session = await openPreview('preview.html?sample=0', { width: 1280, height: 800 });
  });

  afterAll(() => session?.close());

  it(`follows a finding ${OFFSET.toLocaleString('en')} rows down and draws only the rows around it`, async () => {
    const { page } = session;
    const file = 'seed-far-down.xlsx';
    await chooseFile(page, file, await shiftedDown(fixtureBytes(SEED), OFFSET));
    await waitForWorkbook(page, file);
    await resultStatus(page).waitFor({ timeout: 60_000 });
    expect(await rowsInDom()).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);
    const finding = budgetRateFinding();
    const target = `I${21 + OFFSET}`;
    await findingItem(page, finding.rule, '预算完成率').getByRole('button', { name: `定位到 ${finding.sheet}!${target}` }).click();
    const outlined = gridCell(page, target).and(page.locator('[data-selected="true"]'));
    await outlined.waitFor();
    const box = (await outlined.boundingBox())!;
    const view = (await page.getByTestId('sheet-viewport').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(view.y);
    expect(box.y + box.height).toBeLessThanOrEqual(view.y + view.height);
    expect(await rowsInDom()).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);
  });

  it('draws a sheet as large as Excel allows: 200 columns, a note, its last row on scrolling', async () => {
    const { page } = session;
    const entry = CORPUS.find((e) => e.file === 'good-stray-last-cell.xlsx')!;
    await chooseFile(page, entry.file, Buffer.from(await entry.make()));
    await waitForWorkbook(page, entry.file);
    await resultStatus(page).waitFor({ timeout: 90_000 });
    await page.getByText('此工作表有 16384 列，仅显示前 200 列（检查仍覆盖全部列）。').waitFor();
    await page.getByText('共 1,048,576 行').waitFor();
    expect(await page.locator('[data-testid="sheet-viewport"] thead th[scope="col"]').count()).toBe(200);
    await page.getByTestId('sheet-viewport').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.locator('[data-testid="sheet-viewport"] th[scope="row"]', { hasText: /^1048576$/ }).waitFor();
    expect(await rowsInDom()).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);
  });

  it('logged no error and asked no other host', () => {
    expect(session.errors).toEqual([]);
    expect(session.foreign).toEqual([]);
  });
});
