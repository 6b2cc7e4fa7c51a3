/** @jest-environment jsdom */
// A host command that succeeded but left something as it was (gradient cells not coloured) shows
// its note after the usual message, as a warning.
import '@testing-library/jest-dom';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPane } from './support/render';

it('高亮 with cells left alone: the note follows the success message', async () => {
  const user = userEvent.setup();
  const { host } = renderPane();
  jest.spyOn(host, 'highlight').mockResolvedValue({
    ok: true,
    written: 3,
    note: { zh: '1 个单元格为渐变填充，未着色（Excel 无法通过加载项恢复渐变）：Sheet1!I21。', en: '1 cell has a gradient fill.' },
  });
  await user.click(await screen.findByRole('button', { name: '提交前校验' }));
  await screen.findByRole('status', { name: /校验结果/ });
  await user.click(screen.getByRole('button', { name: '高亮问题单元格' }));
  expect(await screen.findByText('已高亮 3 个单元格，原底色已保存在工作簿中。1 个单元格为渐变填充，未着色（Excel 无法通过加载项恢复渐变）：Sheet1!I21。')).toBeInTheDocument();
});
