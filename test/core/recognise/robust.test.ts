// Nothing from sheets that hold no indicator table; nothing thrown by odd or huge input.
import { recognise, recogniseSheet } from '../../../src/core/recognise';
import type { Cell, SheetGrid, WorkbookGrid } from '../../../src/core/grid/types';
import { sheetFromRows, workbookOf, type RowSpec } from '../../support/grid';

const _ = null;
const HEADER: RowSpec = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];

describe('negatives: nothing is recognised', () => {
  it.each([
    ['a price list', [['办公用品价格表'], ['名称', '规格', '单位', '单价（元）', '数量', '金额（元）', '备注'], ['A4纸', '70g', '箱', 120, 10, { v: 1200, f: 'D3*E3' }]]],
    ['a 基础数据表', [['基础数据表'], ['科室名称', '编制数', '实有人数', '备注'], ['办公室', 5, 5], ['合计', 5, 5]]],
    [
      'a budget block alone',
      [
        ['项目名称', '甲'],
        ['项目资金（万元）', _, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        [_, '年度资金总额', 500, 480, 468.5, 10, 0.976, 9.76],
        ['年度总体目标', '预期目标', _, '实际完成情况'],
        [_, '甲', _, '乙'],
      ],
    ],
    ['a sheet with only a title', [['2022年度项目支出绩效自评表']]],
    ['headers without a name column', [['年度指标值', '实际完成值', '分值', '得分'], ['≥1', 1, 10, 10]]],
  ] as Array<[string, RowSpec[]]>)('%s', (_name, rows) => {
    expect(recognise(workbookOf(sheetFromRows('S', rows))).tables).toEqual([]);
  });

  it('an empty workbook and an empty sheet', () => {
    expect(recognise({ sheets: [] }).tables).toEqual([]);
    expect(recognise(workbookOf(sheetFromRows('S', []))).tables).toEqual([]);
  });
});

describe('bad input never throws', () => {
  it('survives missing or malformed parts of a grid', () => {
    const odd = { name: 'odd', rows: [[{ value: Number.NaN }, { value: { error: '#REF!' } }, undefined, { value: true }]], rowCount: 1, colCount: 4, merges: [{ top: 0, left: 0, bottom: -1, right: 3 }] } as unknown as SheetGrid;
    const noRows = { name: 'x', rowCount: 5, colCount: 5, merges: [] } as unknown as SheetGrid;
    const noMerges = { ...sheetFromRows('y', [HEADER, ['产出指标', '数量指标', 'a', '≥1', 1, 10, 10]]), merges: undefined } as unknown as SheetGrid;
    expect(() => recognise({ sheets: [odd, noRows, noMerges, null] } as unknown as WorkbookGrid)).not.toThrow();
    expect(recognise({ sheets: [odd, noRows, noMerges] } as unknown as WorkbookGrid).tables).toHaveLength(1);
    expect(recognise(undefined as unknown as WorkbookGrid).tables).toEqual([]);
    expect(recognise({} as WorkbookGrid).tables).toEqual([]);
  });

  it('reads error values, Infinity and text in number cells as what they are', () => {
    const [t] = recogniseSheet(
      sheetFromRows('S', [
        HEADER,
        ['产出指标', '数量指标', { v: { error: '#N/A' } }, '≥1', { v: { error: '#DIV/0!' } }, '１０', Number.POSITIVE_INFINITY],
      ]),
    );
    const [i] = t.indicators;
    expect(i.name?.text).toBe('#N/A');
    expect(i.actual).toMatchObject({ kind: 'error', error: '#DIV/0!' });
    expect(i.weight?.number?.toString()).toBe('10');
    expect(i.score?.kind).toBe('error');
  });
});

describe('size', () => {
  it('reads a 100,000-row table', () => {
    const rows: RowSpec[] = [HEADER];
    for (let r = 0; r < 100_000; r++) rows.push([r === 0 ? '产出指标' : _, r === 0 ? '数量指标' : _, `指标${r}`, '≥1', 1, 0.001, 0.001]);
    const [t] = recogniseSheet(sheetFromRows('S', rows));
    expect(t.indicators).toHaveLength(100_000);
    expect(t.indicators[99_999].row).toBe(100_001);
    expect(t.indicators[99_999].level1?.ref.address).toBe('A2');
  });

  it('handles a merge of 1,048,576 rows and one of 16,384 columns without expanding them', () => {
    const sheet = sheetFromRows('S', [['2022年度项目支出绩效自评表'], HEADER, ['产出指标', '数量指标', 'a', '≥1', 1, 10, 10], [_, _, 'b', '≥1', 1, 10, 10]], {
      merges: ['A3:A1048576', 'A1:XFD1'],
    });
    expect(sheet.rowCount).toBe(1_048_576);
    const [t] = recogniseSheet(sheet);
    expect(t.indicators.map((i) => i.level1?.ref.address)).toEqual(['A3', 'A3']);
    expect(t.header.title?.ref.address).toBe('A1');
  });

  it('reads a sheet whose rows array is sparse', () => {
    const rows: Array<Array<Cell | undefined> | undefined> = [];
    rows[49] = HEADER.map((v) => (v === null ? undefined : { value: v as string }));
    rows[50] = ['产出指标', '数量指标', 'a', '≥1', 1, 10, 10].map((v) => ({ value: v }));
    const sheet: SheetGrid = { name: 'S', rows, rowCount: 51, colCount: 7, merges: [] };
    expect(recogniseSheet(sheet)[0].indicatorRange).toBe('A50:G51');
  });
});
