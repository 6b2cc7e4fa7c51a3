/** @jest-environment jsdom */
// The pane's main path: validate → grouped findings → select → fix preview → apply → finding
// gone → undo → finding back, and undo still working after the pane was closed and reopened.
import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { findDialog, renderPane, waitForPane } from './support/render';

async function validate(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: '提交前校验' }));
  await screen.findByRole('status', { name: /校验结果/ });
}

const ruleGroup = (rule: string) => screen.queryByRole('region', { name: new RegExp(`^${rule}`) });

describe('the pane over the seed workbook', () => {
  it('shows the verdict, counts, the table summary and findings grouped by severity then rule', async () => {
    const user = userEvent.setup();
    renderPane();
    expect(screen.getByText(/点击“提交前校验”检查本工作簿/)).toBeInTheDocument();
    await validate(user);
    expect(screen.getByRole('status', { name: '校验结果：未通过' })).toHaveTextContent('未通过');
    expect(screen.getByText('错误 4')).toBeInTheDocument();
    expect(screen.getByText('警告 0')).toBeInTheDocument();
    expect(screen.getByText('提示 0')).toBeInTheDocument();

    const table = screen.getByRole('region', { name: 'Sheet1!A1:J36' });
    expect(within(table).getByText('99.93')).toBeInTheDocument();
    expect(within(table).getByText(/应为 100/)).toBeInTheDocument();
    expect(within(table).getByText('30')).toBeInTheDocument();
    // One rule for numbers: the table's own decimals (two, as its scores show) for every total.
    const figures = Object.fromEntries(
      within(table).getAllByRole('term').map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
    );
    expect(figures).toMatchObject({ 类型: '重庆 部门整体绩效自评表', 填报总分: '99.9', 等级: '优' });
    expect(figures['计算总分']).toMatch(/^\d+(\.\d*[1-9])?$/);
    expect(within(table).getByRole('img', { name: /各类指标得分与权重：全部指标：得分 99.9 \/ 权重 99.93/ })).toBeInTheDocument();

    expect(screen.getByRole('heading', { name: '错误（4）' })).toBeInTheDocument();
    expect(ruleGroup('PERF030')).toHaveAccessibleName('PERF030（1）');
    expect(ruleGroup('PERF021')).toHaveAccessibleName('PERF021（1）');
    expect(ruleGroup('PERF040')).toHaveAccessibleName('PERF040（2）');
    const order = screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(order).toEqual(['PERF021（1）', 'PERF030（1）', 'PERF040（2）']);
  });

  it('selects the cell, previews the fix, applies it, and undoes it', async () => {
    const user = userEvent.setup();
    const { workbook } = renderPane();
    await validate(user);

    const group = ruleGroup('PERF021')!;
    expect(within(group).getByText('指标得分 2.63 与计算得分 2.62 不符')).toBeInTheDocument();
    await user.click(within(group).getByRole('button', { name: '定位到 Sheet1!I21' }));
    expect(workbook.selection).toEqual({ sheet: 'Sheet1', address: 'I21' });

    await user.click(within(group).getByRole('button', { name: '原因与修改方法' }));
    expect(within(group).getByText('修改方法：改为 2.62。')).toBeVisible();
    expect(within(group).getByText('期望 2.62，实际 2.63')).toBeVisible();

    await user.click(within(group).getByRole('button', { name: '修正…' }));
    const dialog = await findDialog('修正预览');
    const row = within(dialog).getByRole('row', { name: /Sheet1!I21/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2.63', '2.62']);
    await user.click(within(dialog).getByRole('button', { name: '应用' }));

    expect(await screen.findByText('已写入 1 个单元格。')).toBeInTheDocument();
    expect(workbook.cell('Sheet1', 'I21')).toEqual({ value: 2.62 });
    await screen.findByText('错误 3');
    // The closed dialog leaves nothing of the pane hidden from screen readers.
    await waitForPane();
    expect(ruleGroup('PERF021')).toBeNull();
    expect(screen.queryByText('指标得分 2.63 与计算得分 2.62 不符')).toBeNull();

    await user.click(await screen.findByRole('button', { name: '撤销' }));
    expect(await screen.findByText('已撤销：I21 恢复为 2.63。')).toBeInTheDocument();
    expect(workbook.cell('Sheet1', 'I21')).toEqual({ value: 2.63 });
    await screen.findByText('错误 4');
    expect(ruleGroup('PERF021')).not.toBeNull();
    expect(screen.getByRole('button', { name: '撤销' })).toBeDisabled();
  });

  it('undoes a fix after the pane was closed and reopened (the journal is in the workbook)', async () => {
    const user = userEvent.setup();
    const first = renderPane();
    await validate(user);
    await user.click(screen.getByRole('button', { name: '修正全部确定问题（1）' }));
    const dialog = await findDialog('修正全部确定问题');
    await user.click(within(dialog).getByRole('button', { name: '应用' }));
    await screen.findByText('已写入 1 个单元格。');
    first.unmount();

    renderPane({ workbook: first.workbook });
    const undo = await screen.findByRole('button', { name: '撤销' });
    await screen.findByText(/./, { selector: 'button[title="撤销：修正全部确定问题（1 处）"]' });
    expect(undo).toBeEnabled();
    await user.click(undo);
    await screen.findByText('已撤销：I21 恢复为 2.63。');
    expect(first.workbook.cell('Sheet1', 'I21')).toEqual({ value: 2.63 });
  });

  it('cancelling the preview writes nothing', async () => {
    const user = userEvent.setup();
    const { workbook, host } = renderPane();
    await validate(user);
    await user.click(within(ruleGroup('PERF021')!).getByRole('button', { name: '修正…' }));
    const dialog = await findDialog('修正预览');
    await user.click(within(dialog).getByRole('button', { name: '取消' }));
    await waitFor(() => expect(document.querySelector('[role=dialog]')).toBeNull());
    expect(workbook.cell('Sheet1', 'I21')).toEqual({ value: 2.63 });
    expect(await host.journal()).toEqual([]);
  });
});
