/** @jest-environment jsdom */
// 插入公式 with preview and undo; settings (profile, custom JSON, expected total, language); en-US.
import '@testing-library/jest-dom';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { findDialog, renderPane, waitForPane } from './support/render';

type User = ReturnType<typeof userEvent.setup>;

async function validate(user: User, name = '提交前校验') {
  await user.click(await screen.findByRole('button', { name }));
  await screen.findByRole('status', { name: /校验结果|Result/ });
}

async function openSettings(user: User) {
  await user.click(await screen.findByRole('button', { name: '设置' }));
}

describe('插入公式 and custom functions', () => {
  it('is offered only where the PERF functions run: not in an Excel without CustomFunctionsRuntime 1.2, which says why', async () => {
    const user = userEvent.setup();
    const note = { zh: '此版本的 Excel 不支持 PERF 函数（需要 CustomFunctionsRuntime 1.2）', en: 'This Excel cannot run the PERF functions' };
    renderPane({ capabilities: { customFunctions: false, notes: [note] } });
    await validate(user);
    const table = screen.getByRole('region', { name: 'Sheet1!A1:J36' });
    expect(within(table).queryByRole('button', { name: '插入公式' })).toBeNull();
    expect(screen.getByText(/不支持 PERF 函数/)).toBeInTheDocument();
    // Checks and fixes stay: the table's findings are listed as usual.
    expect(screen.getAllByRole('button', { name: '修正…' }).length).toBeGreaterThan(0);
  });

  it('is offered where they run', async () => {
    const user = userEvent.setup();
    renderPane({ capabilities: { customFunctions: true } });
    await validate(user);
    const table = screen.getByRole('region', { name: 'Sheet1!A1:J36' });
    expect(within(table).getByRole('button', { name: '插入公式' })).toBeInTheDocument();
  });
});

describe('插入公式', () => {
  it('previews PERF.SCORE formulas for the score column, writes them in one batch, and undoes them', async () => {
    const user = userEvent.setup();
    const { workbook } = renderPane();
    await validate(user);
    const table = screen.getByRole('region', { name: 'Sheet1!A1:J36' });
    await user.click(within(table).getByRole('button', { name: '插入公式' }));
    const dialog = await findDialog('插入公式预览');
    expect(within(dialog).getByText('将在一次操作中写入 26 个单元格，可撤销。')).toBeInTheDocument();
    const row = within(dialog).getByRole('row', { name: /^Sheet1!I21/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2.63', '=PERF.SCORE(E21,F21,H21,G21) → 2.623162']);
    expect(within(dialog).getByText('未改动的行（4）')).toBeInTheDocument();
    expect(within(dialog).getByText('第 31 行：定性指标：PERF.SCORE 只算定量指标（可用 PERF.QUAL）')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '应用' }));
    expect(await screen.findByText('已写入 26 个单元格。')).toBeInTheDocument();
    // The formulas get the score column's format: 2.623162 shows as 2.62, like the stated scores around it.
    expect(workbook.cell('Sheet1', 'I21')).toEqual({ value: 2.623162, formula: '=PERF.SCORE(E21,F21,H21,G21)', numFmt: '0.00' });
    expect(workbook.cell('Sheet1', 'I8')).toEqual({ value: 2.7, formula: '=PERF.SCORE(E8,F8,H8,G8)', numFmt: '0.00' });

    await waitForPane();
    await user.click(await screen.findByRole('button', { name: '撤销' }));
    expect(await screen.findByText('已撤销“插入 PERF.SCORE 公式：Sheet1 A1:J36，26 个单元格”：I7 恢复为 9.97，I8 恢复为 2.7，I9 恢复为 2.7，另有 23 个单元格已恢复。')).toBeInTheDocument();
    // Undo puts the General format back with the values.
    expect(workbook.cell('Sheet1', 'I21')).toEqual({ value: 2.63 });
    expect(workbook.cell('Sheet1', 'I8')).toEqual({ value: 2.7 });
  });
});

describe('settings', () => {
  it('an expected total of 99.93 silences the weight total after a re-run', async () => {
    const user = userEvent.setup();
    renderPane();
    await validate(user);
    expect(screen.getByText('错误 4')).toBeInTheDocument();
    await openSettings(user);
    const total = screen.getByRole('textbox', { name: '应得总分（权重合计）' });
    await user.type(total, 'abc');
    expect(await screen.findByText('请输入大于 0 的数字，如 100。')).toBeInTheDocument();
    await user.clear(total);
    await user.type(total, '99.93');
    expect(await screen.findByText('设置已更改，请重新校验。')).toBeInTheDocument();
    await validate(user);
    expect(screen.getByText('错误 3')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^PERF030/ })).toBeNull();
    expect(screen.queryByText('设置已更改，请重新校验。')).toBeNull();
  });

  it('a custom profile: bad JSON and bad fields are explained, a good one is used', async () => {
    const user = userEvent.setup();
    renderPane();
    await openSettings(user);
    await user.click(screen.getByRole('radio', { name: '自定义（JSON）' }));
    await validate(user).catch(() => undefined);
    expect(await screen.findByText('请先在“设置”中载入自定义评分配置。')).toBeInTheDocument();

    const box = screen.getByRole('textbox', { name: /自定义配置 JSON/ });
    fireEvent.change(box, { target: { value: '{ "extends": "national", ' } });
    await user.click(screen.getByRole('button', { name: '使用此配置' }));
    expect(await screen.findByText(/^不是有效的 JSON：/)).toBeInTheDocument();

    fireEvent.change(box, { target: { value: '{ "extends": "national", "expectedTotal": "一百" }' } });
    await user.click(screen.getByRole('button', { name: '使用此配置' }));
    expect(await screen.findByText('配置字段 expectedTotal：应为数字（如 10 或 "10"），实际为 "一百"')).toBeInTheDocument();

    fireEvent.change(box, { target: { value: '{ "extends": "national", "id": "ours", "label": { "zh": "本局", "en": "Ours" }, "expectedTotal": "99.93" }' } });
    await user.click(screen.getByRole('button', { name: '使用此配置' }));
    expect(await screen.findByText('已使用配置「本局」。')).toBeInTheDocument();
    await validate(user);
    expect(screen.getByText('错误 3')).toBeInTheDocument();
  });

  it('loads a custom profile from a file', async () => {
    const user = userEvent.setup();
    renderPane();
    await openSettings(user);
    await user.click(screen.getByRole('radio', { name: '自定义（JSON）' }));
    const file = new File(['{ "extends": "hubei", "id": "hb2", "label": { "zh": "湖北（本地）", "en": "Hubei (local)" } }'], 'hubei.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('从文件载入'), file);
    expect(await screen.findByText('已使用配置「湖北（本地）」。')).toBeInTheDocument();
  });

  it('switches the language to English', async () => {
    const user = userEvent.setup();
    renderPane();
    await openSettings(user);
    await user.selectOptions(screen.getByRole('combobox', { name: '语言' }), 'en');
    expect(await screen.findByRole('button', { name: 'Check before submitting' })).toBeInTheDocument();
    await validate(user, 'Check before submitting');
    expect(screen.getByRole('status', { name: 'Result: not passed' })).toBeInTheDocument();
    expect(screen.getByText('Errors: 4')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Errors (4)' })).toBeInTheDocument();
    expect(screen.getByText('Score 2.63 differs from the computed 2.62')).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAccessibleName('Performance self-evaluation check');
  });
});

describe('language from the host', () => {
  it('starts in English when told, with lang="en-US"', async () => {
    renderPane({ language: 'en' });
    expect(await screen.findByRole('button', { name: 'Check before submitting' })).toBeInTheDocument();
    expect(document.querySelector('.fui-FluentProvider')).toHaveAttribute('lang', 'en-US');
  });
});
