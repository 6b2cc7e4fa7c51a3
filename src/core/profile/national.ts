// The national profile: 财预〔2020〕10号 defaults (DESIGN.md §2). Every number is a decimal string.
import type { Profile, QualTier } from './types';

/** Qualitative words and the tier they land in (DESIGN.md §2, plus the near-synonyms seen on forms). */
export const DEFAULT_QUALITATIVE_WORDS: Readonly<Record<string, QualTier>> = {
  优: 'achieved', 优秀: 'achieved', 好: 'achieved', 高: 'achieved', 是: 'achieved',
  达成: 'achieved', 已达成: 'achieved', 全部达成: 'achieved', 达到预期: 'achieved', 达到: 'achieved',
  完成: 'achieved', 已完成: 'achieved', 全部完成: 'achieved', 达标: 'achieved', 合格: 'achieved',
  满意: 'achieved', 有效: 'achieved', 显著: 'achieved',
  有所增加: 'achieved', 有所提升: 'achieved', 有所提高: 'achieved', 有所改善: 'achieved',
  明显提升: 'achieved', 显著提升: 'achieved', 稳步提升: 'achieved', 逐步提升: 'achieved',
  提升: 'achieved', 提高: 'achieved', 增加: 'achieved', 改善: 'achieved',
  良: 'partial', 良好: 'partial', 较好: 'partial', 基本达成: 'partial', 部分达成: 'partial',
  基本完成: 'partial', 部分完成: 'partial', 基本达到: 'partial', 基本满意: 'partial',
  中: 'unmet', 一般: 'unmet', 差: 'unmet', 较差: 'unmet', 未达成: 'unmet', 未完成: 'unmet',
  未达到: 'unmet', 不达标: 'unmet', 不合格: 'unmet', 不满意: 'unmet', 否: 'unmet',
};

export const NATIONAL_PROFILE: Profile = {
  id: 'national',
  label: { zh: '全国（财预〔2020〕10号）', en: 'National (MoF 2020 No. 10)' },
  budgetWeight: '10',
  expectedTotal: '100',
  standardSplit: { output: '50', benefit: '30', satisfaction: '10', budget: '10' },
  qualitativeTiers: {
    achieved: { min: '80', max: '100' },
    partial: { min: '60', max: '80' },
    unmet: { min: '0', max: '60' },
  },
  pointInTier: 'top',
  qualitativeWords: DEFAULT_QUALITATIVE_WORDS,
  zeroTargetExceededShare: '0',
  overAchievementRatio: '1.5',
  allEqualShare: '0.9',
  placeholderValues: ['123.45', '12345', '123456', '1234', '99999', '999999', '88888', '66666'],
  placeholderPatterns: [
    '[≥≤><=]\\s*\\*{2,}',
    '\\*{2,}\\s*(人|元|次|%|个|户|天|家)',
    '（\\d+字以内）',
    '\\(\\d+字以内\\)',
    '……',
    '^指标\\d+[：:]\\s*$',
  ],
  budgetAdjustmentShare: '0.2',
  weightConcentrationShare: '0.25',
  cappedPercentKeywords: ['执行率', '覆盖率', '满意度', '知晓率', '合格率', '达标率', '完成率', '到位率', '及时率', '利用率', '入户率', '保障率', '整改率'],
  grades: [
    { grade: '优', min: '90' },
    { grade: '良', min: '80' },
    { grade: '中', min: '60' },
    { grade: '差', min: '0' },
  ],
  defaultScoreDecimals: 2,
};
