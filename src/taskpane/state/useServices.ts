// The pane's services, whether given at once or loaded on demand: a loader is called right after the
// first render (the pane shows its idle state meanwhile), and ensure() waits for it, or tries again
// after a failed load, when the user asks for something that needs the core.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PaneServices, ServicesSource } from '../services';

export interface ServicesHandle {
  /** The services once loaded (a render value). */
  readonly loaded: PaneServices | undefined;
  /** The same, read at call time (for callbacks that ran across an await). */
  current(): PaneServices | undefined;
  /** The services, loading them first if needed; rejects with the loader's error. */
  ensure(): Promise<PaneServices>;
}

export function useServices(source: ServicesSource): ServicesHandle {
  const given = typeof source === 'function' ? undefined : source;
  const [fetched, setFetched] = useState<{ readonly from: ServicesSource; readonly services: PaneServices }>();
  const loaded = given ?? (fetched?.from === source ? fetched.services : undefined);
  const ref = useRef(loaded);
  ref.current = loaded;

  // One load at a time: the preload and a click on 校验 meanwhile wait for the same one.
  const pending = useRef<{ readonly from: ServicesSource; readonly promise: Promise<PaneServices> }>(undefined);
  const ensure = useCallback((): Promise<PaneServices> => {
    if (typeof source !== 'function') return Promise.resolve(source);
    if (ref.current) return Promise.resolve(ref.current);
    if (pending.current?.from === source) return pending.current.promise;
    const promise = Promise.resolve()
      .then(source)
      .then(
        (services) => {
          ref.current = services;
          setFetched({ from: source, services });
          return services;
        },
        (error: unknown) => {
          if (pending.current?.promise === promise) pending.current = undefined;
          throw error;
        },
      );
    pending.current = { from: source, promise };
    return promise;
  }, [source]);

  // Preload after the first render; a failure is shown when the user asks for a check.
  useEffect(() => {
    if (typeof source === 'function') ensure().catch(() => undefined);
  }, [source, ensure]);

  const current = useCallback(() => ref.current, []);
  return useMemo(() => ({ loaded, current, ensure }), [loaded, current, ensure]);
}
