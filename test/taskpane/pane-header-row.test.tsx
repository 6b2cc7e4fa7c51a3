/** @jest-environment jsdom */
// 以选中行为表头重新校验: with no table found, the pane reads the selected cell's row as the header,
// checks again and says what it found; a row that names too few columns is refused with the columns
// found and missing; the row stays in use until cleared; 设置 offers the same at any time.
import './support/node-globals';
import '@testing-library/jest-dom';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe, toHaveNoViolations } from 'jest-axe';
import { createMemoryHost, MemoryWorkbook } from '../../src/hosts/memory';
import { PerfApp } from '../../src/taskpane/components/PerfApp';
import { coreServices } from '../../src/taskpane/services';
import { sheetFromRows } from '../support/grid';
import { UNUSUAL, UNUSUAL_MERGES } from '../support/unusual-header';
import { renderPane } from './support/render';

expect.extend(toHaveNoViolations);

type User = ReturnType<typeof userEvent.setup>;

const unusualBook = () => new MemoryWorkbook({ name: 'unusual.xlsx', sheets: [sheetFromRows('自评表', UNUSUAL, { merges: UNUSUAL_MERGES })] });
const verdict = (name: RegExp | string) => screen.findByRole('status', { name });
const useSelected = () => screen.getAllByRole('button', { name: '以选中行为表头重新校验' })[0];

async function validate(user: User) {
  await user.click(await screen.findByRole('button', { name: '提交前校验' }));
  await verdict(/校验结果/);
}

describe('pointing the recogniser at the header row', () => {
  it('offers the selected row under a no-table verdict, reads the table with it and says so', async () => {
    const user = userEvent.setup();
    const { workbook, container } = renderPane({ workbook: unusualBook(), services: coreServices() });
    await validate(user);
    await verdict('校验结果：未找到绩效指标表');
    expect(useSelected()).toBeEnabled();
    expect(screen.getByText(/先在表格中点选表头那一行的任一单元格/)).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();

    act(() => workbook.select('自评表', 'E7'));
    await user.click(useSelected());
    expect(await screen.findByText('已以工作表“自评表”第 7 行为表头，识别出 1 张指标表并完成校验。')).toBeInTheDocument();
    const result = await verdict(/校验结果：(通过|未通过)/);
    expect(result).not.toHaveTextContent('未找到绩效指标表');
    expect(screen.getAllByText('表头：工作表“自评表”第 7 行（按选中行识别）').length).toBeGreaterThan(0);
    expect(screen.getByRole('region', { name: '表格' })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();

    // 提交前校验 again keeps the row.
    await validate(user);
    expect(screen.queryByRole('status', { name: '校验结果：未找到绩效指标表' })).toBeNull();

    // 不再指定表头: back to what the recogniser finds by itself.
    await user.click(screen.getAllByRole('button', { name: '不再指定表头' })[0]);
    await verdict('校验结果：未找到绩效指标表');
    expect(screen.queryByText(/按选中行识别/)).toBeNull();
  });

  it('refuses a row that names too few columns, saying which it found and which it misses', async () => {
    const user = userEvent.setup();
    const { workbook } = renderPane({ workbook: unusualBook(), services: coreServices() });
    await validate(user);
    act(() => workbook.select('自评表', 'F5'));
    await user.click(useSelected());
    expect(await screen.findByText(/工作表“自评表”第 5 行不足以作表头：找到 1 列：完成值（F列“实际完成情况”）；缺少：指标名称、指标值、权重（分值）、得分/)).toBeInTheDocument();
    await verdict('校验结果：未找到绩效指标表');
    // Another row can be tried at once.
    expect(useSelected()).toBeEnabled();
  });

  it('asks for a selection when the host has none', async () => {
    const user = userEvent.setup();
    renderPane({ workbook: unusualBook(), services: coreServices() });
    await validate(user);
    await user.click(useSelected());
    expect(await screen.findByText(/没有读到选中的单元格：请先在表格中选中表头所在行的一个单元格/)).toBeInTheDocument();
    await verdict('校验结果：未找到绩效指标表');
  });

  it('is in 设置 at any time, also when a table was found, and in English', async () => {
    const user = userEvent.setup();
    renderPane({ services: coreServices(), language: 'en' });
    await user.click(await screen.findByRole('button', { name: 'Check before submitting' }));
    await verdict(/^Result: /);
    expect(screen.queryByRole('button', { name: 'Use the selected row as the header' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    const section = await screen.findByRole('region', { name: 'Header row' });
    expect(within(section).getByRole('button', { name: 'Use the selected row as the header' })).toBeEnabled();
  });

  it('shows its busy state while the host reads the selection', async () => {
    const user = userEvent.setup();
    const workbook = unusualBook();
    const inner = createMemoryHost(workbook);
    let release = (): void => undefined;
    const host = {
      ...inner,
      selectedCell: async () => {
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        return inner.selectedCell!();
      },
    };
    render(<PerfApp host={host} services={coreServices()} />);
    await validate(user);
    act(() => workbook.select('自评表', 'B7'));
    const button = useSelected();
    await user.click(button);
    expect(button.querySelector('.fui-Spinner')).not.toBeNull();
    expect(button).toBeDisabled();
    expect(screen.getByTestId('busy-status')).toHaveTextContent('正在以选中行为表头识别并校验…');
    expect(screen.getByRole('button', { name: '提交前校验' })).toBeDisabled();
    await act(async () => release());
    expect(await screen.findByText('已以工作表“自评表”第 7 行为表头，识别出 1 张指标表并完成校验。')).toBeInTheDocument();
    expect(screen.getByTestId('busy-status')).toHaveTextContent('');
  });

  it('is not offered where the host cannot tell the selection', async () => {
    const user = userEvent.setup();
    const host = { ...createMemoryHost(unusualBook()), selectedCell: undefined };
    render(<PerfApp host={host} services={coreServices()} />);
    await validate(user);
    await verdict('校验结果：未找到绩效指标表');
    expect(screen.queryByRole('button', { name: '以选中行为表头重新校验' })).toBeNull();
    await user.click(screen.getByRole('button', { name: '设置' }));
    expect(screen.queryByRole('region', { name: '表头行' })).toBeNull();
  });
});
