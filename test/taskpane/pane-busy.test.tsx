/** @jest-environment jsdom */
// A visible busy state for every command that waits on the host: the command's button shows a
// spinner, the pane says what it is doing, the findings region is aria-busy, and the other commands
// wait. The host's promises are resolved by hand, so each state is seen while it lasts.
import './support/node-globals';
import '@testing-library/jest-dom';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe, toHaveNoViolations } from 'jest-axe';
import { createMemoryHost, MemoryWorkbook } from '../../src/hosts/memory';
import type { PerfHost } from '../../src/hosts/types';
import { PerfApp } from '../../src/taskpane/components/PerfApp';
import { findDialog, seedServices, waitForPane } from './support/render';
import { seedGrid } from './support/workbooks';

expect.extend(toHaveNoViolations);

type User = ReturnType<typeof userEvent.setup>;

/** A host whose named commands wait until the test opens their gate. */
function gatedHost(workbook: MemoryWorkbook) {
  const inner = createMemoryHost(workbook);
  const gates: Array<() => void> = [];
  const gate = <A extends unknown[], T>(run: (...args: A) => Promise<T>) => async (...args: A): Promise<T> => {
    await new Promise<void>((resolve) => gates.push(resolve));
    return run(...args);
  };
  const host: PerfHost = {
    ...inner,
    highlight: gate(inner.highlight),
    clearHighlights: gate(inner.clearHighlights),
    undoLast: gate(inner.undoLast),
    applyChanges: gate(inner.applyChanges),
    exportReport: gate(inner.exportReport),
    saveReviewed: gate(inner.saveReviewed),
  };
  /** Lets the command waiting longest go on. */
  const open = async () => {
    await waitFor(() => expect(gates.length).toBeGreaterThan(0));
    await act(async () => gates.shift()!());
  };
  return { host, open };
}

function setup() {
  const workbook = new MemoryWorkbook(seedGrid());
  const { host, open } = gatedHost(workbook);
  render(<PerfApp host={host} services={seedServices} liveDelayMs={30} />);
  return { workbook, open };
}

async function validate(user: User) {
  await user.click(await screen.findByRole('button', { name: '提交前校验' }));
  await screen.findByRole('status', { name: /校验结果/ });
}

const status = () => screen.getByTestId('busy-status');
const findings = () => screen.getByRole('region', { name: '问题' });
const spinnerIn = (button: HTMLElement) => button.querySelector('.fui-Spinner');
const actions = () => within(screen.getByRole('group', { name: /操作|Actions/ }));

/** While a command runs: its spinner, the pane's words, aria-busy, and every other command waiting. */
function expectBusy(button: HTMLElement, words: string) {
  expect(spinnerIn(button)).not.toBeNull();
  expect(status()).toHaveTextContent(words);
  expect(status()).toHaveTextContent('完成前其他命令暂不可用。');
  expect(findings()).toHaveAttribute('aria-busy', 'true');
  expect(screen.getByRole('button', { name: '提交前校验' })).toBeDisabled();
  for (const other of actions().getAllByRole('button')) expect(other).toBeDisabled();
  for (const fix of screen.queryAllByRole('button', { name: '修正…' })) expect(fix).toBeDisabled();
  for (const step of within(screen.getByRole('group', { name: '逐个查看问题' })).getAllByRole('button')) expect(step).toBeDisabled();
}

async function expectIdle(button: HTMLElement) {
  await waitFor(() => expect(status()).toHaveTextContent(''));
  await waitFor(() => expect(findings()).toHaveAttribute('aria-busy', 'false'));
  expect(spinnerIn(button)).toBeNull();
  expect(screen.getByRole('button', { name: '提交前校验' })).toBeEnabled();
}

describe('busy state of the commands that wait on the host', () => {
  it('高亮 and 清除高亮: spinner on the button, the pane says what it does, the rest waits', async () => {
    const user = userEvent.setup();
    const { open } = setup();
    await validate(user);

    const highlight = actions().getByRole('button', { name: '高亮问题单元格' });
    await user.click(highlight);
    expectBusy(highlight, '正在为问题单元格标色…');
    expect(await axe(document.body)).toHaveNoViolations();
    // Alt+↓ (which would select a cell) waits too.
    fireEvent.keyDown(screen.getByRole('main'), { key: 'ArrowDown', altKey: true });
    expect(screen.getByRole('group', { name: '逐个查看问题' })).toHaveTextContent('共 4 个');
    await open();
    await expectIdle(highlight);
    expect(await screen.findByText(/已高亮/)).toBeInTheDocument();

    const clear = actions().getByRole('button', { name: '清除高亮' });
    await user.click(clear);
    expectBusy(clear, '正在清除标色…');
    await open();
    await expectIdle(clear);
  });

  it('修正 (through its preview) and 撤销: the pane says it writes, then undoes, while the host works', async () => {
    const user = userEvent.setup();
    const { open, workbook } = setup();
    await validate(user);
    await user.click(within(screen.getByRole('region', { name: /^PERF021/ })).getByRole('button', { name: '修正…' }));
    const dialog = await findDialog('修正预览');
    await user.click(within(dialog).getByRole('button', { name: '应用' }));
    await waitForPane();
    await waitFor(() => expect(status()).toHaveTextContent('正在写入修改…'));
    expect(findings()).toHaveAttribute('aria-busy', 'true');
    for (const other of actions().getAllByRole('button')) expect(other).toBeDisabled();
    await open();
    await waitForPane();
    await waitFor(() => expect(actions().getByRole('button', { name: '撤销' })).toBeEnabled());
    const written = workbook.cell('Sheet1', 'I21');

    const undo = actions().getByRole('button', { name: '撤销' });
    await user.click(undo);
    expectBusy(undo, '正在撤销上一次修改…');
    await open();
    await expectIdle(undo);
    expect(workbook.cell('Sheet1', 'I21')).not.toEqual(written);
  });

  it('导出报告 and saving a reviewed mark show the same busy state', async () => {
    const user = userEvent.setup();
    const { open, workbook } = setup();
    await validate(user);

    const exportButton = actions().getByRole('button', { name: '导出报告' });
    await user.click(exportButton);
    expectBusy(exportButton, '正在添加“校验报告”工作表…');
    await open();
    await expectIdle(exportButton);
    expect(workbook.sheetNames()).toContain('校验报告');

    const group = await screen.findByRole('region', { name: /^PERF030/ });
    await user.click(within(group).getByRole('button', { name: '已复核 / 忽略…' }));
    const dialog = await findDialog('已复核 / 忽略');
    await user.type(within(dialog).getByRole('textbox', { name: /理由/ }), '按区财政局要求调整');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitForPane();
    await waitFor(() => expect(status()).toHaveTextContent('正在保存复核标记…'));
    expect(findings()).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('button', { name: '提交前校验' })).toBeDisabled();
    await open();
    await waitFor(() => expect(status()).toHaveTextContent(''));
    expect(screen.getByRole('button', { name: '提交前校验' })).toBeEnabled();
  });

  it('提交前校验 shows a spinner on its own button while it reads, and says nothing twice', async () => {
    const user = userEvent.setup();
    const workbook = new MemoryWorkbook(seedGrid());
    render(<PerfApp host={createMemoryHost(workbook, { readDelayMs: 200 })} services={seedServices} />);
    const button = await screen.findByRole('button', { name: '提交前校验' });
    await user.click(button);
    expect(spinnerIn(button)).not.toBeNull();
    expect(button).toBeDisabled();
    expect(status()).toHaveTextContent('');
    await screen.findByRole('status', { name: /校验结果/ });
    await waitFor(() => expect(spinnerIn(button)).toBeNull());
  });
});
