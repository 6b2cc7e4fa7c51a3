// Template family (DESIGN.md §1) from the distinguishing layout, never from the sheet's position:
// which columns exist, their header words, and the labels of the blocks around the table.
import type { ColumnField, ColumnInfo, Family, HeaderBlock } from '../model/types';

export interface FamilyEvidence {
  readonly columns: Readonly<Partial<Record<ColumnField, ColumnInfo>>>;
  /** Normalised header text per field. */
  readonly keys: Readonly<Partial<Record<ColumnField, string>>>;
  readonly header: HeaderBlock;
  /** Normalised label texts above the table (budget headers and row labels included). */
  readonly labels: ReadonlySet<string>;
  readonly goalBlocks: boolean;
}

function anyLabel(labels: ReadonlySet<string>, test: (label: string) => boolean): boolean {
  for (const label of labels) if (test(label)) return true;
  return false;
}

export function detectFamily(e: FamilyEvidence): Family {
  const has = (f: ColumnField) => e.columns[f] !== undefined;
  const col = (f: ColumnField) => e.columns[f]?.col ?? 0;
  const fields = e.header.fields;
  const title = e.header.title?.text ?? '';

  if (has('criteria') && !has('target') && !has('actual')) return 'G';
  if (!has('weight') && !has('score')) return 'H';
  if (e.goalBlocks || e.keys.target === '年初目标值' || anyLabel(e.labels, (l) => /20分\*执行率/.test(l))) return 'F';
  if (
    has('coefficient') || has('core') || has('initialTarget') || e.header.statedTotal !== undefined ||
    (e.keys.name === '指标名称' && !has('level2'))
  ) {
    return 'C';
  }
  // E: 分值 stands between the name and the target, the rest in the usual order.
  if (
    has('weight') && has('target') && has('name') && col('name') < col('weight') && col('weight') < col('target') &&
    (!has('actual') || col('target') < col('actual')) && (!has('score') || col('actual') < col('score'))
  ) {
    return 'E';
  }
  if (
    fields['报表编号'] !== undefined || e.labels.has('调整后预算数') || e.labels.has('调整后预算') ||
    anyLabel(e.labels, (l) => /^绩效指标\(\d+分\)$/.test(l)) || (e.keys.actual === '完成值' && e.keys.weight === '权重')
  ) {
    return 'D';
  }
  if (has('op') && has('unit') && has('target') && col('unit') > col('target')) return "A'";
  if (
    /部门整体支出/.test(title) || anyLabel(e.labels, (l) => /收入性质|支出性质/.test(l)) ||
    ((fields['部门'] || fields['预算部门'] || fields['预算部门、单位名称'] || fields['部门名称']) && !fields['项目名称'])
  ) {
    return 'B';
  }
  if (has('level1') || has('level2') || fields['项目名称'] !== undefined) return 'A';
  return 'unknown';
}

const REQUIRED: readonly ColumnField[] = ['name', 'target', 'weight', 'actual', 'score'];

/** Columns each family lacks by design (G has no target/actual, H no weight/score, Hubei F no weight). */
const BY_DESIGN: Readonly<Partial<Record<Family, readonly ColumnField[]>>> = {
  G: ['target', 'actual'],
  H: ['weight', 'score'],
  F: ['weight'],
};

export function missingColumns(family: Family, columns: Readonly<Partial<Record<ColumnField, ColumnInfo>>>): ColumnField[] {
  const exempt = BY_DESIGN[family] ?? [];
  return REQUIRED.filter((f) => columns[f] === undefined && !exempt.includes(f));
}
