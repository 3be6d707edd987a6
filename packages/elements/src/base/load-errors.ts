import type { ValidationIssue } from '@sundhedsaftale/data';
import type { LoadError } from './agreement-context.js';

/** The error of a document that does not validate; the element lists the first pointers. */
export function invalidDocument(issues: ValidationIssue[], file?: string): LoadError {
  return {
    da: `Data${file ? ` fra ${file}` : ''} kan ikke vises, fordi de ikke følger dataformatet.`,
    en: `The data${file ? ` from ${file}` : ''} cannot be shown because it does not follow the data format.`,
    issues,
  };
}
