/** Collects validation issues with Danish and English messages, capped so a broken 20 MB file stays readable. */

/** One problem in a document, located by a JSON Pointer ('' = the whole document). */
export interface ValidationIssue {
  /** JSON Pointer (RFC 6901) to the offending value, e.g. "/indicators/3/series/0/period". */
  pointer: string;
  /** Machine-readable kind, e.g. 'type', 'required', 'reference'. Always set by validate(). */
  code?: IssueCode;
  da: string;
  en: string;
}

export type IssueCode =
  | 'type'
  | 'required'
  | 'enum'
  | 'pattern'
  | 'range'
  | 'unique'
  | 'duplicate'
  | 'reference'
  | 'version'
  | 'order'
  | 'json'
  | 'depth'
  | 'size'
  | 'circular'
  | 'unsafe-key'
  | 'duplicate-period'
  | 'frequency'
  | 'unreadable'
  | 'more';

export const MAX_ISSUES = 100;

/** A pair of messages: [Danish, English]. */
export type Msg = readonly [da: string, en: string];

/**
 * Where a value is: a JSON Pointer, or something that prints as one. The copy (plain-json.ts) passes a
 * place that becomes a pointer only when an issue is reported there: validation visits every value of
 * a document, and almost none of them has an issue.
 */
export type At = string | { toString(): string };

/** `parent` + '/' + `key`, escaped as RFC 6901 says ('~' → '~0', '/' → '~1'). */
export const child = (parent: At, key: string | number): string =>
  typeof key === 'number' || !/[~/]/.test(key)
    ? `${String(parent)}/${key}`
    : `${String(parent)}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;

/**
 * `child(parent, key)` written only if printed: checks pass a place for every value they look at, and
 * almost none of them has an issue, so most pointers would be built for nothing.
 */
export const lazyChild = (parent: At, key: string | number): At => {
  let pointer: string | undefined;
  return { toString: () => (pointer ??= child(parent, key)) };
};

/** A value quoted for a message, shortened so a huge string never floods the output. */
export function quote(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v);
  return typeof v === 'number' || typeof v === 'boolean' || v === null ? String(v) : '';
}

/** What a value is, in words: the "but is …" half of a type error. */
export function kindOf(v: unknown): Msg {
  if (v === null) return ['null', 'null'];
  if (Array.isArray(v)) return ['en liste', 'a list'];
  switch (typeof v) {
    case 'string':
      return [`tekst (${quote(v)})`, `text (${quote(v)})`];
    case 'number':
      return [`tallet ${v}`, `the number ${v}`];
    case 'boolean':
      return [String(v), String(v)];
    case 'object':
      return ['et objekt', 'an object'];
    default:
      return [typeof v, typeof v];
  }
}

/**
 * The checks that only warn, which live apart (warnings.ts) so that a bundle that shows errors only can
 * leave them out: a report without them skips those checks.
 */
export interface Warnings {
  /** A `__proto__`, `constructor` or `prototype` key, which the copy drops. */
  unsafeKey(report: Report, at: At, name: string): void;
  /** A `schemaVersion` of this major version with a newer minor. */
  newerVersion(report: Report, at: At, version: string): void;
  /** For one series at `at`: called with each point's index, area ('' = the whole region) and period. */
  repeatedPeriods(
    series: unknown[],
    at: At,
    report: Report,
  ): (i: number, area: string, period: string) => void;
}

export class Report {
  readonly errors: ValidationIssue[] = [];
  readonly warnings: ValidationIssue[] = [];
  private moreErrors = 0;
  private moreWarnings = 0;

  /** @param warningChecks the checks that only warn; without them, there are none. */
  constructor(readonly warningChecks?: Warnings) {}

  error(at: At, code: IssueCode, [da, en]: Msg): void {
    if (this.errors.length < MAX_ISSUES) this.errors.push({ pointer: String(at), code, da, en });
    else this.moreErrors++;
  }

  warn(at: At, code: IssueCode, [da, en]: Msg): void {
    if (this.warnings.length < MAX_ISSUES)
      this.warnings.push({ pointer: String(at), code, da, en });
    else this.moreWarnings++;
  }

  /** Appends `other`'s errors, as if they had been reported here after this report's own. */
  add(other: Report): void {
    for (const e of other.errors) this.error(e.pointer, e.code as IssueCode, [e.da, e.en]);
    this.moreErrors += other.moreErrors;
  }

  /** `pointer` should be `expected`, but is something else. */
  type(at: At, [daWant, enWant]: Msg, found: unknown): void {
    const [daIs, enIs] = kindOf(found);
    this.error(at, 'type', [
      `skal være ${daWant}, men er ${daIs}`,
      `must be ${enWant}, but is ${enIs}`,
    ]);
  }

  /** Errors and warnings, each list ending in "and N more" when it was capped. */
  done(): { errors: ValidationIssue[]; warnings: ValidationIssue[] } {
    const more = (n: number, [da1, daN, en]: readonly string[]): ValidationIssue[] =>
      n
        ? [
            {
              pointer: '',
              code: 'more',
              da: n === 1 ? `og 1 ${da1} mere` : `og ${n} flere ${daN}`,
              en: `and ${n} more ${en}${n === 1 ? '' : 's'}`,
            },
          ]
        : [];
    return {
      errors: [...this.errors, ...more(this.moreErrors, ['fejl', 'fejl', 'error'])],
      warnings: [
        ...this.warnings,
        ...more(this.moreWarnings, ['advarsel', 'advarsler', 'warning']),
      ],
    };
  }
}
