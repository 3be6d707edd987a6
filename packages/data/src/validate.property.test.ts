import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { summarize, statusCounts } from './derive.js';
import { describe as sentence } from './derive.js';
import { completeAgreement } from './fixtures/complete-agreement.js';
import { formatChange, formatValue } from './format.js';
import { validate, validateErrorsOnly } from './validate.js';
import type { Agreement, Indicator } from './types.js';

type Json = Record<string, unknown>;

const protoKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
const before = protoKeys();

/** validate() must return a verdict and leave Object.prototype exactly as it was. */
function safely(doc: unknown) {
  let r;
  try {
    r = validate(doc);
  } catch (e) {
    throw new Error(`validate threw: ${String(e)}`, { cause: e });
  }
  expect(protoKeys()).to.deep.equal(before);
  expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  return r;
}

/** Every pointer into a JSON value, for mutating one place at a time. */
function pointersOf(v: unknown, at = ''): string[] {
  if (v === null || typeof v !== 'object') return [at];
  return [at, ...Object.entries(v).flatMap(([k, x]) => pointersOf(x, `${at}/${k}`))];
}

/** Sets (or with `remove`, deletes) the value at `pointer` in a copy of `doc`, as an own property. */
function mutate(doc: unknown, pointer: string, value: unknown, remove: boolean): unknown {
  if (pointer === '') return value;
  const copy = structuredClone(doc) as Record<string, unknown>;
  const keys = pointer.split('/').slice(1);
  const last = keys.pop() as string;
  const parent = keys.reduce<Record<string, unknown>>(
    (o, k) => o[k] as Record<string, unknown>,
    copy,
  );
  if (remove) delete parent[last];
  else
    Object.defineProperty(parent, last, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return copy;
}

const base = structuredClone(completeAgreement) as unknown;
const places = pointersOf(base);
const interesting = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    '2024-H3',
    '2024-13',
    '2024-Q4',
    'up',
    'none',
    'a b',
    '',
    '__proto__',
    'javascript:x',
    -1,
    1e308,
    7,
  ),
);
const unsafeKeyed = fc.dictionary(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'polluted', 'id'),
  fc.jsonValue({ maxDepth: 2 }),
  { maxKeys: 5 },
);

/** Each object in the document, to add an unsafe key beside its fields (a valid document that warns). */
const objects = places.filter((p) => {
  const v = p
    .split('/')
    .slice(1)
    .reduce<unknown>((o, k) => (o as Json)[k], base);
  return v !== null && typeof v === 'object' && !Array.isArray(v);
});
/** One mutation of the base document: any place changed, or an unsafe key added beside an object's fields. */
const mutated = fc.oneof(
  fc
    .tuple(fc.constantFrom(...places), fc.oneof(interesting, unsafeKeyed), fc.boolean())
    .map(([pointer, value, remove]) => mutate(base, pointer, value, remove)),
  fc
    .tuple(
      fc.constantFrom(...objects),
      fc.constantFrom('__proto__', 'constructor', 'prototype'),
      fc.jsonValue({ maxDepth: 2 }),
    )
    .map(([pointer, key, value]) => mutate(base, `${pointer}/${key}`, value, false)),
);

/** Every number a widget would draw or print for `indicator`, in the region and each area. */
function derivedNumbers(agreement: Agreement, indicator: Indicator): unknown[] {
  const areas = [null, 'nowhere', ...(agreement.areas ?? []).map((a) => a.id)];
  return areas.flatMap((area) => {
    const s = summarize(indicator, area);
    for (const lang of ['da', 'en'] as const) {
      const texts = [
        sentence(indicator, s, lang, 'Område'),
        formatValue(s.latest?.value, indicator.unit, lang, s.decimals),
        formatChange(s.change, indicator.unit, lang, s.decimals),
      ];
      for (const t of texts) expect(t).not.to.match(/NaN|Infinity|undefined|\[object/);
    }
    return [
      s.latest?.value ?? null,
      s.previous?.value ?? null,
      s.first?.value ?? null,
      s.change,
      s.changeSinceFirst,
      s.progress,
      s.decimals,
    ];
  });
}

const finiteOrNull = (n: unknown) => n === null || (typeof n === 'number' && Number.isFinite(n));

describe('validate() properties (fast-check)', () => {
  it('validate(any JSON value) never throws and never pollutes Object.prototype', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (doc) => void safely(doc)),
      { numRuns: 300 },
    );
  });

  it('validateErrorsOnly(doc) is validate(doc) without its warnings: same verdict, errors and copy', () => {
    // Mutations that warn (repeated periods, unsafe keys, a newer minor) as well as ones that fail.
    const warnable = fc.oneof(
      mutated,
      fc
        .tuple(
          fc.constantFrom(...places),
          fc.constantFrom(
            '1.9',
            { period: '2019', value: 1 },
            { period: '2019', value: 2, area: 'x' },
          ),
          fc.boolean(),
        )
        .map(([pointer, value, remove]) => mutate(base, pointer, value, remove)),
    );
    let warned = 0;
    fc.assert(
      fc.property(warnable, (changed) => {
        const doc = JSON.parse(JSON.stringify(changed) ?? 'null');
        const full = validate(doc);
        const quiet = validateErrorsOnly(doc);
        if (full.ok) {
          warned += full.warnings.length ? 1 : 0;
          expect(quiet).to.deep.equal({ ...full, warnings: [] });
        } else expect(quiet).to.deep.equal(full);
      }),
      { numRuns: 400 },
    );
    // The property is about documents with warnings too, so some must have come up.
    expect(warned).to.be.greaterThan(0);
  });

  it('validate(parsed, { inPlace }) gives the copy’s verdict, issues and data, in the parsed object itself', () => {
    let unsafe = 0;
    fc.assert(
      fc.property(mutated, (changed) => {
        const json = JSON.stringify(changed) ?? 'null';
        const copied = validate(JSON.parse(json));
        const doc: unknown = JSON.parse(json);
        const checked = validate(doc, { inPlace: true });
        expect(protoKeys()).to.deep.equal(before);
        expect(checked).to.deep.equal(copied);
        if (!copied.ok) return;
        expect(checked.ok && checked.agreement === doc).to.equal(true);
        if (copied.warnings.some((w) => w.code === 'unsafe-key')) {
          unsafe++;
          // Deleted from the parsed object, as the copy leaves them out.
          expect(JSON.stringify(doc)).not.to.match(/"(__proto__|constructor|prototype)":/);
        }
      }),
      { numRuns: 400 },
    );
    // Valid documents with unsafe keys must have come up, or the deletions went untested.
    expect(unsafe).to.be.greaterThan(0);
  });

  it('validate(any JS value, boxed, Maps, BigInts, null prototypes) never throws', () => {
    const anything = fc.anything({
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withBigInt: true,
      withNullPrototype: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
    });
    fc.assert(
      fc.property(anything, (doc) => void safely(doc)),
      { numRuns: 300 },
    );
  });

  it('validate(objects with __proto__/constructor/prototype keys, anywhere) never pollutes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...places), unsafeKeyed, (pointer, value) => {
        const doc = JSON.parse(JSON.stringify(mutate(base, pointer, value, false)));
        const r = safely(doc);
        if (r.ok) {
          // Even a naive deep merge of the result can't reach a prototype.
          const merge = (target: Record<string, unknown>, src: unknown) => {
            for (const [k, v] of Object.entries(src as object)) {
              if (v && typeof v === 'object')
                merge((target[k] ??= {}) as Record<string, unknown>, v);
              else target[k] = v;
            }
          };
          merge({}, r.agreement);
          expect(protoKeys()).to.deep.equal(before);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('validate(one mutation of a valid document) never throws; if ok, every derived number is finite or null', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...places),
        interesting,
        fc.boolean(),
        (pointer, value, remove) => {
          const r = safely(mutate(base, pointer, value, remove));
          if (!r.ok) return;
          for (const indicator of r.agreement.indicators ?? []) {
            for (const n of derivedNumbers(r.agreement, indicator))
              expect(finiteOrNull(n), String(n)).to.equal(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('for any valid document with random series, every derived number is finite or null', () => {
    const period = fc.oneof(
      fc.integer({ min: 1990, max: 2040 }).map(String),
      fc
        .tuple(
          fc.integer({ min: 1990, max: 2040 }),
          fc.constantFrom('H1', 'H2', 'Q1', 'Q2', 'Q3', 'Q4', '01', '06', '12'),
        )
        .map(([y, p]) => `${y}-${p}`),
    );
    const value = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constant(null),
      fc.integer(),
    );
    const indicator = fc.record(
      {
        id: fc.constantFrom('a', 'b', 'c', 'd'),
        name: fc.string(),
        unit: fc.constantFrom('%', 'dage', ''),
        desiredDirection: fc.constantFrom('down', 'up', 'none'),
        state: fc.constantFrom('active', 'development'),
        series: fc.array(
          fc.record(
            { period, value, area: fc.constantFrom('751', '101') },
            { requiredKeys: ['period', 'value'] },
          ),
          { maxLength: 12 },
        ),
        stableWithin: fc.record(
          {
            relative: fc.double({ min: 0, max: 1e300, noNaN: true }),
            absolute: fc.double({ min: 0, max: 1e300, noNaN: true }),
          },
          { requiredKeys: [] },
        ),
        target: fc.record(
          { value: fc.double({ noNaN: true, noDefaultInfinity: true }), period },
          { requiredKeys: ['value'] },
        ),
        decimals: fc.integer({ min: 0, max: 6 }),
      },
      { requiredKeys: ['id', 'name', 'desiredDirection'] },
    );
    const doc = fc
      .uniqueArray(indicator, { selector: (i) => i.id, maxLength: 4 })
      .map((indicators) => ({
        schemaVersion: '1.0',
        id: 'p',
        title: 'P',
        areas: [
          { id: '751', name: 'Aarhus Kommune' },
          { id: '101', name: 'København' },
        ],
        indicators,
      }));
    fc.assert(
      fc.property(doc, (d) => {
        const r = safely(d);
        expect(r.ok, JSON.stringify(r.ok ? '' : r.errors.slice(0, 3))).to.equal(true);
        if (!r.ok) return;
        for (const i of r.agreement.indicators ?? [])
          for (const n of derivedNumbers(r.agreement, i))
            expect(finiteOrNull(n), String(n)).to.equal(true);
        const counts = statusCounts(r.agreement.indicators ?? []);
        expect(Object.values(counts).reduce((a, b) => a + b, 0)).to.equal(
          r.agreement.indicators?.length,
        );
      }),
      { numRuns: 300 },
    );
  });
});
