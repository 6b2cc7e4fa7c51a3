// Bad input never throws and never breaks a rule: random values in a real form's layout.
import fc from 'fast-check';
import { checkWorkbook } from '../../../src/core/check';
import type { CellValue } from '../../../src/core/grid/types';
import { HUBEI_PROFILE, NATIONAL_PROFILE } from '../../../src/core/profile';
import { sheetFromRows } from '../../support/grid';

const HEADER = ['绩效指标', '指标名称', null, '计量\n单位', '指标\n性质', '指标值', '指标权重\n（分）', '全年\n完成值', '指标得分\n（分）', '说明'];
const BUDGET_HEADER = ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'];

const value: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(null, '', '—', '/', '无', '优', '良', '有所增加', '定性', '≥', '≤', '=', '>', '<', '约', '%', '次', '100', '１２', '≥95%', '0', '-3', '123.45', '12345', '#DIV/0!', '不适用', '≥**人', '指标1：', '……', '5830元/户', '≤250/10万', 'NaN', 'Infinity', '1e400'),
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 200 }),
  fc.constant<CellValue>({ error: '#N/A' }),
  fc.boolean(),
);

describe('checkWorkbook on random values in a form', () => {
  it('never throws, and no rule fails', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { minLength: 10, maxLength: 10 }), { minLength: 1, maxLength: 12 }),
        fc.array(value, { minLength: 6, maxLength: 6 }),
        fc.option(value),
        fc.boolean(),
        (rows, budget, total, hubei) => {
          const sheet = sheetFromRows('Sheet1', [
            ['2022年度项目支出绩效自评表'],
            BUDGET_HEADER,
            [null, '年度资金总额', ...budget],
            ['自评总分', total ?? null],
            HEADER,
            ...rows.map((r, i) => [null, `指标${i}`, ...r.slice(2)]),
          ]);
          const report = checkWorkbook({ sheets: [sheet] }, { profile: hubei ? HUBEI_PROFILE : NATIONAL_PROFILE });
          expect(report.notes).toBeUndefined();
          for (const f of report.findings) {
            expect(f.cells.length).toBeGreaterThan(0);
            expect(f.message.zh.length).toBeGreaterThan(0);
            if (f.fix) for (const c of f.fix.changes) expect(Number.isFinite(c.after.value as number) || typeof c.after.value === 'string').toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
