/** @jest-environment jsdom */
// In the preview, the pane offers the findings list as .xlsx too (ExcelJS is in the page): one click
// saves a workbook with a line for each finding the pane shows.
import '../taskpane/support/node-globals';
import '@testing-library/jest-dom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { openWorkbookFile } from '../../src/hosts/file';
import { PreviewApp } from '../../src/preview/components/PreviewApp';
import { coreServices } from '../../src/taskpane/services';

configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(90_000);

const SEED = 'seed-xiyong-2022.xlsx';
const seedBytes = readFileSync(join(__dirname, '..', 'fixtures', SEED));
const asArrayBuffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

it('导出问题清单（xlsx） saves every finding of the pane as a workbook', async () => {
  const user = userEvent.setup();
  const saved: Array<{ data: Uint8Array; name: string }> = [];
  render(
    <PreviewApp
      options={{ layout: 'full', sample: true, validate: true, language: 'zh' }}
      deps={{ open: openWorkbookFile, save: (data, name) => saved.push({ data, name }), services: coreServices }}
      loadSample={async () => ({ data: asArrayBuffer(seedBytes), name: SEED })}
    />,
  );
  await screen.findByRole('status', { name: /^校验结果/ });
  const shown = (await screen.findAllByRole('listitem')).filter((li) => li.closest('ul[id^="perf-rule-"]')).length;
  expect(shown).toBeGreaterThan(0);

  await user.click(screen.getByRole('button', { name: '导出问题清单（xlsx）' }));
  await waitFor(() => expect(saved).toHaveLength(1));
  expect(saved[0].name).toMatch(/^问题清单-\d{8}-\d{4}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(saved[0].data as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet('问题清单')!;
  expect(sheet.rowCount).toBe(1 + shown);
  const rules = [] as string[];
  sheet.eachRow((row, n) => n > 1 && rules.push(String(row.getCell(3).value)));
  expect(rules).toContain('PERF021');
});
