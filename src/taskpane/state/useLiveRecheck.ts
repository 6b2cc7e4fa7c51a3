// Live re-check: while enabled, edits reported by the host are collected per sheet and, after a
// quiet moment, handed over together (a burst of typing causes one re-check, not one per cell).
import { useEffect, useRef } from 'react';
import type { PerfHost } from '../../hosts/types';

export interface LiveRecheckOptions {
  readonly host: PerfHost;
  readonly enabled: boolean;
  readonly delayMs: number;
  readonly onSheetsEdited: (sheets: readonly string[]) => void;
  readonly onError: (error: unknown) => void;
}

export function useLiveRecheck({ host, enabled, delayMs, onSheetsEdited, onError }: LiveRecheckOptions): void {
  // The latest callbacks, without re-subscribing to the host each time they change.
  const edited = useRef(onSheetsEdited);
  const failed = useRef(onError);
  edited.current = onSheetsEdited;
  failed.current = onError;

  useEffect(() => {
    if (!enabled) return undefined;
    let stop: (() => void) | undefined;
    let ended = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const pending = new Set<string>();
    const flush = () => {
      const sheets = [...pending];
      pending.clear();
      if (sheets.length > 0) edited.current(sheets);
    };
    host
      .watchChanges((sheet) => {
        pending.add(sheet);
        if (timer) clearTimeout(timer);
        timer = setTimeout(flush, delayMs);
      })
      .then((unsubscribe) => {
        if (ended) unsubscribe();
        else stop = unsubscribe;
      })
      .catch((error: unknown) => failed.current(error));
    return () => {
      ended = true;
      if (timer) clearTimeout(timer);
      stop?.();
    };
  }, [enabled, host, delayMs]);
}
