/** @jest-environment jsdom */
// Submission-safe: after 插入公式 the pane says the workbook holds PERF formulas a reviewer without
// the add-in would see as #NAME?, and 转为数值 replaces them with values at the table's decimals as
// one previewed, undoable batch.
import './support/node-globals';
import '@testing-library/jest-dom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe, toHaveNoViolations } from 'jest-axe';
import { readWorkbookFromBuffer } from '../../src/hosts/file';
import { MemoryWorkbook } from '../../src/hosts/memory';
import { coreServices } from '../../src/taskpane/services';
import { findDialog, renderPane, waitForPane } from './support/render';

expect.extend(toHaveNoViolations);

describe('PERF formulas before submission', () => {
  it('inserts formulas, warns, converts them to values at two decimals, and undoes the conversion', async () => {
    const user = userEvent.setup();
    const grid = await readWorkbookFromBuffer(readFileSync(join(__dirname, '..', 'fixtures', 'seed-xiyong-2022.xlsx')), 'seed.xlsx');
    const { workbook } = renderPane({ workbook: new MemoryWorkbook(grid), services: coreServices() });
    await user.click(await screen.findByRole('button', { name: '提交前校验' }));
    await screen.findByRole('status', { name: /校验结果/ });
    expect(screen.queryByTestId('perf-formulas')).toBeNull();

    await user.click(screen.getByRole('button', { name: '插入公式' }));
    await user.click(within(await findDialog('插入公式预览')).getByRole('button', { name: '应用' }));
    const warning = await screen.findByTestId('perf-formulas');
    expect(warning).toHaveTextContent('本工作簿有 26 个 PERF 公式');
    expect(warning).toHaveTextContent('#NAME?');
    expect(await axe(document.body)).toHaveNoViolations();

    await waitForPane();
    await user.click(within(warning).getByRole('button', { name: '转为数值' }));
    const dialog = await findDialog('PERF 公式转为数值');
    expect(within(dialog).getByText('将在一次操作中写入 26 个单元格，可撤销。')).toBeInTheDocument();
    const row = within(dialog).getByRole('row', { name: /^Sheet1!I21/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['=PERF.SCORE(E21,F21,H21,G21) → 2.623162', '2.62']);
    await user.click(within(dialog).getByRole('button', { name: '应用' }));
    await screen.findByText('已写入 26 个单元格。');
    // The values keep the format the inserted formulas got (the score column's 0.00).
    expect(workbook.cell('Sheet1', 'I21')).toEqual({ value: 2.62, numFmt: '0.00' });
    expect(workbook.cell('Sheet1', 'I7')).toEqual({ value: 9.97, numFmt: '0.00' });
    await waitFor(() => expect(screen.queryByTestId('perf-formulas')).toBeNull());

    await waitForPane();
    await user.click(screen.getByRole('button', { name: '撤销' }));
    await screen.findByText(/^已撤销“PERF 公式转为数值（26 个单元格）”：I7 恢复为 =PERF.SCORE\(E7,F7,H7,G7\) → 9.974/);
    expect(workbook.cell('Sheet1', 'I21')?.formula).toBe('=PERF.SCORE(E21,F21,H21,G21)');
    expect(await screen.findByTestId('perf-formulas')).toHaveTextContent('26 个 PERF 公式');
  });
});
