/** @jest-environment jsdom */
// Navigate like Excel's checkers: 上一个/下一个 (and Alt+↓/Alt+↑) step through the findings in sheet
// order, selecting each cell and marking the finding; the verdict says when it was checked; the
// review dialog promises only what the host does with the reason.
import './support/node-globals';
import '@testing-library/jest-dom';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe, toHaveNoViolations } from 'jest-axe';
import { PREVIEW_CAPABILITIES } from '../../src/hosts/file';
import { findDialog, renderPane } from './support/render';

expect.extend(toHaveNoViolations);

async function validate(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: '提交前校验' }));
  await screen.findByRole('status', { name: /校验结果/ });
}

describe('stepping through the findings', () => {
  it('下一个 selects the first finding in sheet order, Alt+↓ the next, 上一个 wraps round', async () => {
    const user = userEvent.setup();
    const { workbook, container } = renderPane();
    await validate(user);
    const nav = screen.getByRole('group', { name: '逐个查看问题' });
    expect(nav).toHaveTextContent('共 4 个（Alt+↓ 下一个）');

    await user.click(within(nav).getByRole('button', { name: '下一个' }));
    const first = workbook.selection;
    expect(first).toBeDefined();
    expect(nav).toHaveTextContent('第 1 / 4 个');
    const marked = () => document.querySelector('li[aria-current="true"]');
    expect(marked()).not.toBeNull();

    fireEvent.keyDown(screen.getByRole('main'), { key: 'ArrowDown', altKey: true });
    expect(await within(nav).findByText('第 2 / 4 个')).toBeInTheDocument();
    expect(workbook.selection).not.toEqual(first);

    await user.click(within(nav).getByRole('button', { name: '上一个' }));
    await user.click(within(nav).getByRole('button', { name: '上一个' }));
    expect(within(nav).getByText('第 4 / 4 个')).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('shows when the check ran', async () => {
    const user = userEvent.setup();
    renderPane();
    await validate(user);
    expect(screen.getByTestId('checked-at')).toHaveTextContent(/^已校验 \d\d:\d\d$/);
  });
});

describe('the review dialog promises only what happens', () => {
  it('in a host that keeps marks in the workbook, it says so', async () => {
    const user = userEvent.setup();
    renderPane();
    await validate(user);
    await user.click(within(screen.getByRole('region', { name: /^PERF021/ })).getByRole('button', { name: '已复核 / 忽略…' }));
    expect(await findDialog('已复核 / 忽略')).toHaveTextContent('理由保存在工作簿中');
  });

  it('in the preview, it says the reason is written into the downloaded file', async () => {
    const user = userEvent.setup();
    renderPane({ capabilities: PREVIEW_CAPABILITIES });
    await validate(user);
    await user.click(within(screen.getByRole('region', { name: /^PERF021/ })).getByRole('button', { name: '已复核 / 忽略…' }));
    const dialog = await findDialog('已复核 / 忽略');
    expect(dialog).toHaveTextContent('理由写入下载的文件，重新打开该文件时仍在');
    expect(dialog).not.toHaveTextContent('保存在工作簿中');
    expect(dialog).not.toHaveTextContent('理由只保存在当前页面中');
  });

  it('in a host that can keep marks nowhere, it says the reason stays in this page', async () => {
    const user = userEvent.setup();
    renderPane({ capabilities: { ...PREVIEW_CAPABILITIES, reviewedInDownload: false } });
    await validate(user);
    await user.click(within(screen.getByRole('region', { name: /^PERF021/ })).getByRole('button', { name: '已复核 / 忽略…' }));
    const dialog = await findDialog('已复核 / 忽略');
    expect(dialog).toHaveTextContent('理由只保存在当前页面中');
    expect(dialog).not.toHaveTextContent('下载的文件，重新打开');
  });
});
