/** @jest-environment jsdom */
// The preview loads the checking core on demand, as its page does (src/preview/index.tsx): the core
// loads while the first file is read; when it cannot be loaded the page says so and opens nothing,
// and the next file tries again.
import '../taskpane/support/node-globals';
import '@testing-library/jest-dom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, configure, fireEvent, render, screen } from '@testing-library/react';
import { openWorkbookFile } from '../../src/hosts/file';
import { PreviewApp } from '../../src/preview/components/PreviewApp';
import { createServicesLoader, loadCoreServices } from '../../src/taskpane/load-services';
import type { PaneServices } from '../../src/taskpane/services';
import { coreServices } from '../../src/taskpane/services';

configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(90_000);

const SEED = 'seed-xiyong-2022.xlsx';
const seedBytes = readFileSync(join(__dirname, '..', 'fixtures', SEED));
const asArrayBuffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

function renderPreview(services: () => Promise<PaneServices>) {
  return render(
    <PreviewApp
      options={{ layout: 'full', sample: true, validate: true, language: 'zh' }}
      deps={{ open: openWorkbookFile, save: () => undefined, services }}
      loadSample={async () => ({ data: asArrayBuffer(seedBytes), name: SEED })}
    />,
  );
}

it('opens and validates the sample with the core loaded on demand', async () => {
  renderPreview(loadCoreServices);
  expect(await screen.findByRole('status', { name: /^校验结果/ })).toHaveTextContent('未通过');
  expect(screen.getByTestId('file-name')).toHaveTextContent(SEED);
});

it('a core that cannot be loaded: the page says so and opens nothing; the next file loads it again', async () => {
  const importCore = jest
    .fn<Promise<{ coreServices: typeof coreServices }>, []>()
    .mockRejectedValueOnce(new Error('Loading chunk 512 failed.'))
    .mockResolvedValue({ coreServices });
  renderPreview(createServicesLoader(importCore));
  const problem = await screen.findByTestId('page-problem');
  expect(problem).toHaveTextContent(`无法打开「${SEED}」`);
  expect(problem).toHaveTextContent('校验引擎未能载入（Loading chunk 512 failed.）');
  expect(screen.queryByRole('button', { name: '提交前校验' })).toBeNull();

  await act(async () => {
    fireEvent.change(screen.getByTestId('file-input'), { target: { files: [new File([seedBytes], SEED)] } });
  });
  expect(await screen.findByRole('status', { name: /^校验结果/ })).toHaveTextContent('未通过');
  expect(screen.queryByTestId('page-problem')).toBeNull();
  expect(importCore).toHaveBeenCalledTimes(2);
});
