// Profiles as plain JSON, checked field by field at load. A custom profile may say
// "extends": "national" | "hubei" and override any field; record fields (label, standardSplit,
// qualitativeTiers, qualitativeWords) merge one level deep, lists replace the built-in list.
import Decimal from 'decimal.js';
import type { Message } from '../findings/types';
import { HUBEI_PROFILE } from './hubei';
import { NATIONAL_PROFILE } from './national';
import type { Profile, QualTier } from './types';

export type BuiltInProfileId = 'national' | 'hubei';

const BUILT_IN: Readonly<Record<string, Profile>> = {
  national: NATIONAL_PROFILE, 全国: NATIONAL_PROFILE,
  hubei: HUBEI_PROFILE, 湖北: HUBEI_PROFILE, 湖北省: HUBEI_PROFILE,
};

/** A built-in profile by id ('national', 'hubei'; also 全国 / 湖北), or undefined. */
export function profileById(id: BuiltInProfileId): Profile;
export function profileById(id: string): Profile | undefined;
export function profileById(id: string): Profile | undefined {
  if (typeof id !== 'string') return undefined;
  const key = id.trim().toLowerCase();
  return Object.prototype.hasOwnProperty.call(BUILT_IN, key) ? BUILT_IN[key] : undefined;
}

export type LoadProfileResult =
  | { readonly ok: true; readonly profile: Profile }
  | { readonly ok: false; readonly errors: readonly Message[] };

const TIERS: readonly QualTier[] = ['achieved', 'partial', 'unmet'];
const TIER_ZH: Readonly<Record<QualTier, string>> = { achieved: '达成', partial: '部分达成', unmet: '未达成' };
const SPLIT_KEYS = ['output', 'benefit', 'satisfaction', 'budget'] as const;
const MERGED_RECORDS = ['label', 'standardSplit', 'qualitativeTiers', 'qualitativeWords'] as const;
const KNOWN_FIELDS: ReadonlySet<string> = new Set([
  'extends', 'id', 'label', 'budgetWeight', 'expectedTotal', 'standardSplit', 'qualitativeTiers',
  'pointInTier', 'qualitativeWords', 'zeroTargetExceededShare', 'overAchievementRatio', 'allEqualShare',
  'placeholderValues', 'placeholderPatterns', 'cappedPercentKeywords', 'grades', 'budgetReasonBelow',
  'defaultScoreDecimals', 'budgetAdjustmentShare', 'weightConcentrationShare',
]);

type Json = Record<string, unknown>;

function isRecord(x: unknown): x is Json {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

class Checker {
  readonly errors: Message[] = [];

  fail(field: string, zh: string, en: string): void {
    this.errors.push({ zh: `配置字段 ${field}：${zh}`, en: `Profile field ${field}: ${en}` });
  }

  /** A decimal number or decimal string within [min, max]; returns it as a Decimal. */
  numeric(field: string, value: unknown, min?: number, max?: number): Decimal | undefined {
    let d: Decimal | undefined;
    if (typeof value === 'number' && Number.isFinite(value)) d = new Decimal(value);
    else if (typeof value === 'string' && /^\s*[+-]?(\d+(\.\d+)?|\.\d+)\s*$/.test(value)) d = new Decimal(value.trim());
    if (d === undefined) {
      this.fail(field, `应为数字（如 10 或 "10"），实际为 ${show(value)}`, `expected a number (10 or "10"), found ${show(value)}`);
      return undefined;
    }
    if ((min !== undefined && d.lt(min)) || (max !== undefined && d.gt(max))) {
      const range = `${min ?? '-∞'}–${max ?? '∞'}`;
      this.fail(field, `应在 ${range} 之间，实际为 ${d.toString()}`, `must be within ${range}, found ${d.toString()}`);
      return undefined;
    }
    return d;
  }

  text(field: string, value: unknown): boolean {
    if (typeof value === 'string' && value.trim() !== '') return true;
    this.fail(field, `应为非空文字，实际为 ${show(value)}`, `expected non-empty text, found ${show(value)}`);
    return false;
  }

  textList(field: string, value: unknown, check?: (item: string, at: string) => void): void {
    if (!Array.isArray(value)) {
      this.fail(field, `应为文字列表，实际为 ${show(value)}`, `expected a list of texts, found ${show(value)}`);
      return;
    }
    value.forEach((item, i) => {
      const at = `${field}[${i}]`;
      if (this.text(at, item) && check) check(item as string, at);
    });
  }
}

function show(value: unknown): string {
  if (value === undefined) return '（缺失 missing）';
  try {
    const s = JSON.stringify(value);
    return s.length > 40 ? `${s.slice(0, 40)}…` : s;
  } catch {
    return String(value);
  }
}

function mergeWithBase(base: Profile, overrides: Json): Json {
  const merged: Json = { ...(base as unknown as Json), ...overrides };
  for (const key of MERGED_RECORDS) {
    const over = overrides[key];
    if (isRecord(over)) merged[key] = { ...(base as unknown as Json)[key] as Json, ...over };
  }
  delete merged.extends;
  return merged;
}

function checkTiers(c: Checker, value: unknown): void {
  if (!isRecord(value)) {
    c.fail('qualitativeTiers', '应为 { achieved, partial, unmet } 三档', 'expected { achieved, partial, unmet }');
    return;
  }
  for (const tier of TIERS) {
    const band = value[tier];
    const field = `qualitativeTiers.${tier}（${TIER_ZH[tier]}）`;
    if (!isRecord(band)) {
      c.fail(field, '应为 { min, max }（权重百分比）', 'expected { min, max } (percent of the weight)');
      continue;
    }
    const min = c.numeric(`${field}.min`, band.min, 0, 100);
    const max = c.numeric(`${field}.max`, band.max, 0, 100);
    if (min && max && min.gt(max)) c.fail(field, `下限 ${min} 大于上限 ${max}`, `min ${min} is above max ${max}`);
  }
  for (const key of Object.keys(value)) {
    if (!TIERS.includes(key as QualTier)) c.fail(`qualitativeTiers.${key}`, '未知档次（应为 achieved / partial / unmet）', 'unknown tier (achieved / partial / unmet)');
  }
}

function checkWords(c: Checker, value: unknown): void {
  if (!isRecord(value)) {
    c.fail('qualitativeWords', '应为 { 词: 档次 } 对照表', 'expected a { word: tier } map');
    return;
  }
  for (const [word, tier] of Object.entries(value)) {
    if (!TIERS.includes(tier as QualTier)) {
      c.fail(`qualitativeWords.${word}`, `档次应为 achieved / partial / unmet，实际为 ${show(tier)}`, `tier must be achieved / partial / unmet, found ${show(tier)}`);
    }
  }
}

function checkGrades(c: Checker, value: unknown): void {
  if (!Array.isArray(value) || value.length === 0) {
    c.fail('grades', '应为非空列表 [{ grade, min }]', 'expected a non-empty list [{ grade, min }]');
    return;
  }
  value.forEach((band, i) => {
    const field = `grades[${i}]`;
    if (!isRecord(band)) {
      c.fail(field, '应为 { grade, min }', 'expected { grade, min }');
      return;
    }
    c.text(`${field}.grade`, band.grade);
    c.numeric(`${field}.min`, band.min);
  });
}

function checkPattern(c: Checker) {
  return (source: string, at: string) => {
    try {
      new RegExp(source);
    } catch {
      c.fail(at, `不是有效的正则表达式：${source}`, `not a valid regular expression: ${source}`);
    }
  };
}

function checkProfile(c: Checker, p: Json): void {
  for (const key of Object.keys(p)) {
    if (!KNOWN_FIELDS.has(key)) c.fail(key, '未知字段（拼写错误？）', 'unknown field (a typo?)');
  }
  c.text('id', p.id);
  if (!isRecord(p.label)) c.fail('label', '应为 { zh, en }', 'expected { zh, en }');
  else {
    c.text('label.zh', p.label.zh);
    c.text('label.en', p.label.en);
  }
  c.numeric('budgetWeight', p.budgetWeight, 0, 100);
  c.numeric('expectedTotal', p.expectedTotal, 0);
  if (!isRecord(p.standardSplit)) c.fail('standardSplit', '应为 { output, benefit, satisfaction, budget }', 'expected { output, benefit, satisfaction, budget }');
  else {
    for (const [key, v] of Object.entries(p.standardSplit)) {
      if (!(SPLIT_KEYS as readonly string[]).includes(key)) c.fail(`standardSplit.${key}`, '未知一级指标（应为 output / benefit / satisfaction / budget）', 'unknown block (output / benefit / satisfaction / budget)');
      else c.numeric(`standardSplit.${key}`, v, 0, 100);
    }
  }
  checkTiers(c, p.qualitativeTiers);
  if (!['top', 'middle', 'bottom'].includes(p.pointInTier as string)) {
    c.fail('pointInTier', `应为 top / middle / bottom，实际为 ${show(p.pointInTier)}`, `expected top / middle / bottom, found ${show(p.pointInTier)}`);
  }
  checkWords(c, p.qualitativeWords);
  c.numeric('zeroTargetExceededShare', p.zeroTargetExceededShare, 0, 100);
  const over = c.numeric('overAchievementRatio', p.overAchievementRatio, 0);
  if (over?.isZero()) c.fail('overAchievementRatio', '应大于 0', 'must be above 0');
  c.numeric('allEqualShare', p.allEqualShare, 0, 1);
  c.textList('placeholderValues', p.placeholderValues);
  c.textList('placeholderPatterns', p.placeholderPatterns, checkPattern(c));
  c.textList('cappedPercentKeywords', p.cappedPercentKeywords);
  checkGrades(c, p.grades);
  if (p.budgetReasonBelow !== undefined) c.numeric('budgetReasonBelow', p.budgetReasonBelow, 0, 100);
  // Optional shares (fractions); a profile written before they existed takes the rules' defaults.
  if (p.budgetAdjustmentShare !== undefined) c.numeric('budgetAdjustmentShare', p.budgetAdjustmentShare, 0, 1);
  if (p.weightConcentrationShare !== undefined) {
    const share = c.numeric('weightConcentrationShare', p.weightConcentrationShare, 0, 1);
    if (share?.isZero()) c.fail('weightConcentrationShare', '应大于 0', 'must be above 0');
  }
  const decimals = p.defaultScoreDecimals;
  if (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    c.fail('defaultScoreDecimals', `应为 0–10 的整数，实际为 ${show(decimals)}`, `expected a whole number 0–10, found ${show(decimals)}`);
  }
}

/**
 * A profile from plain JSON (parsed object or JSON text). Never throws: every bad field is
 * reported by name, in Chinese and English.
 */
export function loadProfile(json: unknown): LoadProfileResult {
  let input = json;
  if (typeof input === 'string') {
    try {
      input = JSON.parse(input);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return { ok: false, errors: [{ zh: `配置不是有效的 JSON：${why}`, en: `The profile is not valid JSON: ${why}` }] };
    }
  }
  if (!isRecord(input)) {
    return { ok: false, errors: [{ zh: `配置应为 JSON 对象，实际为 ${show(input)}`, en: `A profile must be a JSON object, found ${show(input)}` }] };
  }
  let candidate: Json = input;
  if (input.extends !== undefined) {
    const base = typeof input.extends === 'string' ? profileById(input.extends) : undefined;
    if (!base || (input.extends as string).trim() === '') {
      return {
        ok: false,
        errors: [{
          zh: `配置字段 extends：未知的内置配置 ${show(input.extends)}（可选 national、hubei）`,
          en: `Profile field extends: unknown built-in profile ${show(input.extends)} (national, hubei)`,
        }],
      };
    }
    candidate = mergeWithBase(base, input);
  }
  const checker = new Checker();
  checkProfile(checker, candidate);
  if (checker.errors.length > 0) return { ok: false, errors: checker.errors };
  return { ok: true, profile: candidate as unknown as Profile };
}
