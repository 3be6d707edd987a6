import type { Messages } from './messages.js';

/**
 * Thrown from an element's view when the data has no such thing to show (an unknown indicator id, say).
 * The base class catches it and renders the message as the error state.
 */
export class ViewError extends Error {
  constructor(readonly describe: (m: Messages) => string) {
    super('view');
  }
}
