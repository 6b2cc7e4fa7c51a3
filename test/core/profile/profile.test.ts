import { HUBEI_PROFILE, NATIONAL_PROFILE, loadProfile, profileById } from '../../../src/core/profile';
import { budgetScore, gradeOf, qualitativeScore } from '../../../src/core/scoring';

describe('built-in profiles', () => {
  it('national: budget 10, split 50/30/10/10, tiers 100–80 / 80–60 / 60–0, grades 90/80/60', () => {
    expect(profileById('national')).toBe(NATIONAL_PROFILE);
    expect(profileById('全国')).toBe(NATIONAL_PROFILE);
    expect(NATIONAL_PROFILE.budgetWeight).toBe('10');
    expect(NATIONAL_PROFILE.standardSplit).toEqual({ output: '50', benefit: '30', satisfaction: '10', budget: '10' });
    expect(NATIONAL_PROFILE.qualitativeTiers.partial).toEqual({ min: '60', max: '80' });
    expect(NATIONAL_PROFILE.grades.map((g) => `${g.grade}${g.min}`)).toEqual(['优90', '良80', '中60', '差0']);
  });

  it('Hubei: budget 20 + indicator blocks 80, tiers 100–80 / 80–50 / 50–0', () => {
    expect(profileById('hubei')).toBe(HUBEI_PROFILE);
    expect(profileById(' Hubei ')).toBe(HUBEI_PROFILE);
    expect(profileById('湖北')).toBe(HUBEI_PROFILE);
    expect(HUBEI_PROFILE.budgetWeight).toBe('20');
    expect(Number(HUBEI_PROFILE.expectedTotal) - Number(HUBEI_PROFILE.budgetWeight)).toBe(80);
    expect(HUBEI_PROFILE.qualitativeTiers.partial).toEqual({ min: '50', max: '80' });
    expect(HUBEI_PROFILE.qualitativeTiers.unmet).toEqual({ min: '0', max: '50' });
    const budget = budgetScore(10, 10, undefined, HUBEI_PROFILE);
    expect(budget.ok && budget.score.toFixed()).toBe('20');
  });

  it('unknown ids give undefined', () => {
    expect(profileById('sichuan')).toBeUndefined();
    expect(profileById('')).toBeUndefined();
    expect(profileById('constructor')).toBeUndefined();
  });

  it('both built-ins pass their own validation', () => {
    expect(loadProfile(NATIONAL_PROFILE)).toEqual({ ok: true, profile: NATIONAL_PROFILE });
    expect(loadProfile(HUBEI_PROFILE).ok).toBe(true);
  });
});

describe('loadProfile: custom profiles as plain JSON', () => {
  it('extends a built-in and overrides fields; records merge one level deep', () => {
    const result = loadProfile({
      extends: 'national',
      id: 'sichuan',
      label: { zh: '四川省' },
      budgetReasonBelow: '90',
      qualitativeWords: { 一般: 'partial' },
      grades: [{ grade: '优', min: 85 }, { grade: '良', min: 75 }, { grade: '中', min: 60 }, { grade: '差', min: 0 }],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const p = result.profile;
    expect(p.id).toBe('sichuan');
    expect(p.label).toEqual({ zh: '四川省', en: NATIONAL_PROFILE.label.en });
    expect(p.budgetWeight).toBe('10');
    expect(p.budgetReasonBelow).toBe('90');
    expect(p.qualitativeWords['优']).toBe('achieved');
    expect(p.qualitativeWords['一般']).toBe('partial');
    expect(gradeOf(86, p)).toBe('优');
    expect(gradeOf(86)).toBe('良');
    expect(qualitativeScore('一般', 10, p).ok && qualitativeScore('一般', 10, p)).toMatchObject({ tier: 'partial' });
    expect('extends' in p).toBe(false);
  });

  it('reads JSON text', () => {
    const result = loadProfile('{"extends":"hubei","id":"hubei-2024","budgetWeight":15}');
    expect(result.ok && result.profile.budgetWeight).toBe(15);
  });

  it('accepts a complete profile without extends', () => {
    const result = loadProfile(JSON.parse(JSON.stringify({ ...NATIONAL_PROFILE, id: 'copy' })));
    expect(result.ok).toBe(true);
  });

  const bad: ReadonlyArray<readonly [string, unknown, string, string]> = [
    ['not JSON', '{oops', '配置不是有效的 JSON', 'not valid JSON'],
    ['not an object', [1, 2], '配置应为 JSON 对象', 'must be a JSON object'],
    ['unknown base', { extends: 'mars', id: 'x' }, '配置字段 extends：未知的内置配置 "mars"', 'extends'],
    ['budgetWeight text', { extends: 'national', budgetWeight: 'ten' }, '配置字段 budgetWeight：应为数字', 'budgetWeight'],
    ['budgetWeight out of range', { extends: 'national', budgetWeight: 120 }, '配置字段 budgetWeight：应在 0–100 之间', 'budgetWeight'],
    ['tier min above max', { extends: 'national', qualitativeTiers: { partial: { min: 90, max: 80 } } }, 'qualitativeTiers.partial（部分达成）：下限 90 大于上限 80', 'qualitativeTiers.partial'],
    ['tier share above 100', { extends: 'national', qualitativeTiers: { achieved: { min: 80, max: 120 } } }, 'qualitativeTiers.achieved（达成）.max', 'qualitativeTiers.achieved'],
    ['unknown tier', { extends: 'national', qualitativeTiers: { excellent: { min: 0, max: 1 } } }, 'qualitativeTiers.excellent', 'unknown tier'],
    ['bad point in tier', { extends: 'national', pointInTier: 'centre' }, '配置字段 pointInTier：应为 top / middle / bottom', 'pointInTier'],
    ['bad word tier', { extends: 'national', qualitativeWords: { 优: 'great' } }, '配置字段 qualitativeWords.优', 'qualitativeWords.优'],
    ['empty grades', { extends: 'national', grades: [] }, '配置字段 grades：应为非空列表', 'grades'],
    ['grade without min', { extends: 'national', grades: [{ grade: '优' }] }, 'grades[0].min', 'grades[0].min'],
    ['bad regex', { extends: 'national', placeholderPatterns: ['(unclosed'] }, 'placeholderPatterns[0]：不是有效的正则表达式', 'placeholderPatterns[0]'],
    ['typo field', { extends: 'national', budgetWieght: 10 }, '配置字段 budgetWieght：未知字段', 'budgetWieght'],
    ['decimals not whole', { extends: 'national', defaultScoreDecimals: 1.5 }, 'defaultScoreDecimals', 'defaultScoreDecimals'],
    ['allEqualShare above 1', { extends: 'national', allEqualShare: 90 }, 'allEqualShare', 'allEqualShare'],
    ['missing fields without extends', { id: 'bare' }, '配置字段 label', 'label'],
    ['split key unknown', { extends: 'national', standardSplit: { cost: 10 } }, 'standardSplit.cost', 'standardSplit.cost'],
  ];
  it.each(bad)('%s → a bilingual error naming the field', (_label, json, zh, en) => {
    const result = loadProfile(json);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.some((e) => e.zh.includes(zh))).toBe(true);
    expect(result.errors.some((e) => e.en.includes(en))).toBe(true);
  });

  it('reports every bad field at once', () => {
    const result = loadProfile({ extends: 'national', budgetWeight: -1, pointInTier: 1, grades: 'x' });
    expect(!result.ok && result.errors.length).toBe(3);
  });

  it('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 42, true, '', '[]', '"x"', { extends: 7 }, { extends: '' }]) {
      expect(() => loadProfile(input)).not.toThrow();
      expect(loadProfile(input).ok).toBe(false);
    }
  });
});
