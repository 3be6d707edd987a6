// Where the commands write: missing folders are created, an input is never written over (not even with
// --force), a folder or a path through a file is a clear one-line message, never a stack trace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, samplePath, tempFolder } from './helpers.js';

const { tmp } = tempFolder('sa-output-');
const original = readFileSync(samplePath('midt-2024-2027'), 'utf8');
/** A fresh copy of the sample agreement. */
const agreement = () => {
  const path = tmp('aftale.json');
  copyFileSync(samplePath('midt-2024-2027'), path);
  return path;
};
const noStack = (r) => assert.doesNotMatch(r.stderr, /\n\s+at |node:internal/, r.stderr);

test('render and report --out into folders that do not exist yet create them and write the page', async () => {
  const page = join(tmp('new'), 'deeper', 'overblik.html');
  const r = await run('render', agreement(), '--out', page);
  assert.equal(r.code, 0, r.stderr);
  assert.match(readFileSync(page, 'utf8'), /^<!doctype html>/);
  const report = join(tmp('new'), 'rapport.html');
  const q = await run('report', agreement(), '--period', '2023-H2', '--out', report);
  assert.equal(q.code, 0, q.stderr);
  assert.match(readFileSync(report, 'utf8'), /^<!doctype html>/);
});

test('render, report and export never write over the agreement they read (exit 2, the file untouched)', async () => {
  for (const args of [
    ['render', '{}', '--out', '{}'],
    ['report', '{}', '--period', '2023-H2', '--out', '{}'],
    ['export', '{}', '--out', '{}', '--force'],
  ]) {
    const file = agreement();
    // The same file by another name (./…) is still the same file.
    const r = await run(
      ...args.map((a, i) =>
        a === '{}' ? (i === 1 ? file : `${file}/../${file.split('/').pop()}`) : a,
      ),
    );
    assert.equal(r.code, 2, `${args[0]}: ${r.stderr}`);
    assert.match(r.stderr, /--out .*: er også en fil, der læses, og ville blive overskrevet/);
    noStack(r);
    assert.equal(readFileSync(file, 'utf8'), original, `${args[0]} left the agreement as it was`);
  }
});

test('import never writes over the spreadsheet it reads, nor the report over the agreement', async () => {
  const xlsx = tmp('tal.xlsx');
  assert.equal((await run('export', samplePath('midt-2024-2027'), '--out', xlsx)).code, 0);
  const workbook = readFileSync(xlsx);
  const into = agreement();
  const out = await run('import', xlsx, '--into', into, '--out', xlsx);
  assert.equal(out.code, 2, out.stderr);
  assert.match(out.stderr, /--out .*tal\.xlsx: er også en fil, der læses/);
  assert.deepEqual(readFileSync(xlsx), workbook);
  const report = await run('import', xlsx, '--into', into, '--report', into, '--lang', 'en');
  assert.equal(report.code, 2, report.stderr);
  assert.match(report.stderr, /--report .*: is the same file as --into; choose another file name/);
  assert.equal(readFileSync(into, 'utf8'), original);
});

test('--out naming a folder, or a path through a file, is one clear line and no stack trace', async () => {
  const folder = tmp('mappe');
  mkdirSync(folder);
  const r = await run('render', agreement(), '--out', folder);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--out .*mappe: er en mappe; angiv et filnavn/);
  const file = tmp('fil');
  writeFileSync(file, 'x');
  for (const args of [
    ['render', agreement(), '--out', join(file, 'side.html')],
    ['export', agreement(), '--out', join(file, 'tal.xlsx')],
    ['export', agreement(), '--csv', file],
  ]) {
    const w = await run(...args);
    assert.equal(w.code, 1, args.join(' '));
    assert.match(w.stderr, /en del af stien er en fil, ikke en mappe/, args.join(' '));
    noStack(w);
  }
});
