// The WPS add-in's one script (perf-wps.js), loaded by both of its pages: index.html (the root page:
// ribbon callbacks, PERF functions) and taskpane.html (the pane), told apart by <body data-page>.
// Built for WPS's engine by webpack.wps.config.js: ES2018, one classic script, no chunks.
import * as functions from '../../functions/functions';
import { coreServices } from '../../taskpane/services';
import { browserPreferences } from '../../taskpane/state/preferences';
import type { EtApplication } from './et';
import { builtFunctionsMetadata, noteRegistration, registerWpsFunctions } from './functions';
import { channelListener, startPane } from './pane';
import { CHANNEL, createRibbon } from './ribbon';

function application(): EtApplication | undefined {
  const w = window as unknown as { Application?: EtApplication };
  return typeof w.Application === 'object' && w.Application !== null ? w.Application : undefined;
}

function post(message: string): boolean {
  if (typeof BroadcastChannel !== 'function') return false;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage(message);
  channel.close();
  return true;
}

function startRoot(): void {
  const app = application();
  const ribbon = createRibbon({
    app,
    paneUrl: new URL('taskpane.html', window.location.href).href,
    post,
    registerFunctions: () => {
      if (app) noteRegistration(app, registerWpsFunctions(app, functions, builtFunctionsMetadata()));
    },
  });
  const w = window as unknown as Record<string, unknown>;
  // ribbon.xml names them ribbon.OnAction …; some WPS builds look the bare names up too.
  w.ribbon = ribbon;
  w.OnAddinLoad = ribbon.OnAddinLoad;
  w.OnAction = ribbon.OnAction;
  w.GetImage = ribbon.GetImage;
  w.GetLabel = ribbon.GetLabel;
  // Register at once as well: OnAddinLoad is not called on every WPS build.
  ribbon.OnAddinLoad();
}

const page = document.body.getAttribute('data-page');
if (page === 'pane') {
  const container = document.getElementById('container');
  if (container) startPane(container, { app: application(), services: coreServices(), preferences: browserPreferences(), listen: channelListener });
} else {
  startRoot();
}
