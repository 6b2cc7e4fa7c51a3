/** @jest-environment jsdom */
// In the preview, the selected grid cell names the header row: a form whose header the recogniser
// does not find by itself is checked after a click in its header row and 以选中行为表头重新校验.
import '../taskpane/support/node-globals';
import '@testing-library/jest-dom';
import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openWorkbookFile } from '../../src/hosts/file';
import { PreviewApp } from '../../src/preview/components/PreviewApp';
import { coreServices } from '../../src/taskpane/services';
import { buildWorkbook } from '../fixtures/lib/build';
import type { RowInput } from '../fixtures/lib/source';
import { UNUSUAL, UNUSUAL_MERGES } from '../support/unusual-header';

configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(90_000);

const cell = (address: string) => document.querySelector<HTMLElement>(`[data-testid="sheet-viewport"] td[data-address="${address}"]`);

it('a click in the header row, then 以选中行为表头重新校验, finds and checks the table', async () => {
  const bytes = await buildWorkbook({
    file: 'unusual-header',
    family: 'A',
    about: 'Family A with header words of its own',
    sheets: [{ name: '自评表', rows: UNUSUAL as readonly RowInput[], merges: UNUSUAL_MERGES }],
  });
  const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const user = userEvent.setup();
  render(
    <PreviewApp
      options={{ layout: 'full', sample: true, validate: true, language: 'zh' }}
      deps={{ open: openWorkbookFile, save: () => undefined, services: coreServices }}
      loadSample={async () => ({ data, name: 'unusual-header.xlsx' })}
    />,
  );
  await screen.findByRole('status', { name: '校验结果：未找到绩效指标表' });

  fireEvent.click(cell('D7')!);
  await waitFor(() => expect(cell('D7')).toHaveAttribute('data-selected', 'true'));
  await user.click(screen.getAllByRole('button', { name: '以选中行为表头重新校验' })[0]);

  expect(await screen.findByText('已以工作表“自评表”第 7 行为表头，识别出 1 张指标表并完成校验。')).toBeInTheDocument();
  await screen.findByRole('status', { name: /^校验结果：(通过|未通过)$/ });
  expect(screen.getAllByText('表头：工作表“自评表”第 7 行（按选中行识别）').length).toBeGreaterThan(0);
});
