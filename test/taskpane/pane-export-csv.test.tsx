/** @jest-environment jsdom */
// 导出问题清单（CSV） in the pane: one click saves the findings shown, one line each, in the pane's
// language, as a .csv file.
import './support/node-globals';
import '@testing-library/jest-dom';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe, toHaveNoViolations } from 'jest-axe';
import { saveText } from '../../src/taskpane/save-text';
import { renderPane } from './support/render';

jest.mock('../../src/taskpane/save-text', () => ({ saveText: jest.fn() }));
expect.extend(toHaveNoViolations);
const saved = saveText as jest.MockedFunction<typeof saveText>;

beforeEach(() => saved.mockClear());

it('is offered only once there are findings, and saves every finding as CSV', async () => {
  const user = userEvent.setup();
  const { container } = renderPane();
  expect(screen.queryByRole('button', { name: '导出问题清单（CSV）' })).toBeNull();
  await user.click(await screen.findByRole('button', { name: '提交前校验' }));
  await screen.findByRole('status', { name: /校验结果/ });
  const links = screen.getAllByRole('button', { name: /^定位到 / }).map((b) => b.textContent);

  await user.click(screen.getByRole('button', { name: '导出问题清单（CSV）' }));
  expect(screen.queryByRole('button', { name: /xlsx/ })).toBeNull(); // no workbook writer given to this pane
  expect(saved).toHaveBeenCalledTimes(1);
  const [content, name, type] = saved.mock.calls[0];
  expect(name).toMatch(/^问题清单-\d{8}-\d{4}\.csv$/);
  expect(type).toBe('text/csv;charset=utf-8');
  const lines = content.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  expect(lines[0]).toMatch(/^序号,严重程度,规则,/);
  expect(lines).toHaveLength(1 + 4); // the four findings the navigator counts
  expect(lines.some((l) => l.includes('PERF021'))).toBe(true);
  for (const ref of links.slice(0, 1)) expect(content).toContain(ref!.split('!')[1]);
  expect(await axe(container)).toHaveNoViolations();
});

it('writes English headers in the English pane', async () => {
  const user = userEvent.setup();
  renderPane({ language: 'en' });
  await user.click(await screen.findByRole('button', { name: 'Check before submitting' }));
  await user.click(await screen.findByRole('button', { name: 'Export findings (CSV)' }));
  const [content, name] = saved.mock.calls[0];
  expect(name).toMatch(/^findings-\d{8}-\d{4}\.csv$/);
  expect(content.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('No.,Severity,Rule,Rule name,Sheet,Cells,Row,Finding,Why,How to fix,Expected,Found');
});
