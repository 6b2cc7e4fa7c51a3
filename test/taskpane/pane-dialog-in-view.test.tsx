/** @jest-environment jsdom */
// Dialogs that change cells keep the changed cell in view: before 修正预览, 修正全部确定问题 and
// 转为数值 open, the host selects the first cell they change (where it can select), so Excel, WPS and
// the preview's grid show it behind the dialog. A host that cannot select still opens the dialog.
import './support/node-globals';
import '@testing-library/jest-dom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readWorkbookFromBuffer } from '../../src/hosts/file';
import { MemoryWorkbook } from '../../src/hosts/memory';
import { coreServices } from '../../src/taskpane/services';
import { findDialog, renderPane, waitForPane } from './support/render';

type User = ReturnType<typeof userEvent.setup>;

async function validate(user: User) {
  await user.click(await screen.findByRole('button', { name: '提交前校验' }));
  await screen.findByRole('status', { name: /校验结果/ });
}

async function closeDialog(user: User, name: string) {
  await user.click(within(await findDialog(name)).getByRole('button', { name: '取消' }));
  await waitFor(() => expect(document.querySelector('[role=dialog]')).toBeNull());
  await waitForPane();
}

describe('dialogs that change cells', () => {
  it('修正预览 and 修正全部确定问题 open with the first changed cell selected', async () => {
    const user = userEvent.setup();
    const { workbook } = renderPane();
    await validate(user);
    workbook.select('Sheet1', 'A1');
    await user.click(within(screen.getByRole('region', { name: /^PERF021/ })).getByRole('button', { name: '修正…' }));
    await findDialog('修正预览');
    expect(workbook.selection).toEqual({ sheet: 'Sheet1', address: 'I21' });
    await closeDialog(user, '修正预览');

    workbook.select('Sheet1', 'A1');
    await user.click(screen.getByRole('button', { name: '修正全部确定问题（1）' }));
    const dialog = await findDialog('修正全部确定问题');
    expect(workbook.selection).toEqual({ sheet: 'Sheet1', address: 'I21' });
    // Selecting for the dialog is not a click in the sheet: the dialog stays, nothing was written.
    expect(dialog).toBeInTheDocument();
    expect(workbook.cell('Sheet1', 'I21')).toEqual({ value: 2.63 });
  });

  it('转为数值 opens with the first formula cell it replaces selected', async () => {
    const user = userEvent.setup();
    const grid = await readWorkbookFromBuffer(readFileSync(join(__dirname, '..', 'fixtures', 'seed-xiyong-2022.xlsx')), 'seed.xlsx');
    const { workbook } = renderPane({ workbook: new MemoryWorkbook(grid), services: coreServices() });
    await validate(user);
    await user.click(screen.getByRole('button', { name: '插入公式' }));
    await user.click(within(await findDialog('插入公式预览')).getByRole('button', { name: '应用' }));
    const warning = await screen.findByTestId('perf-formulas');
    await waitForPane();
    workbook.select('Sheet1', 'A1');
    await user.click(within(warning).getByRole('button', { name: '转为数值' }));
    const dialog = await findDialog('PERF 公式转为数值');
    const firstRow = within(dialog).getAllByRole('row').find((r) => /^Sheet1!/.test(r.textContent ?? ''))!;
    const address = /^Sheet1!([A-Z]+\d+)/.exec(firstRow.textContent ?? '')![1];
    expect(workbook.selection).toEqual({ sheet: 'Sheet1', address });
  });

  it('open all the same where the host cannot select, or the cell cannot be selected', async () => {
    const user = userEvent.setup();
    const { workbook, host } = renderPane({ capabilities: { select: false } });
    await validate(user);
    const selectCell = jest.spyOn(host, 'selectCell');
    await user.click(within(screen.getByRole('region', { name: /^PERF021/ })).getByRole('button', { name: '修正…' }));
    await findDialog('修正预览');
    expect(selectCell).not.toHaveBeenCalled();
    expect(workbook.selection).toBeUndefined();
    await closeDialog(user, '修正预览');

    selectCell.mockRejectedValue(new Error('sheet hidden'));
    (host.capabilities as { select: boolean }).select = true;
    await user.click(screen.getByRole('button', { name: '修正全部确定问题（1）' }));
    await findDialog('修正全部确定问题');
    expect(selectCell).toHaveBeenCalledWith('Sheet1', 'I21');
  });
});
