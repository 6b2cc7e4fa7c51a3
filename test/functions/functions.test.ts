import { FakeCustomFunctionsError, shown } from './fake-custom-functions';
import { budget, check, grade, qual, rate, score, total } from '../../src/functions/functions';

/** The error code of a result, or undefined when it is a value. */
function codeOf(result: unknown): string | undefined {
  return result instanceof FakeCustomFunctionsError ? result.code : undefined;
}

describe('PERF.SCORE(op, target, actual, weight, [profile])', () => {
  it.each([
    // seed rows, as a finance officer would type them
    ['≥', 100, 99.74, 2.63, 2.623162], // 预算完成率: 2.62 at two decimals, not 2.63
    ['=', 100, 99.74, 10, 9.974], // 全年预算执行率
    ['≥', 1200, 1200, 2.7, 2.7],
    ['≤', 5, 5, 1.8, 1.8],
    ['≤', 1, 1, 2.7, 2.7],
    // the forms of target and actual seen in real tables
    ['≥', '95%', 0.96, 5, 5], // 0.96 from a %-formatted cell
    ['≥', '95%', 0.76, 5, 4],
    ['≥', 0.95, 0.76, 5, 4], // both from %-formatted cells
    ['≥', '26次', '13次', 4, 2],
    ['', '≥95%', '76%', 5, 4], // operator folded into the target
    ['>=', '≥95%', 95, 5, 5],
    ['不低于', '２６', '13', 4, 2],
    ['≤', 5300, 5830, 10, 9.090909090909092], // 濉溪 扶贫临时救助标准
    ['═', 100, 98, 10, 9.8], // 永德 政策知晓率 (═ as =, a 100% target)
    ['定性', '优', '良', 4.5, 3.6],
    ['定性', '有所增加', '有所增加', 4.5, 4.5],
    ['≥', 100, 150, 10, 10], // never above W
    ['≥', 100, 50, '2.7', 1.35], // weight as text
  ])('%s %p %p W=%p → %p', (op, target, actual, weight, expected) => {
    expect(shown(score(op, target, actual, weight))).toBe(expected);
  });

  it('uses the Hubei profile when asked', () => {
    expect(score('定性', '优', '差', 10, 'hubei')).toBe(5);
    expect(score('定性', '优', '差', 10, 'national')).toBe(6);
    expect(score('定性', '优', '差', 10)).toBe(6);
    expect(score('定性', '优', '差', 10, null as unknown as string)).toBe(6);
  });

  it.each([
    ['≥', 100, '优', 5, undefined, '#VALUE!', '完成值“优”不是数字'],
    ['≥', '有所增加', 5, 5, undefined, '#VALUE!', '指标值“有所增加”不是数字'],
    ['≥', 100, null, 5, undefined, '#VALUE!', '完成值为空'],
    ['', 100, 95, 5, undefined, '#VALUE!', '比较符为空'],
    ['定量', 100, 95, 5, undefined, '#VALUE!', '“定量”不是比较符'],
    ['约等于', 100, 95, 5, undefined, '#VALUE!', '无法识别比较符“约等于”'],
    ['≤', '≥95%', 95, 5, undefined, '#VALUE!', '不一致'],
    ['≥', 100, 95, -1, undefined, '#VALUE!', '权重 -1 为负数'],
    ['≥', 100, 95, '', undefined, '#VALUE!', '权重为空'],
    ['≥', 100, 95, 'abc', undefined, '#VALUE!', '权重“abc”不是数字'],
    ['≥', 100, 95, 5, 'sichuan', '#VALUE!', '未知的评分配置“sichuan”'],
    ['定性', '优', 1, 4.5, undefined, '#VALUE!', '不是等级'], // seed 定性 rows
    ['≥', 100, '≥95%', 5, undefined, '#VALUE!', '含有比较符'],
  ])('%s %p %p W=%p profile %p → %s', (op, target, actual, weight, profile, code, message) => {
    const result = score(op, target as number, actual as number, weight, profile);
    expect(codeOf(result)).toBe(code);
    expect((result as FakeCustomFunctionsError).message).toContain(message);
  });

  it('never throws a plain JS error, whatever it is given', () => {
    const odd: unknown[] = [undefined, null, NaN, Infinity, {}, [], true, '#N/A', { code: '#DIV/0!' }, '  '];
    for (const a of odd) {
      for (const b of odd) {
        expect(() => score(a as string, a as number, b as number, b as number)).not.toThrow();
        const result = score('≥', 100, a as number, b as number);
        expect(typeof result === 'number' ? Number.isFinite(result) : result instanceof FakeCustomFunctionsError).toBe(true);
      }
    }
  });
});

describe('PERF.RATE(op, target, actual)', () => {
  it.each([
    ['≥', 100, 99.74, 0.9974],
    ['≥', 100, 150, 1],
    ['≤', 5, 10, 0.5],
    ['≤', 0, 0, 1],
    ['≥', '95%', 0.76, 0.8],
    ['=', 50, 45, 0.9],
  ])('%s %p %p → %p', (op, target, actual, expected) => {
    expect(rate(op, target, actual)).toBe(expected);
  });
  it('refuses qualitative rows and text', () => {
    expect(shown(rate('定性', '优', '优'))).toBe('#VALUE!: 定性指标没有完成率，请用 PERF.QUAL');
    expect(codeOf(rate('≥', 100, '完成'))).toBe('#VALUE!');
  });
});

describe('PERF.QUAL(grade, weight, [profile])', () => {
  it.each([
    ['优', 10, undefined, 10], ['良', 10, undefined, 8], ['中', 10, undefined, 6], ['差', 10, undefined, 6],
    ['达成', 10, undefined, 10], ['部分达成', 10, undefined, 8], ['未达成', 10, undefined, 6],
    ['有所增加', 4.5, undefined, 4.5], ['80%', 10, undefined, 8], [0.8, 10, undefined, 8],
    ['部分达成', 10, 'hubei', 8], ['未达成', 10, 'hubei', 5],
  ])('%p W=%p profile %p → %p', (g, w, profile, expected) => {
    expect(qual(g, w, profile)).toBe(expected);
  });
  it.each([
    ['还行', 10, '#VALUE!', '无法识别'],
    ['', 10, '#VALUE!', '为空'],
    ['120%', 10, '#VALUE!', '超过 100%'],
    ['优', -2, '#VALUE!', '为负数'],
  ])('%p W=%p → %s', (g, w, code, message) => {
    const result = qual(g, w);
    expect(codeOf(result)).toBe(code);
    expect((result as FakeCustomFunctionsError).message).toContain(message);
  });
});

describe('PERF.BUDGET(budget, spent, [weight])', () => {
  it.each([
    [100, 99.74, undefined, 9.974],
    [30, 30, undefined, 10],
    [10, 10, 20, 20],
    [100, 130, undefined, 10],
    ['387,664.62', '387664.62', 10, 10],
  ])('%p %p W=%p → %p', (b, s, w, expected) => {
    expect(budget(b, s, w)).toBe(expected);
  });
  it.each([
    [0, 0, '#VALUE!', '全年预算数为 0'],
    [100, -1, '#VALUE!', '全年执行数 -1 为负数'],
    ['—', 5, '#VALUE!', '全年预算数“—”不是数字'],
    [null, 5, '#VALUE!', '全年预算数为空'],
  ])('%p %p → %s', (b, s, code, message) => {
    const result = budget(b as number, s);
    expect(codeOf(result)).toBe(code);
    expect((result as FakeCustomFunctionsError).message).toContain(message);
  });
});

describe('PERF.GRADE(total)', () => {
  it.each([[99.9, '优'], [90, '优'], [89.99, '良'], [80, '良'], [79.99, '中'], [60, '中'], [59.99, '差'], ['95', '优']])(
    '%p → %s', (t, expected) => {
      expect(grade(t)).toBe(expected);
    });
  it('refuses text', () => {
    expect(shown(grade('优'))).toBe('#VALUE!: 总分“优”不是数字');
  });
});

describe('PERF.TOTAL(scores)', () => {
  const seedScores = [9.97, 2.7, 2.7, 2.7, 2.7, 2.7, 2.7, 2.7, 1.8, 1.8, 2.7, 3.6, 1.8, 2.7, 2.63, 2.7, 1.8, 2.7, 2.7,
    1.8, 3.6, 2.7, 4.5, 4.5, 4.5, 4.5, 4.5, 1.8, 2.7, 9];
  it('sums the seed scores exactly: 99.9', () => {
    expect(total(seedScores.map((s) => [s]))).toBe(99.9);
  });
  it('sums a 2-D range and leaves out empty cells and dashes', () => {
    expect(total([[0.1, 0.2], [null, '—'], ['', 0.3]])).toBe(0.6);
    expect(0.1 + 0.2 + 0.3).not.toBe(0.6); // what float code gives
  });
  it.each([
    [[[1], [{ code: '#N/A' }]], '区域第 2 行第 1 列是错误值 #N/A'],
    [[[1, '#DIV/0!']], '区域第 1 行第 2 列是错误值 #DIV/0!'],
    [[[1], ['优']], '区域第 2 行第 1 列“优”不是数字'],
    [[[1], ['2.7']], '区域第 2 行第 1 列“2.7”是文本格式的数字'],
    [[[true]], '区域第 1 行第 1 列“TRUE”不是数字'],
  ])('reports %j', (range, message) => {
    const result = total(range as never);
    expect(codeOf(result)).toBe('#VALUE!');
    expect((result as FakeCustomFunctionsError).message).toContain(message);
  });
});

describe('PERF.CHECK(weights, [expected])', () => {
  const seedWeights = [10, 2.7, 2.7, 2.7, 2.7, 2.7, 2.7, 2.7, 1.8, 1.8, 2.7, 3.6, 1.8, 2.7, 2.63, 2.7, 1.8, 2.7, 2.7,
    1.8, 3.6, 2.7, 4.5, 4.5, 4.5, 4.5, 4.5, 1.8, 2.7, 9];
  it('finds the seed total of 99.93', () => {
    expect(check(seedWeights.map((w) => [w]))).toBe('权重合计 99.93，应为 100');
  });
  it('says OK when the weights add up, with the expected total given or not', () => {
    expect(check([[50], [30], [10], [10]])).toBe('OK');
    expect(check([[40], [40]], 80)).toBe('OK');
    expect(check([[40], [40]], '90')).toBe('权重合计 80，应为 90');
    expect(check([[0.1], [0.2]], 0.3)).toBe('OK');
  });
  it('reports bad cells and a bad expected total', () => {
    expect(shown(check([[1], ['权重']]))).toBe('#VALUE!: 权重区域第 2 行第 1 列“权重”不是数字');
    expect(codeOf(check([[1]], 'abc'))).toBe('#VALUE!');
  });
});

describe('errors Excel can explain', () => {
  it('are #VALUE! (or #N/A) with a message, since Excel shows a custom function’s message on those only', () => {
    const failing: unknown[] = [
      score('≥', 100, 95, -1),
      score('?', 100, 95, 5),
      score('≥', 100, 95, 5, 'mars'),
      rate('≥', 'abc', 1),
      qual('120%', 10),
      qual('优', -2),
      budget(0, 0),
      budget(100, -1),
      grade('abc'),
      total([[1, 'x']]),
      check([[1, { code: '#N/A' }]]),
    ];
    for (const result of failing) {
      expect(result).toBeInstanceOf(FakeCustomFunctionsError);
      const error = result as FakeCustomFunctionsError;
      expect(['#VALUE!', '#N/A']).toContain(error.code);
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
