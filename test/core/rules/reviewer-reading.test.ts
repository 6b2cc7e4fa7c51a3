// How the checker reads a real form, as a reviewer does (docs/rules.md "How a form is read"): whole
// 项目支出绩效自评表 grids (family A, the Anhui/Shanxi/Hebei layout) through recognition and every rule.
import { checkWorkbook } from '../../../src/core/check';
import type { Finding } from '../../../src/core/findings/types';
import { NATIONAL_PROFILE } from '../../../src/core/profile';
import { toCliFinding } from '../../../src/core/check';
import { sheetFromRows, workbookOf, type RowSpec } from '../../support/grid';

const _ = null;
const pct = (v: number, fmt = '0.00%') => ({ v, fmt });

interface Budget {
  total: RowSpec;
  source?: RowSpec;
}

/** A family A form: header, budget block (total row, one fund-source row), goals, indicator table. */
function form(indicators: readonly RowSpec[], budget?: Budget, header: RowSpec = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']): RowSpec[] {
  return [
    ['项目支出绩效自评表'],
    ['（2022年度）'],
    ['项目名称', '公共服务项目'],
    ['主管部门', '某县财政局', _, _, '实施单位', '某县服务中心'],
    ['项目资金（万元）', _, _, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    budget?.total ?? [_, '年度资金总额', _, 100, 100, 100, 10, pct(1, '0%'), 10],
    budget?.source ?? [_, '其中:当年财政拨款', _, 100, 100, 100],
    ['年度总体目标', '预期目标', _, _, _, '实际完成情况'],
    [_, '全年为辖区居民提供公共服务12次', _, _, _, '全年提供公共服务12次，覆盖居民3.2万人'],
    header,
    ...indicators,
  ];
}

function check(rows: readonly RowSpec[]): readonly Finding[] {
  return checkWorkbook(workbookOf(sheetFromRows('自评表', rows)), { profile: NATIONAL_PROFILE }).findings;
}

function at(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.rule}@${f.row ?? '-'}`).sort();
}

/** The indicator table starts at row 11 of `form`. */
const FIRST = 11;

describe('bare targets are read as ≥ (a cost as ≤), scored, and the reading shown', () => {
  const rows = form([
    ['产出指标(50分)', '数量指标', '指标1:居民健康档案', '38508人', '37442人', 20, 20],
    [_, _, '指标2:发放健康教育资料', '不少于12种', '14种', 10, 10],
    [_, _, '指标3:孕产妇访视数', '214人', '203人', 10, 9.5, '部分孕产妇外出务工'],
    [_, '成本指标', '指标1:人均服务成本', '120元', '118元', 10, 10],
    ['效益指标(30分)', '社会效益指标', '指标1:群众健康知识知晓率', '90%', '93%', 30, 30],
    ['满意度指标(10分)', '服务对象满意度指标', '指标1:服务对象满意度', '90%', '95%', 10, 10],
  ]);

  it('gives no PERF003 where the form has no operator column, and checks the scores', () => {
    const findings = check(rows);
    expect(at(findings).filter((a) => a.startsWith('PERF003'))).toEqual([]);
    // 20 × 37442 ÷ 38508 = 19.45: full marks for a miss.
    const [wrong] = findings.filter((f) => f.rule === 'PERF021');
    expect(wrong.row).toBe(FIRST);
    expect(wrong.expected).toBe('19.45');
    expect(wrong.message.zh).toContain('按正向（≥）理解');
    expect(wrong.message.en).toContain('read as ≥');
    // 10 × 203 ÷ 214 = 9.49 shown as 9.5: right at one decimal, and explained.
    expect(findings.filter((f) => f.row === FIRST + 2)).toEqual([]);
  });

  it('reads a bare cost target as a cap (≤): 118 元 under 120 元 is met', () => {
    expect(check(rows).filter((f) => f.row === FIRST + 3)).toEqual([]);
    const over = form([
      ['产出指标(50分)', '成本指标', '指标1:人均服务成本', '120元', '132元', 10, 10],
      [_, '数量指标', '指标1:服务次数', '12次', '12次', 40, 40],
    ]);
    const [f] = check(over).filter((x) => x.rule === 'PERF021');
    expect(f.row).toBe(FIRST);
    expect(f.message.zh).toContain('成本类按反向（≤）理解');
    expect(f.expected).toBe('9.09');
  });

  it('keeps PERF003 where an operator column exists and is left blank — once for the table when most rows are', () => {
    const header = ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
    const blank = form(
      [
        ['产出指标(50分)', '数量指标', '服务次数', _, 12, '次', 12, 20, 20],
        [_, _, '服务人数', _, 3000, '人', 3100, 20, 20],
        [_, '质量指标', '服务合格率', _, 95, '%', 96, 10, 10],
        ['效益指标(30分)', '社会效益指标', '受益人口', '≥', 3, '万人', 3.2, 30, 30],
      ],
      undefined,
      header,
    );
    const findings = check(blank).filter((f) => f.rule === 'PERF003');
    expect(findings).toHaveLength(1);
    expect(findings[0].row).toBeUndefined();
    expect(findings[0].cells).toEqual([`D${FIRST}:D${FIRST + 2}`]);
    expect(toCliFinding(findings[0]).cell).toBe(`D${FIRST}:D${FIRST + 2}`);
    const one = form(
      [
        ['产出指标(50分)', '数量指标', '服务次数', '≥', 12, '次', 12, 20, 20],
        [_, _, '服务人数', _, 3000, '人', 3100, 20, 20],
        [_, '质量指标', '服务合格率', '约', 95, '%', 96, 10, 10],
        ['效益指标(30分)', '社会效益指标', '受益人口', '≥', 3, '万人', 3.2, 30, 30],
      ],
      undefined,
      header,
    );
    const each = check(one).filter((f) => f.rule === 'PERF003');
    expect(at(each)).toEqual([`PERF003@${FIRST + 1}`, `PERF003@${FIRST + 2}`]);
    expect(each.find((f) => f.row === FIRST + 2)?.message.zh).toContain('比较符“约”无法识别');
  });
});

describe('template and not-applicable rows are not indicators', () => {
  const rows = form([
    ['产出指标(50分)', '数量指标', '指标1:完成灌区节水改造项目数量', 1, 1, 25, 25],
    [_, _, '指标2:'],
    [_, _, '……'],
    [_, '质量指标', '指标1:工程验收合格率', '100%', '100%', 25, 25],
    [_, _, '指标2'],
    [_, _, '……'],
    ['效益指标(30分)', '社会效益指标', '指标1:受益人口', '≥3万人', '3.2万人', 15, 15],
    [_, '可持续影响指标', '指标1:工程运行年限', '≥10年', '10年', 15, 15],
    [_, '生态效益指标', '指标1:/', '/', '/'],
    ['满意度指标(10分)', '服务对象满意度指标', '指标1:服务对象满意度', '90%', '100%', 10, 10],
    ['总分', _, _, _, _, 100, 100],
  ]);

  it('gives each template row exactly one PERF054 and nothing else; the "/" row nothing', () => {
    const findings = check(rows);
    expect(at(findings)).toEqual([
      `PERF054@${FIRST + 1}`,
      `PERF054@${FIRST + 2}`,
      `PERF054@${FIRST + 4}`,
      `PERF054@${FIRST + 5}`,
    ]);
    expect(findings[0].message.zh).toContain('模板');
  });

  it('leaves them out of the count and the sums', () => {
    const report = checkWorkbook(workbookOf(sheetFromRows('自评表', rows)), { profile: NATIONAL_PROFILE });
    expect(report.tables[0].indicators).toBe(5);
    expect(report.tables[0].weightSum).toBe('100');
  });

  it('still flags an instruction prompt left in a cell, wherever it sits, but not the form’s own 注', () => {
    const prompt = form([
      ['产出指标(50分)', '数量指标', '指标1:服务次数', '≥12次', '12次', 50, 50],
      ['效益指标(40分)', '社会效益指标', '指标1:受益人口', '≥3万人', '3.2万人', 40, 40, '（100字以内）'],
      ['总分', _, _, _, _, 90, 90],
      ['注：1.一级指标分值统一设置为：产出指标50分、效益指标30分（100字以内说明见附件）'],
    ]);
    expect(at(check(prompt).filter((f) => f.rule === 'PERF054'))).toEqual([`PERF054@${FIRST + 1}`]);
  });
});

describe('qualitative rows are read from their words', () => {
  it('maps achievement phrases to 达成 and gives no PERF013', () => {
    const rows = form([
      ['产出指标(50分)', '质量指标', '补助资格合规性', '合规', '达成预期指标', 20, 20],
      [_, '时效指标', '补助经费到位及时性', '及时', '已完成', 20, 20],
      [_, '数量指标', '补助村数量', '=8个', 8, 10, 10],
      ['效益指标(30分)', '社会效益指标', '对村级组织正常运行的影响程度', '效果明显', '显著提升', 30, 30],
      ['满意度指标(10分)', '服务对象满意度指标', '村干部满意度', '≥90%', '95%', 10, 10],
    ]);
    expect(check(rows).filter((f) => f.rule === 'PERF013' || f.rule === 'PERF010' || f.rule === 'PERF021')).toEqual([]);
  });

  it('reads 基本/部分/较 as 部分达成 and 未…/没有… as 未达成, scoring them so', () => {
    const rows = form([
      ['产出指标(50分)', '质量指标', '项目验收质量', '优', '基本达到预期', 25, 25, '个别工程返工'],
      [_, _, '资料归档规范性', '规范', '没有按时归档', 25, 25, '人手不足'],
      ['效益指标(40分)', '社会效益指标', '群众出行条件', '明显改善', '较好改善', 40, 32, '部分路段未完工'],
    ]);
    const wrong = check(rows).filter((f) => f.rule === 'PERF021');
    expect(wrong.map((f) => [f.row, f.expected])).toEqual([
      [FIRST, '20'],
      [FIRST + 1, '15'],
    ]);
  });

  it('keeps PERF013 for an actual that states no grade (a bare 1)', () => {
    const rows = form([
      ['产出指标(50分)', '质量指标', '项目验收质量', '优', 1, 50, 50],
      ['效益指标(40分)', '社会效益指标', '受益人口', '≥3万人', '3.2万人', 40, 40],
    ]);
    expect(at(check(rows).filter((f) => f.rule === 'PERF013'))).toEqual([`PERF013@${FIRST}`]);
  });
});

describe('units are found in the name, the header or implied by the name', () => {
  it('reads (万美元) in a name, a …率 with target 100 as %, and a …数量 as a count', () => {
    const rows = form([
      ['产出指标(50分)', '数量指标', '服务外包在岸(万美元)', 20000, 23333.56, 20, 20],
      [_, _, '支持企业数量', 3, 3, 10, 10],
      [_, '质量指标', '工程完工率', 100, 100, 20, 20],
      ['效益指标(40分)', '社会效益指标', '学校发展能力', 100, 100, 40, 40],
    ]);
    expect(at(check(rows).filter((f) => f.rule === 'PERF004'))).toEqual([`PERF004@${FIRST + 3}`]);
    // An index (…指数) is no count.
    const index = form([
      ['产出指标(50分)', '数量指标', '支持企业数量', 3, 3, 25, 25],
      [_, '质量指标', '空气质量综合指数', 4, 3.8, 25, 25],
      ['效益指标(40分)', '社会效益指标', '受益人口', '≥3万人', '3.2万人', 40, 40],
    ]);
    expect(at(check(index).filter((f) => f.rule === 'PERF004'))).toEqual([`PERF004@${FIRST + 1}`]);
  });

  it('reports once for the table when most rows show no unit anywhere, listing the cells', () => {
    const rows = form([
      ['产出指标(50分)', '数量指标', '工程资金金额', 43.2, 43.2, 20, 20],
      [_, _, '改造面积', 5200, 5200, 20, 20],
      [_, '质量指标', '安全运行', 365, 365, 10, 10],
      ['效益指标(40分)', '社会效益指标', '学校发展能力', 100, 100, 40, 40],
    ]);
    const found = check(rows).filter((f) => f.rule === 'PERF004');
    expect(found).toHaveLength(1);
    expect(found[0].row).toBeUndefined();
    expect(found[0].cells).toEqual([`D${FIRST}:D${FIRST + 3}`]);
    expect(found[0].message.zh).toContain('没有计量单位列');
  });

  it('flags a rate measured in heads', () => {
    const rows = form([
      ['产出指标(50分)', '数量指标', '家庭医生签约率', '24694人', '24694人', 50, 50],
      ['效益指标(40分)', '社会效益指标', '居民健康档案建档数', '38508人', '38508人', 40, 40],
    ]);
    const [f] = check(rows).filter((x) => x.rule === 'PERF004');
    expect(f.row).toBe(FIRST);
    expect(f.message.zh).toContain('名为“率”');
  });
});

describe('rounding is judged at the precision the table shows', () => {
  it('accepts 8.62 shown as 9 in a table of whole scores, the budget score included', () => {
    const rows = form(
      [
        ['产出指标(50分)', '数量指标', '工程资金金额(万元)', 43.2, 37.24, 10, 9, '剩余尾款未付'],
        [_, '质量指标', '工程完工率', 100, 100, 40, 40],
        ['效益指标(40分)', '社会效益指标', '安全运行天数', '365天', '365天', 40, 40],
      ],
      { total: [_, '年度资金总额', _, 43.2, 43.2, 37.24, 10, pct(0.86, '0%'), 9], source: [_, '其中:当年财政拨款', _, 43.2, 43.2, 37.24] },
    );
    const findings = check(rows);
    expect(findings.filter((f) => f.rule === 'PERF021' || f.rule === 'PERF062')).toEqual([]);
  });

  it('still flags full marks for a miss in such a table (4.84 shown as 5), at two decimals', () => {
    const rows = form([
      ['产出指标(50分)', '数量指标', '特困人员救助供养人数', '>=4754人', '4604人', 5, 5],
      [_, _, '临时救助人次', '>=59人次', '87人次', 45, 45],
      ['效益指标(40分)', '社会效益指标', '受益人口', '>=80人', '87人', 40, 40],
    ]);
    const [f] = check(rows).filter((x) => x.rule === 'PERF021');
    expect([f.row, f.expected, f.found]).toEqual([FIRST, '4.84', '5']);
  });

  it('keeps two decimals where the table shows them', () => {
    const rows = form([
      ['产出指标(50分)', '数量指标', '服务次数', '≥100次', '99次', 10, 9.97, '天气原因'],
      [_, _, '服务人数', '≥3000人', '2900人', 40, 38.67, '人口外流'],
      ['效益指标(40分)', '社会效益指标', '受益人口', '≥3万人', '3.2万人', 40, 40],
    ]);
    // 10 × 99 ÷ 100 = 9.9 (9.97 is off), 40 × 2900 ÷ 3000 = 38.67 (right).
    expect(at(check(rows).filter((f) => f.rule === 'PERF021'))).toEqual([`PERF021@${FIRST}`]);
  });
});

describe('得分系数 tables: an unmet indicator with 系数 100% and full marks', () => {
  it('is PERF021 even when the score rounds to the weight', () => {
    const rows: RowSpec[] = [
      ['部门整体绩效自评表'],
      ['主管部门', '某区财政局', _, '部门', '某街道办事处'],
      ['指标名称', '计量单位', '指标性质', '指标值', '全年完成值', '得分系数（%）', '指标权重（分）', '指标得分（分）', '说明'],
      ['全年预算执行率', '%', '≥', 100, 99.74, 100, 10, 10, '年末资金未拨付'],
      ['服务群众人次', '人次', '≥', 3000, 3100, 100, 45, 45],
      ['辖区道路保洁面积', '万平方米', '≥', 12, 12, 100, 45, 45],
    ];
    const [f] = check(rows).filter((x) => x.rule === 'PERF021');
    expect([f.row, f.expected, f.found]).toEqual([4, '9.97', '10']);
  });
});

describe('the budget block is read from the fund-source row when the total row is 0', () => {
  const rows = form(
    [
      ['产出指标(50分)', '数量指标', '补助村数量', '=8个', '8个', 50, 50],
      ['效益指标(40分)', '社会效益指标', '受益人口', '≥3万人', '3.2万人', 40, 40],
    ],
    { total: [_, '年度资金总额:', _, 0, 0, 0, 10, 0, 0], source: [_, '其中:本年财政拨款', _, 202.64, 132.912, 132.912] },
  );

  it('checks the score from that row, reports the total once, and sees the budget fitted to spending', () => {
    const findings = check(rows).filter((f) => f.row === 6 || f.row === 7);
    expect(at(findings)).toEqual(['PERF060@6', 'PERF062@6', 'PERF063@6', 'PERF064@7']);
    const score = findings.find((f) => f.rule === 'PERF062') as Finding;
    expect([score.expected, score.found]).toEqual(['10', '0']);
    expect(score.message.zh).toContain('按“其中:本年财政拨款” 132.912 ÷ 132.912 计算');
    const total = findings.find((f) => f.rule === 'PERF063') as Finding;
    expect(total.cells).toEqual(['D6', 'D7', 'E6', 'E7', 'F6', 'F7']);
    expect(toCliFinding(total).cell).toBe('D6, D7, E6, E7, F6, F7');
  });

  it('gives PERF064 when 年初预算数 is 0 and the full-year budget equals spending', () => {
    const zero = form(
      [
        ['产出指标(50分)', '数量指标', '服务次数', '≥12次', '12次', 50, 50],
        ['效益指标(40分)', '社会效益指标', '受益人口', '≥3万人', '3.2万人', 40, 40],
      ],
      { total: [_, '年度资金总额', _, 0, 207.4538, 207.4538, 10, pct(1, '0%'), 10], source: [_, '其中:当年财政拨款', _, '—', '—', '—'] },
    );
    const [f] = check(zero).filter((x) => x.rule === 'PERF064');
    expect(f.row).toBe(6);
    expect(f.message.zh).toContain('年初预算数为 0');
  });

  it('asks for a blank rate on a scored total row', () => {
    const blank = form(
      [
        ['产出指标(50分)', '数量指标', '服务次数', '≥12次', '12次', 50, 50],
        ['效益指标(40分)', '社会效益指标', '受益人口', '≥3万人', '3.2万人', 40, 40],
      ],
      { total: [_, '年度资金总额', _, 880, 880, 880, 10, _, 10], source: [_, '其中:当年财政拨款', _, 880, 880, 880] },
    );
    const [f] = check(blank).filter((x) => x.rule === 'PERF060');
    expect([f.row, f.expected]).toEqual([6, '100']);
  });
});

describe('one problem, one finding', () => {
  it('reports a scored row with neither target nor actual once, saying the score cannot be checked', () => {
    const rows = form([
      ['产出指标(50分)', '数量指标', '指标1:完成项目数量', '1个', '1个', 25, 25],
      [_, '质量指标', '指标1:工程质量合格', _, _, 25, 25],
      ['效益指标(30分)', '社会效益指标', '指标1:全市安全度汛', _, _, 15, 15],
      [_, '可持续影响指标', '指标1:工程运行年限', '≥10年', '10年', 15, 15],
      ['满意度指标(10分)', '服务对象满意度指标', '指标1:服务对象满意度', '90%', '100%', 10, 10],
    ]);
    const findings = check(rows);
    expect(at(findings)).toEqual([`PERF011@${FIRST + 1}`, `PERF011@${FIRST + 2}`]);
    expect(findings[0].message.zh).toContain('没有指标值和完成值，却得 25 分');
  });
});

describe('the budget counted twice, copied actuals, and a block’s one partial row', () => {
  it('flags an indicator whose target and actual are the budget block’s amounts (PERF052)', () => {
    const rows = form(
      [
        ['产出指标(50分)', '数量指标', '指标1工程资金金额', 43.2, 37.24, 10, 9, '尾款未付'],
        [_, '质量指标', '指标1工程验收合格率', 100, 100, 20, 20],
        [_, '时效指标', '指标1项目完成及时率', 100, 100, 20, 20],
        ['效益指标(30分)', '社会效益指标', '指标1受益学生人数(人)', 1200, 1260, 15, 15],
        [_, '可持续影响指标', '指标1设施使用年限(年)', 15, 15, 15, 15],
        ['满意度指标(10分)', '服务对象满意度指标', '指标1学生满意度', 90, 96, 10, 10],
      ],
      { total: [_, '年度资金总额', _, 43.2, 43.2, 37.24, 10, pct(0.86, '0%'), 9], source: [_, '其中:当年财政拨款', _, 43.2, 43.2, 37.24] },
    );
    const found = check(rows).filter((f) => f.rule === 'PERF052');
    expect(at(found)).toEqual([`PERF052@${FIRST}`]);
    expect(found[0].message.zh).toContain('就是预算数和执行数');
  });

  it('checks a 0 rate on a total row left at 0 against the fund-source row (PERF060)', () => {
    const rows = form(
      [
        ['产出指标(50分)', '数量指标', '补助村数量', '=8个', '8个', 50, 50],
        ['效益指标(40分)', '社会效益指标', '受益人口', '≥3万人', '3.2万人', 40, 40],
      ],
      { total: [_, '年度资金总额:', _, 0, 0, 0, 10, 0, 0], source: [_, '其中:本年财政拨款', _, 90, 89.974, 89.974] },
    );
    const [f] = check(rows).filter((x) => x.rule === 'PERF060');
    expect([f.row, f.expected, f.found]).toEqual([6, '100', '0']);
    expect(f.message.zh).toContain('按“其中:本年财政拨款” 89.974 ÷ 89.974');
  });

  it('notes a small table where every figure equals its target, counts included (PERF050), not one with a 100% rate only', () => {
    const copied = form([
      ['产出指标(50分)', '数量指标', '委托业务项目数量', '≥50个', 50, 20, 20],
      [_, '质量指标', '委托业务报告合格率', '≥100%', '100%', 10, 10],
      [_, '成本指标', '项目总成本', '≤90万元', 90, 20, 20],
      ['效益指标(40分)', '社会效益指标', '对维护市场公平的影响程度', '效果明显', '达成预期指标', 40, 40],
    ]);
    expect(at(check(copied).filter((f) => f.rule === 'PERF050'))).toEqual(['PERF050@-']);
    const measured = form([
      ['产出指标(50分)', '数量指标', '完成改造项目数量', '1个', '1个', 20, 20],
      [_, _, '完成水价改革项目', '1个', '1个', 20, 20],
      ['满意度指标(10分)', '服务对象满意度指标', '服务对象满意度', '90%', '100%', 10, 10],
    ]);
    expect(check(measured).filter((f) => f.rule === 'PERF050')).toEqual([]);
  });

  it('without a weight column, gives the remainder of a block to its one row not fully met', () => {
    const rows: RowSpec[] = [
      ['项目自评表'],
      ['预算执行情况(万元)(20 分)', '预算数(A)', '执行数(B)', '执行率(B/A)', '得分(20 分*执行率)'],
      ['年度财政资金总额', 285.84, 285.84, pct(1, '0%'), 20],
      ['一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
      ['产出指标(40 分)', '数量指标', '支持企业数量(家)', 20, 23, 20],
      [_, '质量指标', '资金拨付及时性', '98%以上', '100%', 20],
      ['效益指标(40 分)', '社会效益指标', '企业把握政治导向情况', '企业把握正确政治导向', '企业较好把握正确政治导向', 20],
      [_, '可持续影响指标', '推动企业走出去的作用', '是否利于企业走出去', '有利于推动企业走出去', 20],
      ['总分', _, _, _, _, 100],
    ];
    const found = check(rows).filter((f) => f.rule === 'PERF021');
    expect(found.map((f) => [f.row, f.expected, f.found])).toEqual([[7, '16', '20']]);
  });
});

describe('the points a section label states', () => {
  it('compares 年度绩效目标(80 分) with the points its blocks state (60 + 40)', () => {
    const rows: RowSpec[] = [
      ['项目自评表'],
      ['预算执行情况(万元)(20 分)', '预算数(A)', '执行数(B)', '执行率(B/A)', '得分(20 分*执行率)'],
      ['年度财政资金总额', 285.84, 285.84, pct(1, '0%'), 20],
      ['年度绩效目标(80 分)'],
      ['一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
      ['产出指标(60 分)', '数量指标', '支持企业数量(家)', 20, 23, 30],
      [_, '质量指标', '资金拨付及时性', '98%以上', '100%', 30],
      ['效益指标(40 分)', '社会效益指标', '企业把握政治导向情况', '企业把握正确政治导向', '企业把握正确政治导向', 20],
      [_, '可持续影响指标', '推动企业走出去的作用', '是否利于企业走出去', '有利于推动企业走出去', 20],
      ['总分', _, _, _, _, 120],
    ];
    const [f] = check(rows).filter((x) => x.rule === 'PERF033' && x.cells[0] === 'A4');
    expect([f.expected, f.found]).toEqual(['80', '100']);
    expect(f.message.zh).toContain('产出指标(60分) + 效益指标(40分) 合计 100 分');
    const fitting = rows.map((r) => (r[0] === '年度绩效目标(80 分)' ? ['年度绩效目标(100 分)'] : r));
    expect(check(fitting).filter((x) => x.rule === 'PERF033' && x.cells[0] === 'A4')).toEqual([]);
  });
});

describe('a number typed as the reason', () => {
  it('is PERF054 on its row and does not count as an explanation', () => {
    const rows = form([
      ['产出指标(50分)', '数量指标', '服务次数', '≥12次', '10次', 25, 20.83, 0],
      [_, _, '服务人数', '≥3000人', '3100人', 25, 25, 0],
      ['效益指标(40分)', '社会效益指标', '受益人口', '≥3万人', '3.2万人', 20, 20],
      [_, '可持续影响指标', '设施使用年限', '≥10年', '10年', 20, 20],
    ]);
    const findings = check(rows);
    expect(at(findings.filter((f) => f.rule === 'PERF054'))).toEqual([`PERF054@${FIRST}`, `PERF054@${FIRST + 1}`]);
    expect(at(findings.filter((f) => f.rule === 'PERF040'))).toEqual([`PERF040@${FIRST}`]);
  });
});

describe('a 定量/定性 table (family C) with word targets and actuals', () => {
  it('reads 好/高 rows as qualitative, not as numbers, and scores them', () => {
    const rows: RowSpec[] = [
      ['部门整体绩效自评表'],
      ['主管部门', '某区财政局', _, '部门', '某街道办事处'],
      ['指标名称', '计量单位', '指标性质', '指标值', '全年完成值', '指标权重（分）', '指标得分（分）', '说明'],
      ['服务群众人次', '人次', '定量指标', '≥3000', 3100, 40, 40],
      ['群众满意程度', _, '定量指标', '高', '高', 30, 30],
      ['辖区环境卫生', _, '定性指标', '好', '较好', 30, 30],
    ];
    const findings = check(rows);
    expect(findings.filter((f) => f.rule === 'PERF010' || f.rule === 'PERF013')).toEqual([]);
    // 较好 is 部分达成 (top of the tier: 80% of 30 = 24), so full marks there are a wrong score, once.
    expect(at(findings.filter((f) => f.rule === 'PERF021'))).toEqual(['PERF021@6']);
  });
});
