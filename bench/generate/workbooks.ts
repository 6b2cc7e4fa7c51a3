// Synthetic workbooks from a seed number: sheets of families A, C and D in turn, each a full form
// with its own department, budget and indicators. The same seed gives the same workbook (plans,
// grids and .xlsx bytes alike), so every benchmark figure can be reproduced on other machines.
import type { WorkbookGrid } from '../../src/core/grid/types';
import { sheetFromRows, type RowSpec } from '../../test/support/grid';
import { generateIndicators } from './indicators';
import { type Family, type FormHeader, type SheetPlan, familyA, familyC, familyD } from './layouts';
import { childSeed, createRandom, type Random } from './random';

export interface WorkbookSpec {
  readonly seed: number;
  readonly sheets: number;
  /** Indicator rows per sheet, or a range to draw from. */
  readonly indicators: number | readonly [number, number];
  /** Families used in turn (default A, C, D). */
  readonly families?: readonly Family[];
}

export interface WorkbookPlan {
  readonly seed: number;
  readonly sheets: readonly SheetPlan[];
}

const DEPARTMENTS = ['区农业农村委', '区水利局', '区民政局', '区教委', '区卫生健康委', '区生态环境局', '区应急管理局', '区交通局', '区住房城乡建委', '区人力社保局'];
const PROJECTS = ['农村饮水安全巩固提升', '耕地地力保护补贴', '困难群众救助', '义务教育薄弱环节改善', '基层医疗能力提升', '大气污染防治', '安全生产监管', '农村公路养护', '老旧小区改造', '就业创业补贴'];
const PEOPLE = ['张敏', '李伟', '王芳', '刘洋', '陈静', '杨帆', '赵磊', '黄丽', '周杰', '吴霞'];

function header(random: Random): FormHeader {
  return {
    title: '',
    department: random.pick(DEPARTMENTS),
    project: random.pick(PROJECTS),
    person: random.pick(PEOPLE),
    phone: `023-${random.int(6000_0000, 6899_9999)}`,
    year: random.int(2020, 2024),
  };
}

/** One sheet: a family's form holding `count` indicators, from its own seed. */
export function generateSheet(name: string, family: Family, count: number, seed: number): SheetPlan {
  const random = createRandom(seed);
  const form = header(random);
  const rows = generateIndicators(count, random, { points: family === 'C' ? 100 : 90 });
  if (family === 'C') return familyC(name, form, rows);
  return family === 'A' ? familyA(name, form, rows, random) : familyD(name, form, rows, random);
}

export function generateWorkbook(spec: WorkbookSpec): WorkbookPlan {
  const random = createRandom(spec.seed);
  const families = spec.families ?? ['A', 'C', 'D'];
  const sheets: SheetPlan[] = [];
  for (let s = 0; s < spec.sheets; s++) {
    const count = typeof spec.indicators === 'number' ? spec.indicators : random.int(spec.indicators[0], spec.indicators[1]);
    sheets.push(generateSheet(`表${s + 1}`, families[s % families.length], count, childSeed(spec.seed, s)));
  }
  return { seed: spec.seed, sheets };
}

/** The host-neutral grid of a plan, as a host would read it. */
export function planToGrid(plan: WorkbookPlan): WorkbookGrid {
  return {
    name: `synthetic-${plan.seed}`,
    sheets: plan.sheets.map((sheet) => sheetFromRows(sheet.name, sheet.rows as readonly RowSpec[], { merges: [...sheet.merges] })),
  };
}

export function indicatorCount(plan: WorkbookPlan): number {
  return plan.sheets.reduce((n, s) => n + s.indicators, 0);
}
