// The pane follows Office's theme: dark Office themes get Fluent's dark theme, others the light one.
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** What the host knows of Office's theme: a name, or Office.context.officeTheme's colours. */
export type ThemeInput =
  | 'light'
  | 'dark'
  | { readonly isDark?: boolean; readonly bodyBackgroundColor?: string }
  | undefined;

/** Relative luminance (0 black … 1 white) of '#RRGGBB' or '#RGB'; undefined if not a hex colour. */
export function luminance(color: string): number | undefined {
  const hex = color.trim().replace(/^#/, '');
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  if (!/^[0-9a-fA-F]{6}$/.test(full)) return undefined;
  const channel = (i: number) => {
    const v = parseInt(full.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

export function isDarkTheme(input: ThemeInput): boolean {
  if (input === 'dark') return true;
  if (input === undefined || input === 'light') return false;
  if (input.isDark !== undefined) return input.isDark;
  const lum = input.bodyBackgroundColor ? luminance(input.bodyBackgroundColor) : undefined;
  return lum !== undefined && lum < 0.2;
}

export function resolveTheme(input: ThemeInput): Theme {
  return isDarkTheme(input) ? webDarkTheme : webLightTheme;
}
