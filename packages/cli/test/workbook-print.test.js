// The exported workbook printed as a secretariat prints it: LibreOffice Calc (headless) to PDF. Every
// page A4, nothing past the right margin, no line printed over another (wrapped rows tall enough), each
// guide line whole, header rows (and the id column) on every page, a sensible number of pages.
// Needs `npm run build`, LibreOffice (Debian: libreoffice-calc-nogui) and poppler-utils.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { run, samplePath, tempFolder } from './helpers.js';

const SAMPLES = ['midt-2019-2023', 'midt-2024-2027'];
const { dir } = tempFolder('sa-workbook-print-');
const xlsxOf = (name) => join(dir, `${name}.xlsx`);

/** Exports both samples and converts them in one LibreOffice run (its first start is slow). */
async function convert() {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error(
      'LibreOffice is missing: this test prints the exported workbook with it. ' +
        'Install the Debian package "libreoffice-calc-nogui" (sudo apt-get install -y libreoffice-calc-nogui).',
    );
  }
  for (const name of SAMPLES) {
    const r = await run('export', samplePath(name), '--out', xlsxOf(name));
    assert.equal(r.code, 0, r.stderr);
  }
  // A profile of its own: with the user's, a LibreOffice already open would take the job and ignore it.
  const profile = pathToFileURL(join(dir, 'profile')).href;
  await promisify(execFile)(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...SAMPLES.map(xlsxOf),
    ],
    { timeout: 240_000 },
  );
}
let converted;
const pdfOf = async (name) => {
  converted ??= convert();
  await converted;
  return join(dir, `${name}.pdf`);
};

const poppler = (tool, ...args) => execFileSync(tool, args, { encoding: 'utf8' });
// Without white space: a long path may wrap at a hyphen.
const squash = (s) => s.replace(/\s+/g, '');

/** Each page's words with their boxes, from `pdftotext -bbox`. */
function wordsByPage(pdf) {
  return poppler('pdftotext', '-bbox', pdf, '-')
    .split('<page ')
    .slice(1)
    .map((page) => ({
      width: Number(/width="([\d.]+)"/.exec(page)[1]),
      words: [
        ...page.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map((m) => ({
        x0: Number(m[1]),
        y0: Number(m[2]),
        x1: Number(m[3]),
        y1: Number(m[4]),
        text: m[5],
      })),
    }));
}

/** Whether two word boxes share more than a sliver (a line printed over another). */
const overlap = (a, b) =>
  Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 1 &&
  Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 2;

for (const name of SAMPLES) {
  test(
    `LibreOffice prints the exported workbook of ${name} on A4, whole and readable`,
    {
      timeout: 300_000,
    },
    async () => {
      const pdf = await pdfOf(name);
      const doc = JSON.parse(readFileSync(samplePath(name), 'utf8'));

      const info = poppler('pdfinfo', '-f', '1', '-l', '9999', pdf);
      const sizes = [...info.matchAll(/Page\s+\d+ size:\s+(.*)/g)].map((m) => m[1]);
      assert.ok(sizes.length > 0);
      for (const [i, size] of sizes.entries()) assert.match(size, /\(A4\)/, `page ${i + 1}`);

      // The sheet each page belongs to, from its footer ("Værdier … Side 3 af 12").
      const pages = poppler('pdftotext', '-layout', pdf, '-').split('\f').slice(0, sizes.length);
      const sheetOf = pages.map((p) => {
        const footer = p.trimEnd().split('\n').at(-1) ?? '';
        return /^\s*(\S+)\s+Side \d+ af \d+\s*$/.exec(footer)?.[1];
      });
      const count = (sheet) => sheetOf.filter((s) => s === sheet).length;
      const pagesBySheet = Object.fromEntries(
        ['Vejledning', 'Indikatorer', 'Værdier', 'Områder', 'Aftale'].map((s) => [s, count(s)]),
      );
      assert.equal(
        Object.values(pagesBySheet).reduce((a, b) => a + b),
        sizes.length,
        `every page has its sheet in the footer: ${JSON.stringify(sheetOf)}`,
      );
      const values = doc.indicators.reduce((n, i) => n + i.series.length, 0);
      assert.ok(pagesBySheet.Vejledning <= 3, `Vejledning: ${pagesBySheet.Vejledning} pages`);
      // Indikatorer prints two pages wide; at least two indicators a page.
      assert.equal(pagesBySheet.Indikatorer % 2, 0, 'Indikatorer: pages in pairs');
      assert.ok(pagesBySheet.Indikatorer <= doc.indicators.length, 'Indikatorer: pages');
      // Værdier: at least 30 rows a page, so no row is needlessly tall.
      assert.ok(pagesBySheet.Værdier <= Math.ceil(values / 30), `Værdier: ${pagesBySheet.Værdier}`);
      assert.equal(pagesBySheet.Områder, 1);
      assert.equal(pagesBySheet.Aftale, 1);

      // Header rows repeat; on Indikatorer, the id column too (both halves of the page pair).
      pages.forEach((p, i) => {
        if (sheetOf[i] === 'Værdier')
          assert.match(p, /^\s*indikator-id\s+periode\s+område-kode\s+værdi/m, `page ${i + 1}`);
        if (sheetOf[i] === 'Indikatorer') {
          assert.match(p, /^\s*id\s/m, `page ${i + 1}: the id column`);
          assert.ok(doc.indicators.some((ind) => p.includes(ind.id.split('-')[0])));
        }
      });

      // Nothing runs past the right margin (half an inch), and no word is printed over another.
      for (const [i, page] of wordsByPage(pdf).entries()) {
        for (const w of page.words)
          assert.ok(w.x1 <= page.width - 18, `page ${i + 1}: "${w.text}" ends at ${w.x1} pt`);
        for (const [j, a] of page.words.entries())
          for (const b of page.words.slice(j + 1))
            assert.ok(!overlap(a, b), `page ${i + 1}: "${a.text}" and "${b.text}" overlap`);
      }

      // Each line of the guide is there whole (wrapped, not cut off).
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(xlsxOf(name));
      const guideLines = wb
        .getWorksheet('Vejledning')
        .getColumn(1)
        .values.filter((v) => typeof v === 'string' && v.trim());
      assert.ok(guideLines.length > 20);
      const guide = squash(pages.filter((_, i) => sheetOf[i] === 'Vejledning').join(' '));
      for (const line of guideLines) assert.ok(guide.includes(squash(line)), `guide line: ${line}`);
      console.log(`${name}: ${sizes.length} pages ${JSON.stringify(pagesBySheet)}`);
    },
  );
}
