import { child, quote, type At, Report } from './report.js';
import type { Rule } from './rules.js';

/** Deeper than any contract field needs; far below any engine's stack limit, since the copy recurses. */
export const MAX_DEPTH = 100;
/** More values than a 20 MB data file can hold; stops pathological objects built in code. */
export const MAX_VALUES = 5_000_000;

/** Stands in for a value already reported as unusable, so later checks don't report it twice. */
export const INVALID: unique symbol = Symbol('invalid');

export class TooManyValues extends Error {}

/**
 * A plain-JSON copy of `input` (or, `inPlace`, `input` itself, checked the same way: see ValidateOptions
 * in validate.ts): own enumerable keys only (each read once, so getters and proxies can't change answers
 * between checks), no unsafe keys, nesting limited to MAX_DEPTH. Values
 * JSON can't hold (functions, NaN, `undefined` in a list, …) are reported and replaced by
 * INVALID; `undefined` properties are dropped, as JSON.stringify does. Throws TooManyValues past MAX_VALUES.
 *
 * `rule` checks the copy as it is made, into `checks`: walking a large document once instead of twice
 * is most of what a cold engine can save. Each value is checked once copied; an object or list rule
 * names the rules of its properties or items (see rules.ts).
 */
export function toPlainJson(
  input: unknown,
  report: Report,
  rule?: Rule,
  checks: Report = report,
  inPlace = false,
): unknown {
  let count = 0;
  // The objects and lists that hold the value being copied, outermost first. A list, not a Set: JSON
  // is rarely more than a few levels deep, and searching those few is cheaper than hashing every object.
  const ancestors: object[] = [];
  // keys[d] is the key taken at depth d on the way to the value being copied. A value at `depth` is at
  // the first `depth` keys; `place` becomes that JSON Pointer only when an issue is reported there.
  const keys: (string | number)[] = [];
  let depthOfPlace = 0;
  const place: At = { toString: () => keys.slice(0, depthOfPlace).reduce<string>(child, '') };
  const placeAt = (depth: number): At => ((depthOfPlace = depth), place);

  const copy = (v: unknown, depth: number, rule: Rule | undefined): unknown => {
    if (++count > MAX_VALUES) throw new TooManyValues();
    let out: unknown = v;
    if (v !== null && typeof v === 'object') {
      // An object of plainly right values (see Rule.quick) holds no object, so it can be no ancestor.
      if (rule?.quick && depth < MAX_DEPTH) {
        const into = (inPlace ? v : {}) as Record<string, unknown>;
        const taken = rule.quick(v, into);
        if (taken) {
          if ((count += taken - 1) > MAX_VALUES) throw new TooManyValues();
          return into;
        }
      }
      if (ancestors.includes(v)) {
        report.error(placeAt(depth), 'circular', [
          'henviser til sig selv (cirkulær reference)',
          'refers to itself (circular reference)',
        ]);
        return INVALID;
      }
      if (depth >= MAX_DEPTH) {
        report.error(placeAt(depth), 'depth', [
          `er indlejret dybere end ${MAX_DEPTH} niveauer`,
          `is nested deeper than ${MAX_DEPTH} levels`,
        ]);
        return INVALID;
      }
      ancestors.push(v);
      if (Array.isArray(v)) {
        const list: unknown[] = (out = inPlace ? v : []);
        const item = rule?.item;
        // Only a list of unique items needs to remember them.
        const seen = rule?.unique ? new Set<unknown>() : undefined;
        for (let i = 0; i < v.length; i++) {
          keys[depth] = i;
          const x = copy(v[i], depth + 1, item);
          list[i] = x;
          if (seen && typeof x === 'string') {
            if (seen.has(x))
              checks.error(placeAt(depth + 1), 'unique', [
                `${quote(x)} står flere gange i listen`,
                `${quote(x)} appears more than once in the list`,
              ]);
            seen.add(x);
          }
        }
      } else {
        // A plain object literal is safe: unsafe keys are never assigned (in place, they are deleted).
        const obj = (out = inPlace ? v : {}) as Record<string, unknown>;
        const props = rule?.props;
        const names = Object.keys(v);
        // Index loops: for…of would make an iterator per object, and cold code feels each.
        for (let i = 0; i < names.length; i++) {
          const name = names[i] as string;
          if (name === '__proto__' || name === 'constructor' || name === 'prototype') {
            if (inPlace) delete obj[name];
            report.warningChecks?.unsafeKey(report, child(placeAt(depth), name), name);
            continue;
          }
          const value = (v as Record<string, unknown>)[name];
          if (value === undefined) continue;
          keys[depth] = name;
          const rule = props?.get(name);
          if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) {
            // Most values of a document: copied and checked here, without a call to copy().
            if (++count > MAX_VALUES) throw new TooManyValues();
            obj[name] = value;
            depthOfPlace = depth + 1;
            rule?.(value, place, checks);
          } else obj[name] = copy(value, depth + 1, rule);
        }
      }
      ancestors.pop();
    } else if (
      typeof v === 'number'
        ? !Number.isFinite(v)
        : v !== null && typeof v !== 'string' && typeof v !== 'boolean'
    ) {
      // Never quote a number: "NaN" or "Infinity" means nothing to an editor.
      report.error(
        placeAt(depth),
        'json',
        typeof v !== 'number'
          ? [`er ikke en JSON-værdi (${typeof v})`, `is not a JSON value (${typeof v})`]
          : Number.isNaN(v)
            ? ['er ikke et tal', 'is not a number']
            : ['er ikke et endeligt tal', 'is not a finite number'],
      );
      return INVALID;
    }
    depthOfPlace = depth;
    rule?.(out, place, checks);
    return out;
  };

  return copy(input, 0, rule);
}
