// A family A project form (national template) whose indicator header uses words of its own, for the
// tests of a header row the user names (以选中行为表头重新校验).
import type { RowSpec } from './grid';

const _ = null;

/**
 * A family A project form (national template) whose indicator header uses words of its own:
 * 考核指标名称, 本年度计划指标值, 截至年底实际完成值, 本项分值, 本项自评得分. None is a header word by
 * itself, so the recogniser does not find the table unaided.
 */
export const UNUSUAL: readonly RowSpec[] = [
  /* 1 */ ['项目支出绩效自评表'],
  /* 2 */ ['（2022年度）'],
  /* 3 */ ['项目名称', '农村饮水安全巩固提升工程'],
  /* 4 */ ['主管部门', '怀远县水利局', _, _, '实施单位', '怀远县农村饮水安全工程管理站'],
  /* 5 */ ['年度总体目标', '预期目标', _, _, _, '实际完成情况'],
  /* 6 */ [_, '新建集中供水工程12处', _, _, _, '新建集中供水工程12处'],
  /* 7 */ [_, '一级指标', '二级指标', '考核指标名称', '本年度计划指标值', '截至年底实际完成值', '本项分值', '本项自评得分', '偏差原因分析及改进措施'],
  /* 8 */ [_, '产出指标（60分）', '数量指标', '新建集中供水工程', '≥12处', '12处', 20, 20],
  /* 9 */ [_, _, '质量指标', '水质检测达标率', '≥95%', '93%', 20, 19.58, '部分水源枯水期浊度超标'],
  /* 10 */ [_, _, '时效指标', '工程完工及时率', '≥90%', '100%', 20, 20],
  /* 11 */ [_, '效益指标（30分）', '社会效益指标', '受益农村人口', '≥4.2万人', '4.35万人', 30, 30],
  /* 12 */ [_, '满意度指标（10分）', '服务对象满意度指标', '受益群众满意度', '≥90%', '94%', 10, 10],
  /* 13 */ ['总分', _, _, _, _, _, 100, 99.58],
];
export const UNUSUAL_MERGES = ['A1:I1', 'A2:I2', 'B3:I3', 'A5:A6', 'A7:A12', 'B8:B10', 'A13:F13'];

