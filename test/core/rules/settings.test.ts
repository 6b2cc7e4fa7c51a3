// Thresholds come from the profile, not from constants in the rules; rules read recognition's
// vocabulary only through its index.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NATIONAL_PROFILE } from '../../../src/core/profile';
import type { Profile } from '../../../src/core/profile/types';
import { PERF034, PERF064 } from '../../../src/core/rules';
import { suixiTable } from './support/cases';
import { at, run } from './support/run';
import { tableOf, type BudgetSpec } from './support/table';

const fitted = (initial: number, budget: number) =>
  tableOf({
    family: 'A',
    rows: [{ level1: '产出指标', name: '培训人次', unit: '人次', op: '≥', target: 300, weight: 90, actual: 320, score: 90 }],
    budget: {
      rows: [{ label: '年度资金总额', isTotal: true, initial, budget, spent: budget, weight: 10, rate: { v: 1, fmt: '0%' }, score: 10 }],
    } satisfies BudgetSpec,
  });

describe('PERF064 reads budgetAdjustmentShare', () => {
  it('national 20%: 15% apart is quiet, 30% apart is noted', () => {
    expect(run(PERF064, fitted(100, 85))).toEqual([]);
    expect(at(run(PERF064, fitted(100, 70)))).toEqual(['PERF064@2']);
  });

  it('a stricter profile (10%) notes the 15% adjustment; a looser one (40%) not the 30%', () => {
    const strict: Profile = { ...NATIONAL_PROFILE, budgetAdjustmentShare: '0.1' };
    const loose: Profile = { ...NATIONAL_PROFILE, budgetAdjustmentShare: 0.4 };
    expect(at(run(PERF064, fitted(100, 85), strict))).toEqual(['PERF064@2']);
    expect(run(PERF064, fitted(100, 70), loose)).toEqual([]);
  });

  it('a profile without the setting (or with an unreadable one) uses the default 20%', () => {
    const { budgetAdjustmentShare: _drop, ...rest } = NATIONAL_PROFILE;
    const older = rest as Profile;
    expect(run(PERF064, fitted(100, 85), older)).toEqual([]);
    expect(at(run(PERF064, fitted(100, 70), older))).toEqual(['PERF064@2']);
    const broken = { ...NATIONAL_PROFILE, budgetAdjustmentShare: 'a fifth' } as Profile;
    expect(at(run(PERF064, fitted(100, 70), broken))).toEqual(['PERF064@2']);
  });
});

describe('PERF034 reads weightConcentrationShare', () => {
  it('at 35% suixi\'s 30-point row is only flagged for holding all of 效益', () => {
    const [f] = run(PERF034, suixiTable(), { ...NATIONAL_PROFILE, weightConcentrationShare: '0.35' });
    expect(f.row).toBe(20);
    expect(f.message.zh).not.toContain('上限');
    expect(f.message.zh).toContain('是效益指标的唯一指标');
  });

  it('at 5% every 10-point row of suixi is a concentration', () => {
    const rows = at(run(PERF034, suixiTable(), { ...NATIONAL_PROFILE, weightConcentrationShare: 0.05 }));
    expect(rows).toEqual(['PERF034@16', 'PERF034@19', 'PERF034@20', 'PERF034@21']);
  });
});

describe('rules read recognition only through its index', () => {
  it('no file under src/core/rules imports a module inside src/core/recognise', () => {
    const root = join(__dirname, '..', '..', '..', 'src', 'core', 'rules');
    const files = [...readdirSync(root).map((f) => join(root, f)), ...readdirSync(join(root, 'support')).map((f) => join(root, 'support', f))];
    const deep = files
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => /from '(\.\.\/)+recognise\/[^']+'/.test(readFileSync(f, 'utf8')));
    expect(deep).toEqual([]);
  });
});
