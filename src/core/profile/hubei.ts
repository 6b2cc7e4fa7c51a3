// Hubei: budget execution scored out of 20, goal blocks out of 80, qualitative tiers 100–80 / 80–50 / 50–0.
import { NATIONAL_PROFILE } from './national';
import type { Profile } from './types';

export const HUBEI_PROFILE: Profile = {
  ...NATIONAL_PROFILE,
  id: 'hubei',
  label: { zh: '湖北省（预算执行 20 分 + 绩效目标 80 分）', en: 'Hubei (budget 20 + goals 80)' },
  budgetWeight: '20',
  expectedTotal: '100',
  // Hubei forms split by goal blocks (年度绩效目标1/2), not by 产出/效益: only the budget share is standard.
  standardSplit: { budget: '20' },
  qualitativeTiers: {
    achieved: { min: '80', max: '100' },
    partial: { min: '50', max: '80' },
    unmet: { min: '0', max: '50' },
  },
};
