// `validate` (and every command that reads a data file) given files that are not what they should be:
// another encoding, empty, a folder, too large, deeply nested, repeated keys. Each gets one clear line
// with the file name and exit 1 (or a warning and exit 0), never a stack trace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { bin, run, samplePath, tempFolder } from './helpers.js';

const { dir, tmp } = tempFolder('sa-validate-');
const sample = readFileSync(samplePath('midt-2024-2027'));
const file = (name, bytes) => {
  const path = tmp(name);
  writeFileSync(path, bytes);
  return path;
};
const noStack = (r) => assert.doesNotMatch(r.stdout + r.stderr, /\n\s+at |node:internal/);

test('validate names the encoding of a UTF-16 or Latin-1 file and the line of the first bad byte', async () => {
  const utf16 = file(
    'utf16.json',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample.toString(), 'utf16le')]),
  );
  const latin1 = file(
    'latin1.json',
    Buffer.from('{\n  "id": "x",\n  "title": "Sundhedsaftale for Område Øst"\n}', 'latin1'),
  );
  const r = await run('validate', utf16, latin1);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /utf16\.json: er gemt som UTF-16; gem filen som UTF-8/);
  assert.match(
    r.stdout,
    /latin1\.json: er ikke UTF-8 \(linje 3: byten 0xE5 er ikke gyldig UTF-8.*\); gem filen som UTF-8\n/,
  );
  noStack(r);
});

test('validate says that an empty file (or one with only a BOM or spaces) is empty; a BOM before JSON is fine', async () => {
  const r = await run(
    'validate',
    file('empty.json', ''),
    file('bom.json', '\uFEFF'),
    file('spaces.json', ' \r\n\t'),
  );
  assert.equal(r.code, 1);
  assert.equal(
    r.stdout.match(/: er tom \(ingen tegn, eller kun mellemrum\)\n/g)?.length,
    3,
    r.stdout,
  );
  const bom = await run(
    'validate',
    file('bom-ok.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), sample])),
  );
  assert.equal(bom.code, 0, bom.stdout);
});

test("validate refuses a file over 50 MB before reading it, and warns when a valid file is over the widgets' 5 MB", async () => {
  const huge = tmp('huge.json');
  writeFileSync(huge, '');
  truncateSync(huge, 51 * 1024 * 1024);
  const r = await run('validate', huge);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /huge\.json: er for stor \(53,5 MB; højst 50 MB\)\n/);
  const padded = file('padded.json', Buffer.concat([sample, Buffer.alloc(5_100_000, 0x20)]));
  const w = await run('validate', padded);
  assert.equal(w.code, 0, w.stdout);
  assert.match(w.stdout, /padded\.json: advarsel: filen er 5,\d MB; widgets henter højst 5 MB/);
  // The same cap on standard input, which has no size to look at first.
  const stdin = await new Promise((resolve) => {
    const child = execFile(process.execPath, [bin, 'validate', '-'], (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
    child.stdin.on('error', () => {});
    child.stdin.end(Buffer.alloc(51 * 1024 * 1024, 0x20));
  });
  assert.equal(stdin.code, 1);
  assert.match(stdin.stdout, /^-: er for stor/);
});

test('validate warns about a key that appears twice in one object, with its pointer (the last one counts)', async () => {
  const text = sample
    .toString()
    .replace(
      '"id": "akutte-genindlaeggelser",',
      '"id": "akutte-genindlaeggelser",\n      "unit": "dage",',
    );
  assert.notEqual(text, sample.toString());
  const r = await run('validate', '--lang', 'en', file('dup.json', text));
  assert.equal(r.code, 0, r.stdout);
  assert.match(
    r.stdout,
    /dup\.json#\/indicators\/0\/unit: warning: the key "unit" appears more than once in the same object; only the last one counts/,
  );
  const json = JSON.parse((await run('validate', '--json', file('dup2.json', text))).stdout);
  assert.deepEqual(
    json.files[0].warnings.map((w) => [w.pointer, w.code]),
    [['/indicators/0/unit', 'duplicate-key']],
  );
});

test('validate of a folder, a missing file and 1,000,000-deep nesting: one line each, no stack trace', async () => {
  const deep = file('deep.json', `${'['.repeat(1e6)}${']'.repeat(1e6)}`);
  const r = await run('validate', dir, tmp('missing.json'), deep);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /: er en mappe, ikke en fil\n/);
  assert.match(r.stdout, /missing\.json: filen findes ikke\n/);
  assert.match(r.stdout, /deep\.json: skal være et JSON-objekt, men er en liste\n/);
  noStack(r);
});

test('render refuses a Latin-1 data file with the same message (every command reads files alike)', async () => {
  const latin1 = file('latin1.json', Buffer.from('{"title": "Øst"}', 'latin1'));
  const r = await run('render', latin1);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /latin1\.json: er ikke UTF-8/);
});
