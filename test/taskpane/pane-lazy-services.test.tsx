/** @jest-environment jsdom */
// The add-in's pane gets a loader, not the services: it renders its idle state at once, starts the
// load right after the first render, and a validation waits for the core (or loads it again after a
// failed load, saying so in the pane's words when it cannot).
import '@testing-library/jest-dom';
import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createServicesLoader } from '../../src/taskpane/load-services';
import type { PaneServices } from '../../src/taskpane/services';
import { renderPane, seedServices } from './support/render';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const validateButton = () => screen.findByRole('button', { name: '提交前校验' });

it('renders the idle pane before the core has loaded, loads it after the first render, and validates once it is there', async () => {
  const user = userEvent.setup();
  const core = deferred<PaneServices>();
  const loader = jest.fn(() => core.promise);
  renderPane({ services: loader });
  expect(await validateButton()).toBeEnabled();
  expect(screen.getByText(/点击“提交前校验”检查本工作簿/)).toBeInTheDocument();
  expect(loader).toHaveBeenCalledTimes(1);

  await user.click(await validateButton());
  expect(screen.queryByRole('status', { name: /校验结果/ })).toBeNull();
  await act(async () => core.resolve(seedServices));
  expect(await screen.findByRole('status', { name: '校验结果：未通过' })).toBeInTheDocument();
  expect(screen.getByText('错误 4')).toBeInTheDocument();
  expect(loader).toHaveBeenCalledTimes(1);
});

it('a core that cannot be loaded: the pane says so, and 提交前校验 tries again', async () => {
  const user = userEvent.setup();
  const importCore = jest
    .fn<Promise<{ coreServices: () => PaneServices }>, []>()
    .mockRejectedValueOnce(new Error('Loading chunk 512 failed.'))
    .mockRejectedValueOnce(new Error('Loading chunk 512 failed.'))
    .mockResolvedValue({ coreServices: () => seedServices });
  renderPane({ services: createServicesLoader(importCore) });
  // The preload failed quietly: nothing was asked of the core yet.
  expect(await validateButton()).toBeEnabled();
  expect(screen.queryByRole('alert')).toBeNull();

  await user.click(await validateButton());
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('校验引擎未能载入（Loading chunk 512 failed.）。请检查网络连接后再点“提交前校验”');
  expect(importCore).toHaveBeenCalledTimes(2);

  await user.click(await validateButton());
  expect(await screen.findByRole('status', { name: '校验结果：未通过' })).toBeInTheDocument();
  expect(screen.queryByRole('alert')).toBeNull();
  expect(importCore).toHaveBeenCalledTimes(3);
});

it('in English the same failure reads in English', async () => {
  const user = userEvent.setup();
  const load = createServicesLoader(() => Promise.reject(new Error('Loading chunk 512 failed.')));
  renderPane({ services: load, language: 'en' });
  await user.click(await screen.findByRole('button', { name: 'Check before submitting' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('The checking engine could not be loaded (Loading chunk 512 failed.)');
});

it('a custom profile given while the core is still loading is read once it has loaded', async () => {
  const user = userEvent.setup();
  const core = deferred<PaneServices>();
  renderPane({ services: () => core.promise });
  await user.click(await screen.findByRole('button', { name: '设置' }));
  await user.click(await screen.findByRole('radio', { name: '自定义（JSON）' }));
  fireEvent.change(screen.getByRole('textbox', { name: /自定义配置 JSON/ }), {
    target: { value: '{ "extends": "national", "id": "ours", "label": { "zh": "本局", "en": "Ours" }, "expectedTotal": "99.93" }' },
  });
  await user.click(screen.getByRole('button', { name: '使用此配置' }));
  expect(screen.queryByText('已使用配置「本局」。')).toBeNull();
  await act(async () => core.resolve(seedServices));
  expect(await screen.findByText('已使用配置「本局」。')).toBeInTheDocument();
});
