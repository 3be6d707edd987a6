// The custom elements manifest as npm ships it (custom-elements.json, made by `cem analyze` in the build
// with custom-elements-manifest.config.mjs): the public elements and their API, nothing internal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const manifest = JSON.parse(
  readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'),
);
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
const elements = new Map(declarations.map((d) => [d.tagName, d]));

test('the manifest declares the public elements and nothing else', () => {
  for (const tag of ['sa-agreement', 'sa-overview', 'sa-focus-area-card', 'sa-indicator-sparkline'])
    assert.ok(elements.has(tag), `${tag} is described`);
  for (const d of declarations) {
    assert.equal(d.kind, 'class', `${d.name} is a class, not an internal function or variable`);
    assert.equal(d.customElement, true, `${d.name} is a custom element`);
    assert.match(d.tagName ?? '', /^sa-[a-z-]+$/, `${d.name} has its tag`);
  }
  const names = declarations.map((d) => d.name);
  for (const internal of ['SaElement', 'SaDataElement', 'DataSource', 'IndicatorTable'])
    assert.ok(!names.includes(internal), `${internal} is not described`);
});

test('every custom-element definition is a real tag (no "tag" from defineElement())', () => {
  for (const m of manifest.modules)
    for (const e of m.exports ?? [])
      if (e.kind === 'custom-element-definition') assert.match(e.name, /^sa-[a-z-]+$/);
});

test('events are the documented sa-* events only (no invented agreementContext event)', () => {
  for (const [tag, d] of elements) {
    const events = (d.events ?? []).map((e) => e.name);
    assert.ok(events.includes('sa-load') && events.includes('sa-error'), tag);
    for (const name of events) assert.match(name, /^sa-[a-z]+$/, `${tag} fires ${name}`);
  }
  assert.deepEqual((elements.get('sa-focus-area-card').events ?? []).map((e) => e.name).sort(), [
    'sa-error',
    'sa-load',
    'sa-toggle',
  ]);
});

test('members are public: no private, protected or #private ones', () => {
  for (const [tag, d] of elements)
    for (const m of d.members ?? []) {
      assert.equal(m.privacy, undefined, `${tag} ${m.name}`);
      assert.ok(!m.name.startsWith('#'), `${tag} ${m.name}`);
    }
});

test('inherited attributes reach every widget: data routes, lang, area, theme', () => {
  for (const tag of ['sa-overview', 'sa-focus-area-card', 'sa-indicator-sparkline']) {
    const attributes = elements.get(tag).attributes.map((a) => a.name);
    for (const a of ['src', 'lang', 'area', 'theme', 'timeout', 'max-bytes'])
      assert.ok(attributes.includes(a), `${tag} has ${a}`);
    const members = elements.get(tag).members.map((m) => m.name);
    assert.ok(members.includes('data') && members.includes('refresh'), tag);
  }
  const lang = elements.get('sa-indicator-sparkline').attributes.find((a) => a.name === 'lang');
  assert.match(lang.description ?? '', /ancestor/);
});

test('the manifest is valid against the official custom-elements-manifest schema', async () => {
  const { default: Ajv } = await import('ajv');
  const schema = JSON.parse(
    readFileSync(new URL(import.meta.resolve('custom-elements-manifest/schema.json')), 'utf8'),
  );
  const ajv = new Ajv({ allErrors: true, strict: false }).addSchema(schema, 'cem');
  const validate = ajv.getSchema('cem');
  assert.ok(validate(manifest), JSON.stringify(validate.errors, null, 2));
  // A declaration only has to match one of the schema's kinds, and a plain class matches whatever its
  // events say: check each element against the custom-element kind itself (events need a type there).
  const element = ajv.getSchema('cem#/definitions/CustomElementDeclaration');
  for (const [tag, d] of elements)
    assert.ok(element(d), `${tag}: ${JSON.stringify(element.errors, null, 2)}`);
});

test('module paths are the shipped dist/*.js files, and every reference resolves', () => {
  const paths = new Set(manifest.modules.map((m) => m.path));
  for (const path of paths) {
    assert.match(path, /^dist\/[\w/-]+\.js$/);
    assert.ok(existsSync(new URL(`../${path}`, import.meta.url)), `${path} is built`);
  }
  const refs = manifest.modules.flatMap((m) => [
    ...(m.exports ?? []).map((e) => e.declaration),
    ...(m.declarations ?? []).flatMap((d) =>
      ['members', 'attributes', 'events', 'cssParts', 'cssProperties'].flatMap((list) =>
        (d[list] ?? []).map((item) => item.inheritedFrom).filter(Boolean),
      ),
    ),
  ]);
  for (const ref of refs) {
    const mod = manifest.modules.find((m) => m.path === ref.module);
    assert.ok(
      mod?.declarations?.some((d) => d.name === ref.name),
      JSON.stringify(ref),
    );
  }
  // Each tag is registered by its define.js, which the package exports (./*/define.js).
  for (const [tag, d] of elements) {
    const dir = tag.slice('sa-'.length);
    const define = manifest.modules.find((m) => m.path === `dist/${dir}/define.js`);
    assert.deepEqual(
      define?.exports?.find((e) => e.kind === 'custom-element-definition')?.declaration?.name,
      d.name,
      tag,
    );
  }
});

test('defaults are values, not TypeScript source text', () => {
  for (const [tag, d] of elements) {
    for (const a of d.attributes ?? [])
      if (a.default !== undefined) assert.doesNotMatch(a.default, /^['"]|_\d/, `${tag} ${a.name}`);
    for (const m of d.members ?? [])
      if (m.default !== undefined) assert.doesNotMatch(m.default, /^'|_\d/, `${tag} ${m.name}`);
  }
  const overview = elements.get('sa-overview');
  const attribute = (name) => overview.attributes.find((a) => a.name === name);
  assert.equal(attribute('timeout').default, '10000');
  assert.equal(attribute('max-bytes').default, '5000000');
  assert.equal(attribute('theme').default, 'auto');
  assert.equal(attribute('view').default, 'overview');
  assert.equal(attribute('area-picker').default, undefined, 'a boolean attribute is absent');
  assert.equal(overview.members.find((m) => m.name === 'theme').default, '"auto"');
});

test('events carry their class, as exported by the package', () => {
  const types = {
    'sa-load': 'SaLoadEvent',
    'sa-error': 'SaErrorEvent',
    'sa-toggle': 'SaToggleEvent',
  };
  const index = readFileSync(new URL('../src/index.ts', import.meta.url), 'utf8');
  for (const [tag, d] of elements)
    for (const e of d.events) {
      assert.equal(e.type?.text, types[e.name], `${tag} ${e.name}`);
      assert.match(index, new RegExp(`\\b${e.type.text}\\b`), `${e.type.text} is exported`);
    }
});

/** The sources the elements are built from (not tests or stories). */
function sources(dir = new URL('../src/', import.meta.url)) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(new URL(`${entry.name}/`, dir))
      : /(?<!\.test|\.stories)\.ts$/.test(entry.name)
        ? [readFileSync(new URL(entry.name, dir), 'utf8')]
        : [],
  );
}

test('every part the templates set and every --sa-* custom property the styles read is described', () => {
  const code = sources().join('\n');
  const used = (re) => new Set([...code.matchAll(re)].flatMap((m) => m[1].split(/\s+/)));
  const described = (list) =>
    new Set([...elements.values()].flatMap((d) => (d[list] ?? []).map((p) => p.name)));
  // Static `part="a b"`, and the quoted names in a binding such as `part=${chosen ? 'row chosen' : 'row'}`.
  const bound = [...code.matchAll(/\bpart=\$\{([^}]*)\}/g)].flatMap((m) =>
    [...m[1].matchAll(/'([\w\s-]+)'/g)].flatMap((q) => q[1].split(/\s+/)),
  );
  assert.deepEqual(
    [...new Set([...used(/\bpart="([\w\s-]+)"/g), ...bound])].sort(),
    [...described('cssParts')].sort(),
    'parts',
  );
  assert.deepEqual(
    [...used(/var\((--sa-[\w-]+)/g)].sort(),
    [...described('cssProperties')].sort(),
    'custom properties',
  );
  for (const name of ['stale', '--sa-color-focus', '--sa-color-no-data', '--sa-font-size'])
    assert.ok(described('cssParts').has(name) || described('cssProperties').has(name), name);
});

/**
 * docs/elements.md's tables, by section: the API names in the first column of each table, grouped by
 * the table's first header (attribute, event, part, custom property).
 */
function documentedApi() {
  const doc = readFileSync(new URL('../../../docs/elements.md', import.meta.url), 'utf8');
  const sections = doc.split(/^## /m).slice(1);
  const tables = (text) => {
    const api = {
      attribute: new Set(),
      event: new Map(),
      part: new Set(),
      'custom property': new Set(),
    };
    for (const table of text.match(/(^\|.*\|\n)+/gm) ?? []) {
      const rows = table
        .trim()
        .split('\n')
        .map((row) =>
          row
            .split('|')
            .slice(1, -1)
            .map((cell) => cell.trim()),
        );
      const kind = rows[0][0].replace(' / property', '');
      if (!(kind in api)) continue;
      for (const row of rows.slice(2)) {
        const name = /^`([^`]+)`$/.exec(row[0])?.[1];
        if (!name || name.startsWith('.')) continue; // a property without an attribute
        if (kind === 'event') api.event.set(name, /^`(\w+)`$/.exec(row[1])?.[1]);
        else api[kind].add(name);
      }
    }
    return api;
  };
  const common = tables(sections.find((s) => s.startsWith('Common to every element')));
  const byTag = new Map();
  for (const section of sections) {
    const tag = /^`<(sa-[a-z-]+)>`/.exec(section)?.[1];
    if (!tag) continue;
    const own = tables(section);
    // A widget's section links to the common tables, which then hold for it too.
    if (section.includes('(#common-to-every-element)'))
      for (const [kind, names] of Object.entries(common))
        for (const [name, type] of names.entries())
          if (kind === 'event') own.event.set(name, type);
          else own[kind].add(name);
    byTag.set(tag, own);
  }
  return byTag;
}

test('docs/elements.md documents exactly what the manifest lists, element by element', () => {
  const documented = documentedApi();
  assert.deepEqual([...documented.keys()].sort(), [...elements.keys()].sort(), 'elements');
  const names = (list) => (list ?? []).map((item) => item.name).sort();
  for (const [tag, d] of elements) {
    const doc = documented.get(tag);
    assert.deepEqual([...doc.attribute].sort(), names(d.attributes), `${tag} attributes`);
    assert.deepEqual([...doc.part].sort(), names(d.cssParts), `${tag} parts`);
    assert.deepEqual(
      [...doc['custom property']].sort(),
      names(d.cssProperties),
      `${tag} custom properties`,
    );
    assert.deepEqual(
      Object.fromEntries([...doc.event].sort()),
      Object.fromEntries(d.events.map((e) => [e.name, e.type.text]).sort()),
      `${tag} events and their types`,
    );
  }
});
