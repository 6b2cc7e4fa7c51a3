/** @jest-environment jsdom */
// One row, one story, over the real checker and the seed: row 21's findings read together with the
// order to fix them; its score fix is not among the certain ones, and fix-all says why; the one fix,
// chosen by hand, carries a caution; fix-all lists the finding behind every change.
import './support/node-globals';
import '@testing-library/jest-dom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe, toHaveNoViolations } from 'jest-axe';
import type { WorkbookGrid } from '../../src/core/grid/types';
import { readWorkbookFromBuffer } from '../../src/hosts/file';
import { MemoryWorkbook } from '../../src/hosts/memory';
import { coreServices } from '../../src/taskpane/services';
import { findDialog, renderPane } from './support/render';

expect.extend(toHaveNoViolations);

type User = ReturnType<typeof userEvent.setup>;

const seed = (): Promise<WorkbookGrid> =>
  readWorkbookFromBuffer(readFileSync(join(__dirname, '..', 'fixtures', 'seed-xiyong-2022.xlsx')), 'seed-xiyong-2022.xlsx');

async function validate(user: User) {
  await user.click(await screen.findByRole('button', { name: '提交前校验' }));
  await screen.findByRole('status', { name: /校验结果/ });
}

describe('findings about the same row', () => {
  it('row 21 reads as one story, in the order to work through it, each step a link to its cell', async () => {
    const user = userEvent.setup();
    const { workbook, container } = renderPane({ workbook: new MemoryWorkbook(await seed()), services: coreServices() });
    await validate(user);
    const stories = screen.getByRole('region', { name: /同一行有多个问题/ });
    expect(within(stories).getByText('Sheet1 第 21 行：4 个问题')).toBeInTheDocument();
    const steps = within(stories).getAllByRole('listitem').filter((li) => li.textContent?.endsWith('21'));
    expect(steps.map((li) => li.textContent)).toEqual([
      '先确认本行是否应计分：同一指标重复计分（PERF052） B21',
      '再核对数值：权重合计不等于总分（PERF030） G21',
      '然后改得分：得分与计算结果不符（PERF021） I21',
      '最后改文字：未完成指标没有说明原因（PERF040） J21',
    ]);
    await user.click(within(steps[1]).getByRole('button', { name: '定位到 Sheet1!G21' }));
    expect(workbook.selection).toEqual({ sheet: 'Sheet1', address: 'G21' });
    expect(await axe(container)).toHaveNoViolations();
  });

  it('fix-all leaves the questioned score fix out and says which findings question it', async () => {
    const user = userEvent.setup();
    const { workbook } = renderPane({ workbook: new MemoryWorkbook(await seed()), services: coreServices() });
    await validate(user);
    await user.click(screen.getByRole('button', { name: '修正全部确定问题（0）' }));
    const dialog = await findDialog('修正全部确定问题');
    expect(within(dialog).getByText('没有需要写入的单元格。')).toBeInTheDocument();
    const note = within(dialog).getByRole('note');
    expect(note).toHaveTextContent('未列入：本行另有问题质疑其依据（1 处）');
    expect(note).toHaveTextContent('I21 得分改为 2.62——PERF030（G21）、PERF052（B21）');
    expect(within(dialog).getByRole('button', { name: '应用' })).toBeDisabled();
    expect(workbook.cell('Sheet1', 'I21')?.value).toBe(2.63);
  });

  it('the one fix chosen by hand shows the caution, and can still be applied', async () => {
    const user = userEvent.setup();
    const { workbook } = renderPane({ workbook: new MemoryWorkbook(await seed()), services: coreServices() });
    await validate(user);
    await user.click(within(screen.getByRole('region', { name: /^PERF021 / })).getByRole('button', { name: '修正…' }));
    const dialog = await findDialog('修正预览');
    expect(within(dialog).getByRole('note')).toHaveTextContent('注意：本行另有问题质疑这个修正的依据');
    expect(await axe(document.body)).toHaveNoViolations();
    await user.click(within(dialog).getByRole('button', { name: '应用' }));
    await screen.findByText(/已写入 1 个单元格/);
    expect(workbook.cell('Sheet1', 'I21')?.value).toBe(2.62);
  });
});

describe('fix-all lists every change with its finding', () => {
  it('the seed-like table: I21 2.63 → 2.62, because of PERF021', async () => {
    const user = userEvent.setup();
    renderPane();
    await validate(user);
    await user.click(screen.getByRole('button', { name: '修正全部确定问题（1）' }));
    const dialog = await findDialog('修正全部确定问题');
    const rows = within(dialog).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      '单元格原值新值',
      'Sheet1!I212.632.62',
      'PERF021：指标得分 2.63 与计算得分 2.62 不符',
    ]);
    expect(within(dialog).queryByRole('note')).toBeNull();
  });
});
