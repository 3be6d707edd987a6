// The `sundhedsaftale` command line, run as users run it: through the bin file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, samplePath as sample } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'sundhedsaftale-cli-'));

const write = (name, content) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
};

const broken = write('broken.json', {
  schemaVersion: '1.0',
  id: 'x',
  title: 'X',
  indicators: [
    { id: 'a', name: 'A', desiredDirection: 'sideways', series: [{ period: '2024-H3', value: 1 }] },
  ],
});

test('sundhedsaftale validate <both samples> exits 0 and says each is valid', async () => {
  const r = await run('validate', sample('midt-2019-2023'), sample('midt-2024-2027'));
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /midt-2019-2023\.json: gyldig\n/);
  assert.match(r.stdout, /midt-2024-2027\.json: gyldig\n/);
});

test('sundhedsaftale validate <broken file> prints file#/pointer: message and exits 1', async () => {
  const r = await run('validate', broken);
  assert.equal(r.code, 1);
  assert.equal(
    r.stdout,
    `${broken}#/indicators/0/desiredDirection: skal være en af "down", "up", "none", men er "sideways"\n` +
      `${broken}#/indicators/0/series/0/period: skal være en periode (ÅÅÅÅ, ÅÅÅÅ-H1, ÅÅÅÅ-Q1 eller ÅÅÅÅ-MM), men er "2024-H3"\n`,
  );
});

test('sundhedsaftale validate --lang en prints English messages', async () => {
  const r = await run('validate', '--lang', 'en', broken);
  assert.equal(r.code, 1);
  assert.match(
    r.stdout,
    /#\/indicators\/0\/desiredDirection: must be one of "down", "up", "none", but is "sideways"/,
  );
});

test('sundhedsaftale validate --json prints one JSON report for all files', async () => {
  const r = await run('validate', '--json', '--lang=en', sample('midt-2019-2023'), broken);
  assert.equal(r.code, 1);
  const report = JSON.parse(r.stdout);
  assert.equal(report.valid, false);
  assert.deepEqual(
    report.files.map((f) => f.valid),
    [true, false],
  );
  assert.deepEqual(report.files[1].errors[0], {
    pointer: '/indicators/0/desiredDirection',
    code: 'enum',
    da: 'skal være en af "down", "up", "none", men er "sideways"',
    en: 'must be one of "down", "up", "none", but is "sideways"',
    message: 'must be one of "down", "up", "none", but is "sideways"',
  });
});

test('sundhedsaftale validate <url> fetches the file over http', async () => {
  const body = readFileSync(sample('midt-2024-2027'));
  const server = createServer((req, res) => {
    if (req.url === '/aftale.json')
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    else res.writeHead(404).end('not here');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    const ok = await run('validate', `${base}/aftale.json`);
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
    const missing = await run('validate', '--lang', 'en', `${base}/nope.json`);
    assert.equal(missing.code, 1);
    assert.equal(missing.stdout, `${base}/nope.json: the server answered 404 Not Found\n`);
  } finally {
    server.close();
  }
});

test('sundhedsaftale validate <missing file | broken JSON> explains and exits 1', async () => {
  const missing = await run('validate', join(dir, 'nope.json'));
  assert.equal(missing.code, 1);
  assert.match(missing.stdout, /nope\.json: filen findes ikke\n/);
  const syntax = await run(
    'validate',
    '--lang',
    'en',
    write('syntax.json', '{\n  "id": "x",\n  "title": }'),
  );
  assert.equal(syntax.code, 1);
  assert.match(syntax.stdout, /syntax\.json: is not valid JSON \(line 3, column 12\): /);
});

test('sundhedsaftale --help, validate --help, --version', async () => {
  const help = await run('--help');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /validate/);
  const en = await run('validate', '--help', '--lang', 'en');
  assert.match(en.stdout, /^Usage: sundhedsaftale validate/);
  const version = await run('--version');
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  assert.equal(version.stdout, `${pkg.version}\n`);
});

test('sundhedsaftale misuse exits 2 with a hint on stderr', async () => {
  for (const args of [
    [],
    ['frobnicate'],
    ['validate'],
    ['validate', '--nope', 'x'],
    ['validate', '--lang', 'fr', 'x'],
  ]) {
    const r = await run(...args);
    assert.equal(r.code, 2, args.join(' '));
    assert.notEqual(r.stderr, '', args.join(' '));
  }
});

test('sundhedsaftale render --widget comparison writes the comparison in the asked order; without --indicator or with an unknown order it is a usage error', async () => {
  const comparison = ['--widget', 'comparison', '--indicator', 'dagligrygere'];
  const ok = await run('render', sample('midt-2019-2023'), ...comparison, '--order', 'name');
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /<sa-area-comparison[^>]*order="name"/);
  assert.match(ok.stdout, /<table part="table"/);
  const missing = await run('render', sample('midt-2019-2023'), '--widget', 'comparison');
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /--widget comparison kræver --indicator id/);
  const bad = await run('render', sample('midt-2019-2023'), ...comparison, '--order', 'size');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--order skal være best-first eller name, ikke "size"/);
});

test('sundhedsaftale render --widget indicator --variant line writes the line variant; an unknown variant is a usage error', async () => {
  const indicator = ['--widget', 'indicator', '--indicator', 'psykiatriske-genindlaeggelser'];
  const ok = await run('render', sample('midt-2019-2023'), ...indicator, '--variant', 'line');
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /<sa-indicator-sparkline[^>]*variant="line"/);
  const bad = await run('render', sample('midt-2019-2023'), ...indicator, '--variant', 'wide');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--variant skal være default, compact eller line, ikke "wide"/);
});
