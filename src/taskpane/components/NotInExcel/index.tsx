// Shown when the page is opened outside Excel (no Office): what to do instead.
import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from '@fluentui/react-components';
import { I18nProvider, languageTag, text, useI18n, type Language } from '../../i18n';

function Body() {
  const { t } = useI18n();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{t(text.notInExcel)}</MessageBarBody>
    </MessageBar>
  );
}

export function NotInExcel({ language = 'zh' }: { readonly language?: Language }) {
  return (
    <FluentProvider theme={webLightTheme} lang={languageTag(language)}>
      <I18nProvider language={language}>
        <main>
          <Body />
        </main>
      </I18nProvider>
    </FluentProvider>
  );
}
