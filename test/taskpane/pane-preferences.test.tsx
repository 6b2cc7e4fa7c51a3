/** @jest-environment jsdom */
// Settings kept between sessions: the pane opens with last session's profile, expected total and
// language, saves each change, and a stored custom profile that no longer passes is not used silently.
import '@testing-library/jest-dom';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PREFERENCES_KEY, storagePreferences } from '../../src/taskpane/state/preferences';
import { renderPane } from './support/render';

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

describe('settings kept between sessions', () => {
  it('opens with last session’s language and expected total, and checks with them', async () => {
    const user = userEvent.setup();
    const { preferences } = storageWith({ profileChoice: 'national', expectedTotal: '99.93', language: 'en' });
    renderPane({ preferences, language: 'zh' });
    await validate(user, 'Check before submitting');
    expect(screen.getByText('Errors: 3')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    expect(screen.getByRole('textbox', { name: /Expected total/ })).toHaveValue('99.93');
  });

  it('saves the profile, the expected total and the language as they change', async () => {
    const user = userEvent.setup();
    const { preferences, saved } = storageWith();
    renderPane({ preferences });
    await user.click(await screen.findByRole('button', { name: '设置' }));
    await user.click(screen.getByRole('radio', { name: '湖北' }));
    expect(saved()).toMatchObject({ profileChoice: 'hubei', expectedTotal: '' });
    await user.type(screen.getByRole('textbox', { name: '应得总分（权重合计）' }), '90');
    expect(saved()).toMatchObject({ profileChoice: 'hubei', expectedTotal: '90' });
    await user.selectOptions(screen.getByRole('combobox', { name: '语言' }), 'en');
    expect(saved()).toEqual({ profileChoice: 'hubei', expectedTotal: '90', language: 'en' });
  });

  it('a stored custom profile is validated again and used', async () => {
    const user = userEvent.setup();
    const custom = { extends: 'national', id: 'ours', label: { zh: '本局', en: 'Ours' }, expectedTotal: '99.93' };
    const { preferences } = storageWith({ profileChoice: 'custom', expectedTotal: '', customProfile: custom });
    renderPane({ preferences });
    await validate(user);
    expect(screen.getByText('错误 3')).toBeInTheDocument();
  });

  it('a stored custom profile that no longer passes: the national profile, and the user is told why', async () => {
    const user = userEvent.setup();
    const broken = { extends: 'national', id: 'ours', label: { zh: '本局', en: 'Ours' }, expectedTotal: '一百' };
    const { preferences } = storageWith({ profileChoice: 'custom', expectedTotal: '', customProfile: broken });
    renderPane({ preferences });
    expect(await screen.findByText(/^上次使用的自定义评分配置已不可用，本次改用全国配置（配置字段 expectedTotal/)).toBeInTheDocument();
    await validate(user);
    expect(screen.getByText('错误 4')).toBeInTheDocument();
  });
});
