// The JSON Schema, the TypeScript types and validate() describe one contract; these tests keep
// them in step, using ajv (an independent JSON Schema 2020-12 validator) as the referee.
// Run after `npx tsc -b packages/data`: they read the compiled package from dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import * as data from '../dist/index.js';
import { completeAgreement } from '../dist/fixtures/complete-agreement.js';
import { DATE_PATTERN, ID_PATTERN } from '../dist/validate/contract.js';

const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const schema = read('../schema/sundhedsaftale.schema.json');
const samples = ['midt-2019-2023', 'midt-2024-2027'].map((name) => [
  name,
  read(`../samples/${name}.json`),
]);

const ajv = new Ajv2020({ allErrors: true, strict: true });
const ajvValid = ajv.compile(schema);
const ajvMessage = () => ajv.errorsText(ajvValid.errors, { separator: '\n' });

const deref = (s) => (s?.$ref ? schema.$defs[s.$ref.replace('#/$defs/', '')] : s);
/** The object-shaped part of a schema node (for text: the {da, en} branch). */
const objectSchema = (s) =>
  deref(s)?.properties ? deref(s) : deref(s)?.anyOf?.find((b) => b.type === 'object');

test('the schema compiles with ajv 2020 in strict mode', () => {
  assert.equal(typeof ajvValid, 'function');
});

test('every property in the schema has a title and a description', () => {
  const missing = [];
  const visit = (node, at) => {
    if (!node || typeof node !== 'object') return;
    for (const [key, prop] of Object.entries(node.properties ?? {})) {
      if (prop !== true && (!prop.title || !prop.description))
        missing.push(`${at}/properties/${key}`);
    }
    for (const [key, child] of Object.entries(node)) visit(child, `${at}/${key}`);
  };
  visit(schema, '#');
  assert.deepEqual(missing, []);
});

for (const [name, doc] of [['complete fixture', completeAgreement], ...samples]) {
  test(`${name} is valid for ajv and for validate()`, () => {
    assert.ok(ajvValid(doc), ajvMessage());
    const r = data.validate(doc);
    assert.ok(r.ok, JSON.stringify(r.errors, null, 2));
  });
}

test('types ↔ schema: the fully typed fixture has exactly the properties the schema declares, everywhere', () => {
  // The fixture's type requires every field of the TypeScript types (DeepRequired<Agreement>),
  // so equal key sets here mean the types and the schema declare the same fields.
  const problems = [];
  const compare = (os, keys, at) => {
    const declared = Object.keys(os?.properties ?? {}).sort();
    const used = [...new Set(keys)].sort();
    if (JSON.stringify(declared) !== JSON.stringify(used))
      problems.push(`${at}: schema ${declared.join(',')} ≠ typed ${used.join(',')}`);
  };
  const walk = (s, value, at) => {
    s = deref(s);
    if (Array.isArray(value)) {
      const objects = value.filter((v) => v && typeof v === 'object' && !Array.isArray(v));
      if (objects.length) compare(objectSchema(s.items), objects.flatMap(Object.keys), `${at}/*`);
      value.forEach((v, i) => children(s.items, v, `${at}/${i}`));
    } else if (value && typeof value === 'object') {
      compare(objectSchema(s), Object.keys(value), at);
      children(s, value, at);
    }
  };
  const children = (s, value, at) => {
    const os = objectSchema(s);
    if (Array.isArray(value)) return walk(s, value, at);
    if (!value || typeof value !== 'object') return;
    for (const [key, v] of Object.entries(value)) walk(os.properties[key], v, `${at}/${key}`);
  };
  walk(schema, completeAgreement, '');
  assert.deepEqual(problems, []);
});

test('types ↔ schema: enums match the lists validate() uses', () => {
  const enumAt = (path) => path.reduce((s, key) => deref(s).properties[key], schema).enum;
  const ind = schema.$defs.indicator.properties;
  assert.deepEqual(enumAt(['stage']), [...data.STAGES]);
  assert.deepEqual(enumAt(['lang']), [...data.LANGS]);
  assert.deepEqual(ind.desiredDirection.enum, [...data.DIRECTIONS]);
  assert.deepEqual(ind.frequency.enum, [...data.FREQUENCIES]);
  assert.deepEqual(ind.state.enum, [...data.INDICATOR_STATES]);
  assert.deepEqual(schema.$defs.area.properties.kind.enum, [...data.AREA_KINDS]);
  assert.deepEqual(schema.$defs.initiative.properties.status.enum, [...data.INITIATIVE_STATUSES]);
  assert.deepEqual(schema.$defs.statusReport.properties.kind.enum, [...data.STATUS_REPORT_KINDS]);
});

test('types ↔ schema: patterns match the regular expressions validate() uses', () => {
  assert.equal(schema.$defs.period.pattern, data.PERIOD_PATTERN.source);
  assert.equal(schema.$defs.url.pattern, data.URL_PATTERN.source);
  assert.equal(schema.$defs.id.pattern, ID_PATTERN.source);
  assert.equal(schema.$defs.date.pattern, DATE_PATTERN.source);
  const [major] = data.SCHEMA_VERSION.split('.');
  assert.equal(schema.properties.schemaVersion.pattern, `^${major}\\.(0|[1-9][0-9]*)$`);
});

// Checks only validate() makes: a JSON Schema can't see references, order between fields, or whether a
// series' periods fit its indicator's frequency. 'more' counts the issues past the cap, which a broken
// list of areas reaches through its references.
const BEYOND_SCHEMA = new Set(['reference', 'duplicate', 'order', 'frequency', 'more']);

/** Every pointer into a JSON value. */
const pointersOf = (v, at = '') =>
  v === null || typeof v !== 'object'
    ? [at]
    : [at, ...Object.entries(v).flatMap(([k, x]) => pointersOf(x, `${at}/${k}`))];

function mutate(doc, pointer, value, remove) {
  if (pointer === '') return value;
  const copy = structuredClone(doc);
  const keys = pointer.split('/').slice(1);
  const last = keys.pop();
  const parent = keys.reduce((o, k) => o[k], copy);
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

const interesting = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    ...['2024', '2024-H3', '2024-13', '2024-Q4', '2024-00', 'up', 'none', 'annual', 'a b', '', ' '],
    ...['javascript:x', 'https://x.dk', '//x', 'docs/a b', '1.0', '1.9', '2.0', '2023-02-30'],
    ...[-1, 0, 7, 2.5, 1e308, 10000, true, null, {}, [], { da: 1 }, { en: 'x' }, ['a', 'a']],
  ),
);

for (const [name, base] of [['complete fixture', completeAgreement], ...samples]) {
  test(`ajv and validate() agree on random one-place mutations of the ${name}`, () => {
    const places = pointersOf(base);
    fc.assert(
      fc.property(
        fc.constantFrom(...places),
        interesting,
        fc.boolean(),
        (pointer, value, remove) => {
          const doc = mutate(base, pointer, value, remove);
          const byAjv = ajvValid(doc);
          const r = data.validate(doc);
          const schemaErrors = r.ok ? [] : r.errors.filter((e) => !BEYOND_SCHEMA.has(e.code));
          assert.equal(
            schemaErrors.length === 0,
            byAjv,
            `at ${pointer}: ${JSON.stringify(value)}\najv: ${ajvMessage()}\nvalidate: ${JSON.stringify(schemaErrors)}`,
          );
          // Each schema-level error points at (or inside) the one place that changed.
          for (const e of schemaErrors)
            assert.ok(
              e.pointer === pointer || e.pointer.startsWith(`${pointer}/`),
              `${e.pointer} is outside ${pointer}`,
            );
        },
      ),
      { numRuns: 1500 },
    );
  });
}
