/** @jest-environment jsdom */
// The pane over the real pipeline: fixture workbooks read by the file host, recognised and checked
// by src/core (checkWorkbook, the rule catalogue), shown and fixed through the memory host.
import './support/node-globals';
import '@testing-library/jest-dom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { checkWorkbook } from '../../src/core/check';
import { HUBEI_PROFILE, NATIONAL_PROFILE } from '../../src/core/profile';
import type { WorkbookGrid } from '../../src/core/grid/types';
import { readWorkbookFromBuffer } from '../../src/hosts/file';
import { MemoryWorkbook } from '../../src/hosts/memory';
import { coreServices } from '../../src/taskpane/services';
import { findDialog, renderPane, waitForPane } from './support/render';

type User = ReturnType<typeof userEvent.setup>;

const fixture = (name: string): Promise<WorkbookGrid> =>
  readWorkbookFromBuffer(readFileSync(join(__dirname, '..', 'fixtures', `${name}.xlsx`)), `${name}.xlsx`);

async function validate(user: User) {
  await user.click(await screen.findByRole('button', { name: '提交前校验' }));
  await screen.findByRole('status', { name: /校验结果/ });
}

const group = (rule: string) => screen.findByRole('region', { name: new RegExp(`^${rule} `) });

describe('the seed workbook through the real checker', () => {
  it('shows the seed findings as the checker reports them, fixes 预算完成率 and undoes it', async () => {
    const user = userEvent.setup();
    const grid = await fixture('seed-xiyong-2022');
    const expected = checkWorkbook(grid, { profile: NATIONAL_PROFILE });
    const { workbook } = renderPane({ workbook: new MemoryWorkbook(grid), services: coreServices() });
    await validate(user);
    expect(screen.getByText(`错误 ${expected.counts.error}`)).toBeInTheDocument();
    expect(screen.getByText(`警告 ${expected.counts.warning}`)).toBeInTheDocument();
    expect(screen.getByText(`提示 ${expected.counts.info}`)).toBeInTheDocument();
    // Severity first, then rule ids in order, each with its count.
    const wanted = (['error', 'warning', 'info'] as const).flatMap((severity) => {
      const ofSeverity = expected.findings.filter((f) => f.severity === severity);
      return [...new Set(ofSeverity.map((f) => f.rule))].sort().map((rule) => `${rule} （${ofSeverity.filter((f) => f.rule === rule).length}）`);
    });
    const shown = screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent?.replace(/ .*（/, ' （'));
    expect(shown).toEqual(wanted);
    // The seed's agreed findings are among them.
    for (const rule of ['PERF021', 'PERF030', 'PERF040', 'PERF004', 'PERF013', 'PERF050', 'PERF051', 'PERF052', 'PERF053']) {
      expect(shown.some((h) => h?.startsWith(`${rule} `))).toBe(true);
    }

    const perf021 = await group('PERF021');
    await user.click(within(perf021).getByRole('button', { name: '定位到 Sheet1!I21' }));
    expect(workbook.selection).toEqual({ sheet: 'Sheet1', address: 'I21' });
    await user.click(within(perf021).getByRole('button', { name: '修正…' }));
    const dialog = await findDialog('修正预览');
    expect(within(within(dialog).getByRole('row', { name: /^Sheet1!I21/ })).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2.63', '2.62']);
    await user.click(within(dialog).getByRole('button', { name: '应用' }));
    await screen.findByText(`错误 ${expected.counts.error - 1}`);
    await waitForPane();
    expect(screen.queryByRole('region', { name: /^PERF021 / })).toBeNull();
    expect(workbook.cell('Sheet1', 'I21')?.value).toBe(2.62);

    await user.click(await screen.findByRole('button', { name: '撤销' }));
    await screen.findByText(`错误 ${expected.counts.error}`);
    expect(await group('PERF021')).toBeInTheDocument();
    expect(workbook.cell('Sheet1', 'I21')?.value).toBe(2.63);
  });

  it('inserts PERF.SCORE formulas into the recognised score column', async () => {
    const user = userEvent.setup();
    const { workbook } = renderPane({ workbook: new MemoryWorkbook(await fixture('seed-xiyong-2022')), services: coreServices() });
    await validate(user);
    const table = screen.getByRole('region', { name: /^Sheet1!A\d+:J36$/ });
    await user.click(within(table).getByRole('button', { name: '插入公式' }));
    const dialog = await findDialog('插入公式预览');
    expect(within(dialog).getByText('将在一次操作中写入 26 个单元格，可撤销。')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '应用' }));
    await screen.findByText('已写入 26 个单元格。');
    expect(workbook.cell('Sheet1', 'I21')?.formula).toBe('=PERF.SCORE(E21,F21,H21,G21)');
    expect(workbook.cell('Sheet1', 'I7')?.formula).toBe('=PERF.SCORE(E7,F7,H7,G7)');
    expect(workbook.cell('Sheet1', 'I31')?.formula).toBeUndefined();
  });

  it('an ignored finding stays ignored on re-runs', async () => {
    const user = userEvent.setup();
    const grid = await fixture('seed-xiyong-2022');
    const warnings = checkWorkbook(grid, { profile: NATIONAL_PROFILE }).counts.warning;
    renderPane({ workbook: new MemoryWorkbook(grid), services: coreServices() });
    await validate(user);
    expect(screen.getByText(`警告 ${warnings}`)).toBeInTheDocument();
    await user.click(within(await group('PERF053')).getByRole('button', { name: '已复核 / 忽略…' }));
    const dialog = await findDialog('已复核 / 忽略');
    await user.type(within(dialog).getByRole('textbox', { name: /理由/ }), '≤1 为区级考核口径，目标文字已在说明中更正');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await screen.findByText(`警告 ${warnings - 1}`);
    await validate(user);
    expect(screen.getByText(`警告 ${warnings - 1}`)).toBeInTheDocument();
    await waitForPane();
    expect(screen.queryByRole('region', { name: /^PERF053 / })).toBeNull();
  });
});

describe('the real cases and the clean table', () => {
  it.each(['suixi-2019', 'yongde-2022', 'huanggang-2020', 'clean-project-2023'])('%s: the pane shows what the checker reports', async (name) => {
    const user = userEvent.setup();
    const grid = await fixture(name);
    // huanggang-2020 is a Hubei form: the pane checks it with the Hubei profile (and says so).
    const expected = checkWorkbook(grid, { profile: name === 'huanggang-2020' ? HUBEI_PROFILE : NATIONAL_PROFILE });
    renderPane({ workbook: new MemoryWorkbook(grid), services: coreServices() });
    await validate(user);
    expect(screen.getByRole('status', { name: expected.passed ? '校验结果：通过' : '校验结果：未通过' })).toBeInTheDocument();
    expect(screen.getByText(`错误 ${expected.counts.error}`)).toBeInTheDocument();
    expect(screen.getByText(`警告 ${expected.counts.warning}`)).toBeInTheDocument();
    expect(screen.getByText(`提示 ${expected.counts.info}`)).toBeInTheDocument();
    expect(screen.getAllByRole('region', { name: /^.+!.+:.+$/ })).toHaveLength(expected.tables.length);
    for (const finding of expected.findings) expect(screen.getAllByText(finding.message.zh).length).toBeGreaterThan(0);
  });
});
