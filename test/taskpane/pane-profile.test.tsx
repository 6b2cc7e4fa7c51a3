/** @jest-environment jsdom */
// The right profile, visibly: the verdict names the profile used; a Hubei form (huanggang-2020,
// family F) checked while 全国 is chosen is checked with the Hubei profile, with the reason and one
// click back to the national profile; the seed (Chongqing) stays national. A whole rule ignored with one reason.
import './support/node-globals';
import '@testing-library/jest-dom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe, toHaveNoViolations } from 'jest-axe';
import { checkWorkbook } from '../../src/core/check';
import { HUBEI_PROFILE, NATIONAL_PROFILE } from '../../src/core/profile';
import type { WorkbookGrid } from '../../src/core/grid/types';
import { readWorkbookFromBuffer } from '../../src/hosts/file';
import { MemoryWorkbook } from '../../src/hosts/memory';
import { coreServices } from '../../src/taskpane/services';
import { findDialog, renderPane, waitForPane } from './support/render';

expect.extend(toHaveNoViolations);

const fixture = (name: string): Promise<WorkbookGrid> =>
  readWorkbookFromBuffer(readFileSync(join(__dirname, '..', 'fixtures', `${name}.xlsx`)), `${name}.xlsx`);

async function validate(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: '提交前校验' }));
  return screen.findByRole('status', { name: /校验结果/ });
}

describe('the profile in use', () => {
  it('a Hubei form is checked with the Hubei profile, says why, and goes back to national in one click', async () => {
    const user = userEvent.setup();
    const grid = await fixture('huanggang-2020');
    const hubei = checkWorkbook(grid, { profile: HUBEI_PROFILE });
    const national = checkWorkbook(grid, { profile: NATIONAL_PROFILE });
    const { container } = renderPane({ workbook: new MemoryWorkbook(grid), services: coreServices() });
    const status = await validate(user);
    expect(status).toHaveTextContent(`评分配置：${HUBEI_PROFILE.label.zh}`);
    expect(status).toHaveTextContent(`错误 ${hubei.counts.error}`);
    const banner = screen.getByTestId('auto-profile');
    expect(banner).toHaveTextContent('已按湖北评分配置校验');
    expect(banner).toHaveTextContent('预算执行 20 分');
    expect(await axe(container)).toHaveNoViolations();

    await user.click(within(banner).getByRole('button', { name: '改用全国配置' }));
    await waitFor(() => expect(screen.queryByTestId('auto-profile')).toBeNull());
    await waitForPane();
    const after = await screen.findByRole('status', { name: /校验结果/ });
    expect(after).toHaveTextContent(`评分配置：${NATIONAL_PROFILE.label.zh}`);
    expect(after).toHaveTextContent(`错误 ${national.counts.error}`);
    // Declined for this pane: checking again keeps the national profile.
    await validate(user);
    expect(screen.queryByTestId('auto-profile')).toBeNull();
  });

  it('a Chongqing form stays with the national profile, named in the verdict', async () => {
    const user = userEvent.setup();
    renderPane({ workbook: new MemoryWorkbook(await fixture('seed-xiyong-2022')), services: coreServices() });
    const status = await validate(user);
    expect(status).toHaveTextContent(`评分配置：${NATIONAL_PROFILE.label.zh}`);
    expect(screen.queryByTestId('auto-profile')).toBeNull();
  });
});

describe('ignoring a whole rule', () => {
  it('marks every finding of PERF013 reviewed with one reason, kept in the workbook', async () => {
    const user = userEvent.setup();
    const grid = await fixture('seed-xiyong-2022');
    const workbook = new MemoryWorkbook(grid);
    const { host } = renderPane({ workbook, services: coreServices() });
    await validate(user);
    const group = screen.getByRole('region', { name: /^PERF013 / });
    await user.click(within(group).getByRole('button', { name: '全部忽略 PERF013 的 4 个问题…' }));
    const dialog = await findDialog('已复核 / 忽略');
    expect(dialog).toHaveTextContent('PERF013 的全部 4 个问题将以同一理由标为已复核 / 忽略。');
    await user.type(within(dialog).getByRole('textbox', { name: /理由/ }), '定性指标完成值按区里口径填 1 表示“优”');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /^PERF013 / })).toBeNull());
    const marks = await host.loadReviewed();
    expect(marks.filter((m) => m.rule === 'PERF013').map((m) => m.cell)).toEqual(['H31', 'H32', 'H33', 'H35']);
    expect(new Set(marks.map((m) => m.reason))).toEqual(new Set(['定性指标完成值按区里口径填 1 表示“优”']));
    await waitForPane();
    expect(await screen.findByRole('switch', { name: '显示已复核 / 忽略（4）' })).toBeInTheDocument();
  });
});
