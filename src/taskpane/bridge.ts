// The ribbon's 校验 command and the pane share one runtime: the command asks the pane to validate
// through this bridge. A request made before the pane is ready waits for it.
export interface ValidateBridge {
  /** Runs the pane's validation; resolves when it has finished. */
  validate(): Promise<void>;
  /** The pane registers its validation; returns the function that unregisters it. */
  attach(run: () => Promise<void>): () => void;
}

export function createValidateBridge(): ValidateBridge {
  let runner: (() => Promise<void>) | undefined;
  let waiting: Array<() => void> = [];
  return {
    validate() {
      if (runner) return runner();
      return new Promise<void>((resolve) => {
        waiting.push(resolve);
      }).then(() => runner?.());
    },
    attach(run) {
      runner = run;
      const ready = waiting;
      waiting = [];
      ready.forEach((resolve) => resolve());
      return () => {
        if (runner === run) runner = undefined;
      };
    },
  };
}
