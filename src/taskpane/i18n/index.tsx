// The pane's language: a context with the current language and `t`, which picks a Message's side.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Message } from '../../core/findings/types';

export type Language = 'zh' | 'en';

interface I18n {
  readonly language: Language;
  readonly t: (message: Message) => string;
}

const I18nContext = createContext<I18n>({ language: 'zh', t: (message) => message.zh });

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo<I18n>(() => ({ language, t: (message) => message[language] }), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** The BCP 47 tag for the lang attribute. */
export function languageTag(language: Language): string {
  return language === 'zh' ? 'zh-CN' : 'en-US';
}

export { text } from './catalog';
