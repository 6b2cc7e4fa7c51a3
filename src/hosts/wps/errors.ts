// Errors the WPS host rejects with: a message for the pane, Chinese first (message holds the zh).
import type { Message } from '../../core/findings/types';
import { PerfHostError } from '../host-error';

export class WpsHostError extends PerfHostError {
  constructor(perfMessage: Message) {
    super(perfMessage, 'WpsHostError');
  }
}

/**
 * Short technical detail of an ET failure: its message, and its COM error code (HRESULT, as
 * 0x800A03EC) when it carries one; never empty.
 */
export function detailOf(error: unknown): string {
  let text = '';
  let code: unknown;
  if (typeof error === 'object' && error !== null) {
    const e = error as { message?: unknown; description?: unknown; name?: unknown; number?: unknown; code?: unknown };
    text = typeof e.message === 'string' && e.message ? e.message : typeof e.description === 'string' ? e.description : '';
    if (!text && typeof e.name === 'string') text = e.name;
    code = typeof e.number === 'number' ? e.number : e.code;
  } else if (error !== undefined && error !== null) {
    text = String(error);
  }
  const hex = typeof code === 'number' && Number.isInteger(code) && code !== 0 ? `0x${(code >>> 0).toString(16).toUpperCase().padStart(8, '0')}` : undefined;
  if (hex && !text.includes(hex)) text = text ? `${text} [${hex}]` : hex;
  return text.trim() || '未知错误 / unknown error';
}

/** `error` as the host's rejection: a WpsHostError or a cancellation as it is, anything else in `message`. */
export function asHostError(error: unknown, message: (detail: string) => Message): unknown {
  if (error instanceof WpsHostError) return error;
  if ((error as { name?: unknown } | null)?.name === 'AbortError') return error;
  return new WpsHostError(message(detailOf(error)));
}
