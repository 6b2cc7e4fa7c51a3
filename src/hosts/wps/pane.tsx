// The pane page in WPS (taskpane.html): the same PerfApp as in Excel, over the WPS host, under a
// header with its own close button (a docked pane can leave WPS's ribbon unresponsive, so the pane
// must be closable from inside). The ribbon's 校验 reaches the pane through the validate bridge:
// a request left in PluginStorage before the pane existed, or a BroadcastChannel message after.
import { Button, FluentProvider, MessageBar, MessageBarBody, Text, webLightTheme } from '@fluentui/react-components';
import { createRoot, type Root } from 'react-dom/client';
import { createValidateBridge, type ValidateBridge } from '../../taskpane/bridge';
import { PerfApp } from '../../taskpane/components/PerfApp';
import type { ServicesSource } from '../../taskpane/services';
import type { PreferenceStore } from '../../taskpane/state/preferences';
import type { PerfHost } from '../types';
import type { EtApplication } from './et';
import { createWpsHost } from './host';
import { wpsMsg } from './messages';
import { CHANNEL, PANE_TITLE, hidePane, takeValidateRequest } from './ribbon';

export interface WpsPaneProps {
  readonly host: PerfHost;
  readonly services: ServicesSource;
  readonly bridge: ValidateBridge;
  readonly onClose: () => void;
  readonly preferences?: PreferenceStore;
}

export function WpsPane({ host, services, bridge, onClose, preferences }: WpsPaneProps) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100vh' }}>
      <FluentProvider theme={webLightTheme} lang="zh-CN">
        <header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', padding: '4px 8px' }}>
          <Text weight="semibold">{PANE_TITLE}</Text>
          <Button appearance="subtle" size="small" onClick={onClose} aria-label="关闭面板 Close the pane">
            关闭面板
          </Button>
        </header>
      </FluentProvider>
      <div style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
        <PerfApp host={host} services={services} language="zh" theme={{ isDark: false }} bridge={bridge} preferences={preferences} />
      </div>
    </div>
  );
}

export interface StartPaneDeps {
  readonly app: EtApplication | undefined;
  readonly services: ServicesSource;
  readonly preferences?: PreferenceStore;
  /** Subscribes to the ribbon's requests; returns false when the channel is unavailable. */
  readonly listen?: (onMessage: (message: unknown) => void) => boolean;
}

export function startPane(container: HTMLElement, deps: StartPaneDeps): Root {
  const root = createRoot(container);
  const app = deps.app;
  if (!app) {
    root.render(
      <FluentProvider theme={webLightTheme} lang="zh-CN">
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{wpsMsg.notInWps.zh}</MessageBarBody>
        </MessageBar>
      </FluentProvider>,
    );
    return root;
  }
  const bridge = createValidateBridge();
  const host = createWpsHost(app);
  root.render(<WpsPane host={host} services={deps.services} bridge={bridge} onClose={() => hidePane(app)} preferences={deps.preferences} />);
  deps.listen?.((message) => {
    if (message === 'validate' && takeValidateRequest(app)) void bridge.validate();
  });
  if (takeValidateRequest(app)) void bridge.validate();
  return root;
}

/** BroadcastChannel between the root page and the pane (same origin); false when the engine lacks it. */
export function channelListener(onMessage: (message: unknown) => void): boolean {
  if (typeof BroadcastChannel !== 'function') return false;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event) => onMessage(event.data);
  return true;
}
