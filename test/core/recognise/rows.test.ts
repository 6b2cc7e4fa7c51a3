// Indicator rows: levels carried down, block labels, names, operators and their source, qualitative
// and not-applicable rows, value fields with formats, rows that are not indicators.
import { recognise } from '../../../src/core/recognise';
import type { IndicatorTable } from '../../../src/core/model/types';
import { sheetFromRows, workbookOf, type RowSpec, type SheetOptions } from '../../support/grid';

const _ = null;
const HEADER: RowSpec = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];

function table(rows: readonly RowSpec[], options: SheetOptions = {}): IndicatorTable {
  const { tables } = recognise(workbookOf(sheetFromRows('表', rows, options)));
  expect(tables).toHaveLength(1);
  return tables[0];
}

describe('levels and blocks', () => {
  const t = table(
    [
      HEADER,
      ['产出指标（50分）', '数量指标', '指标1：新建供水工程', '≥12处', '12处', 30, 30],
      [_, _, '指标2：改造管网', '≥85公里', '86.3公里', 20, 20],
      ['效益指标（30分）', '社会效益指标', '受益人口', '≥4.2万人', '4.35万人', 30, 30],
      [_, '生态效益指标'],
      ['满意度指标（10分）', '服务对象满意度指标', '群众满意度', '≥90%', '94%', 10, 10],
    ],
    { merges: ['A2:A3', 'B2:B3'] },
  );

  it('carries level1 and level2 down merged or blank cells, pointing at the cell they came from', () => {
    expect(t.indicators[1].level1?.ref.address).toBe('A2');
    expect(t.indicators[1].level2?.ref.address).toBe('B2');
    expect(t.indicators.map((i) => i.block)).toEqual(['output', 'output', 'benefit', 'satisfaction']);
  });

  it('lists block labels with kind, stated weight and the rows they cover', () => {
    expect(t.blocks.map((b) => [b.label, b.kind, b.statedWeight?.toString(), b.ref.address, b.firstRow, b.lastRow])).toEqual([
      ['产出指标（50分）', 'output', '50', 'A2', 2, 3],
      ['效益指标（30分）', 'benefit', '30', 'A4', 4, 5],
      ['满意度指标（10分）', 'satisfaction', '10', 'A6', 6, 6],
    ]);
  });

  it('keeps a level-only row (生态效益指标 with nothing else) out of the indicators', () => {
    expect(t.indicators.map((i) => i.row)).toEqual([2, 3, 4, 6]);
  });

  it('cuts the template prefix 指标1： from names but keeps the written value', () => {
    expect(t.indicators[0].name?.text).toBe('新建供水工程');
    expect(t.indicators[0].name?.raw).toBe('指标1：新建供水工程');
  });
});

describe('operators', () => {
  const t = table([
    ['指标名称', '计量单位', '指标性质', '指标值', '指标权重（分）', '全年完成值', '指标得分（分）'],
    ['a', '%', '≥', 95, 10, 96, 10],
    ['b', '次', '≦', 5, 10, 4, 10],
    ['c', '%', '═', 100, 10, 100, 10],
    ['d', _, '定性', '优', 10, '优', 10],
    ['e', _, '定性指标', '有所增加', 10, '有所增加', 10],
    ['f', '%', '定量指标', '≥90%', 10, 92, 10],
    ['g', '%', _, '不低于90%', 10, 92, 10],
    ['h', '%', _, '达到预期', 10, '达到', 10],
    ['i(≥**人)', '人', _, 20, 10, 21, 10],
    ['j', '%', '大于等于', 90, 10, 95, 10],
    ['k', '%', '？', 90, 10, 95, 10],
  ]);
  const by = (name: string) => t.indicators.find((i) => i.name?.text === name);

  it.each([
    ['a', '>=', 'column', false],
    ['b', '<=', 'column', false],
    ['c', '=', 'column', false],
    ['d', 'qual', 'column', true],
    ['e', 'qual', 'column', true],
    ['f', '>=', 'target', false],
    ['g', '>=', 'word', false],
    ['h', 'qual', 'target', true],
    ['i(≥**人)', '>=', 'name', false],
    ['j', '>=', 'column', false],
  ])('%s: op %s from %s, qualitative %s', (name, op, source, qualitative) => {
    expect(by(name)).toMatchObject({ op, opSource: source, qualitative });
  });

  it('leaves a written but unreadable operator undefined, keeping the cell', () => {
    expect(by('k')?.op).toBeUndefined();
    expect(by('k')?.opCell?.text).toBe('？');
  });

  it('applies a % unit to the target and the actual', () => {
    expect(by('a')?.target).toMatchObject({ percent: true });
    expect(by('a')?.actual).toMatchObject({ percent: true });
    expect(by('b')?.target).toMatchObject({ percent: false });
  });
});

describe('values', () => {
  const t = table([
    HEADER,
    ['产出指标', '数量指标', '人数', '>=21933人', '21980人', { v: 5, fmt: '0.00' }, { v: 4.5, fmt: '0.0', text: '4.5' }],
    [_, _, '覆盖率', { v: 0.95, fmt: '0%' }, { v: 0.962, fmt: '0.0%' }, '10', { v: 9.8, f: 'F3*E3/D3' }],
    [_, _, '错误', { v: { error: '#DIV/0!' } }, '—', 5, 5],
  ]);

  it('parses values with their cell, number format, displayed decimals and formula', () => {
    const [a, b, c] = t.indicators;
    expect(a.target).toMatchObject({ kind: 'number', op: '>=', unit: '人', ref: { address: 'D2', row: 2, col: 4 } });
    expect(a.weight).toMatchObject({ numFmt: '0.00', decimals: 2 });
    expect(a.score).toMatchObject({ decimals: 1 });
    expect(b.target?.number?.toString()).toBe('95');
    expect(b.target).toMatchObject({ percent: true, decimals: 0 });
    expect(b.actual?.number?.toString()).toBe('96.2');
    expect(b.weight).toMatchObject({ kind: 'number', numberAsText: true });
    expect(b.score?.formula).toBe('=F3*E3/D3');
    expect(c.target).toMatchObject({ kind: 'error', error: '#DIV/0!' });
    expect(c.actual).toMatchObject({ kind: 'empty', text: '—' });
  });

  it('gives every value column a field, empty ones included, so rules can point at the cell', () => {
    const [a] = t.indicators;
    expect(a.note).toBeUndefined(); // text fields only when written
    const h = table([HEADER, ['产出指标', '数量指标', '人数', '≥10人', _, 5, _]]);
    expect(h.indicators[0].actual).toMatchObject({ kind: 'empty', ref: { address: 'E2' } });
    expect(h.indicators[0].score).toMatchObject({ kind: 'empty', ref: { address: 'G2' } });
  });
});

describe('rows that are not indicators, and rows that are', () => {
  it('skips spacer rows and a repeated header (page break), and marks 不适用 rows', () => {
    const t = table([
      HEADER,
      ['产出指标', '数量指标', 'a', '≥1', 1, 10, 10],
      [],
      HEADER,
      [_, _, 'b', '≥1', 1, 10, 10],
      [_, _, 'c', '不适用', '不适用', 10, '不适用'],
    ]);
    expect(t.indicators.map((i) => i.row)).toEqual([2, 5, 6]);
    expect(t.indicators.map((i) => i.applicable)).toEqual([true, true, false]);
    expect(t.indicators[2].qualitative).toBe(false);
    expect(t.indicators[1].level1?.text).toBe('产出指标');
  });

  it('keeps a row with values but no name (a rule may flag it); a placeholder name 指标1： with no value is a template row', () => {
    const t = table([HEADER, ['产出指标', '数量指标', _, '≥1', 1, 10, 10], [_, _, '指标1：', _, _, _, _]]);
    expect(t.indicators.map((i) => [i.row, i.name?.text])).toEqual([[2, undefined]]);
    // '指标1：' with no value is a template row: not an indicator, listed apart.
    expect(t.skippedRows?.map((r) => [r.row, r.kind, r.name?.text])).toEqual([[3, 'template', '指标1：']]);
  });

  it('keeps hidden rows (they still count in the sums)', () => {
    const t = table([HEADER, ['产出指标', '数量指标', 'a', '≥1', 1, 10, 10], [_, _, 'b', '≥1', 1, 10, 10]], { hiddenRows: [3] });
    expect(t.indicators).toHaveLength(2);
  });

  it('ends the table after three blank rows: what follows is not part of it', () => {
    const { tables } = recognise(
      workbookOf(sheetFromRows('表', [HEADER, ['产出指标', '数量指标', 'a', '≥1', 1, 10, 10], [], [], [], [_, _, '名称', '单价', '数量']])),
    );
    expect(tables[0].indicators).toHaveLength(1);
    expect(tables[0].range).toBe('A1:H2');
  });

  it('sets the block of 全年预算执行率 to budget in a form without first levels (family C)', () => {
    const t = table([
      ['绩效指标', '指标名称', '计量单位', '指标性质', '指标值', '指标权重（分）', '全年完成值', '指标得分（分）'],
      [_, '全年预算执行率', 100, '=', 100, 10, 99.74, 9.97],
      [_, '群众满意度', '%', '≥', 92, 9, 92, 9],
    ]);
    expect(t.indicators.map((i) => i.block)).toEqual(['budget', 'other']);
    expect(t.budget).toBeUndefined();
  });
});
