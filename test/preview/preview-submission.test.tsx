/** @jest-environment jsdom */
// The preview's download offers what the pane does: with PERF formulas in the workbook, the page says
// so and offers 转为数值并下载 — the formulas become values (one batch, undoable in the pane), then
// the download carries values only.
import '../taskpane/support/node-globals';
import '@testing-library/jest-dom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openWorkbookFile, readWorkbookFromBuffer } from '../../src/hosts/file';
import { PreviewApp } from '../../src/preview/components/PreviewApp';
import { coreServices } from '../../src/taskpane/services';
import { findDialog, waitForPane } from '../taskpane/support/render';

configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(90_000);

const SEED = 'seed-xiyong-2022.xlsx';
const seedBytes = readFileSync(join(__dirname, '..', 'fixtures', SEED));
const asArrayBuffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

it('after 插入公式, 转为数值并下载 saves values at the table’s decimals, and the pane can undo the conversion', async () => {
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
  expect(screen.queryByRole('button', { name: '转为数值并下载' })).toBeNull();
  await user.click(screen.getByRole('button', { name: '插入公式' }));
  await user.click(within(await findDialog('插入公式预览')).getByRole('button', { name: '应用' }));
  await screen.findByText('已写入 26 个单元格。');
  expect(await screen.findByText(/含 26 个 PERF 公式：没有加载项的电脑会显示 #NAME\?/)).toBeInTheDocument();

  await waitForPane();
  await user.click(screen.getByRole('button', { name: '转为数值并下载' }));
  await waitFor(() => expect(saved).toHaveLength(1));
  const grid = await readWorkbookFromBuffer(saved[0].data, saved[0].name);
  const sheet = grid.sheets[0];
  const cell = (row: number, col: number) => sheet.rows[row - 1]?.[col - 1];
  expect(cell(21, 9)).toMatchObject({ value: 2.62 });
  expect(cell(21, 9)?.formula).toBeUndefined();
  expect(cell(7, 9)).toMatchObject({ value: 9.97 });
  await waitFor(() => expect(screen.queryByRole('button', { name: '转为数值并下载' })).toBeNull());
  expect(screen.queryByTestId('perf-formulas')).toBeNull();
  // The conversion is the last batch of the pane's journal: 撤销 brings the formulas back.
  expect(screen.getByRole('button', { name: '撤销' })).toHaveAttribute('title', '撤销：PERF 公式转为数值（26 个单元格）');
});
