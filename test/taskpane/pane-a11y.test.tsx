/** @jest-environment jsdom */
// Accessibility (jest-axe) in the pane's main states, cell text rendered as text, the dark theme.
import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { axe, toHaveNoViolations } from 'jest-axe';
import { MemoryWorkbook } from '../../src/hosts/memory';
import { findDialog, renderPane, waitForPane } from './support/render';
import { seedGrid } from './support/workbooks';

expect.extend(toHaveNoViolations);

type User = ReturnType<typeof userEvent.setup>;

async function validate(user: User) {
  await user.click(await screen.findByRole('button', { name: '提交前校验' }));
  await screen.findByRole('status', { name: /校验结果/ });
}

describe('accessibility (axe)', () => {
  it('has no violations when empty', async () => {
    const { container } = renderPane();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('has no violations with results, why/how open, reviewed shown and settings open', async () => {
    const user = userEvent.setup();
    const workbook = new MemoryWorkbook(seedGrid());
    workbook.setDocument('perf.reviewed', JSON.stringify({ v: 1, marks: [{ rule: 'PERF030', sheet: 'Sheet1', cell: 'G7', reason: '已报备' }] }));
    renderPane({ workbook });
    await validate(user);
    await user.click(within(screen.getByRole('region', { name: /^PERF021/ })).getByRole('button', { name: '原因与修改方法' }));
    await user.click(screen.getByRole('switch', { name: '显示已复核 / 忽略（1）' }));
    await user.click(screen.getByRole('button', { name: '设置' }));
    await user.click(screen.getByRole('radio', { name: '自定义（JSON）' }));
    expect(await axe(document.body)).toHaveNoViolations();
  });

  it('has no violations with the fix preview open, and with the review dialog open', async () => {
    const user = userEvent.setup();
    renderPane();
    await validate(user);
    await user.click(within(screen.getByRole('region', { name: /^PERF021/ })).getByRole('button', { name: '修正…' }));
    await findDialog('修正预览');
    expect(await axe(document.body)).toHaveNoViolations();
    await user.click(within(await findDialog('修正预览')).getByRole('button', { name: '取消' }));
    await waitForPane();
    await user.click(within(await screen.findByRole('region', { name: /^PERF021/ })).getByRole('button', { name: '已复核 / 忽略…' }));
    await findDialog('已复核 / 忽略');
    expect(await axe(document.body)).toHaveNoViolations();
  });

  it('has no violations with the formula preview open (skipped rows listed)', async () => {
    const user = userEvent.setup();
    renderPane();
    await validate(user);
    await user.click(screen.getByRole('button', { name: '插入公式' }));
    await findDialog('插入公式预览');
    expect(await axe(document.body)).toHaveNoViolations();
  });
});

describe('cell text is text', () => {
  it('shows markup typed into a cell literally and never creates elements from it', async () => {
    const user = userEvent.setup();
    const workbook = new MemoryWorkbook(seedGrid());
    const hostile = '<img src=x onerror="window.__perfPwned=1">预算完成率';
    workbook.edit('Sheet1', 'B21', { value: hostile });
    const { container } = renderPane({ workbook });
    await validate(user);
    expect(screen.getByText(`未完成指标「${hostile}」没有说明`)).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect((window as { __perfPwned?: number }).__perfPwned).toBeUndefined();
  });
});

/** The value of a CSS variable the FluentProvider defines for its subtree. */
function providerVariable(name: string): string | undefined {
  const provider = document.querySelector('.fui-FluentProvider')!;
  const cls = [...provider.classList].find((c) => /^fui-FluentProvider.+/.test(c))!;
  const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText));
  const rule = rules.find((r) => r.startsWith(`.${cls} `));
  return rule ? new RegExp(`--${name}:\\s*([^;]+);`).exec(rule)?.[1].trim() : undefined;
}

describe('theme', () => {
  it('follows a dark Office theme, and a light one', async () => {
    const dark = renderPane({ theme: { bodyBackgroundColor: '#262626' } });
    await screen.findByRole('button', { name: '提交前校验' });
    expect(providerVariable('colorNeutralBackground1')).toBe(webDarkTheme.colorNeutralBackground1);
    dark.unmount();
    renderPane({ theme: { bodyBackgroundColor: '#FFFFFF' } });
    await screen.findByRole('button', { name: '提交前校验' });
    expect(providerVariable('colorNeutralBackground1')).toBe(webLightTheme.colorNeutralBackground1);
  });
});
