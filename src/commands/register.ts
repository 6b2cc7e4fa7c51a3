// Ribbon commands of the Home-tab group 绩效, in the shared runtime: the manifest's one
// ExecuteFunction action (校验, validateWorkbook) is associated here, from the pane's bundle, so the
// ribbon and the pane share one module instance. The other button (打开面板) is a ShowTaskpane
// action that Office carries out itself: no function is registered for it. Office waits for
// event.completed() before it re-enables the button, so it is called exactly once, after the work,
// whatever happens.

/** The FunctionName of each ExecuteFunction action in manifest.xml, and nothing else. */
export const ACTION_IDS = {
  validate: 'validateWorkbook',
} as const;

export interface CommandActions {
  /** Runs the validation and shows its result in the pane (injected by the pane). */
  readonly validate: () => Promise<void>;
}

interface CommandEvent {
  completed?: (options?: unknown) => void;
}

/** The parts of the Office global used here (injected in tests). */
export interface CommandOffice {
  readonly actions?: { associate(actionId: string, action: (event?: CommandEvent) => void): void };
  readonly addin?: { showAsTaskpane(): Promise<void> };
}

function officeGlobal(): CommandOffice | undefined {
  return typeof Office === 'undefined' ? undefined : (Office as unknown as CommandOffice);
}

function once(event: CommandEvent | undefined): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    try {
      event?.completed?.();
    } catch {
      // Office already closed the command; nothing to report.
    }
  };
}

async function showPane(office: CommandOffice): Promise<void> {
  try {
    await office.addin?.showAsTaskpane();
  } catch {
    // Without SharedRuntime 1.1 the pane cannot be opened from code; the command still runs.
  }
}

/**
 * Associates validateWorkbook. Returns false (and does nothing) when Office or Office.actions is
 * not available, e.g. outside Office or in a runtime without commands (Office without the ribbon).
 * Without `actions` (an entry that has no pane yet), validateWorkbook only opens the pane.
 */
export interface CommandOptions {
  /** The longest a ribbon 校验 keeps its button busy (default 60 s); the validation itself goes on in the pane. */
  readonly timeoutMs?: number;
}

export function registerCommands(actions?: CommandActions, office: CommandOffice | undefined = officeGlobal(), options: CommandOptions = {}): boolean {
  if (!office?.actions || typeof office.actions.associate !== 'function') return false;
  office.actions.associate(ACTION_IDS.validate, (event?: CommandEvent) => {
    const complete = once(event);
    // Office queues later clicks behind a command that never completes: complete it in any case.
    const timer = setTimeout(complete, options.timeoutMs ?? 60_000);
    void (async () => {
      await showPane(office);
      try {
        await actions?.validate();
      } catch {
        // The pane shows validation errors itself; the command only has to finish.
      }
    })().finally(() => {
      clearTimeout(timer);
      complete();
    });
  });
  return true;
}
