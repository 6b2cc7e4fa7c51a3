// PERF030–PERF033: weight sum, stated total, grade, block weights and the standard split.
import { PERF030, PERF031, PERF032, PERF033 } from '../../../src/core/rules';
import { HUBEI_PROFILE } from '../../../src/core/profile';
import { huanggangTable, suixiTable, yongdeTable } from './support/cases';
import { at, run } from './support/run';
import { seedTable } from './support/seed';
import { tableOf, type RowSpec, type TableSpec } from './support/table';

const fixedSeed = () => seedTable((row) => (row.name === '预算完成率' ? { ...row, weight: 2.7, score: 2.7, actual: 100 } : undefined));

function projectTable(overrides: Partial<TableSpec> = {}, rows?: RowSpec[]): ReturnType<typeof tableOf> {
  return tableOf({
    family: 'A',
    firstRow: 12,
    columns: { level1: 'A', level2: 'B', name: 'C', target: 'D', actual: 'E', weight: 'F', score: 'G', note: 'H' },
    blocks: [
      { label: '产出指标（50分）', weight: '50', firstRow: 12, lastRow: 13 },
      { label: '效益指标（30分）', weight: '30', firstRow: 14, lastRow: 14 },
      { label: '满意度指标（10分）', weight: '10', firstRow: 15, lastRow: 15 },
    ],
    budget: { rows: [{ label: '年度资金总额', isTotal: true, initial: 200, budget: 200, spent: 196, weight: 10, rate: { v: 0.98, fmt: '0.00%' }, score: 9.8, note: '年末采购款待支付' }] },
    rows: rows ?? [
      { level1: '产出指标（50分）', level2: '数量指标', name: '培训人次', target: '≥300人次', actual: '320人次', weight: 25, score: 25 },
      { level2: '质量指标', name: '培训合格率', target: '≥95%', actual: '97%', weight: 25, score: 25 },
      { level1: '效益指标（30分）', level2: '社会效益指标', name: '持证上岗率', target: '≥90%', actual: '92%', weight: 30, score: 30 },
      { level1: '满意度指标（10分）', level2: '服务对象满意度指标', name: '学员满意度', target: '≥90%', actual: '93%', weight: 10, score: 10 },
    ],
    total: { weight: 100, score: 99.8, grade: '优' },
    ...overrides,
  });
}

describe('PERF030 weights do not add up', () => {
  it('counts the budget block\'s weight with the indicators', () => {
    expect(run(PERF030, projectTable())).toEqual([]);
    const short = projectTable({ budget: undefined });
    const [f] = run(PERF030, short);
    expect([f.expected, f.found]).toEqual(['100', '90']);
  });

  it('says which weight stands alone only when one clearly does', () => {
    const [f] = run(PERF030, seedTable());
    expect(f.message.en).toContain('the only 2.63 (14 others are 2.7) may be wrong');
    const evenGap = seedTable((row) => (row.name === '绿化率' ? { ...row, weight: 1.2 } : undefined));
    const [g] = run(PERF030, evenGap);
    expect(g.found).toBe('99.33');
    expect(g.message.zh).not.toContain('唯一的');
  });

  it('is silent when the weights add up, including Hubei blocks without a weight column', () => {
    expect(run(PERF030, fixedSeed())).toEqual([]);
    expect(run(PERF030, yongdeTable())).toEqual([]);
    expect(run(PERF030, suixiTable())).toEqual([]);
    expect(run(PERF030, huanggangTable(), HUBEI_PROFILE)).toEqual([]);
  });
});

describe('PERF031 stated total differs from the sum', () => {
  it('accepts 99.9 for 99.90 (the seed) and flags 99.5 with the sum as fix', () => {
    expect(run(PERF031, seedTable())).toEqual([]);
    const [f] = run(PERF031, seedTable(undefined, { statedTotal: 99.5 }));
    expect([f.expected, f.found]).toEqual(['99.9', '99.5']);
    expect(f.message.zh).toBe('总分 99.5 与各项得分之和 99.9 不符');
    expect(f.fix?.changes).toEqual([{ sheet: 'Sheet1', address: 'I3', before: { value: 99.5 }, after: { value: 99.9 } }]);
  });

  it('adds the budget score when the budget block is scored (yongde: 86 + 10 = 96)', () => {
    expect(run(PERF031, yongdeTable())).toEqual([]);
    const forgot = projectTable({ total: { weight: 100, score: { v: 90, f: 'SUM(G12:G15)' } } });
    const [f] = run(PERF031, forgot);
    expect([f.expected, f.found, f.row]).toEqual(['99.8', '90', 16]);
    expect(f.message.zh).toContain('含预算执行得分 9.8');
    expect(f.fix?.description.zh).toContain('替换公式 =SUM(G12:G15)');
  });

  it('accepts a total rescaled over the applicable weights', () => {
    const rows: RowSpec[] = [
      { level1: '产出指标（50分）', level2: '数量指标', name: '培训人次', target: '≥300人次', actual: '320人次', weight: 25, score: 25 },
      { level2: '质量指标', name: '培训合格率', target: '≥95%', actual: '不适用', weight: 25, applicable: false },
      { level1: '效益指标（30分）', level2: '社会效益指标', name: '持证上岗率', target: '≥90%', actual: '92%', weight: 30, score: 30 },
      { level1: '满意度指标（10分）', level2: '服务对象满意度指标', name: '学员满意度', target: '≥90%', actual: '81%', weight: 10, score: 9 },
    ];
    // (25 + 30 + 9 + 9.8) ÷ (25 + 30 + 10 + 10) × 100 = 98.4
    expect(run(PERF031, projectTable({ total: { score: 98.4 } }, rows))).toEqual([]);
    expect(run(PERF031, projectTable({ total: { score: 73.8 } }, rows))).toEqual([]);
    expect(run(PERF031, projectTable({ total: { score: 90 } }, rows))).toHaveLength(1);
  });

  it('is silent on the cases', () => {
    expect(run(PERF031, huanggangTable(), HUBEI_PROFILE)).toEqual([]);
    expect(run(PERF031, suixiTable())).toEqual([]);
  });
});

describe('PERF031 with a total written as text', () => {
  const docked: RowSpec[] = [
    { level1: '产出指标（50分）', level2: '数量指标', name: '培训人次', target: '≥300人次', actual: '320人次', weight: 25, score: 25 },
    { level2: '质量指标', name: '培训合格率', target: '≥95%', actual: '97%', weight: 25, score: 25 },
    { level1: '效益指标（30分）', level2: '社会效益指标', name: '持证上岗率', target: '≥90%', actual: '92%', weight: 30, score: 30 },
    { level1: '满意度指标（10分）', level2: '服务对象满意度指标', name: '学员满意度', target: '≥90%', actual: '89.64%', weight: 10, score: 9.96 },
  ];

  it('compares \'99.80\' at 2 decimals: 99.76 is not 99.80', () => {
    const [f] = run(PERF031, projectTable({ total: { weight: 100, score: '99.80' } }, docked));
    expect([f.expected, f.found]).toEqual(['99.76', '99.8']);
  });

  it('compares \'99.8\' at 1 decimal, and \'99.80\' agrees with an exact 99.8', () => {
    expect(run(PERF031, projectTable({ total: { weight: 100, score: '99.8' } }, docked))).toEqual([]);
    expect(run(PERF031, projectTable({ total: { weight: 100, score: '99.80' } }))).toEqual([]);
  });
});

describe('PERF032 grade does not match the total', () => {
  it('flags 良 written beside 96', () => {
    const [f] = run(PERF032, projectTable({ total: { weight: 100, score: 96, grade: '良' } }));
    expect([f.expected, f.found, f.cells[0]]).toEqual(['优', '良', 'H16']);
  });

  it('accepts 优 and 优秀 at 96, 良 at 89.99, and ignores other scales', () => {
    expect(run(PERF032, yongdeTable())).toEqual([]);
    expect(run(PERF032, projectTable({ total: { score: 96, grade: '优秀' } }))).toEqual([]);
    expect(run(PERF032, projectTable({ total: { score: 89.99, grade: '良' } }))).toEqual([]);
    expect(run(PERF032, projectTable({ total: { score: 96, grade: '合格' } }))).toEqual([]);
  });
});

describe('PERF033 block weights and the standard split', () => {
  it('flags a block label whose indicators weigh otherwise', () => {
    const rows: RowSpec[] = [
      { level1: '产出指标（50分）', level2: '数量指标', name: '培训人次', target: '≥300人次', actual: '320人次', weight: 30, score: 30 },
      { level2: '质量指标', name: '培训合格率', target: '≥95%', actual: '97%', weight: 30, score: 30 },
      { level1: '效益指标（30分）', level2: '社会效益指标', name: '持证上岗率', target: '≥90%', actual: '92%', weight: 20, score: 20 },
      { level1: '满意度指标（10分）', level2: '服务对象满意度指标', name: '学员满意度', target: '≥90%', actual: '93%', weight: 10, score: 10 },
    ];
    const findings = run(PERF033, projectTable({}, rows));
    expect(findings.map((f) => [f.cells[0], f.expected, f.found])).toEqual([
      ['A12', '50', '60'],
      ['A14', '30', '20'],
      ['A12', '50/30/10/10', '60/20/10/10'],
    ]);
    expect(findings[0].message.zh).toBe('“产出指标（50分）”标明 50 分，但其下 2 个指标权重合计 60');
  });

  it('flags yongde\'s 40/30/20/10 against 50/30/10/10', () => {
    const [f] = run(PERF033, yongdeTable());
    expect([f.expected, f.found]).toEqual(['50/30/10/10', '40/30/20/10']);
    expect(f.message.zh).toContain('产出 40（标准 50），满意度 20（标准 10）');
  });

  it('is silent on the standard split, on tables without block labels, and on Hubei\'s 20-point budget under its profile', () => {
    expect(run(PERF033, projectTable())).toEqual([]);
    expect(run(PERF033, suixiTable())).toEqual([]);
    expect(run(PERF033, seedTable())).toEqual([]);
    expect(run(PERF033, huanggangTable(), HUBEI_PROFILE)).toEqual([]);
  });
});

describe('PERF033 with nothing weighted to split', () => {
  it('is silent on a table with a header and no indicator rows', () => {
    expect(run(PERF033, projectTable({ budget: undefined, blocks: [], total: undefined }, []))).toEqual([]);
  });

  it('is silent when every weight cell is empty', () => {
    const rows: RowSpec[] = [
      { level1: '产出指标', level2: '数量指标', name: '培训人次', target: '≥300人次', actual: '320人次' },
      { level1: '效益指标', level2: '社会效益指标', name: '持证上岗率', target: '≥90%', actual: '92%' },
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '学员满意度', target: '≥90%', actual: '93%' },
    ];
    expect(run(PERF033, projectTable({ budget: undefined, blocks: [], total: undefined }, rows))).toEqual([]);
  });

  it('still compares the split once one weighted indicator is summed', () => {
    const rows: RowSpec[] = [
      { level1: '产出指标', level2: '数量指标', name: '培训人次', target: '≥300人次', actual: '320人次', weight: 90, score: 90 },
      { level1: '效益指标', level2: '社会效益指标', name: '持证上岗率', target: '≥90%', actual: '92%' },
    ];
    const [f] = run(PERF033, projectTable({ blocks: [], total: undefined }, rows));
    expect([f.expected, f.found]).toEqual(['50/30/10/10', '90/0/0/10']);
  });
});

it('PERF030–033 on the seed: only the weight sum', () => {
  const table = seedTable();
  expect([PERF030, PERF031, PERF032, PERF033].flatMap((rule) => at(run(rule, table)))).toEqual(['PERF030@-']);
});
