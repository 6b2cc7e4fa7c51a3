// Small pure parts of the pane: the ribbon bridge, theme choice, settings, chart rows, cell text.
import { createValidateBridge } from '../../src/taskpane/bridge';
import { isDarkTheme, luminance, resolveTheme } from '../../src/taskpane/theme';
import { isValidTotal, readCustomProfile, resolveProfile, DEFAULT_SETTINGS } from '../../src/taskpane/state/settings';
import { chartRows } from '../../src/taskpane/components/ScoreChart';
import { cellContentText } from '../../src/taskpane/components/ChangesDialog';
import { groupByRule } from '../../src/taskpane/components/FindingList';
import { messageOf } from '../../src/taskpane/errors';
import { text } from '../../src/taskpane/i18n/catalog';
import { MemoryHostError } from '../../src/hosts/memory';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { NATIONAL_PROFILE } from '../../src/core/profile';
import type { TableSummary } from '../../src/core/report/types';
import { checkSeedLike } from './support/seed-check';
import { seedServices } from './support/render';
import { seedGrid } from './support/workbooks';

describe('the ribbon bridge', () => {
  it('runs the pane validation, also when asked before the pane is ready', async () => {
    const bridge = createValidateBridge();
    const runs: string[] = [];
    const early = bridge.validate().then(() => runs.push('early done'));
    const detach = bridge.attach(async () => {
      runs.push('validated');
    });
    await early;
    await bridge.validate();
    expect(runs).toEqual(['validated', 'early done', 'validated']);
    detach();
    let settled = false;
    void bridge.validate().then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(settled).toBe(false);
    bridge.close();
    await new Promise((r) => setTimeout(r, 0));
    expect(settled).toBe(true);
  });
});

describe('the ribbon bridge when no pane attaches', () => {
  it('lets a waiting 校验 finish when the page knows no pane will come (not in Excel)', async () => {
    const bridge = createValidateBridge();
    const waiting = bridge.validate();
    bridge.close();
    await expect(waiting).resolves.toBeUndefined();
    await expect(bridge.validate()).resolves.toBeUndefined();
  });

  it('stops waiting after waitMs, so the ribbon command always completes', async () => {
    const bridge = createValidateBridge({ waitMs: 20 });
    await expect(bridge.validate()).resolves.toBeUndefined();
    const runs: string[] = [];
    bridge.attach(async () => void runs.push('validated'));
    await bridge.validate();
    expect(runs).toEqual(['validated']);
  });
});

describe('theme', () => {
  it('reads dark from names, flags and background colours', () => {
    expect(luminance('#000')).toBe(0);
    expect(luminance('#FFFFFF')).toBe(1);
    expect(luminance('red')).toBeUndefined();
    expect(isDarkTheme('dark')).toBe(true);
    expect(isDarkTheme({ isDark: true, bodyBackgroundColor: '#FFFFFF' })).toBe(true);
    expect(isDarkTheme({ bodyBackgroundColor: '#262626' })).toBe(true);
    expect(isDarkTheme({ bodyBackgroundColor: '#E6E6E6' })).toBe(false);
    expect(isDarkTheme(undefined)).toBe(false);
    expect(resolveTheme('dark')).toBe(webDarkTheme);
    expect(resolveTheme({ bodyBackgroundColor: 'not a colour' })).toBe(webLightTheme);
  });
});

describe('settings', () => {
  it('validates the expected total and applies it over the profile', () => {
    expect(['100', '90', '99.93'].every(isValidTotal)).toBe(true);
    expect(['0', '-1', '1e2', '１００', 'abc', ''].some(isValidTotal)).toBe(false);
    expect(resolveProfile(DEFAULT_SETTINGS, seedServices)).toBe(NATIONAL_PROFILE);
    expect(resolveProfile({ ...DEFAULT_SETTINGS, expectedTotal: '90' }, seedServices)?.expectedTotal).toBe('90');
    expect(resolveProfile({ ...DEFAULT_SETTINGS, profileChoice: 'hubei' }, seedServices)?.id).toBe('hubei');
    expect(resolveProfile({ ...DEFAULT_SETTINGS, profileChoice: 'custom' }, seedServices)).toBeUndefined();
  });

  it('explains JSON that does not parse and passes parsed JSON to the profile loader', () => {
    const bad = readCustomProfile('{"extends":', seedServices);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors[0].zh).toMatch(/^不是有效的 JSON：/);
    const ok = readCustomProfile('{"extends":"hubei","id":"x","label":{"zh":"甲","en":"A"}}', seedServices);
    expect(ok.ok && ok.profile.budgetWeight).toBe('20');
  });
});

describe('presentational helpers', () => {
  const table: TableSummary = checkSeedLike(seedGrid(), { profile: NATIONAL_PROFILE }).tables[0];

  it('charts the blocks, the budget block, or the whole table', () => {
    expect(chartRows(table, '全部', '预算')).toEqual([{ label: '全部', weight: '99.93', score: '99.90', computed: '99.90' }]);
    const withBlocks: TableSummary = {
      ...table,
      blocks: [
        { kind: 'output', label: '产出指标（50分）', weight: '50', statedWeight: '50', score: '48', computedScore: '47.5' },
        { kind: 'benefit', label: '效益指标', weight: '30', score: '30', computedScore: '30' },
      ],
      budget: { weight: '10', score: '9.97', computedScore: '9.97' },
    };
    expect(chartRows(withBlocks, '全部', '预算').map((r) => `${r.label} ${r.score}/${r.weight}`)).toEqual([
      '产出指标（50分） 48/50', '效益指标 30/30', '预算 9.97/10',
    ]);
  });

  it('shows a cell as a person sees it', () => {
    expect(cellContentText({ value: null }, '（空）')).toBe('（空）');
    expect(cellContentText({ value: { error: '#DIV/0!' } }, '')).toBe('#DIV/0!');
    expect(cellContentText({ value: 2.62 }, '')).toBe('2.62');
    expect(cellContentText({ value: '', formula: '=PERF.SCORE(E8,F8,H8,G8)' }, '')).toBe('=PERF.SCORE(E8,F8,H8,G8)');
    expect(cellContentText({ value: true }, '')).toBe('TRUE');
  });

  it('groups findings by rule id', () => {
    const findings = checkSeedLike(seedGrid(), { profile: NATIONAL_PROFILE }).findings;
    expect(groupByRule(findings).map((g) => `${g.rule}×${g.findings.length}`)).toEqual(['PERF021×1', 'PERF030×1', 'PERF040×2']);
  });

  it('takes the host message from a rejection, else wraps the error text', () => {
    const host = new MemoryHostError({ zh: '工作表「X」不存在，请重新校验。', en: 'Sheet "X" does not exist; please validate again.' });
    expect(messageOf(host).zh).toBe('工作表「X」不存在，请重新校验。');
    expect(messageOf(new Error('boom'))).toEqual({ zh: '操作失败：boom', en: 'The operation failed: boom' });
    expect(messageOf('plain')).toEqual({ zh: '操作失败：plain', en: 'The operation failed: plain' });
  });
});

describe('the message catalogue', () => {
  it('has Chinese and English for every static text', () => {
    const missing: string[] = [];
    const visit = (value: unknown, path: string) => {
      if (typeof value !== 'object' || value === null) return;
      const v = value as Record<string, unknown>;
      if (typeof v.zh === 'string' && typeof v.en === 'string') {
        if (!v.zh.trim() || !v.en.trim() || !/[\u4e00-\u9fff]/.test(v.zh) && !/^[A-Za-z]$/.test(v.zh)) missing.push(path);
        if (/[\u4e00-\u9fff]/.test(v.en) && !/中文/.test(v.en)) missing.push(`${path} (Chinese in en)`);
        return;
      }
      for (const [k, child] of Object.entries(v)) visit(child, `${path}.${k}`);
    };
    visit(text, 'text');
    expect(missing).toEqual([]);
    expect(Object.keys(text).length).toBeGreaterThan(60);
  });
});
