/** @jest-environment jsdom */
// No table, no pass: an empty workbook or one with no indicator table gets a neutral verdict that
// names the headers looked for and what to do, never 通过 with zero counts.
import '@testing-library/jest-dom';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe, toHaveNoViolations } from 'jest-axe';
import { MemoryWorkbook } from '../../src/hosts/memory';
import { coreServices } from '../../src/taskpane/services';
import { sheetFromRows } from '../support/grid';
import { renderPane } from './support/render';

expect.extend(toHaveNoViolations);

const staffList = () =>
  new MemoryWorkbook({ name: 'staff.xlsx', sheets: [sheetFromRows('名单', [['姓名', '部门'], ['张三', '财务科']])] });

describe('a workbook with no indicator table', () => {
  it('shows 未找到绩效指标表, the headers looked for and what to do; no 通过, no zero counts, no sections', async () => {
    const user = userEvent.setup();
    const { container } = renderPane({ workbook: new MemoryWorkbook({ name: 'empty.xlsx', sheets: [sheetFromRows('Sheet1', [])] }), services: coreServices() });
    await user.click(await screen.findByRole('button', { name: '提交前校验' }));
    const status = await screen.findByRole('status', { name: '校验结果：未找到绩效指标表' });
    expect(status).toHaveTextContent('未找到绩效指标表');
    expect(status).toHaveTextContent(/指标名称（三级指标）、指标值（年度指标值）、权重（分值）、实际完成值（全年完成值）、得分/);
    expect(status).toHaveTextContent(/重新校验/);
    expect(screen.queryByText('通过')).toBeNull();
    expect(screen.queryByText('错误 0')).toBeNull();
    expect(screen.queryByText('没有发现问题。')).toBeNull();
    expect(screen.queryByRole('region', { name: '表格' })).toBeNull();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('says the same in English for a sheet of other data', async () => {
    const user = userEvent.setup();
    renderPane({ workbook: staffList(), services: coreServices(), language: 'en' });
    await user.click(await screen.findByRole('button', { name: 'Check before submitting' }));
    const status = await screen.findByRole('status', { name: 'Result: no indicator table found' });
    expect(status).toHaveTextContent('No indicator table found');
    expect(status).toHaveTextContent(/nothing was checked/);
    expect(screen.queryByText('Passed')).toBeNull();
  });
});
