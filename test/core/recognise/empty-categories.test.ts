// Category rows with no indicator (a 一级/二级 label, an empty 三级 name, no values) are kept out of
// `indicators` and listed in `emptyCategories`, with the 一级 in force on the row.
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

const shown = (t: IndicatorTable) =>
  (t.emptyCategories ?? []).map((c) => `${c.row} ${c.level1?.ref.address ?? '-'}:${c.level1?.text ?? ''} ${c.level2?.ref.address ?? '-'}:${c.level2?.text ?? ''}`);

describe('emptyCategories', () => {
  it('an empty 二级 inside a merged 一级 carries the 一级 from the merge\'s first cell (永德 生态效益指标)', () => {
    const t = table(
      [
        HEADER,
        ['产出指标', '数量指标', '学生受资助人数', '≥735人次', '735人次', 40, 40],
        ['效益指标', '经济效益指标', '减轻家庭经济负担', '有效', '有效', 10, 10],
        [_, '社会效益指标', '政策知晓率', '≥95%', '98%', 10, 10],
        [_, '生态效益指标'],
        [_, '可持续影响指标', '促进学校教育事业健康发展', '≥100%', '100%', 10, 10],
        ['满意度指标', '服务对象满意度指标', '学生满意度', '≥95%', '100%', 20, 20],
      ],
      { merges: ['A3:A6'] },
    );
    expect(t.indicators.map((i) => i.row)).toEqual([2, 3, 4, 6, 7]);
    expect(shown(t)).toEqual(['5 A3:效益指标 B5:生态效益指标']);
  });

  it('a whole 一级 with no indicator in a Hubei goal block (黄冈 goal 2)', () => {
    const t = table([
      ['年度绩效目标1（40分）'],
      ['一级指标', '二级指标', '三级指标', '年初目标值（A）', '实际完成值（B）', '得分'],
      ['产出指标', '质量指标', '监测数据必须合格', '100%', '100%', 40],
      ['年度绩效目标2（40分）'],
      ['一级指标', '二级指标', '三级指标', '年初目标值（A）', '实际完成值（B）', '得分'],
      ['产出指标', '质量指标', '监测数据资料整编', '100%', '100%', 40],
      ['效益指标', '社会效益指标'],
      ['满意度指标', '服务对象满意度指标'],
      ['总分', _, _, _, _, 80],
    ]);
    expect(t.indicators.map((i) => i.row)).toEqual([3, 6]);
    expect(shown(t)).toEqual(['7 A7:效益指标 B7:社会效益指标', '8 A8:满意度指标 B8:服务对象满意度指标']);
  });

  it('is absent when every category row holds an indicator, and ignores goal-block labels and repeated headers', () => {
    const t = table([
      HEADER,
      ['产出指标', '数量指标', '培训人数', '≥100人', '105人', 90, 90],
      HEADER,
      [_, '质量指标', '培训合格率', '≥95%', '96%', 10, 10],
    ]);
    expect(t.indicators).toHaveLength(2);
    expect(t.emptyCategories).toBeUndefined();
  });

  it('a row with a note but no name and no values is still a category row, and keeps its note', () => {
    const t = table([
      HEADER,
      ['产出指标', '数量指标', '培训人数', '≥100人', '105人', 90, 90],
      ['效益指标', '社会效益指标', _, _, _, _, _, '本年度无此类指标'],
    ]);
    expect(shown(t)).toEqual(['3 A3:效益指标 B3:社会效益指标']);
    expect(t.emptyCategories?.[0].note).toMatchObject({ text: '本年度无此类指标', ref: { address: 'H3' } });
  });
});
