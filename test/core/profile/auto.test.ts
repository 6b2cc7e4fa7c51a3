// The default profile rule shared by every surface: Hubei forms (family F) are checked with the Hubei
// profile, every other workbook with the national one; a profile asked for is used as it is.
import { checkWorkbook, checkWorkbookChoosing } from '../../../src/core/check';
import { chooseProfile, HUBEI_LAYOUT_REASON, HUBEI_PROFILE, isHubeiLayout, NATIONAL_PROFILE } from '../../../src/core/profile';
import { recognise } from '../../../src/core/recognise';
import huanggang from '../../fixtures/sources/huanggang-2020';
import seed from '../../fixtures/sources/seed-xiyong-2022';
import shangwuju from '../../fixtures/sources/shangwuju-2020';
import negativeEmpty from '../../fixtures/sources/negative-empty';
import twoTables from '../../fixtures/sources/variant-two-tables-2021';
import { workbookOfSource } from '../recognise/source-grid';

const tablesOf = (source: Parameters<typeof workbookOfSource>[0]) => recognise(workbookOfSource(source)).tables;

describe('chooseProfile under auto', () => {
  it.each([
    ['shangwuju-2020', shangwuju],
    ['huanggang-2020', huanggang],
  ])('picks Hubei for the Hubei form %s, with the reason', (_name, source) => {
    const tables = tablesOf(source);
    expect(tables.map((t) => t.family)).toEqual(tables.map(() => 'F'));
    expect(isHubeiLayout(tables)).toBe(true);
    const choice = chooseProfile('auto', tables);
    expect(choice.profile).toBe(HUBEI_PROFILE);
    expect(choice.reason).toEqual(HUBEI_LAYOUT_REASON);
    expect(choice.reason?.zh).toContain('20 分');
  });

  it.each([
    ['seed-xiyong-2022 (family C)', seed],
    ['variant-two-tables-2021 (two family A tables)', twoTables],
  ])('keeps national for %s, with no reason', (_name, source) => {
    const tables = tablesOf(source);
    expect(tables.length).toBeGreaterThan(0);
    const choice = chooseProfile('auto', tables);
    expect(choice.profile).toBe(NATIONAL_PROFILE);
    expect(choice.reason).toBeUndefined();
  });

  it('keeps national for a workbook with no table, and for a mix of Hubei and other forms', () => {
    expect(chooseProfile('auto', tablesOf(negativeEmpty)).profile).toBe(NATIONAL_PROFILE);
    expect(chooseProfile('auto', []).profile).toBe(NATIONAL_PROFILE);
    const mixed = [...tablesOf(shangwuju), ...tablesOf(seed)];
    expect(isHubeiLayout(mixed)).toBe(false);
    expect(chooseProfile('auto', mixed).profile).toBe(NATIONAL_PROFILE);
  });
});

describe('chooseProfile with a profile asked for', () => {
  it('uses it as it is, whatever the layout, and gives no reason', () => {
    const hubeiTables = tablesOf(shangwuju);
    expect(chooseProfile(NATIONAL_PROFILE, hubeiTables)).toEqual({ profile: NATIONAL_PROFILE });
    expect(chooseProfile(HUBEI_PROFILE, tablesOf(seed))).toEqual({ profile: HUBEI_PROFILE });
    const custom = { ...NATIONAL_PROFILE, id: 'custom', budgetWeight: '15' };
    expect(chooseProfile(custom, hubeiTables).profile).toBe(custom);
  });
});

describe('checkWorkbookChoosing', () => {
  it('checks a Hubei form with the Hubei profile under auto: the same report as checkWorkbook with Hubei', () => {
    const grid = workbookOfSource(shangwuju);
    const chosen = checkWorkbookChoosing(grid, { profile: 'auto' });
    expect(chosen.choice.profile).toBe(HUBEI_PROFILE);
    expect(chosen.tables.length).toBeGreaterThan(0);
    expect(chosen.report).toEqual(checkWorkbook(grid, { profile: HUBEI_PROFILE }));
    // Forced national gives the national report.
    const national = checkWorkbookChoosing(grid, { profile: NATIONAL_PROFILE });
    expect(national.choice).toEqual({ profile: NATIONAL_PROFILE });
    expect(national.report).toEqual(checkWorkbook(grid, { profile: NATIONAL_PROFILE }));
  });

  it('checks the seed with the national profile under auto', () => {
    const grid = workbookOfSource(seed);
    const chosen = checkWorkbookChoosing(grid, { profile: 'auto', reviewed: [] });
    expect(chosen.choice).toEqual({ profile: NATIONAL_PROFILE });
    expect(chosen.report).toEqual(checkWorkbook(grid, { profile: NATIONAL_PROFILE, reviewed: [] }));
  });

  it('never throws: a broken grid becomes checkWorkbook\'s note', () => {
    const broken = {
      get sheets(): never {
        throw new Error('grid lost');
      },
    };
    const chosen = checkWorkbookChoosing(broken as never, { profile: 'auto' });
    expect(chosen.choice.profile).toBe(NATIONAL_PROFILE);
    expect(chosen.report.tables).toEqual([]);
    expect(chosen.report.notes?.[0].en).toContain('grid lost');
  });
});
