// What the package ships: the `sundhedsaftale` command with its templates, and the heavy Node-only
// dependencies (exceljs, Lit SSR) that the data and elements packages leave out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

test('the tarball has the command, its compiled code and the templates; no sources or tests', () => {
  const [info] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  const files = info.files.map((f) => f.path);
  for (const f of [
    'bin/sundhedsaftale.js',
    'dist/cli.js',
    'dist/cli/import-command.js',
    'dist/static/render-static.js',
    'templates/sundhedsaftale-skabelon.xlsx',
    'templates/csv/vaerdier.csv',
  ])
    assert.ok(files.includes(f), `${f} is packed`);
  assert.deepEqual(
    files.filter((f) => /^src\/|^test\/|\.test\.|tsbuildinfo/.test(f)),
    [],
  );
  assert.equal(pkg.bin.sundhedsaftale, './bin/sundhedsaftale.js');
});

test('the CLI owns exceljs and Lit SSR, and uses elements and data as ordinary dependencies', () => {
  assert.deepEqual(Object.keys(pkg.dependencies).sort(), [
    '@lit-labs/ssr',
    '@sundhedsaftale/data',
    '@sundhedsaftale/elements',
    'exceljs',
    'lit',
  ]);
  const version = (name) =>
    JSON.parse(readFileSync(new URL(`../${name}/package.json`, root), 'utf8')).version;
  assert.equal(pkg.dependencies['@sundhedsaftale/data'], version('data'));
  assert.equal(pkg.dependencies['@sundhedsaftale/elements'], version('elements'));
});
