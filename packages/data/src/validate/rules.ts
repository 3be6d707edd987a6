/**
 * Tiny combinators that check plain JSON (see plain-json.ts) and report one issue per bad value.
 * They mirror the JSON Schema keywords the contract uses: type, enum, pattern, minimum/maximum,
 * uniqueItems, properties and required. Unknown properties are ignored, as the schema allows.
 */
import { INVALID } from './plain-json.js';
import { child, kindOf, quote, type At, type IssueCode, type Msg, Report } from './report.js';

export type Rule = (value: unknown, at: At, report: Report) => void;
type Json = Record<string, unknown>;

export const isRecord = (v: unknown): v is Json =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const own = (o: Json, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** Applies `rule` unless the value was already reported as unusable JSON. */
const run = (rule: Rule, v: unknown, at: At, report: Report) => {
  if (v !== INVALID) rule(v, at, report);
};

export const string: Rule = (v, at, r) => {
  if (typeof v !== 'string') r.type(at, ['tekst', 'text'], v);
};

export const boolean: Rule = (v, at, r) => {
  if (typeof v !== 'boolean') r.type(at, ['true eller false', 'true or false'], v);
};

/** A string that must match `re`; `what` names the format for the message. */
export const matching =
  (re: RegExp, code: IssueCode, [daWhat, enWhat]: Msg): Rule =>
  (v, at, r) => {
    if (typeof v !== 'string') r.type(at, ['tekst', 'text'], v);
    else if (!re.test(v))
      r.error(at, code, [
        `skal være ${daWhat}, men er ${quote(v)}`,
        `must be ${enWhat}, but is ${quote(v)}`,
      ]);
  };

export const oneOf =
  (values: readonly string[]): Rule =>
  (v, at, r) => {
    if (typeof v === 'string' && values.includes(v)) return;
    const list = values.map((x) => `"${x}"`).join(', ');
    const [da, en] = typeof v === 'string' ? [quote(v), quote(v)] : kindOf(v);
    r.error(at, 'enum', [
      `skal være en af ${list}, men er ${da}`,
      `must be one of ${list}, but is ${en}`,
    ]);
  };

interface NumberOptions {
  integer?: boolean;
  nullable?: boolean;
  min?: number;
  max?: number;
}

export const number =
  ({ integer, nullable, min, max }: NumberOptions = {}): Rule =>
  (v, at, r) => {
    if (v === null && nullable) return;
    const ok = typeof v === 'number' && (!integer || Number.isInteger(v));
    if (!ok) {
      const what: Msg = integer ? ['et heltal', 'a whole number'] : ['et tal', 'a number'];
      return r.type(at, nullable ? [`${what[0]} eller null`, `${what[1]} or null`] : what, v);
    }
    if (min !== undefined && v < min)
      r.error(at, 'range', [
        `skal være mindst ${min}, men er ${v}`,
        `must be at least ${min}, but is ${v}`,
      ]);
    else if (max !== undefined && v > max)
      r.error(at, 'range', [
        `må højst være ${max}, men er ${v}`,
        `must be at most ${max}, but is ${v}`,
      ]);
  };

/** Text: a string, or an object with a Danish (`da`) and/or English (`en`) string. */
export const text: Rule = (v, at, r) => {
  if (typeof v === 'string') return;
  if (!isRecord(v))
    return r.type(
      at,
      ['tekst eller et objekt med "da"/"en"', 'text or an object with "da"/"en"'],
      v,
    );
  let found = false;
  for (const lang of ['da', 'en']) {
    if (!own(v, lang)) continue;
    found = true;
    run(string, v[lang], child(at, lang), r);
  }
  if (!found) r.error(at, 'required', ['skal have "da" eller "en"', 'must have "da" or "en"']);
};

export const list =
  (item: Rule, unique = false): Rule =>
  (v, at, r) => {
    if (!Array.isArray(v)) return r.type(at, ['en liste', 'a list'], v);
    const seen = new Set<unknown>();
    v.forEach((x, i) => {
      const here = child(at, i);
      run(item, x, here, r);
      if (!unique || typeof x !== 'string') return;
      if (seen.has(x))
        r.error(here, 'unique', [
          `${quote(x)} står flere gange i listen`,
          `${quote(x)} appears more than once in the list`,
        ]);
      seen.add(x);
    });
  };

/** An object whose known `properties` must follow their rules; `required` ones must be present. */
export const object =
  (properties: Record<string, Rule>, required: readonly string[] = []): Rule =>
  (v, at, r) => {
    if (!isRecord(v)) return r.type(at, ['et objekt', 'an object'], v);
    for (const key of Object.keys(v)) {
      if (own(properties, key)) run(properties[key] as Rule, v[key], child(at, key), r);
    }
    for (const key of required) {
      if (!own(v, key))
        r.error(child(at, key), 'required', [
          'mangler (feltet er påkrævet)',
          'is missing (the field is required)',
        ]);
    }
  };
