/** @jest-environment jsdom */
// 同时写入批注: off by default, remembered between sessions, notes in the pane's language next to the
// fills, a user's own note kept (and said so), 清除高亮 deleting only PERF's notes; disabled with the
// reason where the host cannot write notes.
import '@testing-library/jest-dom';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryWorkbook } from '../../src/hosts/memory';
import { NOTES_STORE } from '../../src/hosts/notes';
import { PREFERENCES_KEY, storagePreferences } from '../../src/taskpane/state/preferences';
import { renderPane } from './support/render';
import { seedGrid } from './support/workbooks';

type User = ReturnType<typeof userEvent.setup>;

function storageWith(stored?: object) {
  const items = new Map<string, string>(stored ? [[PREFERENCES_KEY, JSON.stringify(stored)]] : []);
  const storage = { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
  return { preferences: storagePreferences(storage), saved: () => JSON.parse(items.get(PREFERENCES_KEY) ?? '{}') as Record<string, unknown> };
}

async function validate(user: User, name = '提交前校验') {
  await user.click(await screen.findByRole('button', { name }));
  await screen.findByRole('status', { name: /校验结果|Result/ });
}

describe('同时写入批注', () => {
  it('is off by default: 高亮 writes no note', async () => {
    const user = userEvent.setup();
    const { workbook } = renderPane();
    await validate(user);
    expect(screen.getByRole('checkbox', { name: '同时写入批注' })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: '高亮问题单元格' }));
    await screen.findByText('已高亮 4 个单元格，原底色已保存在工作簿中。');
    expect(workbook.allNotes()).toEqual([]);
  });

  it('writes the findings as notes, keeps a user note, is remembered, and 清除高亮 removes only PERF notes', async () => {
    const user = userEvent.setup();
    const { preferences, saved } = storageWith();
    const workbook = new MemoryWorkbook(seedGrid(), { notes: { 'Sheet1!G7': '权重按财政局通知' } });
    const first = renderPane({ workbook, preferences });
    await validate(user);
    await user.click(screen.getByRole('checkbox', { name: '同时写入批注' }));
    expect(saved()).toMatchObject({ highlightNotes: true });
    await user.click(screen.getByRole('button', { name: '高亮问题单元格' }));
    expect(
      await screen.findByText('已高亮 4 个单元格，原底色已保存在工作簿中。写入批注 3 个。1 个单元格已有批注，保留原批注、未写入 PERF 批注：Sheet1!G7。'),
    ).toBeInTheDocument();
    expect(workbook.note('Sheet1', 'G7')).toBe('权重按财政局通知');
    expect(workbook.note('Sheet1', 'I21')).toMatch(/^PERF: PERF\d{3} /);
    expect(workbook.allNotes()).toHaveLength(4);

    // A later session: the checkbox is still on, and clearing finds PERF's notes through the workbook.
    first.unmount();
    renderPane({ workbook, preferences });
    await validate(user);
    expect(screen.getByRole('checkbox', { name: '同时写入批注' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: '清除高亮' }));
    expect(await screen.findByText('已清除高亮，恢复了 4 个单元格的原底色。删除 PERF 批注 3 个。')).toBeInTheDocument();
    expect(workbook.allNotes()).toEqual([{ sheet: 'Sheet1', address: 'G7', text: '权重按财政局通知' }]);
    expect(workbook.document(NOTES_STORE)).toBeUndefined();
  });

  it('writes notes in English in an English pane', async () => {
    const user = userEvent.setup();
    const { workbook } = renderPane({ language: 'en' });
    await validate(user, 'Check before submitting');
    await user.click(screen.getByRole('checkbox', { name: 'Add notes' }));
    await user.click(screen.getByRole('button', { name: 'Highlight cells' }));
    await screen.findByText("4 cells highlighted; their original fills are saved in the workbook. 4 notes added.");
    const texts = workbook.allNotes().map((n) => n.text);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toMatch(/^PERF: PERF\d{3} [A-Za-z]/);
  });

  it('is disabled with the reason where the host cannot write notes', async () => {
    const user = userEvent.setup();
    const why = { zh: '写入批注需要 Excel 2024 或 Microsoft 365（ExcelApi 1.18）。', en: 'Notes need Excel 2024 or Microsoft 365 (ExcelApi 1.18).' };
    const { preferences } = storageWith({ profileChoice: 'national', expectedTotal: '', highlightNotes: true });
    const { workbook } = renderPane({ preferences, capabilities: { cellNotes: false, cellNotesWhy: why } });
    await validate(user);
    const box = screen.getByRole('checkbox', { name: '同时写入批注' });
    expect(box).toBeDisabled();
    expect(box).not.toBeChecked();
    expect(screen.getByText(why.zh)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '高亮问题单元格' }));
    await screen.findByText('已高亮 4 个单元格，原底色已保存在工作簿中。');
    expect(workbook.allNotes()).toEqual([]);
  });
});
