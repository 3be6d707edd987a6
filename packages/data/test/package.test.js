// What the package ships: a pure library with no dependencies that runs in any browser or server (no
// Node, no DOM). The command line and the spreadsheet code live in @sundhedsaftale/cli.
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

test('no runtime dependencies and no command line', () => {
  assert.deepEqual(pkg.dependencies ?? {}, {});
  assert.deepEqual(pkg.peerDependencies ?? {}, {});
  assert.equal(pkg.bin, undefined);
});

test('no module uses Node or the DOM: the library runs in any browser or server', () => {
  const library = filesIn(join(root, 'dist')).filter((f) => f.endsWith('.js'));
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
    'statements',
    'hasIllustrative',
    'seriesIllustrative',
    'targetIllustrative',
    'nationalGoalLinkIllustrative',
    'alsoNationalIllustrative',
    'factIllustrative',
    'initiativeIllustrative',
  ])
    assert.ok(name in api, name);
  assert.equal(api.SCHEMA_VERSION, '1.1');
  assert.ok(!('generateAgreement' in api), 'test data comes from the testing subpath only');
});

test('@sundhedsaftale/data/testing generates a valid agreement of the size asked for', async () => {
  const { generateAgreement } = await import('@sundhedsaftale/data/testing');
  const { validate } = await import('@sundhedsaftale/data');
  const doc = generateAgreement({ indicators: 12, points: 5, seed: 3 });
  assert.equal(doc.indicators.length, 12);
  assert.ok(validate(doc).ok);
});

test('the package compiles with no Node or DOM types', () => {
  const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8'));
  assert.deepEqual(tsconfig.compilerOptions.types, []);
  assert.ok(
    tsconfig.compilerOptions.lib.every((lib) => /^ES/i.test(lib)),
    tsconfig.compilerOptions.lib.join(),
  );
  for (const file of filesIn(join(root, 'src')).filter((f) => f.endsWith('.ts')))
    assert.doesNotMatch(readFileSync(file, 'utf8'), /reference types=/, relative(root, file));
});
