// `sundhedsaftale report`: the command's options and messages, and the report printed to PDF by headless
// Chromium with JavaScript off (A4, every focus area and indicator, status with its basis).
// Needs `npm run build` (dist) and poppler's pdftotext and pdfinfo (Debian: poppler-utils).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printToPdf, run, samplePath } from './helpers.js';
import { asOf, formatPeriod, formatValue, statusText, summarize, text } from '@sundhedsaftale/data';

const sample = (name) => JSON.parse(readFileSync(samplePath(name), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'sa-report-'));

/** The sample's last period with a value: the report a secretariat would write next. */
const REPORTED = { 'midt-2019-2023': '2022-H2', 'midt-2024-2027': '2023-H2' };

test('sundhedsaftale report --help in Danish and English; listed in the command overview', async () => {
  const da = await run('report', '--help');
  assert.equal(da.code, 0);
  assert.match(da.stdout, /^Brug: sundhedsaftale report/);
  assert.match(da.stdout, /--period/);
  assert.match(da.stdout, /--area kode\|all/);
  assert.match(da.stdout, /helt uden JavaScript/);
  const en = await run('report', '--help', '--lang', 'en');
  assert.match(en.stdout, /^Usage: sundhedsaftale report/);
  assert.match((await run('--help')).stdout, /report\s+skriv den halvårlige afrapportering/);
});

test('sundhedsaftale report without --period, with a bad period or an unknown area is a usage error', async () => {
  const file = samplePath('midt-2024-2027');
  const none = await run('report', file);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /--period mangler/);
  const bad = await run('report', file, '--period', 'H1 2025', '--lang', 'en');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /"H1 2025" is not a period/);
  const area = await run('report', file, '--period', '2023-H2', '--area', '999');
  assert.equal(area.code, 2);
  assert.match(area.stderr, /--area 999 findes ikke/);
});

test('sundhedsaftale report --out writes the page; only values up to the period count', async () => {
  const out = join(dir, 'rapport.html');
  const r = await run('report', samplePath('midt-2019-2023'), '--period', '2021-H2', '--out', out);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  const page = readFileSync(out, 'utf8');
  assert.match(page, /^<!doctype html>/);
  assert.ok(!/<script/i.test(page), 'no script');
  assert.ok(page.includes('Halvårlig afrapportering'));
  // akutte-indlaeggelser-aeldre: 121,3 in 2021-H2, 124,6 in 2022-H2 (after the period).
  assert.ok(page.includes('121,3'), 'the value of the period');
  assert.ok(!page.includes('124,6'), 'no value of a later period');
  assert.ok(page.includes('Nyt siden forrige afrapportering (2021 1. halvår)'));
});

for (const name of ['midt-2019-2023', 'midt-2024-2027']) {
  test(`the printed report of ${name} (--area all) is A4, whole, and says each status with its basis`, async () => {
    const period = REPORTED[name];
    const doc = sample(name);
    const htmlFile = join(dir, `${name}.html`);
    const r = await run(
      'report',
      samplePath(name),
      '--period',
      period,
      '--area',
      'all',
      '--out',
      htmlFile,
    );
    assert.equal(r.code, 0, r.stderr);
    const pdfFile = join(dir, `${name}.pdf`);
    // A4 less the page margins, at 96 dpi; the page's own @page rule sets A4 and the margins.
    const overflow = await printToPdf(
      htmlFile,
      pdfFile,
      { width: 718, height: 1000 },
      { preferCSSPageSize: true },
    );
    assert.ok(overflow <= 0, `content is ${overflow}px wider than the page`);
    const info = execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' });
    assert.match(info, /Page size:\s+59[45](\.\d+)? x 841(\.\d+)? pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)[1]);
    assert.ok(pages >= 2 && pages <= 15, `${pages} pages`);
    const pdf = execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    const plain = (t) => text(t, 'da').replace(/\s+/g, ' ');
    assert.ok(pdf.includes(`Halvårlig afrapportering · ${formatPeriod(period, 'da')}`), 'kicker');
    assert.ok(pdf.includes(plain(doc.title)), 'title');
    for (const f of doc.focusAreas) assert.ok(pdf.includes(plain(f.title)), `focus area ${f.id}`);
    const then = asOf(doc, period);
    for (const i of then.indicators) {
      assert.ok(pdf.includes(plain(i.name).split(' ')[0]), `indicator ${i.id}`);
      const s = summarize(i);
      if (i.state === 'development') continue;
      if (s.latest) {
        const value = formatValue(s.latest.value, i.unit, 'da', s.decimals).replace(/\s+/g, ' ');
        assert.ok(pdf.includes(value.split(' ')[0]), `${i.id}: latest value ${value}`);
      }
      // The status in words and what it is measured from ("Forværret" … "siden 2019 1. halvår").
      const words = statusText(s, 'da');
      const [word] = words.split(' siden ');
      assert.ok(pdf.includes(word), `${i.id}: ${words}`);
      if (s.first && s.first !== s.latest)
        assert.ok(pdf.includes(`siden ${formatPeriod(s.first.period, 'da')}`), `${i.id} basis`);
    }
    assert.ok(pdf.includes('Kun én måling'), 'a one-value indicator');
    assert.ok(pdf.includes('Udviklingsområder'), 'the development indicators');
    assert.match(pdf, /Bilag 1: \S+/);
    console.log(`${name} ${period}: ${pages} pages`);
  });
}
