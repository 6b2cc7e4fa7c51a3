// Shown when the page is opened outside Excel (no Office): what to do instead; or, while Office is
// slow to answer, the host's waiting notice.
import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from '@fluentui/react-components';
import type { Message } from '../../../core/findings/types';
import { I18nProvider, languageTag, text, useI18n, type Language } from '../../i18n';

function Body({ notice }: { readonly notice?: Message }) {
  const { t } = useI18n();
  return (
    <MessageBar intent={notice ? 'warning' : 'info'} layout="multiline">
      <MessageBarBody>{t(notice ?? text.notInExcel)}</MessageBarBody>
    </MessageBar>
  );
}

export function NotInExcel({ language = 'zh', notice }: { readonly language?: Language; readonly notice?: Message }) {
  return (
    <FluentProvider theme={webLightTheme} lang={languageTag(language)}>
      <I18nProvider language={language}>
        <main>
          <Body notice={notice} />
        </main>
      </I18nProvider>
    </FluentProvider>
  );
}
