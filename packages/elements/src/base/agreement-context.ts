import type { Agreement, ValidationIssue } from '@sundhedsaftale/data';

/**
 * What a data source (an `<sa-agreement>`, or a `src` fetch) has to offer at a moment. `stale` says a
 * refresh failed after a good load: the last good data stays, with a note that it may be out of date.
 */
export type AgreementState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; agreement: Agreement; stale?: LoadError }
  | { status: 'error'; error: LoadError };

/** Why data could not be shown: a message per language, and the JSON Pointers of an invalid document. */
export interface LoadError {
  da: string;
  en: string;
  issues?: ValidationIssue[];
}

/** The context key `<sa-agreement>` provides under. */
export const agreementContext = Symbol.for('sundhedsaftale.agreement');

type Callback = (value: AgreementState, unsubscribe: () => void) => void;

/**
 * A request for the nearest `<sa-agreement>`'s state, in the shape of the Web Components community's
 * Context protocol (`context-request`), so other context-aware code can provide it too. Written out
 * rather than imported from @lit/context: it is all the bundle needs of it, at a third of the size.
 */
export class ContextRequestEvent extends Event {
  constructor(
    readonly context: typeof agreementContext,
    readonly contextTarget: Element,
    readonly callback: Callback,
    readonly subscribe: boolean,
  ) {
    super('context-request', { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'context-request': ContextRequestEvent;
  }
}
