// What the package ships: a pure library (no Node, no DOM) plus a Node-only CLI whose only runtime
// dependency is the spreadsheet reader, loaded by the import/export commands alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const filesIn = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesIn(join(dir, e.name)) : [join(dir, e.name)],
  );

test('the only runtime dependency is exceljs, for the CLI', () => {
  assert.deepEqual(Object.keys(pkg.dependencies ?? {}), ['exceljs']);
});

test('only the CLI modules use Node: the library runs in any browser or server', () => {
  const library = filesIn(join(root, 'dist')).filter(
    (f) => f.endsWith('.js') && !/dist\/cli(\.js|\/)/.test(f),
  );
  assert.ok(library.length > 10);
  for (const file of library) {
    const code = readFileSync(file, 'utf8');
    assert.doesNotMatch(
      code,
      /from ['"]node:|\bprocess\.|\bBuffer\b|\brequire\(/,
      relative(root, file),
    );
    assert.doesNotMatch(
      code,
      /\b(document|window|navigator)\.|\bHTMLElement\b/,
      relative(root, file),
    );
  }
});

test('the entry point exports the API the elements use', async () => {
  const api = await import('../dist/index.js');
  for (const name of [
    'validate',
    'SCHEMA_VERSION',
    'parsePeriod',
    'comparePeriods',
    'formatPeriod',
    'formatNumber',
    'formatValue',
    'formatChange',
    'decimalsFor',
    'seriesFor',
    'summarize',
    'status',
    'describe',
    'statusCounts',
    'label',
    'safeUrl',
    'text',
  ])
    assert.ok(name in api, name);
  assert.equal(api.SCHEMA_VERSION, '1.0');
});
