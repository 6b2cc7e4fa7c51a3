/** @jest-environment jsdom */
// Start-up: in Excel the pane renders over the host Office gave, in Office's language, and the
// ribbon's 校验 validates through it; outside Excel a short message says where to open PERF.
import '@testing-library/jest-dom';
import { act, screen } from '@testing-library/react';
import type { CommandActions } from '../../src/commands/register';
import type { ExcelStart } from '../../src/hosts/excel/bootstrap';
import { createMemoryHost } from '../../src/hosts/memory';
import { mountPane, themeInputOf } from '../../src/taskpane/mount';
import { seedServices } from './support/render';
import { seedGrid } from './support/workbooks';

function container(): HTMLElement {
  const div = document.createElement('div');
  document.body.appendChild(div);
  return div;
}

const light = { dark: false, source: 'default' } as const;

it('in Excel: renders the pane and the ribbon command validates through it', async () => {
  let actions: CommandActions | undefined;
  const host = createMemoryHost(seedGrid());
  const start: ExcelStart = { inExcel: true, host, language: 'en', theme: light, notes: [] };
  const root = await act(() =>
    mountPane(container(), { startExcel: async () => start, registerCommands: (a) => (actions = a), services: () => seedServices }),
  );
  expect(await screen.findByRole('button', { name: 'Check before submitting' })).toBeInTheDocument();
  expect(actions).toBeDefined();
  await act(() => actions!.validate());
  expect(screen.getByRole('status', { name: 'Result: not passed' })).toBeInTheDocument();
  act(() => root.unmount());
});

it('outside Excel: a short message instead of the pane', async () => {
  const start: ExcelStart = { inExcel: false, language: 'zh', theme: light, notes: [] };
  const root = await act(() =>
    mountPane(container(), { startExcel: async () => start, registerCommands: () => false, services: () => seedServices }),
  );
  expect(await screen.findByText(/PERF 需要在 Excel 中运行/)).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: '提交前校验' })).toBeNull();
  act(() => root.unmount());
});

it('Office slow to answer: a waiting notice first, then the pane once Office is ready', async () => {
  let ready: (start: ExcelStart) => void = () => undefined;
  const later = new Promise<ExcelStart>((resolve) => (ready = resolve));
  const slow: ExcelStart = { inExcel: false, language: 'zh', theme: light, notes: [{ zh: 'Office 尚未响应，仍在等待……', en: 'still waiting' }], later };
  let actions: CommandActions | undefined;
  const root = await act(() =>
    mountPane(container(), { startExcel: async () => slow, registerCommands: (a) => (actions = a), services: () => seedServices }),
  );
  expect(await screen.findByText(/仍在等待/)).toBeInTheDocument();
  const host = createMemoryHost(seedGrid());
  await act(async () => ready({ inExcel: true, host, language: 'zh', theme: light, notes: [] }));
  expect(await screen.findByRole('button', { name: '提交前校验' })).toBeInTheDocument();
  await act(() => actions!.validate());
  expect(screen.getByRole('status', { name: '校验结果：未通过' })).toBeInTheDocument();
  act(() => root.unmount());
});

it('outside Excel: a ribbon 校验 waiting for the pane finishes', async () => {
  let actions: CommandActions | undefined;
  const start: ExcelStart = { inExcel: false, language: 'zh', theme: light, notes: [] };
  const root = await act(() =>
    mountPane(container(), { startExcel: async () => start, registerCommands: (a) => (actions = a), services: () => seedServices }),
  );
  await expect(actions!.validate()).resolves.toBeUndefined();
  act(() => root.unmount());
});

it('passes Office theme colours on to the theme choice', () => {
  expect(themeInputOf({ theme: { dark: true, source: 'office', colors: { bodyBackground: '#262626', bodyForeground: '#fff', controlBackground: '#333', controlForeground: '#fff' } } })).toEqual({
    isDark: true,
    bodyBackgroundColor: '#262626',
  });
});
