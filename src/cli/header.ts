// Who filled in a form and for what: the unit and the project named in a table's header block
// (项目名称, 实施单位…), for the summary's 汇总 sheet and the JSON report.
import type { HeaderBlock } from '../core/model/types';

/** Labels (as recognition normalises them) that name the unit, most specific first. */
const UNIT_LABELS = ['实施单位', '项目实施单位', '项目单位', '资金使用单位', '单位名称', '预算部门、单位名称', '部门', '主管部门'];
const PROJECT_LABELS = ['项目名称', '专项名称'];

/** "本单位" says nothing to a reader of a district's summary: the next label is used instead. */
const SELF = /^本[单單]位$/;

function first(header: HeaderBlock, labels: readonly string[]): string | undefined {
  for (const label of labels) {
    const text = header.fields[label]?.text.trim();
    if (text && !SELF.test(text)) return text;
  }
  return undefined;
}

export interface FormIdentity {
  readonly unit?: string;
  readonly project?: string;
}

export function identify(header: HeaderBlock): FormIdentity {
  const unit = first(header, UNIT_LABELS);
  const project = first(header, PROJECT_LABELS);
  return { ...(unit !== undefined ? { unit } : {}), ...(project !== undefined ? { project } : {}) };
}
