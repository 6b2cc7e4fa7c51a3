/** @jest-environment jsdom */
// In the preview, clicking a flagged cell in the grid selects it and opens its finding in the pane,
// as the file host reports the selection (watchSelection) to the pane.
import '../taskpane/support/node-globals';
import '@testing-library/jest-dom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { openWorkbookFile } from '../../src/hosts/file';
import { PreviewApp } from '../../src/preview/components/PreviewApp';
import { coreServices } from '../../src/taskpane/services';

configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(90_000);

const SEED = 'seed-xiyong-2022.xlsx';
const seedBytes = readFileSync(join(__dirname, '..', 'fixtures', SEED));
const asArrayBuffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
const cell = (address: string) => document.querySelector<HTMLElement>(`[data-testid="sheet-viewport"] td[data-address="${address}"]`);

it('a click on a flagged cell selects it and opens its finding with why/how', async () => {
  render(
    <PreviewApp
      options={{ layout: 'full', sample: true, validate: true, language: 'zh' }}
      deps={{ open: openWorkbookFile, save: () => undefined, services: coreServices }}
      loadSample={async () => ({ data: asArrayBuffer(seedBytes), name: SEED })}
    />,
  );
  await screen.findByRole('status', { name: /^校验结果/ });
  await screen.findByRole('region', { name: /^PERF021/ });
  expect(document.querySelector('li[aria-current="true"]')).toBeNull();

  fireEvent.click(cell('I21')!);

  await waitFor(() => expect(cell('I21')).toHaveAttribute('data-selected', 'true'));
  const marked = await waitFor(() => {
    const li = document.querySelector<HTMLElement>('li[aria-current="true"]');
    expect(li).not.toBeNull();
    return li!;
  });
  expect(within(marked).getByRole('button', { name: '定位到 Sheet1!I21' })).toBeInTheDocument();
  expect(within(marked).getByRole('button', { name: '原因与修改方法' })).toHaveAttribute('aria-expanded', 'true');

  // A cell with no finding moves the grid's selection only.
  fireEvent.click(cell('A1')!);
  await waitFor(() => expect(cell('A1')).toHaveAttribute('data-selected', 'true'));
  expect(within(document.querySelector<HTMLElement>('li[aria-current="true"]')!).getByRole('button', { name: '定位到 Sheet1!I21' })).toBeInTheDocument();
});
