import { jsonErrorOffset, lineAndColumn } from './json-error-offset.js';
import type { Agreement } from './types.js';
import { agreement } from './validate/contract.js';
import { TooManyValues, toPlainJson, MAX_VALUES } from './validate/plain-json.js';
import { checkReferences } from './validate/references.js';
import { Report, type ValidationIssue } from './validate/report.js';
import { isRecord } from './validate/rules.js';
import { checkVersion } from './validate/version.js';
import { warningChecks } from './validate/warnings.js';

export { SCHEMA_VERSION } from './validate/version.js';
export { MAX_DEPTH, MAX_VALUES } from './validate/plain-json.js';
export { MAX_ISSUES, type IssueCode, type ValidationIssue } from './validate/report.js';

type Json = Record<string, unknown>;

export type ValidationResult =
  | { ok: true; agreement: Agreement; warnings: ValidationIssue[] }
  | { ok: false; errors: ValidationIssue[] };

export interface ValidateOptions {
  /**
   * `doc` was just made by `JSON.parse` and nobody else holds it: check it where it is instead of
   * copying it, and return it (unsafe keys deleted) as the agreement. A copy is what keeps a caller's
   * object from changing under the elements, and what stops getters, proxies and cycles; parsed JSON
   * has none of those, so for a large document the copy is only cost (about a quarter of the time, and
   * the garbage). Wrong for any object a caller may still change. Default: false.
   */
  inPlace?: boolean;
}

/**
 * Checks `doc` against the data contract and returns a safe copy on success: plain JSON only,
 * without `__proto__`/`constructor`/`prototype` keys, so nothing downstream can be polluted.
 * Every issue has a JSON Pointer and a Danish and English message. Never throws.
 */
export function validate(doc: unknown, options?: ValidateOptions): ValidationResult {
  return check(doc, new Report(warningChecks), options?.inPlace);
}

/**
 * validate() without the checks that only warn (`warnings` is always empty): for a bundle that shows
 * errors only, which then carries neither those checks nor their texts. The errors are the same.
 */
export function validateErrorsOnly(doc: unknown, options?: ValidateOptions): ValidationResult {
  return check(doc, new Report(), options?.inPlace);
}

function check(doc: unknown, report: Report, inPlace?: boolean): ValidationResult {
  // The contract's issues, found while copying; they follow the copy's and the version's own.
  const checks = new Report();
  let copy: unknown;
  try {
    if (!isRecord(doc)) {
      report.type('', ['et JSON-objekt', 'a JSON object'], doc);
    } else {
      copy = toPlainJson(doc, report, agreement, checks, inPlace);
      // The copy of an object is an object.
      if (checkVersion(copy as Json, report)) {
        report.add(checks);
        checkReferences(copy as Json, report);
      }
    }
  } catch (e) {
    // Past MAX_VALUES, or a getter or proxy in code-built data threw; either way, a verdict.
    if (e instanceof TooManyValues)
      report.error('', 'size', [
        `dokumentet har flere end ${MAX_VALUES} værdier`,
        `the document has more than ${MAX_VALUES} values`,
      ]);
    else
      report.error('', 'unreadable', [
        'dokumentet kunne ikke læses',
        'the document could not be read',
      ]);
  }
  const { errors, warnings } = report.done();
  return errors.length
    ? { ok: false, errors }
    : { ok: true, agreement: copy as Agreement, warnings };
}

/**
 * Parses `json` and validates it. A syntax error is one issue at the root, with the line and
 * column (engines' own messages don't always say where); an empty text says so. A leading byte order
 * mark is ignored.
 * Never throws.
 */
export function validateJson(json: string): ValidationResult {
  let doc: unknown;
  const source = typeof json === 'string' ? json.replace(/^\uFEFF/, '') : '';
  // The engine's own words for this ("Unexpected end of JSON input") are English and say no more.
  if (!source.trim())
    return {
      ok: false,
      errors: [{ pointer: '', code: 'json', da: 'er tom (ingen JSON)', en: 'is empty (no JSON)' }],
    };
  try {
    doc = JSON.parse(source);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const [line, column] = lineAndColumn(source, Math.max(0, jsonErrorOffset(source)));
    const error: ValidationIssue = {
      pointer: '',
      code: 'json',
      da: `er ikke gyldig JSON (linje ${line}, kolonne ${column}): ${detail}`,
      en: `is not valid JSON (line ${line}, column ${column}): ${detail}`,
    };
    return { ok: false, errors: [error] };
  }
  // Parsed here, so held by nobody else.
  return validate(doc, { inPlace: true });
}
