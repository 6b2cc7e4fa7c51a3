/** @jest-environment jsdom */
// Clicking a flagged cell opens its finding in Excel and in WPS too: the pane over the Excel host
// (Office.js fake, worksheets.onSelectionChanged) and the WPS host (ET fake, SheetSelectionChange).
// The pane's own selections (定位到) do not move the current finding.
import './support/node-globals';
import '@testing-library/jest-dom';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createExcelHost } from '../../src/hosts/excel';
import type { PerfHost } from '../../src/hosts/types';
import type { EtApplication } from '../../src/hosts/wps/et';
import { createWpsHost } from '../../src/hosts/wps/host';
import { PerfApp } from '../../src/taskpane/components/PerfApp';
import { coreServices } from '../../src/taskpane/services';
import { FakeExcel } from '../support/fake-excel';
import { FakeEt } from '../support/fake-et';
import { seedGrid } from './support/workbooks';

type User = ReturnType<typeof userEvent.setup>;

async function validate(user: User) {
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

const current = () => document.querySelector<HTMLElement>('li[aria-current="true"]');

async function opensTheFinding(host: PerfHost, userSelects: (sheet: string, address: string) => Promise<void> | void) {
  const user = userEvent.setup();
  render(<PerfApp host={host} services={coreServices()} />);
  await validate(user);
  const group = await screen.findByRole('region', { name: /^PERF021/ });
  const { sheet, address } = cellOf(group);
  expect(current()).toBeNull();

  // The user clicks a cell without a finding: nothing opens.
  await act(async () => userSelects(sheet, 'A1'));
  expect(current()).toBeNull();

  // The user clicks the flagged cell: its finding is marked and opened.
  await act(async () => userSelects(sheet, address));
  const marked = await waitFor(() => {
    const li = current();
    expect(li).not.toBeNull();
    return li!;
  });
  expect(within(marked).getByRole('button', { name: `定位到 ${sheet}!${address}` })).toBeInTheDocument();
  expect(within(marked).getByRole('button', { name: '原因与修改方法' })).toHaveAttribute('aria-expanded', 'true');
  expect(screen.getByRole('group', { name: '逐个查看问题' })).toHaveTextContent(/第 \d+ \/ \d+ 个/);
}

describe('a flagged cell selected in the host opens its finding', () => {
  it('in Excel (worksheets.onSelectionChanged)', async () => {
    const fake = new FakeExcel(seedGrid());
    await opensTheFinding(createExcelHost(fake.deps), (sheet, address) => fake.userSelects(sheet, address));
    expect(fake.selectionHandlers.size).toBe(1);
  });

  it('in WPS (SheetSelectionChange)', async () => {
    const fake = new FakeEt(seedGrid());
    await opensTheFinding(createWpsHost(fake.application as EtApplication), (sheet, address) => fake.userSelects(sheet, address));
    expect(fake.listeners.get('SheetSelectionChange')?.size).toBe(1);
  });

  it("in Excel, the pane's own 下一个 (which selects the cell, raising the event after the sync) keeps its position", async () => {
    const user = userEvent.setup();
    const fake = new FakeExcel(seedGrid());
    render(<PerfApp host={createExcelHost(fake.deps)} services={coreServices()} />);
    await validate(user);
    const nav = screen.getByRole('group', { name: '逐个查看问题' });
    await user.click(within(nav).getByRole('button', { name: '下一个' }));
    await user.click(within(nav).getByRole('button', { name: '下一个' }));
    await waitFor(() => expect(fake.workbook.selection).toBeDefined());
    await waitFor(() => expect(fake.events.filter((e) => e.kind === 'selectionChanged').length).toBeGreaterThanOrEqual(2));
    expect(nav).toHaveTextContent(/第 2 \/ \d+ 个/);
  });
});
