/**
 * Tiny combinators that check plain JSON and report one issue per bad value. They mirror the JSON
 * Schema keywords the contract uses: type, enum, pattern, minimum/maximum, uniqueItems, properties
 * and required. Unknown properties are ignored, as the schema allows.
 */
import { INVALID } from './plain-json.js';
import { child, kindOf, quote, type At, type IssueCode, type Msg, Report } from './report.js';

/**
 * Checks `value`, found at `at`. The copy (plain-json.ts) runs rules as it goes, each on a value already
 * copied, so an object's or a list's rule only checks the container itself; `props` or `item` name the
 * rules the copy runs on its contents, and `unique` asks it to report repeated strings in a list.
 */
export interface Rule {
  (value: unknown, at: At, report: Report): void;
  props?: Map<string, Rule>;
  item?: Rule;
  unique?: boolean;
}
type Json = Record<string, unknown>;

export const isRecord = (v: unknown): v is Json =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

export const string: Rule = (v, at, r) => {
  if (typeof v !== 'string') r.type(at, ['tekst', 'text'], v);
};

export const boolean: Rule = (v, at, r) => {
  if (typeof v !== 'boolean') r.type(at, ['true eller false', 'true or false'], v);
};

/**
 * A string that must match `re`; `what` names the format for the message. Short strings that matched
 * are remembered, a thousand at most: a long series repeats a few periods and area ids, and a look-up
 * beats the regex. Without `remember`, for values that rarely repeat (ids: a document's thousand
 * indicator ids would fill the memory and clear it again on every validation).
 */
export const matching = (
  re: RegExp,
  code: IssueCode,
  [daWhat, enWhat]: Msg,
  remember = true,
): Rule => {
  const known = new Set<string>();
  return (v, at, r) => {
    if (typeof v !== 'string') r.type(at, ['tekst', 'text'], v);
    else if (remember && known.has(v)) return;
    else if (!re.test(v))
      r.error(at, code, [
        `skal være ${daWhat}, men er ${quote(v)}`,
        `must be ${enWhat}, but is ${quote(v)}`,
      ]);
    else if (remember && v.length <= 40) {
      if (known.size >= 1000) known.clear();
      known.add(v);
    }
  };
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
      const want: Msg = nullable ? [`${what[0]} eller null`, `${what[1]} or null`] : what;
      return r.type(at, want, v);
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
    if (!Object.hasOwn(v, lang)) continue;
    found = true;
    // Its contents were copied without rules; one already reported as unusable isn't reported again.
    const value = v[lang];
    if (typeof value !== 'string' && value !== INVALID) string(value, child(at, lang), r);
  }
  if (!found) r.error(at, 'required', ['skal have "da" eller "en"', 'must have "da" or "en"']);
};

/** A list whose items follow `item`; with `unique`, no string may appear twice. */
export const list = (item: Rule, unique = false): Rule =>
  Object.assign(
    (v: unknown, at: At, r: Report) => {
      if (!Array.isArray(v)) r.type(at, ['en liste', 'a list'], v);
    },
    { item, unique },
  );

/** An object whose known `properties` must follow their rules; `required` ones must be present. */
export const object = (properties: Record<string, Rule>, required: readonly string[] = []): Rule =>
  Object.assign(
    (v: unknown, at: At, r: Report) => {
      if (!isRecord(v)) return r.type(at, ['et objekt', 'an object'], v);
      for (let i = 0; i < required.length; i++) {
        const name = required[i] as string;
        if (!Object.hasOwn(v, name))
          r.error(child(at, name), 'required', [
            'mangler (feltet er påkrævet)',
            'is missing (the field is required)',
          ]);
      }
    },
    // A Map: any key of a document (say "toString") finds its rule or nothing.
    { props: new Map(Object.entries(properties)) },
  );
