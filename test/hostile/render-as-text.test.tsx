/** @jest-environment jsdom */
// Cell text is shown as text: markup in a workbook — an indicator name, a unit, a
// sheet name — reaches the pane's findings, details and fix preview as characters, never as elements.
// The real pipeline (coreServices) over the memory host, on the seed.
import '@testing-library/jest-dom';
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryHost, MemoryWorkbook } from '../../src/hosts/memory';
import { PerfApp } from '../../src/taskpane/components/PerfApp';
import { coreServices } from '../../src/taskpane/services';
import { hostileSeed, INJECTED_SELECTOR, SHEET } from './support/hostile-seed';

configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(90_000);

function injected(): Element[] {
  return [...document.querySelectorAll(INJECTED_SELECTOR)];
}

describe('markup in cells reaches the pane as text', () => {
  it('shows findings, details and the fix preview with the markup as characters', async () => {
    const user = userEvent.setup();
    const host = createMemoryHost(new MemoryWorkbook(hostileSeed()));
    render(<PerfApp host={host} services={coreServices()} liveDelayMs={30} />);
    await user.click(screen.getByRole('button', { name: '提交前校验' }));
    await screen.findByRole('status', { name: /校验结果/ });

    // The PERF021 finding names the indicator; its text holds the markup verbatim.
    const texts = await waitFor(() => {
      const found = screen.getAllByText((_content, element) => element?.children.length === 0 && (element.textContent ?? '').includes('<img src=x'));
      if (found.length === 0) throw new Error('markup not shown');
      return found;
    });
    expect(texts.length).toBeGreaterThan(0);
    // Messages cut long names ('预算完成率<img src=x onerror="windo…'), as characters all the same.
    expect(document.body.textContent).toContain('预算完成率<img src=x onerror="windo');
    expect(document.body.textContent).toContain(SHEET);

    // Open every "原因与修改方法" and the fix preview: more places where cell text is shown.
    for (const button of screen.queryAllByRole('button', { name: '原因与修改方法' })) await user.click(button);
    const fix = screen.queryAllByRole('button', { name: '修正…' })[0];
    if (fix) {
      await user.click(fix);
      const dialog = await waitFor(() => {
        const d = document.querySelector('[role=dialog]');
        if (!d) throw new Error('no dialog');
        return d as HTMLElement;
      });
      expect(within(dialog).getAllByText((_c, element) => (element?.textContent ?? '').includes(SHEET)).length).toBeGreaterThan(0);
    }

    expect(injected()).toEqual([]);
    expect((window as unknown as { __perfXss?: number }).__perfXss).toBeUndefined();
  });
});
