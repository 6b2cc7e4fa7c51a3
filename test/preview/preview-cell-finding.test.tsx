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

it('the arrow keys, Home and End move the selection in the grid, focus follows, and a flagged cell opens its finding', async () => {
  render(
    <PreviewApp
      options={{ layout: 'full', sample: true, validate: true, language: 'zh' }}
      deps={{ open: openWorkbookFile, save: () => undefined, services: coreServices }}
      loadSample={async () => ({ data: asArrayBuffer(seedBytes), name: SEED })}
    />,
  );
  await screen.findByRole('status', { name: /^校验结果/ });
  await screen.findByRole('region', { name: /^PERF021/ });
  const viewport = screen.getByTestId('sheet-viewport');

  // Nothing selected yet: the first key selects the first cell in view.
  viewport.focus();
  fireEvent.keyDown(viewport, { key: 'ArrowDown' });
  await waitFor(() => expect(cell('A1')).toHaveAttribute('data-selected', 'true'));

  fireEvent.click(cell('I20')!);
  await waitFor(() => expect(cell('I20')).toHaveAttribute('data-selected', 'true'));
  fireEvent.keyDown(document.activeElement ?? viewport, { key: 'ArrowDown' });
  await waitFor(() => expect(cell('I21')).toHaveAttribute('data-selected', 'true'));
  expect(document.activeElement).toBe(cell('I21'));
  // The selected cell's finding opens as a click does.
  const marked = await waitFor(() => {
    const li = document.querySelector<HTMLElement>('li[aria-current="true"]');
    expect(li).not.toBeNull();
    return li!;
  });
  expect(within(marked).getByRole('button', { name: '定位到 Sheet1!I21' })).toBeInTheDocument();

  // Keys reach the grid from the focused cell (they bubble to the grid).
  fireEvent.keyDown(cell('I21')!, { key: 'ArrowRight' });
  await waitFor(() => expect(cell('J21')).toHaveAttribute('data-selected', 'true'));
  expect(document.activeElement).toBe(cell('J21'));
  // Home lands in the merged A6:A36 (its anchor is selected); End goes back along row 21.
  fireEvent.keyDown(cell('J21')!, { key: 'Home' });
  await waitFor(() => expect(cell('A6')).toHaveAttribute('data-selected', 'true'));
  fireEvent.keyDown(cell('A6')!, { key: 'ArrowLeft' });
  fireEvent.keyDown(cell('A6')!, { key: 'End' });
  await waitFor(() => expect(cell('J21')).toHaveAttribute('data-selected', 'true'));
  fireEvent.keyDown(cell('J21')!, { key: 'ArrowUp' });
  await waitFor(() => expect(cell('J20')).toHaveAttribute('data-selected', 'true'));
  expect(screen.getByTestId('cell-bar')).toHaveTextContent('J20');
  // Other keys are left alone.
  fireEvent.keyDown(cell('J20')!, { key: 'a' });
  fireEvent.keyDown(cell('J20')!, { key: 'ArrowDown', altKey: true });
  expect(cell('J20')).toHaveAttribute('data-selected', 'true');
});
