// The error every host rejects with: a message for the pane (zh first; `message` holds the zh).
// Each host names its own subclass, so a stack or a test tells which host failed.
import type { Message } from '../core/findings/types';

export class PerfHostError extends Error {
  readonly perfMessage: Message;
  constructor(perfMessage: Message, name = 'PerfHostError') {
    super(perfMessage.zh);
    this.name = name;
    this.perfMessage = perfMessage;
  }
}
