// Starting the pane: learn from Office (through the Excel host's bootstrap) whether we are in Excel,
// its language and theme; register the ribbon commands so 校验 validates through this pane; render.
// The pane renders before the checking core is there: it calls the services loader after its first
// render. Dependencies are passed in so the start-up path is tested without Office.
import { createRoot, type Root } from 'react-dom/client';
import type { CommandActions } from '../commands/register';
import type { ExcelStart } from '../hosts/excel/bootstrap';
import { createValidateBridge } from './bridge';
import { NotInExcel } from './components/NotInExcel';
import { PerfApp } from './components/PerfApp';
import type { ServicesSource } from './services';
import type { PreferenceStore } from './state/preferences';
import type { ThemeInput } from './theme';

export interface MountDeps {
  readonly startExcel: () => Promise<ExcelStart>;
  readonly registerCommands: (actions: CommandActions) => unknown;
  /** The services or their loader, handed to the pane as they are (a loader runs after the first render). */
  readonly services: ServicesSource;
  /** Settings kept between sessions (the add-in: the browser storage Office gives it). */
  readonly preferences?: PreferenceStore;
}

export function themeInputOf(start: Pick<ExcelStart, 'theme'>): ThemeInput {
  return { isDark: start.theme.dark, bodyBackgroundColor: start.theme.colors?.bodyBackground };
}

export async function mountPane(container: HTMLElement, deps: MountDeps): Promise<Root> {
  const bridge = createValidateBridge();
  // At once, before Office answers: the ribbon's 校验 waits in the bridge until the pane is ready.
  deps.registerCommands({ validate: () => bridge.validate() });
  const root = createRoot(container);
  const show = (start: ExcelStart): void => {
    if (start.inExcel && start.host) {
      root.render(
        <PerfApp host={start.host} services={deps.services} language={start.language} theme={themeInputOf(start)} bridge={bridge} preferences={deps.preferences} />,
      );
      return;
    }
    // Office slow to answer: say so, and mount the pane when it does (the page is never reloaded).
    root.render(<NotInExcel language={start.language} notice={start.later ? start.notes[0] : undefined} />);
    if (start.later) void start.later.then(show);
    else bridge.close();
  };
  show(await deps.startExcel());
  return root;
}
