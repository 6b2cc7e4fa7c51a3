/** @jest-environment jsdom */
// Long reads (progress, cancel), writes the host refuses (protected, changed since validation),
// the report sheet, and live re-check after an edit.
import '@testing-library/jest-dom';
import { act, screen, waitFor, within } from '@testing-library/react';
import { createValidateBridge } from '../../src/taskpane/bridge';
import userEvent from '@testing-library/user-event';
import { MemoryWorkbook } from '../../src/hosts/memory';
import { findDialog, renderPane, waitForPane } from './support/render';
import { seedGrid } from './support/workbooks';

type User = ReturnType<typeof userEvent.setup>;

async function validate(user: User) {
  await user.click(await screen.findByRole('button', { name: '提交前校验' }));
  await screen.findByRole('status', { name: /校验结果/ });
}

function fourSheets(): MemoryWorkbook {
  const [sheet] = seedGrid().sheets;
  return new MemoryWorkbook({ sheets: ['一', '二', '三', '四'].map((n) => ({ ...sheet, name: `单位${n}` })) });
}

async function applyFix(user: User) {
  await user.click(within(await screen.findByRole('region', { name: /^PERF021/ })).getByRole('button', { name: '修正…' }));
  const dialog = await findDialog('修正预览');
  await user.click(within(dialog).getByRole('button', { name: '应用' }));
  await waitForPane();
}

describe('reading a large workbook', () => {
  it('shows progress by sheet, and 取消 stops the read with nothing changed', async () => {
    const user = userEvent.setup();
    const { host } = renderPane({ workbook: fourSheets(), readDelayMs: 400 });
    const readSpy = jest.spyOn(host, 'readWorkbook');
    await user.click(screen.getByRole('button', { name: '提交前校验' }));
    expect(screen.getByRole('button', { name: '提交前校验' })).toBeDisabled();
    expect(await screen.findByText('正在读取工作表 1/4：单位一')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0.25');
    await user.click(screen.getByRole('button', { name: '取消' }));
    expect(await screen.findByText('已取消校验，工作簿未改变。')).toBeInTheDocument();
    await expect(readSpy.mock.results[0].value).rejects.toMatchObject({ name: 'AbortError' });
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByRole('status', { name: /校验结果/ })).toBeNull();
    expect(screen.getByRole('button', { name: '提交前校验' })).toBeEnabled();
  });

  it('finishes and reports every sheet when not cancelled', async () => {
    const user = userEvent.setup();
    renderPane({ workbook: fourSheets(), readDelayMs: 5 });
    await validate(user);
    expect(screen.getByText('错误 16')).toBeInTheDocument();
    expect(screen.getAllByRole('region', { name: /^单位.!A1:J36$/ })).toHaveLength(4);
  });
});

describe('writes the host refuses', () => {
  it('a protected sheet: a clear message and nothing written', async () => {
    const user = userEvent.setup();
    const workbook = new MemoryWorkbook(seedGrid());
    workbook.setProtected('Sheet1', true);
    const { host } = renderPane({ workbook });
    await validate(user);
    await applyFix(user);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('未写入任何内容');
    expect(alert).toHaveTextContent('工作表受保护，以下单元格无法修改：Sheet1!I21');
    expect(workbook.cell('Sheet1', 'I21')).toEqual({ value: 2.63 });
    expect(await host.journal()).toEqual([]);
    expect(screen.getByRole('button', { name: '撤销' })).toBeDisabled();
  });

  it('a cell changed since the validation: asks to validate again, writes nothing', async () => {
    const user = userEvent.setup();
    const { workbook } = renderPane();
    await validate(user);
    workbook.edit('Sheet1', 'I21', { value: 2.6 });
    await applyFix(user);
    const status = await screen.findByText(/校验后以下单元格已被修改：Sheet1!I21。未写入任何内容，请重新校验。/);
    expect(status).toBeInTheDocument();
    expect(workbook.cell('Sheet1', 'I21')).toEqual({ value: 2.6 });
    await user.click(screen.getByRole('button', { name: '重新校验' }));
    await waitFor(() => expect(screen.queryByText(/校验后以下单元格已被修改/)).toBeNull());
    expect(within(await screen.findByRole('region', { name: /^PERF021/ })).getByText('指标得分 2.6 与计算得分 2.62 不符')).toBeInTheDocument();
  });
});

describe('report and live re-check', () => {
  it('导出报告 says which sheet it created, never overwriting', async () => {
    const user = userEvent.setup();
    const { workbook } = renderPane();
    await validate(user);
    await user.click(screen.getByRole('button', { name: '导出报告' }));
    expect(await screen.findByText('已生成工作表「校验报告」。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '导出报告' }));
    expect(await screen.findByText('已生成工作表「校验报告 (2)」。')).toBeInTheDocument();
    expect(workbook.sheetNames()).toEqual(['Sheet1', '校验报告', '校验报告 (2)']);
  });

  it('re-checks only the edited sheet after edits, debounced', async () => {
    const user = userEvent.setup();
    const workbook = fourSheets();
    const { host } = renderPane({ workbook, liveDelayMs: 40 });
    await validate(user);
    expect(screen.getByText('错误 16')).toBeInTheDocument();
    const read = jest.spyOn(host, 'readWorkbook');
    await user.click(screen.getByRole('switch', { name: '实时复查' }));
    workbook.edit('单位三', 'I21', { value: 2.62 });
    workbook.edit('单位三', 'I7', { value: 9.97 });
    expect(await screen.findByText('错误 15')).toBeInTheDocument();
    expect(read).toHaveBeenCalledTimes(1);
    expect(read.mock.calls[0][0]).toMatchObject({ sheets: ['单位三'] });
    expect(screen.getAllByRole('region', { name: /^单位.!A1:J36$/ }).map((r) => r.getAttribute('aria-label'))).toEqual([
      '单位一!A1:J36', '单位二!A1:J36', '单位三!A1:J36', '单位四!A1:J36',
    ]);
    await user.click(screen.getByRole('switch', { name: '实时复查' }));
    workbook.edit('单位一', 'I21', { value: 2.62 });
    await new Promise((r) => setTimeout(r, 150));
    expect(read).toHaveBeenCalledTimes(1);
    expect(screen.getByText('错误 15')).toBeInTheDocument();
  });
});

describe('validating twice', () => {
  it('the ribbon 校验 during a read replaces that read, and only the newer one reports', async () => {
    const user = userEvent.setup();
    const bridge = createValidateBridge();
    const { host } = renderPane({ workbook: fourSheets(), readDelayMs: 60, bridge });
    const read = jest.spyOn(host, 'readWorkbook');
    await user.click(screen.getByRole('button', { name: '提交前校验' }));
    await screen.findByText(/正在读取工作表 1\/4/);
    await act(() => bridge.validate());
    expect(read).toHaveBeenCalledTimes(2);
    await expect(read.mock.results[0].value).rejects.toMatchObject({ name: 'AbortError' });
    expect(screen.getByText('错误 16')).toBeInTheDocument();
    expect(screen.queryByText('已取消校验，工作簿未改变。')).toBeNull();
  });
});
