/** @jest-environment jsdom */
// Usable at 320 px: jsdom has no layout, so this checks what decides horizontal overflow — no
// style rule or inline style in the rendered pane asks for more than the pane's width, long texts
// may wrap, and the chart scales with its container. (The e2e run measures it in Chromium.)
import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { findDialog, renderPane } from './support/render';

const PANE_WIDTH = 320;

/** Every 'width'/'min-width'/'flex-basis' above `max` px in the styles that apply to rendered elements. */
function wideRules(max: number): string[] {
  const offenders: string[] = [];
  for (const sheet of [...document.styleSheets]) {
    for (const rule of [...sheet.cssRules]) {
      if (!(rule instanceof CSSStyleRule)) continue;
      let applies = false;
      try {
        applies = document.querySelector(rule.selectorText) !== null;
      } catch {
        applies = false;
      }
      if (!applies) continue;
      for (const prop of ['width', 'min-width', 'flex-basis', 'grid-template-columns']) {
        const value = rule.style.getPropertyValue(prop);
        const px = [...value.matchAll(/(\d+(?:\.\d+)?)px/g)].map((m) => Number(m[1]));
        if (px.some((n) => n > max) && !/^(min|max)\(/.test(value)) offenders.push(`${rule.selectorText} { ${prop}: ${value} }`);
      }
    }
  }
  for (const el of document.querySelectorAll<HTMLElement>('[style]')) {
    const px = /(?:^|;)\s*(?:min-)?width:\s*(\d+)px/.exec(el.getAttribute('style') ?? '');
    if (px && Number(px[1]) > max) offenders.push(`<${el.tagName.toLowerCase()} style="${el.getAttribute('style')}">`);
  }
  return offenders;
}

it('asks for no more than 320 px anywhere, with results and a dialog open', async () => {
  const user = userEvent.setup();
  renderPane();
  await user.click(screen.getByRole('button', { name: '提交前校验' }));
  await screen.findByRole('status', { name: /校验结果/ });
  await user.click(screen.getByRole('button', { name: '设置' }));
  await user.click(within(screen.getByRole('region', { name: /^PERF021/ })).getByRole('button', { name: '原因与修改方法' }));
  // The check sees Fluent's own rules (a button's 96 px minimum), so an empty list means something.
  expect(wideRules(90).some((r) => r.includes('min-width: 96px'))).toBe(true);
  expect(wideRules(PANE_WIDTH)).toEqual([]);
  await user.click(screen.getByRole('button', { name: '插入公式' }));
  await findDialog('插入公式预览');
  expect(wideRules(PANE_WIDTH)).toEqual([]);
});

it('lets long texts wrap and scales the chart to its container', async () => {
  const user = userEvent.setup();
  renderPane();
  await user.click(screen.getByRole('button', { name: '提交前校验' }));
  await screen.findByRole('status', { name: /校验结果/ });
  const main = screen.getByRole('main');
  expect(getComputedStyle(main).overflowX).toBe('hidden');
  expect(getComputedStyle(main).boxSizing).toBe('border-box');
  const message = screen.getByText('指标得分 2.63 与计算得分 2.62 不符');
  expect(getComputedStyle(message).overflowWrap).toBe('anywhere');
  const chart = screen.getByRole('img', { name: /各类指标得分与权重/ });
  expect(chart).toHaveAttribute('viewBox', expect.stringMatching(/^0 0 300 /));
  expect(getComputedStyle(chart).width).toBe('100%');
  expect(chart).not.toHaveAttribute('width');
});
