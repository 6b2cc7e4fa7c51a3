// Forms on a sheet: Hubei goal blocks as one table, several tables stacked or side by side,
// and the template family of each.
import { recognise } from '../../../src/core/recognise';
import { sheetFromRows, workbookOf, type RowSpec, type SheetOptions } from '../../support/grid';

const _ = null;
const pct = (v: number) => ({ v, fmt: '0%' });
const HUBEI_HEADER: RowSpec = ['一级指标', '二级指标', '三级指标', '年初目标值（A）', '实际完成值（B）', '得分'];

function tablesOf(rows: readonly RowSpec[], options: SheetOptions = {}) {
  return recognise(workbookOf(sheetFromRows('表', rows, options))).tables;
}

describe('Hubei goal blocks', () => {
  it('reads 年度绩效目标1 and 2 (label rows above repeated headers) as ONE table with goalBlock 1/2', () => {
    const tables = tablesOf([
      ['年度绩效目标1（40分）'],
      HUBEI_HEADER,
      ['产出指标', '质量指标', 'a', pct(1), pct(1), 20],
      [_, '进度指标', 'b', pct(1), pct(1), 20],
      ['年度绩效目标2（40分）'],
      HUBEI_HEADER,
      ['产出指标', '质量指标', 'c', pct(1), pct(1), 40],
      ['效益指标', '社会效益指标'],
      ['总分', _, _, _, _, 80],
    ]);
    expect(tables).toHaveLength(1);
    const [t] = tables;
    expect(t.indicators.map((i) => [i.row, i.goalBlock])).toEqual([[3, 1], [4, 1], [7, 2]]);
    expect(t.blocks.map((b) => [b.label, b.statedWeight?.toString(), b.firstRow, b.lastRow])).toEqual([
      ['年度绩效目标1（40分）', '40', 1, 4],
      ['年度绩效目标2（40分）', '40', 5, 8],
    ]);
    expect(t.indicators[2].level1?.ref.address).toBe('A7');
    expect(t.total?.score?.number?.toString()).toBe('80');
    expect(t.family).toBe('F');
    expect(t.missingColumns).toEqual([]);
  });

  it('reads goal-block labels merged down a left column beside each header', () => {
    const tables = tablesOf(
      [
        ['年度绩效目标1（40分）', ...HUBEI_HEADER],
        [_, '产出指标', '质量指标', 'a', pct(1), pct(1), 40],
        ['年度绩效目标2（40分）', ...HUBEI_HEADER],
        [_, '产出指标', '质量指标', 'b', pct(1), pct(1), 40],
      ],
      { merges: ['A1:A2', 'A3:A4'] },
    );
    expect(tables).toHaveLength(1);
    expect(tables[0].indicators.map((i) => i.goalBlock)).toEqual([1, 2]);
  });
});

describe('several tables on one sheet', () => {
  const form = (title: string, name: string, score: number): RowSpec[] => [
    [title],
    ['项目名称', name],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    ['产出指标', '数量指标', `${name}人数`, '≥100人', '100人', 100, score],
    ['总分', _, _, _, _, 100, score],
  ];

  it('finds stacked forms as separate tables, each with its own blocks', () => {
    const tables = tablesOf([...form('项目支出绩效自评表（一）', '甲', 100), [], ...form('项目支出绩效自评表（二）', '乙', 95)]);
    expect(tables.map((t) => [t.range, t.header.fields['项目名称']?.text, t.total?.score?.number?.toString()])).toEqual([
      ['A1:G5', '甲', '100'],
      ['A7:G11', '乙', '95'],
    ]);
  });

  it('finds a second header right after a total row as a new table', () => {
    const tables = tablesOf([...form('表一', '甲', 100), ...form('表二', '乙', 90).slice(2)]);
    expect(tables).toHaveLength(2);
    expect(tables[1].indicators[0].row).toBe(7);
  });

  it('finds tables side by side, each reading only its own columns', () => {
    const left = form('表一', '甲', 100);
    const right = form('表二', '乙', 90);
    const rows = left.map((row, i) => [...row, ...Array(8 - row.length).fill(_), ...right[i]]);
    const tables = tablesOf(rows);
    expect(tables.map((t) => [t.indicatorRange, t.indicators[0].name?.text, t.total?.score?.ref.address, t.header.fields['项目名称']?.text])).toEqual([
      ['A3:G4', '甲人数', 'G5', '甲'],
      ['I3:O4', '乙人数', 'O5', '乙'],
    ]);
  });

  it('finds tables on every sheet, in sheet order', () => {
    const a = sheetFromRows('一', form('表一', '甲', 100));
    const b = sheetFromRows('二', form('表二', '乙', 90), { at: 'C5' });
    const { tables } = recognise(workbookOf(a, b));
    expect(tables.map((t) => [t.sheet, t.indicatorRange])).toEqual([
      ['一', 'A3:G4'],
      ['二', 'C7:I8'],
    ]);
  });
});

describe('family detection', () => {
  const detect = (rows: RowSpec[]) => tablesOf(rows)[0]?.family;
  const a: RowSpec = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];
  const data: RowSpec = ['产出指标', '数量指标', 'x', '≥1', 1, 100, 100];

  it.each([
    ['A', [['项目名称', '甲'], a, data]],
    ["A'", [['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '实际完成值', '分值', '得分'], ['产出指标', '数量指标', 'x', '≥', 1, '个', 1, 100, 100]]],
    ['B', [['部门整体支出绩效自评表'], ['预算部门、单位名称', '农业农村局'], a, data]],
    ['C', [['指标名称', '计量单位', '指标性质', '指标值', '指标权重（分）', '全年完成值', '指标得分（分）'], ['x', '个', '≥', 1, 100, 1, 100]]],
    ['D', [['报表编号', '510321-2023-017'], a, data]],
    ['E', [['一级指标', '二级指标', '三级指标', '分值', '年度指标值', '全年实际值', '得分'], ['产出指标', '数量指标', 'x', 100, '>=1个', '1个', 100]]],
    ['F', [HUBEI_HEADER, ['产出指标', '质量指标', 'x', pct(1), pct(1), 100]]],
    ['G', [['一级指标', '二级指标', '三级指标', '评分标准', '分值', '自评得分'], ['投入', '预算配置', 'x', '得满分', 100, 100]]],
    ['H', [['一级指标', '二级指标', '三级指标', '年度指标值', '全年完成值', '未完成原因和改进措施'], ['产出指标', '数量指标', 'x', '≥1', 1]]],
  ] as Array<[string, RowSpec[]]>)('%s', (family, rows) => {
    expect(detect(rows)).toBe(family);
  });
});
