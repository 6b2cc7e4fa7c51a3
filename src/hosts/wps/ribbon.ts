// The add-in's root page in WPS (index.html, loaded once when WPS starts): the ribbon group 绩效
// (校验 / 打开面板) and the registration of the PERF functions. Ribbon callbacks are global names and
// stay synchronous. The pane is a separate page (taskpane.html) opened with CreateTaskPane; its id is
// kept in PluginStorage (shared by the add-in's pages, not saved in the workbook). 校验 asks the pane
// to validate: a request stamp in PluginStorage that the pane reads when it starts, and a message on
// a BroadcastChannel for a pane already open.
import type { EtApplication, EtTaskPane } from './et';

export const PANE_KEY = 'perf.taskpane';
export const VALIDATE_KEY = 'perf.validate';
export const CHANNEL = 'perf-wps';
export const PANE_TITLE = 'PERF 绩效校验';
/** msoCTPDockPositionRight. */
const DOCK_RIGHT = 2;

export interface RibbonControl {
  readonly Id?: string;
}

export interface RibbonDeps {
  readonly app: EtApplication | undefined;
  /** Absolute URL of the pane page. */
  readonly paneUrl: string;
  /** Posts a message to a pane already open (BroadcastChannel); false when unavailable. */
  readonly post?: (message: string) => boolean;
  readonly now?: () => number;
  /** Registers the PERF functions (once). */
  readonly registerFunctions?: () => void;
}

function storedPane(app: EtApplication): EtTaskPane | null {
  try {
    const id = Number(app.PluginStorage?.getItem(PANE_KEY));
    if (!Number.isInteger(id) || id <= 0 || typeof app.GetTaskPane !== 'function') return null;
    return app.GetTaskPane(id) ?? null;
  } catch {
    return null;
  }
}

/** Shows the pane, creating it the first time; returns it (undefined outside WPS). */
export function showPane(deps: RibbonDeps): EtTaskPane | undefined {
  const app = deps.app;
  if (!app || typeof app.CreateTaskPane !== 'function') return undefined;
  let pane = storedPane(app);
  if (!pane) {
    pane = app.CreateTaskPane(deps.paneUrl, PANE_TITLE);
    try {
      pane.DockPosition = DOCK_RIGHT;
    } catch {
      // docking is a preference
    }
    app.PluginStorage?.setItem(PANE_KEY, String(pane.ID));
  }
  pane.Visible = true;
  return pane;
}

/** Hides the pane (its own close button: a docked pane can leave the ribbon unresponsive in WPS). */
export function hidePane(app: EtApplication | undefined): void {
  if (!app) return;
  const pane = storedPane(app);
  if (pane) pane.Visible = false;
}

export function createRibbon(deps: RibbonDeps) {
  return {
    OnAddinLoad(): boolean {
      deps.registerFunctions?.();
      return true;
    },
    OnAction(control: RibbonControl): boolean {
      const id = control?.Id;
      if (id === 'perfValidate') {
        deps.app?.PluginStorage?.setItem(VALIDATE_KEY, String((deps.now ?? Date.now)()));
        showPane(deps);
        deps.post?.('validate');
        return true;
      }
      if (id === 'perfOpenPane') {
        showPane(deps);
        return true;
      }
      return false;
    },
    GetImage(control: RibbonControl): string {
      return control?.Id === 'perfValidate' ? 'images/validate.png' : 'images/pane.png';
    },
    GetLabel(control: RibbonControl): string {
      return control?.Id === 'perfValidate' ? '校验' : '打开面板';
    },
  };
}

/** Takes a validation request left by the ribbon (once): true when there was one. */
export function takeValidateRequest(app: EtApplication | undefined): boolean {
  try {
    const stamp = app?.PluginStorage?.getItem(VALIDATE_KEY);
    if (typeof stamp !== 'string' || stamp === '') return false;
    app?.PluginStorage?.setItem(VALIDATE_KEY, '');
    return true;
  } catch {
    return false;
  }
}
