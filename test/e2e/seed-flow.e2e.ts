// The preview's main path in a real browser: open the preview → 提交前校验 on the seed → the counts the
// seed's golden findings give → click the 预算完成率 finding → its cell is outlined → apply the fix →
// the finding is gone → download → the file read back with ExcelJS in Node has 2.62 there and every
// other cell exactly as in the original fixture.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook } from '../../src/core/check';
import { profileById } from '../../src/core/profile';
import { readWorkbookFromBuffer } from '../../src/hosts/file';
import { cellValue, workbookDiff } from '../preview/support/workbook-diff';
import { ROOT } from './support/build';
import { budgetRateFinding, exactly, findingItem, fixtureBytes, golden, gridCell, SEED, shownCounts, validate, waitForWorkbook } from './support/preview';
import { openPreview, type PreviewSession } from './support/session';

const DOWNLOADS = join(ROOT, 'test-output', 'e2e-downloads');

describe('the seed, end to end in Chromium', () => {
  let session: PreviewSession;
  const expected = golden(SEED);
  const finding = budgetRateFinding();
  const [fix] = finding.fix;
  const cell = finding.cells[0];

  beforeAll(async () => {
    // validate=0: the seed is open but unchecked, so the counts come from clicking 提交前校验.
    session = await openPreview('preview.html?validate=0');
    await waitForWorkbook(session.page, SEED);
  });

  afterAll(() => session?.close());

  it('the golden says what this test relies on: 预算完成率 in I21, 2.63 → 2.62', () => {
    expect({ cell, fixCell: fix.cell, before: fix.before.value, after: fix.after }).toEqual({ cell: 'I21', fixCell: 'I21', before: 2.63, after: 2.62 });
  });

  it('shows the seed’s cells before any check, and no verdict yet', async () => {
    const { page } = session;
    await expect(gridCell(page, 'B21').textContent()).resolves.toBe('预算完成率');
    await expect(gridCell(page, cell).textContent()).resolves.toBe(String(fix.before.value));
    await expect(page.getByRole('status', { name: /^校验结果/ }).count()).resolves.toBe(0);
  });

  it('提交前校验 gives the counts per severity of the seed’s golden findings', async () => {
    const { page } = session;
    await validate(page);
    expect(await shownCounts(page)).toEqual(expected.counts);
    for (const [severity, label] of [['error', '错误'], ['warning', '警告'], ['info', '提示']] as const) {
      await expect(page.getByRole('heading', { name: `${label}（${expected.counts[severity]}）` }).count()).resolves.toBe(1);
    }
    // Every finding the golden lists is in the pane, once per cell it names.
    await expect(page.locator('section[aria-label^="PERF"] li').count()).resolves.toBe(expected.findings.length);
    // The grid tints the cells the findings name.
    await expect(gridCell(page, cell).getAttribute('data-severity')).resolves.toBe(finding.severity);
  });

  it('clicking the 预算完成率 finding outlines its cell in view and shows it in the cell bar', async () => {
    const { page } = session;
    const item = findingItem(page, finding.rule, '预算完成率');
    await item.getByRole('button', { name: `定位到 ${finding.sheet}!${cell}` }).click();
    const outlined = page.locator(`[data-testid="sheet-viewport"] td[data-selected="true"]`);
    await expect(outlined.getAttribute('data-address')).resolves.toBe(cell);
    const style = await outlined.evaluate((el) => ({ style: getComputedStyle(el).outlineStyle, width: getComputedStyle(el).outlineWidth }));
    expect(style).toEqual({ style: 'solid', width: '2px' });
    const box = (await outlined.boundingBox())!;
    const view = (await page.getByTestId('sheet-viewport').boundingBox())!;
    expect(box.y >= view.y && box.y + box.height <= view.y + view.height).toBe(true);
    await expect(page.getByTestId('cell-bar').textContent()).resolves.toBe(`${cell}${fix.before.value}`);
  });

  it('applies the fix through the pane’s preview: the finding is gone and the cell shows 2.62', async () => {
    const { page } = session;
    await findingItem(page, finding.rule, '预算完成率').getByRole('button', { name: '修正…' }).click();
    const dialog = page.getByRole('dialog', { name: '修正预览' });
    await expect(dialog.getByRole('row', { name: new RegExp(`${finding.sheet}!${cell}`) }).textContent()).resolves.toBe(
      `${finding.sheet}!${cell}${fix.before.value}${fix.after}`,
    );
    await dialog.getByRole('button', { name: '应用' }).click();
    await page.getByText('已写入 1 个单元格。').waitFor();
    // The pane checks again after every write: the finding leaves the list, the grid shows the new value.
    await findingItem(page, finding.rule, '预算完成率').waitFor({ state: 'detached' });
    await gridCell(page, cell).filter({ hasText: exactly(String(fix.after)) }).waitFor();
    await expect(page.getByTestId('file-name').locator('..').textContent()).resolves.toContain('已修改 1 个单元格');
  });

  it('downloads the corrected workbook: 2.62 in I21, every other cell as in the fixture, the counts the page shows', async () => {
    const { page } = session;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载修正后的工作簿' }).click()]);
    expect(download.suggestedFilename()).toBe('seed-xiyong-2022-已修正.xlsx');
    mkdirSync(DOWNLOADS, { recursive: true });
    const saved = join(DOWNLOADS, download.suggestedFilename());
    await download.saveAs(saved);
    const bytes = readFileSync(saved);
    expect(await cellValue(bytes, finding.sheet, cell)).toBe(fix.after);
    expect(await workbookDiff(fixtureBytes(SEED), bytes)).toEqual([`${finding.sheet}!${cell} value ${fix.before.value} → ${fix.after}`]);
    // The downloaded file, checked in Node, gives what the page shows after the fix.
    const report = checkWorkbook(await readWorkbookFromBuffer(bytes), { profile: profileById('national')! });
    expect(await shownCounts(page)).toEqual(report.counts);
    await page.getByText('已生成「seed-xiyong-2022-已修正.xlsx」（修改 1 个单元格）。').waitFor();
  });

  it('undo brings the finding and 2.63 back, and the download is the original file again', async () => {
    const { page } = session;
    await page.getByRole('button', { name: '撤销' }).click();
    await page.getByText(/^已撤销/).waitFor();
    await findingItem(page, finding.rule, '预算完成率').waitFor();
    await gridCell(page, cell).filter({ hasText: exactly(String(fix.before.value)) }).waitFor();
    expect(await shownCounts(page)).toEqual(expected.counts);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载修正后的工作簿' }).click()]);
    const saved = join(DOWNLOADS, 'after-undo.xlsx');
    await download.saveAs(saved);
    expect(readFileSync(saved).equals(fixtureBytes(SEED))).toBe(true);
  });

  it('made no request but to its own server, and logged no error', () => {
    expect(session.foreign).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
