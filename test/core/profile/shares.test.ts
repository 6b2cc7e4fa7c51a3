// Profile settings that were constants in rules: PERF064's adjustment share, PERF034's concentration share.
import { HUBEI_PROFILE, NATIONAL_PROFILE, loadProfile } from '../../../src/core/profile';

describe('budgetAdjustmentShare and weightConcentrationShare', () => {
  it('the built-ins state them: 20% and 25%', () => {
    expect(NATIONAL_PROFILE.budgetAdjustmentShare).toBe('0.2');
    expect(NATIONAL_PROFILE.weightConcentrationShare).toBe('0.25');
    expect(HUBEI_PROFILE.budgetAdjustmentShare).toBe('0.2');
    expect(HUBEI_PROFILE.weightConcentrationShare).toBe('0.25');
  });

  it('a custom profile may override them', () => {
    const result = loadProfile({ extends: 'national', id: 'strict', budgetAdjustmentShare: '0.1', weightConcentrationShare: 0.3 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.profile.budgetAdjustmentShare).toBe('0.1');
    expect(result.profile.weightConcentrationShare).toBe(0.3);
  });

  it('a complete profile without them is still valid (they are optional, with defaults in the rules)', () => {
    const { budgetAdjustmentShare: _a, weightConcentrationShare: _w, ...rest } = NATIONAL_PROFILE;
    const result = loadProfile(JSON.parse(JSON.stringify({ ...rest, id: 'older' })));
    expect(result.ok).toBe(true);
  });

  it.each([
    ['budgetAdjustmentShare', 20, '应在 0–1 之间'],
    ['budgetAdjustmentShare', 'a fifth', '应为数字'],
    ['weightConcentrationShare', 25, '应在 0–1 之间'],
    ['weightConcentrationShare', -0.1, '应在 0–1 之间'],
    ['weightConcentrationShare', 0, '应大于 0'],
  ])('%s = %j is refused with a bilingual message naming the field', (field, value, zh) => {
    const result = loadProfile({ extends: 'national', [field]: value });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.some((e) => e.zh.includes(`配置字段 ${field}`) && e.zh.includes(zh))).toBe(true);
    expect(result.errors.some((e) => e.en.includes(`Profile field ${field}`))).toBe(true);
  });
});
