// What the e2e tests do on the preview page, named as a person would say it, and what they expect
// of the seed, read from its reviewed golden findings (test/golden/findings), never written twice.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ROOT } from './build';

export interface GoldenFinding {
  readonly rule: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly sheet: string;
  readonly cells: readonly string[];
  readonly message: string;
  readonly fix?: ReadonlyArray<{ readonly cell: string; readonly before: { readonly value: unknown }; readonly after: number | string }>;
}

export interface Golden {
  readonly fixture: string;
  readonly counts: { readonly error: number; readonly warning: number; readonly info: number };
  readonly findings: readonly GoldenFinding[];
}

export function golden(fixture: string): Golden {
  return JSON.parse(readFileSync(join(ROOT, 'test', 'golden', 'findings', fixture.replace(/\.xlsx$/, '.json')), 'utf8'));
}

export function fixtureBytes(fixture: string): Buffer {
  return readFileSync(join(ROOT, 'test', 'fixtures', fixture));
}

/** A pattern matching exactly `text`, for locators' hasText. */
export const exactly = (text: string): RegExp => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

export const SEED = 'seed-xiyong-2022.xlsx';

/** The seed's 预算完成率 score finding (PERF021 on I21, 2.63 → 2.62) as the golden has it. */
export function budgetRateFinding(): GoldenFinding & { readonly fix: NonNullable<GoldenFinding['fix']> } {
  const found = golden(SEED).findings.find((f) => f.rule === 'PERF021' && f.message.includes('预算完成率') && f.fix);
  if (!found?.fix) throw new Error('the seed golden has no 预算完成率 fix');
  return found as GoldenFinding & { fix: NonNullable<GoldenFinding['fix']> };
}

export const gridCell = (page: Page, address: string): Locator => page.locator(`[data-testid="sheet-viewport"] td[data-address="${address}"]`);

/** Waits until the workbook is open (its name alone, not 正在打开「…」) and drawn (a cell is in the table). */
export async function waitForWorkbook(page: Page, fileName: string): Promise<void> {
  await page.getByTestId('file-name').filter({ hasText: exactly(fileName) }).waitFor();
  await page.locator('[data-testid="sheet-viewport"] td[data-address]').first().waitFor();
}

export const resultStatus = (page: Page): Locator => page.getByRole('status', { name: /^校验结果|^Result/ });

/** Clicks 提交前校验 and waits for the verdict. */
export async function validate(page: Page): Promise<void> {
  await page.getByRole('button', { name: '提交前校验' }).click();
  await resultStatus(page).waitFor();
}

/** The counts the pane shows next to the verdict: 错误 4 · 警告 7 · 提示 2. */
export async function shownCounts(page: Page): Promise<{ error: number; warning: number; info: number }> {
  const text = (await resultStatus(page).textContent()) ?? '';
  const count = (label: string) => Number(new RegExp(`${label}\\s*(\\d+)`).exec(text)?.[1] ?? NaN);
  return { error: count('错误'), warning: count('警告'), info: count('提示') };
}

/** One finding in the pane's list: its rule's group, the item whose text contains `text`. */
export function findingItem(page: Page, rule: string, text: string): Locator {
  return page.locator(`section[aria-label^="${rule}"] li`).filter({ hasText: text });
}

/** Opens files through the page's file picker. */
export async function chooseFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.getByTestId('file-input').setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes });
}

/** Drops a file on the page as a person dragging it from the desktop would. */
export async function dropFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ name: fileName, data }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], fileName, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
      return dt;
    },
    { name, data: [...bytes] },
  );
  const target = page.getByTestId('preview-root');
  await target.dispatchEvent('dragenter', { dataTransfer: transfer });
  await target.dispatchEvent('dragover', { dataTransfer: transfer });
  await target.dispatchEvent('drop', { dataTransfer: transfer });
}
