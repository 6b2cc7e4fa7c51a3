/** @jest-environment jsdom */
// 已复核 / 忽略 with a reason, honoured on every re-run (also after reopening the pane), and
// highlights that restore the original fills when cleared.
import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryWorkbook, SEVERITY_FILLS, STORE } from '../../src/hosts/memory';
import { findDialog, renderPane, waitForPane } from './support/render';
import { seedGrid } from './support/workbooks';

type User = ReturnType<typeof userEvent.setup>;

async function validate(user: User) {
  await user.click(await screen.findByRole('button', { name: '提交前校验' }));
  await screen.findByRole('status', { name: /校验结果/ });
}

const PERF030_TEXT = '权重合计 99.93，应为 100';

describe('reviewed findings', () => {
  it('needs a reason, hides the finding, keeps hiding it on every re-run and after reopening', async () => {
    const user = userEvent.setup();
    const { workbook, unmount } = renderPane();
    await validate(user);
    const group = await screen.findByRole('region', { name: /^PERF030/ });
    await user.click(within(group).getByRole('button', { name: '已复核 / 忽略…' }));
    const dialog = await findDialog('已复核 / 忽略');
    expect(within(dialog).getByText(PERF030_TEXT)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('请填写理由。')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /理由/ }), '预算执行率权重已按区财政局要求调整');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    await waitForPane();
    await screen.findByText('错误 3');
    expect(screen.queryByText(PERF030_TEXT)).toBeNull();
    expect(JSON.parse(workbook.document(STORE.reviewed)!).marks).toMatchObject([
      { rule: 'PERF030', sheet: 'Sheet1', cell: 'G7', reason: '预算执行率权重已按区财政局要求调整' },
    ]);

    // The toggle shows it again, with its reason.
    await user.click(screen.getByRole('switch', { name: '显示已复核 / 忽略（1）' }));
    const list = await screen.findByRole('list', { name: '已复核 / 忽略' });
    expect(within(list).getByText(`PERF030 · ${PERF030_TEXT}`)).toBeInTheDocument();
    // Marked just now, by no one the memory host can name: when and why, no name.
    expect(within(list).getByText(/^\d{2}-\d{2} \d{2}:\d{2} 标记为已复核：预算执行率权重已按区财政局要求调整$/)).toBeInTheDocument();

    // A re-run honours it.
    await validate(user);
    expect(screen.getByText('错误 3')).toBeInTheDocument();
    expect(screen.getAllByText(new RegExp(PERF030_TEXT))).toHaveLength(1);

    // So does a new session of the pane on the same workbook.
    unmount();
    renderPane({ workbook });
    await validate(user);
    expect(screen.getByText('错误 3')).toBeInTheDocument();
    expect(screen.queryByText(PERF030_TEXT)).toBeNull();
  });

  it('are signed with the host’s user name where it can tell, and the dialog says so only then', async () => {
    const user = userEvent.setup();
    const { workbook } = renderPane({ reviewer: '张三' });
    await validate(user);
    await user.click(within(await screen.findByRole('region', { name: /^PERF030/ })).getByRole('button', { name: '已复核 / 忽略…' }));
    const dialog = await findDialog('已复核 / 忽略');
    expect(within(dialog).getByText('标记署名：张三（本程序中设置的用户名）。')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /理由/ }), '按区财政局要求调整');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitForPane();
    await screen.findByText('错误 3');
    const [mark] = JSON.parse(workbook.document(STORE.reviewed)!).marks;
    expect(mark).toMatchObject({ rule: 'PERF030', by: '张三', reason: '按区财政局要求调整' });
    expect(Number.isNaN(Date.parse(mark.at))).toBe(false);
    await user.click(screen.getByRole('switch', { name: '显示已复核 / 忽略（1）' }));
    const list = await screen.findByRole('list', { name: '已复核 / 忽略' });
    expect(within(list).getByText(/^张三 于 \d{2}-\d{2} \d{2}:\d{2} 标记为已复核：按区财政局要求调整$/)).toBeInTheDocument();
  });

  it('say nothing about who in a host that cannot tell, and show marks made elsewhere as they were made', async () => {
    const user = userEvent.setup();
    const workbook = new MemoryWorkbook(seedGrid());
    workbook.setDocument(STORE.reviewed, JSON.stringify({ v: 1, marks: [
      { rule: 'PERF021', sheet: 'Sheet1', cell: 'I21', reason: '已确认', by: '李四', at: '2023-03-01T02:05:00.000Z' },
    ] }));
    renderPane({ workbook });
    await validate(user);
    await user.click(within(await screen.findByRole('region', { name: /^PERF030/ })).getByRole('button', { name: '已复核 / 忽略…' }));
    const dialog = await findDialog('已复核 / 忽略');
    expect(within(dialog).queryByText(/署名/)).toBeNull();
    await user.type(within(dialog).getByRole('textbox', { name: /理由/ }), '已调整');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitForPane();
    await screen.findByText('错误 2');
    const marks = JSON.parse(workbook.document(STORE.reviewed)!).marks;
    expect(marks[0]).toEqual({ rule: 'PERF021', sheet: 'Sheet1', cell: 'I21', reason: '已确认', by: '李四', at: '2023-03-01T02:05:00.000Z' });
    expect(marks[1].by).toBeUndefined();
    await user.click(screen.getByRole('switch', { name: '显示已复核 / 忽略（2）' }));
    const list = await screen.findByRole('list', { name: '已复核 / 忽略' });
    // Another year: the year is shown (local time of the test machine).
    const made = new Date('2023-03-01T02:05:00.000Z');
    const when = `2023-${String(made.getMonth() + 1).padStart(2, '0')}-${String(made.getDate()).padStart(2, '0')} ${String(made.getHours()).padStart(2, '0')}:05`;
    expect(within(list).getByText(`李四 于 ${when} 标记为已复核：已确认`)).toBeInTheDocument();
  });

  it('恢复 puts a reviewed finding back on the list', async () => {
    const user = userEvent.setup();
    const workbook = new MemoryWorkbook(seedGrid());
    workbook.setDocument(STORE.reviewed, JSON.stringify({ v: 1, marks: [{ rule: 'PERF021', sheet: 'Sheet1', cell: 'I21', reason: '已确认' }] }));
    renderPane({ workbook });
    await validate(user);
    expect(screen.getByText('错误 3')).toBeInTheDocument();
    await user.click(screen.getByRole('switch', { name: '显示已复核 / 忽略（1）' }));
    await user.click(await screen.findByRole('button', { name: '恢复' }));
    await screen.findByText('错误 4');
    expect(await screen.findByRole('region', { name: /^PERF021/ })).toBeInTheDocument();
    expect(JSON.parse(workbook.document(STORE.reviewed)!).marks).toEqual([]);
  });
});

describe('highlights', () => {
  it('colours flagged cells by severity and 清除高亮 restores the original fills', async () => {
    const user = userEvent.setup();
    const workbook = new MemoryWorkbook(seedGrid(), { fills: { 'Sheet1!I21': '#FFFF00', 'Sheet1!J7': '#DDEEFF' } });
    renderPane({ workbook });
    await validate(user);
    await user.click(screen.getByRole('button', { name: '高亮问题单元格' }));
    expect(await screen.findByText('已高亮 4 个单元格，原底色已保存在工作簿中。')).toBeInTheDocument();
    expect(['G7', 'I21', 'J7', 'J21'].map((a) => workbook.fill('Sheet1', a))).toEqual(Array(4).fill(SEVERITY_FILLS.error));

    await user.click(screen.getByRole('button', { name: '清除高亮' }));
    expect(await screen.findByText('已清除高亮，恢复了 4 个单元格的原底色。')).toBeInTheDocument();
    expect(['G7', 'I21', 'J7', 'J21'].map((a) => workbook.fill('Sheet1', a))).toEqual([null, '#FFFF00', '#DDEEFF', null]);
    expect(workbook.document(STORE.fills)).toBeUndefined();
  });

  it('clears highlights left by an earlier session of the pane', async () => {
    const user = userEvent.setup();
    const workbook = new MemoryWorkbook(seedGrid());
    const first = renderPane({ workbook });
    await validate(user);
    await user.click(screen.getByRole('button', { name: '高亮问题单元格' }));
    await screen.findByText(/已高亮/);
    first.unmount();
    renderPane({ workbook });
    await user.click(await screen.findByRole('button', { name: '清除高亮' }));
    await screen.findByText('已清除高亮，恢复了 4 个单元格的原底色。');
    expect(workbook.fill('Sheet1', 'I21')).toBeNull();
  });
});
