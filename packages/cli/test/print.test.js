// Print: the overview printed to PDF by headless Chromium keeps every focus area and value.
// Needs `npm run build` (dist) and poppler's pdftotext (Debian: poppler-utils).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatValue, summarize } from '@sundhedsaftale/data';
import { printToPdf } from './helpers.js';
import { renderStatic } from '../dist/static/render-static.js';

const sample = (name) =>
  JSON.parse(
    readFileSync(new URL(import.meta.resolve(`@sundhedsaftale/data/samples/${name}.json`)), 'utf8'),
  );

for (const name of ['midt-2019-2023', 'midt-2024-2027']) {
  test(`the printed overview of ${name} has every focus area, goal and value, and nothing cut off`, async () => {
    const doc = sample(name);
    const dir = mkdtempSync(join(tmpdir(), 'sa-print-'));
    const htmlFile = join(dir, 'overview.html');
    writeFileSync(htmlFile, await renderStatic(doc, { widget: 'overview' }));
    const pdfFile = join(dir, 'overview.pdf');
    // A4 at 96 dpi.
    const overflow = await printToPdf(
      htmlFile,
      pdfFile,
      { width: 794, height: 1123 },
      { format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' } },
    );
    assert.ok(overflow <= 0, `content is ${overflow}px wider than the page`);
    const info = execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)[1]);
    assert.ok(pages >= 2 && pages <= 30, `${pages} pages`);
    const text = execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    const plain = (t) => (typeof t === 'string' ? t : t.da).replace(/\s+/g, ' ');
    for (const f of doc.focusAreas)
      assert.ok(text.includes(plain(f.title)), `focus area "${plain(f.title)}"`);
    for (const i of doc.indicators) {
      // A name can be split around its value in the PDF's reading order; its first word, and the
      // latest value with its unit, must be there.
      const first = plain(i.name).split(' ')[0];
      assert.ok(text.includes(first), `indicator "${plain(i.name)}"`);
      const s = summarize(i);
      if (s.latest) {
        const value = formatValue(s.latest.value, i.unit, 'da', s.decimals).replace(/\s+/g, ' ');
        assert.ok(text.includes(value), `${i.id}: latest value ${value}`);
      }
    }
    console.log(`${name}: ${pages} pages`);
  });
}
