// The custom elements manifest as npm ships it (custom-elements.json, made by `cem analyze` in the build
// with custom-elements-manifest.config.mjs): the public elements and their API, nothing internal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

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
