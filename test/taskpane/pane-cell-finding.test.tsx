/** @jest-environment jsdom */
// A flagged cell leads to its finding: when the host reports that a cell was selected, the pane marks
// the finding of that cell, opens its groups and its why/how. Rule groups collapse and expand.
import './support/node-globals';
import '@testing-library/jest-dom';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe, toHaveNoViolations } from 'jest-axe';
import { renderPane } from './support/render';

expect.extend(toHaveNoViolations);

async function validate(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: '提交前校验' }));
  await screen.findByRole('status', { name: /校验结果/ });
}

/** The sheet and cell of the first finding of a rule group, read from its 定位到 link. */
function cellOf(group: HTMLElement): { sheet: string; address: string } {
  const link = within(group).getAllByRole('button', { name: /^定位到 / })[0];
  const ref = link.textContent ?? '';
  const bang = ref.lastIndexOf('!');
  return { sheet: ref.slice(0, bang), address: ref.slice(bang + 1) };
}

const ruleToggle = (group: HTMLElement) => within(group).getByRole('button', { name: /^PERF\d+/ });

describe('selecting a flagged cell opens its finding', () => {
  it('marks the finding of the selected cell and opens its why/how, even inside collapsed groups', async () => {
    const user = userEvent.setup();
    const { workbook, container } = renderPane();
    await validate(user);
    const group = screen.getByRole('region', { name: /^PERF021/ });
    const { sheet, address } = cellOf(group);

    // Collapse the rule group and its severity group first.
    await user.click(ruleToggle(group));
    expect(ruleToggle(group)).toHaveAttribute('aria-expanded', 'false');
    const severityHeaders = screen.getAllByRole('heading', { level: 3 }).flatMap((h) => within(h).queryAllByRole('button'));
    expect(severityHeaders.length).toBeGreaterThan(0);
    for (const header of severityHeaders) await user.click(header);
    severityHeaders.forEach((header) => expect(header).toHaveAttribute('aria-expanded', 'false'));
    expect(screen.queryByRole('region', { name: /^PERF021/ })).toBeNull();
    expect(document.querySelector('li[aria-current="true"]')).toBeNull();

    act(() => workbook.select(sheet, address));

    const marked = await waitFor(() => {
      const li = document.querySelector<HTMLElement>('li[aria-current="true"]');
      expect(li).not.toBeNull();
      return li!;
    });
    expect(within(marked).getByRole('button', { name: `定位到 ${sheet}!${address}` })).toBeInTheDocument();
    expect(within(marked).getByRole('button', { name: '原因与修改方法' })).toHaveAttribute('aria-expanded', 'true');
    expect(marked).toHaveTextContent('原因：');
    expect(marked).toBeVisible();
    expect(ruleToggle(screen.getByRole('region', { name: /^PERF021/ }))).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('group', { name: '逐个查看问题' })).toHaveTextContent(/第 \d+ \/ \d+ 个/);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('a cell without a finding changes nothing; 下一个 (which selects its cell) keeps its own position', async () => {
    const user = userEvent.setup();
    const { workbook } = renderPane();
    await validate(user);
    act(() => workbook.select(workbook.sheetNames()[0], 'A1'));
    expect(document.querySelector('li[aria-current="true"]')).toBeNull();

    const nav = screen.getByRole('group', { name: '逐个查看问题' });
    await user.click(within(nav).getByRole('button', { name: '下一个' }));
    await user.click(within(nav).getByRole('button', { name: '下一个' }));
    expect(nav).toHaveTextContent('第 2 / 4 个');
    // 下一个 itself selects the cell: the position stays at the second finding.
    expect(nav).toHaveTextContent('第 2 / 4 个');
  });
});

describe('rule groups collapse and expand', () => {
  it('hides and shows the findings of one rule, keeping the group and its count', async () => {
    const user = userEvent.setup();
    const { container } = renderPane();
    await validate(user);
    const group = screen.getAllByRole('region', { name: /^PERF\d+/ }).find((r) => within(r).queryAllByRole('listitem').length > 1)!;
    const rule = /^PERF\d+/.exec(group.getAttribute('aria-label') ?? '')![0];
    const items = () => within(group).queryAllByRole('listitem');
    const count = items().length;
    expect(count).toBeGreaterThan(0);
    expect(ruleToggle(group)).toHaveAttribute('aria-expanded', 'true');

    await user.click(ruleToggle(group));
    expect(ruleToggle(group)).toHaveAttribute('aria-expanded', 'false');
    expect(items()).toHaveLength(0);
    expect(ruleToggle(group)).toHaveTextContent(`（${count}）`);
    // Other rule groups stay open.
    const others = screen.getAllByRole('region', { name: /^PERF\d+/ }).filter((r) => !r.getAttribute('aria-label')!.startsWith(rule));
    expect(others.length).toBeGreaterThan(0);
    others.forEach((r) => expect(ruleToggle(r)).toHaveAttribute('aria-expanded', 'true'));
    expect(await axe(container)).toHaveNoViolations();

    await user.click(ruleToggle(group));
    expect(ruleToggle(group)).toHaveAttribute('aria-expanded', 'true');
    expect(items()).toHaveLength(count);
  });
});
