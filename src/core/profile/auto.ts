// The default profile rule every surface shares (pane, preview, WPS pane, perf-audit, accuracy):
// a workbook whose tables are all Hubei forms (family F: a 20-point budget block 20分*执行率, a
// 年初目标值 column, or 年度绩效目标1/2 blocks) is checked with the Hubei profile, anything else with
// the national one. A profile the user names (national, hubei, a JSON file) is used as it is.
import type { Message } from '../findings/types';
import type { Family } from '../model/types';
import { HUBEI_PROFILE } from './hubei';
import { NATIONAL_PROFILE } from './national';
import type { Profile } from './types';

/** What the caller asks for: a profile, or 'auto' (the rule above). */
export type ProfileRequest = Profile | 'auto';

export interface ProfileChoice {
  readonly profile: Profile;
  /** Set when 'auto' picked Hubei: why, for the verdict or the report line. */
  readonly reason?: Message;
}

/** Why 'auto' picked Hubei: the layout's marks, in the words finance staff know. */
export const HUBEI_LAYOUT_REASON: Message = {
  zh: '表格为湖北版式（预算执行 20 分，按“年度绩效目标”分块）',
  en: 'a Hubei form (a 20-point budget block, blocks by annual performance goal)',
};

/** At least one table, and every table a Hubei form. */
export function isHubeiLayout(tables: ReadonlyArray<{ readonly family: Family }>): boolean {
  return tables.length > 0 && tables.every((t) => t.family === 'F');
}

/** The profile to check these tables with: the one asked for, or under 'auto' Hubei or national by layout. */
export function chooseProfile(request: ProfileRequest, tables: ReadonlyArray<{ readonly family: Family }>): ProfileChoice {
  if (request !== 'auto') return { profile: request };
  return isHubeiLayout(tables) ? { profile: HUBEI_PROFILE, reason: HUBEI_LAYOUT_REASON } : { profile: NATIONAL_PROFILE };
}
