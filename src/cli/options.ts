// Loading what the options name: the scoring profile and the reviewed marks. Bad input gives a
// one-line message in both languages, never an exception.
import { readFile } from 'node:fs/promises';
import type { Message } from '../core/findings/types';
import { loadProfile, profileById } from '../core/profile/load';
import type { ProfileRequest } from '../core/profile/auto';
import type { CliReviewedMark } from './check-file';

export type Loaded<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: Message };

async function readText(path: string, what: Message): Promise<Loaded<string>> {
  try {
    return { ok: true, value: await readFile(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code ?? '';
    return { ok: false, message: { zh: `无法读取${what.zh} ${path}（${code}）`, en: `Cannot read the ${what.en} ${path} (${code})` } };
  }
}

/**
 * 'auto' (also 自动: each file by the core's default rule), 'national', 'hubei' (also 全国, 湖北), or a
 * JSON file validated by the core.
 */
export async function loadProfileOption(spec: string): Promise<Loaded<ProfileRequest>> {
  if (/^(auto|自动)$/i.test(spec.trim())) return { ok: true, value: 'auto' };
  const builtIn = profileById(spec);
  if (builtIn) return { ok: true, value: builtIn };
  const text = await readText(spec, { zh: '评分配置文件', en: 'profile file' });
  if (!text.ok) return text;
  const result = loadProfile(text.value.replace(/^\uFEFF/, ''));
  if (result.ok) return { ok: true, value: result.profile };
  return {
    ok: false,
    message: {
      zh: `评分配置 ${spec} 无效：${result.errors.map((e) => e.zh).join('；')}`,
      en: `Profile ${spec} is not valid: ${result.errors.map((e) => e.en).join('; ')}`,
    },
  };
}

const RULE_ID = /^PERF\d{3}$/;

/** A JSON array of { rule, sheet, cell, reason, by?, at?, file? }. */
export async function loadReviewedOption(path: string): Promise<Loaded<CliReviewedMark[]>> {
  const text = await readText(path, { zh: '已复核文件', en: 'reviewed-marks file' });
  if (!text.ok) return text;
  let data: unknown;
  try {
    data = JSON.parse(text.value.replace(/^\uFEFF/, ''));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, message: { zh: `已复核文件 ${path} 不是有效的 JSON：${why}`, en: `Reviewed-marks file ${path} is not valid JSON: ${why}` } };
  }
  if (!Array.isArray(data)) {
    return { ok: false, message: { zh: `已复核文件 ${path} 应为 JSON 数组`, en: `Reviewed-marks file ${path} must hold a JSON array` } };
  }
  const marks: CliReviewedMark[] = [];
  for (const [i, item] of data.entries()) {
    const m = item as Record<string, unknown>;
    const ok =
      typeof m === 'object' && m !== null && typeof m.rule === 'string' && RULE_ID.test(m.rule) &&
      typeof m.sheet === 'string' && typeof m.cell === 'string' && typeof m.reason === 'string' &&
      (m.file === undefined || typeof m.file === 'string');
    if (!ok) {
      return {
        ok: false,
        message: {
          zh: `已复核文件 ${path} 第 ${i + 1} 项应含 rule（如 PERF021）、sheet、cell、reason 文本字段`,
          en: `Reviewed-marks file ${path}, item ${i + 1}: needs text fields rule (e.g. PERF021), sheet, cell, reason`,
        },
      };
    }
    marks.push(m as unknown as CliReviewedMark);
  }
  return { ok: true, value: marks };
}
