import { createContext } from '@lit/context';
import type { Agreement, ValidationIssue } from '@sundhedsaftale/data';

/**
 * What a data source (an `<sa-agreement>`, or a `src` fetch) has to offer at a moment. `stale` says a refresh failed after a good
 * load: the last good data stays, with a note that it may be out of date.
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

export const agreementContext = createContext<AgreementState>(
  Symbol.for('sundhedsaftale.agreement'),
);
