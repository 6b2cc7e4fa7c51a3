// The ribbon's 校验 command and the pane share one runtime: the command asks the pane to validate
// through this bridge. A request made before the pane is ready waits for it — until the page says
// no pane will come (close: not in Excel) or waitMs passes, so the ribbon command always finishes.
export interface ValidateBridge {
  /** Runs the pane's validation; resolves when it has finished (or at once when no pane will run it). */
  validate(): Promise<void>;
  /** The pane registers its validation; returns the function that unregisters it. */
  attach(run: () => Promise<void>): () => void;
  /** No pane will attach (the page is not in Excel): waiting and later requests resolve at once. */
  close(): void;
}

export interface BridgeOptions {
  /** How long a request waits for a pane to attach (default 2 minutes). */
  readonly waitMs?: number;
}

export function createValidateBridge(options: BridgeOptions = {}): ValidateBridge {
  const waitMs = options.waitMs ?? 120_000;
  let runner: (() => Promise<void>) | undefined;
  let closed = false;
  let waiting: Array<() => void> = [];
  const release = (): void => {
    const ready = waiting;
    waiting = [];
    ready.forEach((resolve) => resolve());
  };
  return {
    validate() {
      if (runner) return runner();
      if (closed) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          waiting = waiting.filter((w) => w !== done);
          resolve();
        }, waitMs);
        const done = (): void => {
          clearTimeout(timer);
          resolve();
        };
        waiting.push(done);
      }).then(() => runner?.());
    },
    attach(run) {
      runner = run;
      closed = false;
      release();
      return () => {
        if (runner === run) runner = undefined;
      };
    },
    close() {
      closed = true;
      release();
    },
  };
}
