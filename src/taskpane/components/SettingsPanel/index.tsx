// Settings: scoring profile (national / hubei / custom JSON, pasted or loaded, with clear errors),
// the expected weight total, and the language.
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Field, Input, makeStyles, MessageBar, MessageBarBody,
  Radio, RadioGroup, Select, Textarea, tokens,
} from '@fluentui/react-components';
import { DocumentArrowUpRegular } from '@fluentui/react-icons';
import { useId, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import type { Message } from '../../../core/findings/types';
import type { Profile } from '../../../core/profile/types';
import { text, useI18n, type Language } from '../../i18n';
import { isValidTotal, type CustomProfileResult, type ProfileChoice, type Settings } from '../../state/settings';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  errors: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  file: { display: 'none' },
  // An option not chosen reads as fully available: Fluent greys the label of an unchecked radio
  // (colorNeutralForeground3), too close to the look of a disabled one.
  option: {
    '& input:enabled:not(:checked) ~ .fui-Radio__label': { color: tokens.colorNeutralForeground1 },
    '& input:enabled:not(:checked):hover ~ .fui-Radio__label': { color: tokens.colorNeutralForeground1 },
  },
});

/** A file's text; FileReader works in every browser Office uses (Blob.text() is newer). */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file, 'utf-8');
  });
}

export interface SettingsPanelProps {
  readonly settings: Settings;
  readonly profile?: Profile;
  readonly language: Language;
  readonly onChange: (settings: Settings) => void;
  /** Synchronous once the checking core has loaded; a promise while it is still loading. */
  readonly readCustom: (json: string) => CustomProfileResult | Promise<CustomProfileResult>;
  readonly onLanguageChange: (language: Language) => void;
  /** More settings of the pane (the header row), shown before the language. */
  readonly children?: ReactNode;
}

export function SettingsPanel({ settings, profile, language, onChange, readCustom, onLanguageChange, children }: SettingsPanelProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const fileId = useId();
  const [json, setJson] = useState('');
  const [errors, setErrors] = useState<readonly Message[]>([]);
  const [loaded, setLoaded] = useState<Message>();
  const [total, setTotal] = useState(settings.expectedTotal);
  const totalInvalid = total.trim() !== '' && !isValidTotal(total);

  const showCustom = (result: CustomProfileResult) => {
    if (result.ok) {
      setErrors([]);
      setLoaded(text.profileLoaded(t(result.profile.label)));
      onChange({ ...settings, profileChoice: 'custom', customProfile: result.profile });
    } else {
      setLoaded(undefined);
      setErrors(result.errors);
    }
  };

  const applyCustom = (source: string) => {
    const result = readCustom(source);
    if (result instanceof Promise) void result.then(showCustom);
    else showCustom(result);
  };

  const fileInput = useRef<HTMLInputElement>(null);
  const loadFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      const content = await readText(file);
      setJson(content);
      applyCustom(content);
    } catch {
      setErrors([text.fileUnreadable]);
    }
  };

  return (
    <Accordion collapsible>
      <AccordionItem value="settings">
        <AccordionHeader as="h2">{t(text.settings)}</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Field label={t(text.profile)}>
            <RadioGroup
              value={settings.profileChoice}
              onChange={(_, data) => onChange({ ...settings, profileChoice: data.value as ProfileChoice })}
            >
              <Radio className={styles.option} value="national" label={t(text.profileNational)} />
              <Radio className={styles.option} value="hubei" label={t(text.profileHubei)} />
              <Radio className={styles.option} value="custom" label={t(text.profileCustom)} />
            </RadioGroup>
          </Field>
          {settings.profileChoice === 'custom' && (
            <>
              <Field label={t(text.customJson)} hint={t(text.customHint)}>
                <Textarea value={json} onChange={(_, data) => setJson(data.value)} resize="vertical" rows={6} />
              </Field>
              <div className={styles.row}>
                <Button size="small" onClick={() => applyCustom(json)}>
                  {t(text.applyProfile)}
                </Button>
                {/* The browser's own picker ("Choose File", in the browser's language) stays hidden: a button of the pane opens it. */}
                <input
                  ref={fileInput}
                  id={fileId}
                  className={styles.file}
                  type="file"
                  accept=".json,application/json"
                  aria-label={t(text.loadFile)}
                  tabIndex={-1}
                  onChange={(e) => {
                    void loadFile(e);
                    e.currentTarget.value = '';
                  }}
                />
                <Button size="small" icon={<DocumentArrowUpRegular />} onClick={() => fileInput.current?.click()}>
                  {t(text.loadFile)}
                </Button>
              </div>
              {errors.length > 0 && (
                <MessageBar intent="error" layout="multiline">
                  <MessageBarBody>
                    <ul className={styles.errors}>
                      {errors.map((e, i) => (
                        <li key={i}>{t(e)}</li>
                      ))}
                    </ul>
                  </MessageBarBody>
                </MessageBar>
              )}
              {loaded && errors.length === 0 && (
                <MessageBar intent="success" layout="multiline">
                  <MessageBarBody>{t(loaded)}</MessageBarBody>
                </MessageBar>
              )}
            </>
          )}
          <Field
            label={t(text.expectedTotal)}
            validationMessage={totalInvalid ? t(text.expectedTotalInvalid) : undefined}
            validationState={totalInvalid ? 'error' : 'none'}
          >
            <Input
              value={total}
              inputMode="decimal"
              placeholder={profile ? String(profile.expectedTotal) : undefined}
              onChange={(_, data) => {
                setTotal(data.value);
                if (data.value.trim() === '' || isValidTotal(data.value)) onChange({ ...settings, expectedTotal: data.value.trim() });
              }}
            />
          </Field>
          {children}
          <Field label={t(text.language)}>
            <Select value={language} onChange={(_, data) => onLanguageChange(data.value as Language)}>
              <option value="zh">{t(text.chinese)}</option>
              <option value="en">{t(text.english)}</option>
            </Select>
          </Field>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
