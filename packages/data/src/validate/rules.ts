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
  /** True only if `value` certainly passes, decided without a report; false means "look closer". */
  ok?: (value: unknown) => boolean;
  /**
   * On an object rule whose properties all have `ok`: copies an object whose every property passes `ok`
   * and that has the required ones into `out`, and returns how many values it took (itself included);
   * 0 means "look closer", and the copy walks the object as usual. A document's thousands of series
   * points pass here, without a call per value.
   */
  quick?: (value: object, out: Record<string, unknown>) => number;
}
type Json = Record<string, unknown>;

export const isRecord = (v: unknown): v is Json =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const isString = (v: unknown): boolean => typeof v === 'string';

export const string: Rule = Object.assign(
  (v: unknown, at: At, r: Report) => {
    if (typeof v !== 'string') r.type(at, ['tekst', 'text'], v);
  },
  { ok: isString },
);

export const boolean: Rule = Object.assign(
  (v: unknown, at: At, r: Report) => {
    if (typeof v !== 'boolean') r.type(at, ['true eller false', 'true or false'], v);
  },
  { ok: (v: unknown) => typeof v === 'boolean' },
);

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
  const ok = (v: unknown): boolean => {
    if (typeof v !== 'string') return false;
    if (remember && known.has(v)) return true;
    if (!re.test(v)) return false;
    if (remember && v.length <= 40) {
      if (known.size >= 1000) known.clear();
      known.add(v);
    }
    return true;
  };
  return Object.assign(
    (v: unknown, at: At, r: Report) => {
      if (typeof v !== 'string') r.type(at, ['tekst', 'text'], v);
      else if (!ok(v))
        r.error(at, code, [
          `skal være ${daWhat}, men er ${quote(v)}`,
          `must be ${enWhat}, but is ${quote(v)}`,
        ]);
    },
    { ok },
  );
};

export const oneOf = (values: readonly string[]): Rule => {
  const ok = (v: unknown): boolean => typeof v === 'string' && values.includes(v);
  return Object.assign(
    (v: unknown, at: At, r: Report) => {
      if (ok(v)) return;
      const list = values.map((x) => `"${x}"`).join(', ');
      const [da, en] = typeof v === 'string' ? [quote(v), quote(v)] : kindOf(v);
      r.error(at, 'enum', [
        `skal være en af ${list}, men er ${da}`,
        `must be one of ${list}, but is ${en}`,
      ]);
    },
    { ok },
  );
};

interface NumberOptions {
  integer?: boolean;
  nullable?: boolean;
  min?: number;
  max?: number;
}

export const number = ({ integer, nullable, min, max }: NumberOptions = {}): Rule =>
  Object.assign(
    (v: unknown, at: At, r: Report) => {
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
    },
    {
      // JSON holds no NaN or Infinity; the copy has already reported those, so they look closer here.
      ok: (v: unknown) =>
        v === null
          ? !!nullable
          : typeof v === 'number' &&
            Number.isFinite(v) &&
            (!integer || Number.isInteger(v)) &&
            !(min !== undefined && v < min) &&
            !(max !== undefined && v > max),
    },
  );

/** Text: a string, or an object with a Danish (`da`) and/or English (`en`) string. */
export const text: Rule = Object.assign(
  (v: unknown, at: At, r: Report) => {
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
  },
  { ok: isString },
);

/** A list whose items follow `item`; with `unique`, no string may appear twice. */
export const list = (item: Rule, unique = false): Rule =>
  Object.assign(
    (v: unknown, at: At, r: Report) => {
      if (!Array.isArray(v)) r.type(at, ['en liste', 'a list'], v);
    },
    { item, unique },
  );

/** An object whose known `properties` must follow their rules; `required` ones must be present. */
export const object = (
  properties: Record<string, Rule>,
  required: readonly string[] = [],
): Rule => {
  // A Map: any key of a document (say "toString") finds its rule or nothing.
  const props = new Map(Object.entries(properties));
  const quick = (v: object, out: Record<string, unknown>): number => {
    if (Array.isArray(v)) return 0;
    let taken = 1;
    for (const name in v) {
      // Inherited (the walk reads own keys only), unknown or unsafe: the usual walk reports it.
      if (!Object.hasOwn(v, name)) return 0;
      const value = (v as Json)[name];
      if (!props.get(name)?.ok?.(value)) return 0;
      // In place, `out` is `v`, and a field needs no writing back.
      if (out !== v) out[name] = value;
      taken++;
    }
    for (let i = 0; i < required.length; i++) if (!Object.hasOwn(out, required[i]!)) return 0;
    return taken;
  };
  const flat = [...props.values()].every((rule) => rule.ok);
  return Object.assign(
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
    flat ? { props, quick } : { props },
  );
};
