// Errors the WPS host rejects with: a message for the pane, Chinese first (message holds the zh).
import type { Message } from '../../core/findings/types';

export class WpsHostError extends Error {
  readonly perfMessage: Message;
  constructor(perfMessage: Message) {
    super(perfMessage.zh);
    this.name = 'WpsHostError';
    this.perfMessage = perfMessage;
  }
}

/** Short technical detail of an ET failure. */
export function detailOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') return (error as { message: string }).message;
  return String(error);
}
