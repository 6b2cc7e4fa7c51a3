// PERF034–PERF036: weight concentrated on one indicator, indicators filed under the wrong category,
// categories listed with no indicator.
import { HUBEI_PROFILE } from '../../../src/core/profile';
import { PERF034, PERF035, PERF036 } from '../../../src/core/rules';
import { huanggangTable, suixiTable, yongdeTable } from './support/cases';
import { at, run } from './support/run';
import { seedTable } from './support/seed';
import { tableOf, type RowSpec, type TableSpec } from './support/table';

/** A 2020-template project table: A 一级, B 二级, C 三级, D 指标值, E 完成值, F 分值, G 得分, H 偏差原因. */
const project = (rows: RowSpec[], extra: Partial<TableSpec> = {}) =>
  tableOf({
    family: 'A',
    firstRow: 10,
    columns: { level1: 'A', level2: 'B', name: 'C', target: 'D', actual: 'E', weight: 'F', score: 'G', note: 'H' },
    rows,
    ...extra,
  });

const output = (name: string, weight: number, level2?: string): RowSpec => ({ level2, name, target: '≥100人', actual: '100人', weight, score: weight });

describe('PERF034 weight concentration', () => {
  it('flags suixi\'s 受益建档立卡贫困人口数: 30 of 100, and all 30 效益 points', () => {
    const findings = run(PERF034, suixiTable());
    expect(at(findings)).toEqual(['PERF034@20']);
    const [f] = findings;
    expect(f.cells).toEqual(['D20', 'C20']);
    expect([f.expected, f.found]).toEqual(['25', '30']);
    expect(f.message.zh).toBe('指标“★★★受益建档立卡贫困人口数≥**人”权重 30 分，占应得总分 100 的 30%（上限 25%），且是效益指标的唯一指标、独占其全部 30 分');
  });

  it('flags one indicator over 25% even when its block has others', () => {
    const table = project([
      { level1: '产出指标', ...output('培训人数', 30, '数量指标') },
      output('培训合格率', 20, '质量指标'),
      { level1: '效益指标', ...output('就业人数', 15, '社会效益指标') },
      output('带动增收', 15, '经济效益指标'),
      { level1: '满意度指标', ...output('学员满意度', 10, '服务对象满意度指标') },
    ]);
    const findings = run(PERF034, table);
    expect(at(findings)).toEqual(['PERF034@10']);
    expect(findings[0].message.zh).toContain('占应得总分 100 的 30%（上限 25%）');
    expect(findings[0].message.zh).not.toContain('唯一');
  });

  it('flags the only indicator of a 效益 block, even at 20 points', () => {
    const table = project([
      { level1: '产出指标', ...output('培训人数', 25, '数量指标') },
      output('培训合格率', 25, '质量指标'),
      { level1: '效益指标', ...output('就业人数', 20, '社会效益指标') },
      { level1: '满意度指标', ...output('学员满意度', 20, '服务对象满意度指标') },
    ]);
    const findings = run(PERF034, table);
    expect(at(findings)).toEqual(['PERF034@12']);
    expect(findings[0].message.zh).toBe('指标“就业人数”权重 20 分，是效益指标的唯一指标、独占其全部 20 分');
    expect(findings[0].expected).toBeUndefined();
  });

  it('is silent on the sole 满意度 indicator (one sub-category), on 25 points exactly, on the seed, 永德 and 黄冈 (20-point rows, Hubei)', () => {
    const table = project([
      { level1: '产出指标', ...output('培训人数', 25, '数量指标') },
      output('培训合格率', 25, '质量指标'),
      { level1: '效益指标', ...output('就业人数', 15, '社会效益指标') },
      output('带动增收', 15, '经济效益指标'),
      { level1: '满意度指标', ...output('学员满意度', 10, '服务对象满意度指标') },
    ]);
    expect(run(PERF034, table)).toEqual([]);
    expect(run(PERF034, seedTable())).toEqual([]);
    expect(run(PERF034, yongdeTable())).toEqual([]);
    expect(run(PERF034, huanggangTable(), HUBEI_PROFILE)).toEqual([]);
  });

  it('counts Hubei goal blocks apart: one 产出 row per goal block is that block\'s only one', () => {
    const table = tableOf({
      family: 'F',
      firstRow: 9,
      columns: { level1: 'A', level2: 'B', name: 'C', target: 'D', actual: 'E', weight: 'F', score: 'G' },
      rows: [
        { level1: '产出指标', ...output('监测点位数', 20, '数量指标'), goalBlock: 1 },
        { level1: '满意度指标', ...output('服务对象满意度', 20, '服务对象满意度指标'), goalBlock: 1 },
        { level1: '产出指标', ...output('资料整编册数', 20, '数量指标'), goalBlock: 2 },
        { ...output('资料上报及时率', 20, '时效指标'), goalBlock: 2 },
      ],
    });
    expect(at(run(PERF034, table, HUBEI_PROFILE))).toEqual(['PERF034@9']);
  });

  it('leaves out rows not applicable', () => {
    const table = project([
      { level1: '产出指标', ...output('培训人数', 40, '数量指标'), applicable: false },
      output('培训合格率', 50, '质量指标'),
      output('培训及时率', 10, '时效指标'),
    ]);
    expect(at(run(PERF034, table))).toEqual(['PERF034@11']); // 50 of 100; the 40 is not applicable
  });

  it('trusts a weight implied by a stated block total, not one guessed from the expected total', () => {
    const rows: RowSpec[] = [
      { level1: '产出指标', level2: '数量指标', name: '监测点位数', target: '≥10个', actual: '10个', score: 60 },
      { level2: '质量指标', name: '监测数据合格率', target: '100%', actual: '100%', score: 30 },
    ];
    const columns = { level1: 'A', level2: 'B', name: 'C', target: 'D', actual: 'E', score: 'F' };
    // No weight column and no block label with points: 60 and 30 are only what the scores suggest.
    expect(run(PERF034, tableOf({ family: 'F', columns, rows }))).toEqual([]);
    // Under 年度绩效目标1（90分）, the block total makes the implied 60 a weight the form states.
    const stated = tableOf({ family: 'F', columns, rows, blocks: [{ label: '年度绩效目标1（90分）', weight: '90', firstRow: 7, lastRow: 8 }] });
    expect(at(run(PERF034, stated))).toEqual(['PERF034@7', 'PERF034@8']); // 60 and 30, both over 25
  });
});

describe('PERF035 indicator filed under the wrong category', () => {
  it('flags 黄冈\'s 整編資料審核 under 服務對象滿意度指標 (traditional characters)', () => {
    const findings = run(PERF035, huanggangTable(), HUBEI_PROFILE);
    expect(at(findings)).toEqual(['PERF035@11']);
    expect(findings[0].cells).toEqual(['C11', 'B11']);
    expect(findings[0].message.en).toBe('Indicator "整編資料審核" is filed under "服務對象滿意度指標", but it measures no satisfaction');
  });

  it('flags a satisfaction measure under 产出 or under 经济效益', () => {
    const table = project([
      { level1: '产出指标', ...output('培训人数', 30, '数量指标') },
      { level2: '质量指标', name: '学员满意度', target: '≥90%', actual: '95%', weight: 20, score: 20 },
      { level1: '效益指标', level2: '经济效益指标', name: '合作企业满意率', target: '≥90%', actual: '92%', weight: 30, score: 30 },
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '群众满意度', target: '≥90%', actual: '95%', weight: 10, score: 10 },
    ]);
    const findings = run(PERF035, table);
    expect(at(findings)).toEqual(['PERF035@11', 'PERF035@12']);
    expect(findings[0].message.zh).toBe('满意度指标“学员满意度”归在“质量指标”下，应归入满意度指标');
    expect(findings[0].cells).toEqual(['C11', 'B11']);
  });

  it('is silent on satisfaction measures where they belong, and on look-alikes that are not misfiled', () => {
    const table = project([
      { level1: '产出指标', ...output('满意度调查次数', 30, '数量指标') }, // a count of surveys is an output
      output('满意度调查覆盖率', 20, '质量指标'),
      { level1: '效益指标', level2: '社会效益指标', name: '群众满意度', target: '≥90%', actual: '95%', weight: 30, score: 30 }, // older templates
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '★受助对象满意度(≥**%)', target: '≥90%', actual: '95%', weight: 5, score: 5 },
      { name: '群众投诉率', target: '≤1%', actual: '0.5%', weight: 5, score: 5 },
    ]);
    expect(run(PERF035, table)).toEqual([]);
    expect(run(PERF035, seedTable())).toEqual([]); // no categories at all (family C)
    expect(run(PERF035, suixiTable())).toEqual([]);
    expect(run(PERF035, yongdeTable())).toEqual([]);
  });

  it('is silent on Hunan\'s 评分表 (社会公众或服务对象满意度 under 效益 / 履职效益)', () => {
    const table = tableOf({
      family: 'G',
      columns: { level1: 'A', level2: 'B', name: 'C', criteria: 'D', weight: 'E', score: 'F', note: 'G' },
      rows: [
        { level1: '效益（25分）', level2: '履职效益', name: '社会效益', weight: 18, score: 18 },
        { name: '社会公众或服务对象满意度', weight: 7, score: 6.8, note: '满意度调查结果97.1%' },
      ],
    });
    expect(run(PERF035, table)).toEqual([]);
  });
});

describe('PERF036 category with no indicator', () => {
  it('flags 黄冈 goal 2\'s 效益指标 and 满意度指标 rows, one finding per 一级', () => {
    const findings = run(PERF036, huanggangTable(), HUBEI_PROFILE);
    expect(at(findings)).toEqual(['PERF036@16', 'PERF036@17']);
    expect(findings[0].cells).toEqual(['A16', 'B16']);
    expect(findings[0].message.zh).toBe('一级指标“效益指標”（社會效益指標）下没有任何指标（第 16 行只有类别名称）');
    expect(findings[1].message.en).toBe('Category "滿意度指標" ("服務對象滿意度指標") holds no indicator (row 17 has only the category labels)');
  });

  it('is silent on 永德\'s empty 生态效益指标: its 一级 效益指标 holds indicators', () => {
    expect(yongdeTable().emptyCategories?.map((c) => c.row)).toEqual([21]);
    expect(run(PERF036, yongdeTable())).toEqual([]);
  });

  it('gathers the empty rows of one 一级 into one finding', () => {
    const table = project(
      [
        { level1: '产出指标', ...output('培训人数', 50, '数量指标') },
        { level1: '满意度指标', level2: '服务对象满意度指标', name: '学员满意度', target: '≥90%', actual: '95%', weight: 10, score: 10 },
      ],
      {
        emptyCategories: [
          { row: 11, level1: '效益指标', level1At: 'A11', level2: '经济效益指标' },
          { row: 12, level1: '效益指标', level1At: 'A11', level2: '社会效益指标' },
        ],
      },
    );
    const findings = run(PERF036, table);
    expect(at(findings)).toEqual(['PERF036@11']);
    expect(findings[0].cells).toEqual(['A11', 'B11', 'B12']);
    expect(findings[0].message.zh).toBe('一级指标“效益指标”（经济效益指标、社会效益指标）下没有任何指标（第 11、12 行只有类别名称）');
  });

  it('is silent when the empty rows say why, and on tables without empty categories', () => {
    const explained = huanggangTable();
    const withNotes = {
      ...explained,
      emptyCategories: explained.emptyCategories?.map((c) => ({ ...c, note: { text: '本目标无效益、满意度指标', raw: '本目标无效益、满意度指标', ref: { sheet: explained.sheet, row: c.row, col: 7, address: `G${c.row}` } } })),
    };
    expect(run(PERF036, withNotes, HUBEI_PROFILE)).toEqual([]);
    expect(run(PERF036, seedTable())).toEqual([]);
    expect(run(PERF036, suixiTable())).toEqual([]);
  });

  it('ignores an empty 二级 with no 一级 column to tell its block', () => {
    const table = tableOf({
      family: 'A',
      columns: { level2: 'B', name: 'C', target: 'D', actual: 'E', weight: 'F', score: 'G' },
      rows: [{ level2: '数量指标', name: '培训人数', target: '≥100人', actual: '100人', weight: 90, score: 90 }],
      emptyCategories: [{ row: 8, level2: '质量指标' }],
    });
    expect(run(PERF036, table)).toEqual([]);
  });
});
