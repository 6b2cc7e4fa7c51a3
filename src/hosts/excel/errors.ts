// Errors the Excel host rejects with, and how Office.js errors are recognised (by their code,
// without touching the OfficeExtension global, so this also works under test fakes).
import type { Message } from '../../core/findings/types';
import { PerfHostError } from '../host-error';

/** A failure with a message for the pane (zh first). `message` holds the Chinese text. */
export class HostError extends PerfHostError {
  constructor(perfMessage: Message) {
    super(perfMessage, 'HostError');
  }
}

export function isHostError(error: unknown): error is HostError {
  return error instanceof HostError;
}

/** Office.js error code ('ItemNotFound', 'AccessDenied', 'ResponsePayloadSizeLimitExceeded'…). */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

export function isAccessDenied(error: unknown): boolean {
  return officeErrorCode(error) === 'AccessDenied';
}

/** Excel refused the batch because the user is typing in a cell. */
export function isCellEditMode(error: unknown): boolean {
  return officeErrorCode(error) === 'InvalidOperationInCellEditMode';
}

const SIZE_CODES = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit', 'OperationCellsExceedLimit']);

/** Excel refused a request or response for its size: a smaller request can pass. */
export function isSizeError(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code !== undefined && SIZE_CODES.has(code);
}

/**
 * getMergedAreasOrNullObject refuses a range with more than 512 merged areas with
 * InvalidOperation: fewer rows per range pass. Only meaningful when merged areas were asked for.
 */
export function isMergeLimit(error: unknown): boolean {
  return officeErrorCode(error) === 'InvalidOperation';
}

export function isItemNotFound(error: unknown): boolean {
  return officeErrorCode(error) === 'ItemNotFound';
}

/** Short technical detail for a message: the Office code, else the JS message. */
export function errorDetail(error: unknown): string {
  const code = officeErrorCode(error);
  if (code) return code;
  if (error instanceof Error) return error.message;
  return String(error);
}

/** The message of a failure for the pane: the host's own when it has one, else `fallback` with the detail. */
export function failureMessage(error: unknown, fallback: (detail: string) => Message): Message {
  return error instanceof HostError ? error.perfMessage : fallback(errorDetail(error));
}

export function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The read was cancelled.', 'AbortError');
}

export function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(signal);
}
