import { child, type At, Report } from './report.js';

/** Deeper than any contract field needs; far below any engine's stack limit, since the copy recurses. */
export const MAX_DEPTH = 100;
/** More values than a 20 MB data file can hold; stops pathological objects built in code. */
export const MAX_VALUES = 5_000_000;
/** Keys that reach prototypes when assigned or merged; never copied. Compared, not looked up: every key is asked. */
const isUnsafeKey = (key: string): boolean =>
  key === '__proto__' || key === 'constructor' || key === 'prototype';

/** Stands in for a value already reported as unusable, so later checks don't report it twice. */
export const INVALID: unique symbol = Symbol('invalid');

export class TooManyValues extends Error {}

/**
 * A plain-JSON copy of `input`: own enumerable keys only (each read once, so getters and proxies
 * can't change answers between checks), no unsafe keys, nesting limited to MAX_DEPTH. Values
 * JSON can't hold (functions, NaN, `undefined` in a list, …) are reported and replaced by
 * INVALID; `undefined` properties are dropped, as JSON.stringify does. Throws TooManyValues past MAX_VALUES.
 */
export function toPlainJson(input: unknown, report: Report): unknown {
  let count = 0;
  // The objects and lists that hold the value being copied, outermost first. A list, not a Set: JSON
  // is rarely more than a few levels deep, and searching those few is cheaper than hashing every object.
  const ancestors: object[] = [];
  // keys[d] is the key taken at depth d on the way to the value being copied. A value at `depth` is at
  // the first `depth` keys; that place becomes a JSON Pointer only when an issue is reported there.
  const keys: (string | number)[] = [];
  const placeAt = (depth: number): At =>
    keys.slice(0, depth).reduce<At>((parent, key) => child(parent, key), '');

  const copy = (v: unknown, depth: number): unknown => {
    if (++count > MAX_VALUES) throw new TooManyValues();
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    if (typeof v === 'number') {
      // Never quote the value: "NaN" or "Infinity" means nothing to an editor.
      report.error(
        placeAt(depth),
        'json',
        Number.isNaN(v)
          ? ['er ikke et tal', 'is not a number']
          : ['er ikke et endeligt tal', 'is not a finite number'],
      );
      return INVALID;
    }
    if (typeof v !== 'object') {
      report.error(placeAt(depth), 'json', [
        `er ikke en JSON-værdi (${typeof v})`,
        `is not a JSON value (${typeof v})`,
      ]);
      return INVALID;
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
    let out: unknown;
    if (Array.isArray(v)) {
      const list: unknown[] = [];
      for (let i = 0; i < v.length; i++) {
        keys[depth] = i;
        list.push(copy(v[i], depth + 1));
      }
      out = list;
    } else {
      // Plain object literal: safe because unsafe keys never get assigned.
      const obj: Record<string, unknown> = {};
      for (const name of Object.keys(v)) {
        if (isUnsafeKey(name)) {
          report.warn(child(placeAt(depth), name), 'unsafe-key', [
            `nøglen "${name}" ignoreres af sikkerhedshensyn`,
            `the key "${name}" is ignored for safety`,
          ]);
          continue;
        }
        const value = (v as Record<string, unknown>)[name];
        keys[depth] = name;
        if (value !== undefined) obj[name] = copy(value, depth + 1);
      }
      out = obj;
    }
    ancestors.pop();
    return out;
  };

  return copy(input, 0);
}
