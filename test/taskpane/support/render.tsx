// Rendering the pane over the memory host with the seed-like checker, for the RTL tests.
import { act, configure, render, screen, waitFor } from '@testing-library/react';
import { scoreFormulaChanges } from '../../../src/core/actions/score-formula';
import { loadProfile, profileById } from '../../../src/core/profile';
import type { WorkbookGrid } from '../../../src/core/grid/types';
import { createMemoryHost, MemoryWorkbook, type MemoryHostOptions } from '../../../src/hosts/memory';
import { PerfApp } from '../../../src/taskpane/components/PerfApp';
import type { PaneServices, ServicesSource } from '../../../src/taskpane/services';
import type { Language } from '../../../src/taskpane/i18n';
import type { ThemeInput } from '../../../src/taskpane/theme';
import type { ValidateBridge } from '../../../src/taskpane/bridge';
import type { PreferenceStore } from '../../../src/taskpane/state/preferences';
import { checkSeedLike } from './seed-check';
import { seedTable } from './seed-table';
import { seedGrid } from './workbooks';

// jsdom with Fluent is slow on a loaded machine: generous waits, never timing assertions.
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(60_000);

export const seedServices: PaneServices = {
  check: checkSeedLike,
  recognise: (grid: WorkbookGrid) => ({
    tables: grid.sheets.filter((s) => s.name !== '校验报告' && s.rowCount >= 36).map((s) => seedTable(s)),
  }),
  profileById,
  loadProfile,
  scoreFormulas: scoreFormulaChanges,
};

export interface RenderOptions extends MemoryHostOptions {
  readonly workbook?: MemoryWorkbook;
  /** Given at once (most tests) or as a loader, as the add-in's pane gets them. */
  readonly services?: ServicesSource;
  readonly language?: Language;
  readonly theme?: ThemeInput;
  readonly liveDelayMs?: number;
  readonly bridge?: ValidateBridge;
  readonly preferences?: PreferenceStore;
}

export function renderPane(options: RenderOptions = {}) {
  const workbook = options.workbook ?? new MemoryWorkbook(seedGrid());
  const host = createMemoryHost(workbook, options);
  const utils = render(
    <PerfApp host={host} services={options.services ?? seedServices} language={options.language} theme={options.theme} liveDelayMs={options.liveDelayMs ?? 30} bridge={options.bridge} preferences={options.preferences} />,
  );
  return { ...utils, host, workbook };
}

/**
 * The open dialog named `name`. Under jsdom, Tabster sometimes sees the dialog take focus before it
 * has registered the dialog's modalizer, and then marks the dialog itself aria-hidden. Moving focus
 * onto the dialog's first button (as the user's Tab would) activates it. Browsers do not need this.
 */
export async function findDialog(name: string): Promise<HTMLElement> {
  const surface = await waitFor(() => {
    const found = [...document.querySelectorAll<HTMLElement>('[role=dialog]')].find((d) => {
      const title = document.getElementById(d.getAttribute('aria-labelledby') ?? '');
      return title?.textContent === name;
    });
    if (!found) throw new Error(`no dialog named ${name}`);
    return found;
  });
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    surface.querySelector<HTMLElement>('button, textarea, input')?.focus();
  });
  return screen.findByRole('dialog', { name });
}

/** Waits until no part of the pane is aria-hidden (Tabster restores it after a dialog closes). */
export async function waitForPane(): Promise<void> {
  await waitFor(() => {
    if (document.querySelector('[aria-hidden="true"] main, main[aria-hidden="true"]')) throw new Error('pane still hidden');
  });
}
