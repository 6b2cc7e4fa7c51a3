/** @jest-environment jsdom */
// Words in the preview: the language picked is kept for the next visit (unless the address names
// one), the English download is named in English, and the pane's English is finished (families
// named, grades explained, plurals).
import '../taskpane/support/node-globals';
import '@testing-library/jest-dom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { correctedFileName, openWorkbookFile } from '../../src/hosts/file';
import { PreviewApp, type PreviewOptions } from '../../src/preview/components/PreviewApp';
import { coreServices } from '../../src/taskpane/services';
import { storagePreferences } from '../../src/taskpane/state/preferences';
import { findDialog } from '../taskpane/support/render';

configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(90_000);

const SEED = 'seed-xiyong-2022.xlsx';
const seedBytes = readFileSync(join(__dirname, '..', 'fixtures', SEED));
const asArrayBuffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

function memoryStorage() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

function renderPreview(storage: ReturnType<typeof memoryStorage>, options: Partial<PreviewOptions> = {}) {
  const saved: Array<{ data: Uint8Array; name: string }> = [];
  const utils = render(
    <PreviewApp
      options={{ layout: 'full', sample: true, validate: true, language: 'zh', ...options }}
      deps={{ open: openWorkbookFile, save: (data, name) => saved.push({ data, name }), services: coreServices, preferences: storagePreferences(storage) }}
      loadSample={async () => ({ data: asArrayBuffer(seedBytes), name: SEED })}
    />,
  );
  return { ...utils, saved };
}

describe('the preview keeps the language and speaks it', () => {
  it('a language picked on the page is there after a reload; ?lang= still wins', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    const first = renderPreview(storage);
    await screen.findByRole('status', { name: /^校验结果/ });
    await user.click(screen.getByRole('button', { name: 'English' }));
    await screen.findByRole('status', { name: /^Result/ });
    first.unmount();

    const second = renderPreview(storage);
    expect(await screen.findByRole('status', { name: /^Result/ })).toBeInTheDocument();
    second.unmount();

    renderPreview(storage, { language: 'zh', languageFromUrl: true });
    expect(await screen.findByRole('status', { name: /^校验结果/ })).toBeInTheDocument();
  });

  it('in English: the family named, the grade explained, totals at the table’s decimals, plurals, an English download name', async () => {
    const user = userEvent.setup();
    const { saved } = renderPreview(memoryStorage(), { language: 'en' });
    await screen.findByRole('status', { name: /^Result/ });
    const table = screen.getByRole('region', { name: /^Sheet1!A\d+:J36$/ });
    const figures = Object.fromEntries(within(table).getAllByRole('term').map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]));
    expect(figures).toMatchObject({
      Family: 'Chongqing whole-department self-evaluation',
      'Stated total': '99.9',
      'Computed total': '99.89',
      Grade: '优 (excellent)',
    });
    expect(within(table).getByText('All indicators')).toBeInTheDocument();
    expect(within(table).getByRole('img', { name: /All indicators: score 99\.9 of 99\.93 \(computed 99\.89\)/ })).toBeInTheDocument();

    await user.click(within(screen.getByRole('region', { name: /^PERF021 / })).getByRole('button', { name: 'Fix…' }));
    const dialog = await findDialog('Preview the fix');
    expect(within(dialog).getByText('1 cell will be written in one batch; you can undo it.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText('1 cell written.')).toBeInTheDocument();

    await user.click(await screen.findByRole('button', { name: 'Download the corrected workbook' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].name).toBe('seed-xiyong-2022-corrected.xlsx');
  });

  it('names the download in the page’s language', () => {
    expect(correctedFileName('自评表.xlsx')).toBe('自评表-已修正.xlsx');
    expect(correctedFileName('自评表.XLSX', 'en')).toBe('自评表-corrected.xlsx');
  });
});
