// startExcel: in Excel or not, display language, Office theme, the host the pane starts with.
import type { PerfHost } from '../../../src/hosts/types';
import { languageOf, startExcel, themeOf, type OfficeLike } from '../../../src/hosts/excel/bootstrap';

function office(over: { host?: unknown; displayLanguage?: string; theme?: Partial<Office.OfficeTheme>; never?: boolean } = {}): OfficeLike {
  return {
    onReady: () => (over.never ? new Promise(() => undefined) : Promise.resolve({ host: 'host' in over ? over.host : 'Excel', platform: 'PC' })),
    HostType: { Excel: 'Excel' },
    context: { displayLanguage: over.displayLanguage ?? 'zh-CN', officeTheme: over.theme },
  };
}

const fakeHost = { kind: 'excel', capabilities: { notes: [{ zh: '提示', en: 'note' }] } } as unknown as PerfHost;

describe('startExcel', () => {
  it('starts in Excel with the host, Chinese by default', async () => {
    const start = await startExcel({ office: office(), createHost: () => fakeHost });
    expect(start).toMatchObject({ inExcel: true, language: 'zh', platform: 'PC', host: fakeHost, notes: [{ zh: '提示' }] });
  });

  it('switches to English only when Office shows English', async () => {
    expect((await startExcel({ office: office({ displayLanguage: 'en-US' }), createHost: () => fakeHost })).language).toBe('en');
    expect((await startExcel({ office: office({ displayLanguage: 'ja-JP' }), createHost: () => fakeHost })).language).toBe('zh');
    expect(languageOf('EN-GB')).toBe('en');
    expect(languageOf('zh-TW')).toBe('zh');
    expect(languageOf(undefined)).toBe('zh');
  });

  it('follows the Office theme, dark included', async () => {
    const dark = { bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF', controlBackgroundColor: '#404040', controlForegroundColor: '#F0F0F0' };
    const start = await startExcel({ office: office({ theme: dark }), createHost: () => fakeHost, prefersDark: () => false });
    expect(start.theme).toEqual({
      dark: true,
      source: 'office',
      colors: { bodyBackground: '#262626', bodyForeground: '#FFFFFF', controlBackground: '#404040', controlForeground: '#F0F0F0' },
    });
    expect(themeOf({ ...dark, isDarkTheme: false }).dark).toBe(false);
    expect(themeOf({ bodyBackgroundColor: '#FFFFFF' }).dark).toBe(false);
  });

  it('falls back to the system preference when Office gives no theme (Excel on the web)', () => {
    expect(themeOf(undefined, () => true)).toEqual({ dark: true, source: 'system' });
    expect(themeOf(undefined, () => false)).toEqual({ dark: false, source: 'default' });
  });

  it('says when it is not in Excel, without a host', async () => {
    const word = await startExcel({ office: office({ host: 'Word' }), createHost: () => fakeHost });
    expect(word).toMatchObject({ inExcel: false, notes: [{ zh: expect.stringContaining('未在 Excel 中运行') }] });
    expect(word.host).toBeUndefined();
    const browser = await startExcel({ office: office({ host: null }), createHost: () => fakeHost });
    expect(browser.inExcel).toBe(false);
  });

  it('does not block the pane when office.js is slow: a notice at once, and the start when Office answers', async () => {
    let answer: (info: { host: unknown; platform: unknown }) => void = () => undefined;
    const slow: OfficeLike = { ...office(), onReady: () => new Promise((resolve) => (answer = resolve)) };
    const start = await startExcel({ office: slow, timeoutMs: 20, createHost: () => fakeHost });
    expect(start).toMatchObject({ inExcel: false, notes: [{ zh: expect.stringContaining('仍在等待'), en: expect.stringContaining('still waiting') }] });
    expect(start.later).toBeDefined();
    answer({ host: 'Excel', platform: 'OfficeOnline' });
    expect(await start.later).toMatchObject({ inExcel: true, host: fakeHost, platform: 'OfficeOnline' });
  });

  it('a slow Office that never answers leaves the notice up and does not reject', async () => {
    const start = await startExcel({ office: office({ never: true }), timeoutMs: 20, createHost: () => fakeHost });
    expect(start.inExcel).toBe(false);
    let settled = false;
    void start.later?.then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 30));
    expect(settled).toBe(false);
  });

  it('works without the Office global at all', async () => {
    const start = await startExcel({ createHost: () => fakeHost, prefersDark: () => false });
    expect(start).toMatchObject({ inExcel: false, language: 'zh', theme: { dark: false } });
  });
});
