// PERF001–PERF004: columns, repeated names, operators, units.
import { PERF001, PERF002, PERF003, PERF004 } from '../../../src/core/rules';
import { huanggangTable, suixiTable, yongdeTable } from './support/cases';
import { at, run } from './support/run';
import { seedRow, seedTable } from './support/seed';
import { tableOf } from './support/table';

describe('PERF001 required column missing', () => {
  it('lists the missing columns of a table recognised without 完成值 and 得分', () => {
    const table = tableOf({
      columns: { name: 'B', unit: 'D', op: 'E', target: 'F', weight: 'G' },
      rows: [{ name: '保卫蓝天整治次', unit: '次', op: '≥', target: 1200, weight: 2.7 }],
      missingColumns: ['actual', 'score'],
    });
    const [f] = run(PERF001, table);
    expect(f.message.zh).toContain('完成值、得分');
    expect(f.message.en).toContain('actual value, score');
    expect(f.row).toBeUndefined();
    expect(f.cells[0]).toBe('B6');
  });

  it('is silent on complete tables, and on columns that are not required', () => {
    expect(run(PERF001, seedTable())).toEqual([]);
    const table = tableOf({ rows: [{ name: '绿化率', unit: '%', op: '≥', target: 32, weight: 1.8, actual: 32, score: 1.8 }], missingColumns: ['unit'] });
    expect(run(PERF001, table)).toEqual([]);
  });
});

describe('PERF002 the same indicator twice', () => {
  it('flags the later row, naming the earlier one, even behind a 指标1： prefix', () => {
    const table = seedTable((row) => (row.name === '主题党日活动' ? { ...row, name: '指标3：保卫蓝天整治次' } : undefined));
    const findings = run(PERF002, table);
    expect(at(findings)).toEqual([`PERF002@${seedRow('主题党日活动')}`]);
    expect(findings[0].cells).toEqual([`B${seedRow('主题党日活动')}`, `B${seedRow('保卫蓝天整治次')}`]);
    expect(findings[0].message.zh).toContain(`与第 ${seedRow('保卫蓝天整治次')} 行重复`);
  });

  it('is silent on the seed and across Hubei goal blocks', () => {
    expect(run(PERF002, seedTable())).toEqual([]);
    const table = tableOf({
      family: 'F',
      columns: { name: 'C', target: 'D', actual: 'E', score: 'F' },
      rows: [
        { name: '服务对象满意度', target: '95%', actual: '96%', score: 20, goalBlock: 1 },
        { name: '服务对象满意度', target: '95%', actual: '96%', score: 20, goalBlock: 2 },
      ],
    });
    expect(run(PERF002, table)).toEqual([]);
  });
});

describe('PERF003 operator missing or not understood', () => {
  it('flags an empty 指标性质 in a table that states operators', () => {
    const table = seedTable((row) => (row.name === '绿化率' ? { ...row, op: undefined } : undefined));
    const findings = run(PERF003, table);
    expect(at(findings)).toEqual([`PERF003@${seedRow('绿化率')}`]);
    expect(findings[0].cells[0]).toBe(`E${seedRow('绿化率')}`);
    expect(findings[0].message.zh).toContain('没有比较符');
  });

  it('flags an operator it cannot read', () => {
    const table = seedTable((row) => (row.name === '绿化率' ? { ...row, op: '约' } : undefined));
    const [f] = run(PERF003, table);
    expect(f.message.zh).toContain('比较符“约”无法识别');
  });

  it('reads bare targets as ≥ where the form has no operator column, even beside targets that state one', () => {
    const table = tableOf({
      family: 'H',
      columns: { level1: 'B', level2: 'C', name: 'D', target: 'E', actual: 'F', note: 'G' },
      rows: [
        { level1: '产出指标', level2: '数量指标', name: '农村公路提质改造里程', target: '≥120公里', actual: '123.6公里' },
        { level2: '质量指标', name: '交工验收合格率', target: '100%', actual: '100%' },
        { level2: '时效指标', name: '项目按期完工率', target: '95%', actual: '96%' },
      ],
    });
    expect(at(run(PERF003, table))).toEqual([]);
  });

  it('is silent on forms that never state operators (Hubei ≥ by default), on 定量指标 columns, and on 定性 rows', () => {
    expect(run(PERF003, seedTable())).toEqual([]);
    expect(run(PERF003, huanggangTable())).toEqual([]);
    expect(run(PERF003, suixiTable())).toEqual([]);
    expect(run(PERF003, yongdeTable())).toEqual([]);
    const nature = tableOf({
      rows: [
        { name: '培训人次', unit: '人次', op: '定量指标', target: 300, weight: 5, actual: 320, score: 5 },
        { name: '服务质量', op: '定性指标', target: '优', weight: 5, actual: '优', score: 5 },
      ],
    });
    expect(run(PERF003, nature)).toEqual([]);
  });
});

describe('PERF004 unit missing or wrong', () => {
  it('flags the seed\'s unit "100" on 全年预算执行率', () => {
    const findings = run(PERF004, seedTable());
    expect(at(findings)).toEqual([`PERF004@${seedRow('全年预算执行率')}`]);
    expect(findings[0].message.zh).toContain('计量单位填的是数字“100”');
    expect(findings[0].cells).toEqual(['D7']);
  });

  it('flags a quantitative row with no unit anywhere', () => {
    const table = seedTable((row) => (row.name === '新建森林防火检查站' ? { ...row, unit: undefined } : undefined));
    const findings = run(PERF004, table).filter((f) => f.row === seedRow('新建森林防火检查站'));
    expect(findings).toHaveLength(1);
    expect(findings[0].message.zh).toContain('没有计量单位');
  });

  it('is silent when the unit travels with the value, and on 定性 rows', () => {
    expect(run(PERF004, suixiTable())).toEqual([]); // '>=21933人'
    expect(run(PERF004, huanggangTable())).toEqual([]); // 100%
    expect(run(PERF004, yongdeTable())).toEqual([]); // 减轻…负担: 有效, no unit
  });
});
