// The root: FluentProvider with Office's theme, the language (zh-CN unless told otherwise), the pane.
import { FluentProvider, makeStyles } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { PerfHost } from '../../../hosts/types';
import type { ValidateBridge } from '../../bridge';
import { I18nProvider, languageTag, type Language } from '../../i18n';
import type { ServicesSource } from '../../services';
import type { PreferenceStore } from '../../state/preferences';
import { resolveTheme, type ThemeInput } from '../../theme';
import { PerfPane } from '../PerfPane';

// The layout class goes on a div inside the FluentProvider: Fluent copies the provider's classes
// onto the mount node of every portal, and a full-height mount node would hide the page behind a dialog.
const useStyles = makeStyles({
  provider: { minHeight: '100vh', maxWidth: '100%', overflowX: 'hidden' },
});

export interface PerfAppProps {
  readonly host: PerfHost;
  /** The services, or their loader (the add-in's pane loads the checking core after its first render). */
  readonly services: ServicesSource;
  readonly language?: Language;
  readonly theme?: ThemeInput;
  readonly bridge?: ValidateBridge;
  readonly liveDelayMs?: number;
  /** Settings kept between sessions; a language picked in Settings wins over Office's. */
  readonly preferences?: PreferenceStore;
}

export function PerfApp({ host, services, language: initial = 'zh', theme, bridge, liveDelayMs, preferences }: PerfAppProps) {
  const styles = useStyles();
  const [language, setLanguageState] = useState<Language>(() => preferences?.load()?.language ?? initial);
  const setLanguage = useCallback(
    (next: Language) => {
      setLanguageState(next);
      preferences?.save({ language: next });
    },
    [preferences],
  );
  return (
    <FluentProvider theme={resolveTheme(theme)} lang={languageTag(language)}>
      <div className={styles.provider}>
        <I18nProvider language={language}>
          <PerfPane host={host} services={services} language={language} onLanguageChange={setLanguage} bridge={bridge} liveDelayMs={liveDelayMs} preferences={preferences} />
        </I18nProvider>
      </div>
    </FluentProvider>
  );
}
