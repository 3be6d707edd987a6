/**
 * Tiny combinators that check plain JSON (see plain-json.ts) and report one issue per bad value.
 * They mirror the JSON Schema keywords the contract uses: type, enum, pattern, minimum/maximum,
 * uniqueItems, properties and required. Unknown properties are ignored, as the schema allows.
 */
import { INVALID } from './plain-json.js';
import { at, child, kindOf, quote, type At, type IssueCode, type Msg, Report } from './report.js';

/** Checks `value`, found under `key` of the value at `parent` (no key: `parent` is where it is). */
export type Rule = (
  value: unknown,
  parent: At,
  key: string | number | undefined,
  report: Report,
) => void;
type Json = Record<string, unknown>;

export const isRecord = (v: unknown): v is Json =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const own = (o: Json, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** Applies `rule` unless the value was already reported as unusable JSON. */
const run = (rule: Rule, v: unknown, parent: At, key: string | number, report: Report) => {
  if (v !== INVALID) rule(v, parent, key, report);
};

export const string: Rule = (v, parent, key, r) => {
  if (typeof v !== 'string') r.type(at(parent, key), ['tekst', 'text'], v);
};

export const boolean: Rule = (v, parent, key, r) => {
  if (typeof v !== 'boolean') r.type(at(parent, key), ['true eller false', 'true or false'], v);
};

/**
 * A string that must match `re`; `what` names the format for the message. Short strings that matched
 * are remembered, a thousand at most: a long series repeats a few periods and area ids, and a look-up
 * beats the regex.
 */
export const matching = (re: RegExp, code: IssueCode, [daWhat, enWhat]: Msg): Rule => {
  const known = new Set<string>();
  return (v, parent, key, r) => {
    if (typeof v !== 'string') r.type(at(parent, key), ['tekst', 'text'], v);
    else if (known.has(v)) return;
    else if (!re.test(v))
      r.error(at(parent, key), code, [
        `skal være ${daWhat}, men er ${quote(v)}`,
        `must be ${enWhat}, but is ${quote(v)}`,
      ]);
    else if (v.length <= 40) {
      if (known.size >= 1000) known.clear();
      known.add(v);
    }
  };
};

export const oneOf =
  (values: readonly string[]): Rule =>
  (v, parent, key, r) => {
    if (typeof v === 'string' && values.includes(v)) return;
    const list = values.map((x) => `"${x}"`).join(', ');
    const [da, en] = typeof v === 'string' ? [quote(v), quote(v)] : kindOf(v);
    r.error(at(parent, key), 'enum', [
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
  (v, parent, key, r) => {
    if (v === null && nullable) return;
    const ok = typeof v === 'number' && (!integer || Number.isInteger(v));
    if (!ok) {
      const what: Msg = integer ? ['et heltal', 'a whole number'] : ['et tal', 'a number'];
      const want: Msg = nullable ? [`${what[0]} eller null`, `${what[1]} or null`] : what;
      return r.type(at(parent, key), want, v);
    }
    if (min !== undefined && v < min)
      r.error(at(parent, key), 'range', [
        `skal være mindst ${min}, men er ${v}`,
        `must be at least ${min}, but is ${v}`,
      ]);
    else if (max !== undefined && v > max)
      r.error(at(parent, key), 'range', [
        `må højst være ${max}, men er ${v}`,
        `must be at most ${max}, but is ${v}`,
      ]);
  };

/** Text: a string, or an object with a Danish (`da`) and/or English (`en`) string. */
export const text: Rule = (v, parent, key, r) => {
  if (typeof v === 'string') return;
  const here = at(parent, key);
  if (!isRecord(v))
    return r.type(
      here,
      ['tekst eller et objekt med "da"/"en"', 'text or an object with "da"/"en"'],
      v,
    );
  let found = false;
  for (const lang of ['da', 'en']) {
    if (!own(v, lang)) continue;
    found = true;
    run(string, v[lang], here, lang, r);
  }
  if (!found) r.error(here, 'required', ['skal have "da" eller "en"', 'must have "da" or "en"']);
};

export const list =
  (item: Rule, unique = false): Rule =>
  (v, parent, key, r) => {
    const here = at(parent, key);
    if (!Array.isArray(v)) return r.type(here, ['en liste', 'a list'], v);
    const seen = new Set<unknown>();
    v.forEach((x, i) => {
      run(item, x, here, i, r);
      if (!unique || typeof x !== 'string') return;
      if (seen.has(x))
        r.error(child(here, i), 'unique', [
          `${quote(x)} står flere gange i listen`,
          `${quote(x)} appears more than once in the list`,
        ]);
      seen.add(x);
    });
  };

/** An object whose known `properties` must follow their rules; `required` ones must be present. */
export const object = (
  properties: Record<string, Rule>,
  required: readonly string[] = [],
): Rule => {
  // One look-up per key finds its rule (own() and an index took two).
  const rules = new Map(Object.entries(properties));
  return (v, parent, key, r) => {
    const here = at(parent, key);
    if (!isRecord(v)) return r.type(here, ['et objekt', 'an object'], v);
    let found = 0;
    for (const name of Object.keys(v)) {
      const rule = rules.get(name);
      if (rule) run(rule, v[name], here, name, r);
      if (required.includes(name)) found++;
    }
    // Each key counts once: when all required ones were among them, none is missing.
    if (found === required.length) return;
    for (const name of required) {
      if (!own(v, name))
        r.error(child(here, name), 'required', [
          'mangler (feltet er påkrævet)',
          'is missing (the field is required)',
        ]);
    }
  };
};
