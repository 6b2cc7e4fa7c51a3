// startExcel: what the task pane needs to start, learned from Office once. This is the only place
// the pane entry meets Office: whether we are in Excel, the display language (zh unless Office
// shows English), the Office theme (dark included) and the host to work with.
import type { Message } from '../../core/findings/types';
import type { PerfHost } from '../types';
import { createExcelHost } from './host';
import { msg } from './messages';

export interface OfficeThemeInfo {
  readonly dark: boolean;
  /** Where `dark` comes from: Office's theme, the system preference, or the light default. */
  readonly source: 'office' | 'system' | 'default';
  readonly colors?: {
    readonly bodyBackground: string;
    readonly bodyForeground: string;
    readonly controlBackground: string;
    readonly controlForeground: string;
  };
}

export interface ExcelStart {
  readonly inExcel: boolean;
  /** The Excel host; absent outside Excel. */
  readonly host?: PerfHost;
  readonly language: 'zh' | 'en';
  readonly theme: OfficeThemeInfo;
  /** Office.PlatformType as a string ('PC', 'OfficeOnline', 'Mac'…), when known. */
  readonly platform?: string;
  /** Why something is unavailable (not in Excel, an API missing), for the pane to show. */
  readonly notes: readonly Message[];
  /**
   * Office had not answered within timeoutMs (a slow network or CDN): the start once it does. It
   * never rejects; it stays pending if Office never answers.
   */
  readonly later?: Promise<ExcelStart>;
}

/** The parts of the Office global used here (injected in tests). */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  readonly HostType?: { readonly Excel?: unknown };
  readonly context?: {
    readonly displayLanguage?: string;
    readonly officeTheme?: Partial<Office.OfficeTheme>;
  };
}

export interface StartOptions {
  readonly office?: OfficeLike;
  /** How long to wait for Office.onReady (office.js may never answer outside Office). */
  readonly timeoutMs?: number;
  readonly createHost?: () => PerfHost;
  readonly prefersDark?: () => boolean;
}

const officeSlow: Message = {
  zh: 'Office 尚未响应，仍在等待……网络较慢时可能需要一两分钟；若一直如此，请在 Excel 中关闭并重新打开此加载项。',
  en: 'Office has not answered yet; still waiting… On a slow network this can take a minute or two; if it persists, close and reopen the add-in in Excel.',
};

export function languageOf(displayLanguage: string | undefined): 'zh' | 'en' {
  return typeof displayLanguage === 'string' && /^en\b/i.test(displayLanguage) ? 'en' : 'zh';
}

function luminance(hex: string): number | undefined {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return undefined;
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

function systemPrefersDark(): boolean {
  try {
    return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  } catch {
    return false;
  }
}

export function themeOf(officeTheme: Partial<Office.OfficeTheme> | undefined, prefersDark: () => boolean = systemPrefersDark): OfficeThemeInfo {
  const body = officeTheme?.bodyBackgroundColor;
  if (officeTheme && typeof body === 'string') {
    const light = luminance(body);
    const dark = typeof officeTheme.isDarkTheme === 'boolean' ? officeTheme.isDarkTheme : light !== undefined && light < 0.5;
    return {
      dark,
      source: 'office',
      colors: {
        bodyBackground: body,
        bodyForeground: officeTheme.bodyForegroundColor ?? '',
        controlBackground: officeTheme.controlBackgroundColor ?? '',
        controlForeground: officeTheme.controlForegroundColor ?? '',
      },
    };
  }
  if (prefersDark()) return { dark: true, source: 'system' };
  return { dark: false, source: 'default' };
}

function officeGlobal(): OfficeLike | undefined {
  return typeof Office === 'undefined' ? undefined : (Office as unknown as OfficeLike);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(undefined);
      },
    );
  });
}

export async function startExcel(options: StartOptions = {}): Promise<ExcelStart> {
  const office = options.office ?? officeGlobal();
  const prefersDark = options.prefersDark ?? systemPrefersDark;
  if (!office || typeof office.onReady !== 'function') {
    return { inExcel: false, language: 'zh', theme: themeOf(undefined, prefersDark), notes: [msg.notInExcel] };
  }
  const ready = office.onReady();
  const info = await withTimeout(ready, options.timeoutMs ?? 10_000);
  if (info) return startIn(office, info, options, prefersDark);
  // The page is never reloaded in the shared runtime: keep waiting for Office after the notice.
  const later = ready.then(
    (late) => startIn(office, late, options, prefersDark),
    (): ExcelStart => ({ inExcel: false, language: 'zh', theme: themeOf(undefined, prefersDark), notes: [msg.notInExcel] }),
  );
  return { inExcel: false, language: 'zh', theme: themeOf(undefined, prefersDark), notes: [officeSlow], later };
}

function startIn(office: OfficeLike, info: { host: unknown; platform: unknown }, options: StartOptions, prefersDark: () => boolean): ExcelStart {
  const language = languageOf(office.context?.displayLanguage);
  const theme = themeOf(office.context?.officeTheme, prefersDark);
  const platform = typeof info.platform === 'string' ? info.platform : undefined;
  const excel = office.HostType?.Excel ?? 'Excel';
  if (info.host !== excel) return { inExcel: false, language, theme, platform, notes: [msg.notInExcel] };
  const host = (options.createHost ?? createExcelHost)();
  return { inExcel: true, host, language, theme, platform, notes: host.capabilities.notes };
}
