// Turning whatever a host rejected with into a message for the pane.
import type { Message } from '../core/findings/types';
import { text } from './i18n/catalog';

function isMessage(x: unknown): x is Message {
  return typeof x === 'object' && x !== null && typeof (x as Message).zh === 'string' && typeof (x as Message).en === 'string';
}

export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/** The host's own message (perfMessage) when it gave one, else the error text in a generic sentence. */
export function messageOf(error: unknown): Message {
  const perf = typeof error === 'object' && error !== null ? (error as { perfMessage?: unknown }).perfMessage : undefined;
  if (isMessage(perf)) return perf;
  const detail = error instanceof Error ? error.message : String(error);
  return text.operationFailed(detail);
}
