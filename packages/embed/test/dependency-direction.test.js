// The packages depend on each other in one direction only: cli → elements → data, embed → elements → data,
// and bench (private) on anything. Read from each package.json and from every import, import(), require
// and /packages/<name>/ path in each package's files, sources, tests and scripts alike. No cycle, nothing back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const repo = new URL('../../../', import.meta.url).pathname.replace(/\/$/, '');
const packagesDir = join(repo, 'packages');

/** What each package may use. Everything else, including a package's own dependents, is backwards. */
const ALLOWED = {
  data: [],
  elements: ['data'],
  cli: ['elements', 'data'],
  embed: ['elements', 'data'],
  bench: ['embed', 'cli', 'elements', 'data'],
};

const SKIP = new Set(['node_modules', 'dist', '.build', 'storybook-static']);
/** This file names every package on purpose. */
const self = new URL(import.meta.url).pathname;

function filesIn(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (SKIP.has(e.name)) return [];
    const path = join(dir, e.name);
    if (e.isDirectory()) return filesIn(path);
    return /\.(ts|js|mjs|cjs|html)$/.test(e.name) ? [path] : [];
  });
}

/** The package a file path lies in, or undefined outside packages/. */
function packageOf(path) {
  const rel = relative(packagesDir, path);
  return rel.startsWith('..') ? undefined : rel.split(sep)[0];
}

/** Module specifiers and served paths in `code`: from '…', import '…', import('…'), require('…'), …resolve('…'). */
function specifiers(code) {
  const out = [];
  const module =
    /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*|\bresolve\s*\(\s*)(['"`])([^'"`$]+)/g;
  for (const [, , spec] of code.matchAll(module)) out.push(spec);
  // Paths the test server and the bench serve from the repository root, in URLs and import maps.
  for (const [, name] of code.matchAll(/\/packages\/([a-z-]+)\//g)) out.push(`/packages/${name}/`);
  return out;
}

/** The workspace package `spec` (written in `file`) refers to, if any. */
function targetOf(spec, file) {
  const scoped = /^@sundhedsaftale\/([a-z-]+)/.exec(spec);
  if (scoped) return scoped[1];
  const served = /^\/packages\/([a-z-]+)\//.exec(spec);
  if (served) return served[1];
  if (spec.startsWith('.')) return packageOf(resolve(dirname(file), spec));
  return undefined;
}

/** Every edge between workspace packages: { from, to, where }. */
export function edges(names) {
  const found = [];
  for (const from of names) {
    const dir = join(packagesDir, from);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    for (const field of [
      'dependencies',
      'devDependencies',
      'peerDependencies',
      'optionalDependencies',
    ])
      for (const dep of Object.keys(pkg[field] ?? {})) {
        const to = targetOf(dep);
        if (to) found.push({ from, to, where: `packages/${from}/package.json ${field}` });
      }
    for (const file of filesIn(dir).filter((f) => f !== self))
      for (const spec of specifiers(readFileSync(file, 'utf8'))) {
        const to = targetOf(spec, file);
        if (to && to !== from) found.push({ from, to, where: `${relative(repo, file)}: ${spec}` });
      }
  }
  return found;
}

/** A cycle in the graph of `edges`, as a list of package names, or undefined. */
export function cycle(list) {
  const next = new Map();
  for (const { from, to } of list) next.set(from, [...(next.get(from) ?? []), to]);
  const state = new Map(); // 1: on the current path, 2: done
  const path = [];
  const visit = (n) => {
    if (state.get(n) === 2) return undefined;
    if (state.get(n) === 1) return [...path.slice(path.indexOf(n)), n];
    state.set(n, 1);
    path.push(n);
    for (const m of next.get(n) ?? []) {
      const found = visit(m);
      if (found) return found;
    }
    path.pop();
    state.set(n, 2);
    return undefined;
  };
  for (const n of next.keys()) {
    const found = visit(n);
    if (found) return found;
  }
  return undefined;
}

/** Edges that go against ALLOWED, as readable lines. */
export function backwards(list, allowed = ALLOWED) {
  return list
    .filter(({ from, to }) => !(allowed[from] ?? []).includes(to))
    .map(({ from, to, where }) => `${from} → ${to} (${where})`);
}

const names = readdirSync(packagesDir).filter((n) => !n.startsWith('.'));

test('every package is in the allowed order, and the order has no cycle', () => {
  assert.deepEqual([...names].sort(), Object.keys(ALLOWED).sort());
  const allowedEdges = Object.entries(ALLOWED).flatMap(([from, tos]) =>
    tos.map((to) => ({ from, to })),
  );
  assert.equal(cycle(allowedEdges), undefined);
});

test('no package imports or depends on a package above it: cli/embed → elements → data', () => {
  const found = edges(names);
  const count = (from, to) => found.filter((e) => e.from === from && e.to === to).length;
  // The edges the architecture is made of are really seen, so the scan itself works.
  assert.ok(count('cli', 'elements') > 0, 'cli uses elements');
  assert.ok(count('cli', 'data') > 0, 'cli uses data');
  assert.ok(count('elements', 'data') > 0, 'elements uses data');
  assert.ok(count('embed', 'elements') > 0, 'embed uses elements');
  assert.deepEqual(backwards(found), []);
  assert.equal(cycle(found), undefined);
  console.log(
    `${found.length} imports and dependencies between packages, all in the allowed direction`,
  );
});

test('the check catches a backwards import, a relative path into another package and a cycle', () => {
  const file = join(packagesDir, 'data/src/x.ts');
  const specs = specifiers(
    "import { renderStatic } from '@sundhedsaftale/cli/static.js';\n" +
      "import '../../elements/src/define.js';\n" +
      'const m = await import(`@sundhedsaftale/embed`);\n' +
      "fetch('/packages/elements/dist/define.js');",
  );
  const found = specs.map((spec) => ({ from: 'data', to: targetOf(spec, file), where: spec }));
  assert.deepEqual(
    found.map((e) => e.to),
    ['cli', 'elements', 'embed', 'elements'],
  );
  assert.equal(backwards(found).length, 4);
  assert.deepEqual(
    cycle([
      { from: 'cli', to: 'elements' },
      { from: 'elements', to: 'data' },
      { from: 'data', to: 'cli' },
    ]),
    ['cli', 'elements', 'data', 'cli'],
  );
});
