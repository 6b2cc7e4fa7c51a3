// The checking core (recognition, the rules, scoring, the profiles and decimal.js: about 140 KB of
// script) is a chunk of its own, fetched from the page's own origin after the pane's first render,
// so the first screen parses only React, Fluent UI and the pane. The chunk's URL is taken from the
// script that loaded the page's bundle (webpack publicPath 'auto'), so it works under any origin
// and path: the add-in's https://localhost:3000/, a production origin, the preview server.
import type { Message } from '../core/findings/types';
import { text } from './i18n/catalog';
import type { PaneServices } from './services';

type CoreModule = Pick<typeof import('./services'), 'coreServices'>;

/** A failed load, with the pane's bilingual message (errors.ts shows perfMessage as it is). */
export class CoreLoadError extends Error {
  readonly perfMessage: Message;

  constructor(cause: unknown) {
    const detail = (cause instanceof Error ? cause.message : String(cause)).split('\n')[0];
    super(`the checking core could not be loaded: ${detail}`);
    this.name = 'CoreLoadError';
    this.perfMessage = text.coreUnavailable(detail);
  }
}

/**
 * A loader of the services: one import at a time, the services kept once loaded, and a failed load
 * forgotten so the next call tries again (webpack fetches a failed chunk again when asked).
 */
export function createServicesLoader(importCore: () => Promise<CoreModule>): () => Promise<PaneServices> {
  let pending: Promise<PaneServices> | undefined;
  return () => {
    pending ??= importCore().then(
      (core) => core.coreServices(),
      (error: unknown) => {
        pending = undefined;
        throw new CoreLoadError(error);
      },
    );
    return pending;
  };
}

/** The real core, from the split chunk perf-core. */
export const loadCoreServices = createServicesLoader(() => import(/* webpackChunkName: "perf-core" */ './services'));
