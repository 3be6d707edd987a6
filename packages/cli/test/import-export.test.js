// `sundhedsaftale import` and `export`, run as users run them (through the bin file), on real .xlsx and
// .csv files. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { pkg, run, samplePath as sample, tempFolder } from './helpers.js';

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const { tmp } = tempFolder('sundhedsaftale-import-');

const writeJson = (name, doc) => {
  const path = tmp(name);
  writeFileSync(path, JSON.stringify(doc, null, 2));
  return path;
};

/** The sample without indicators and areas: what the workbook has to rebuild. */
const skeleton = (name) => {
  const { indicators: _i, areas: _a, ...rest } = readJson(sample(name));
  return writeJson(`${name}-skeleton.json`, rest);
};

/** A workbook with the given sheets: { name: rows }, where a cell may be { value, numFmt }. */
async function workbook(sheets, name = 'test.xlsx') {
  const wb = new ExcelJS.Workbook();
  for (const [sheetName, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(sheetName);
    rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell === undefined) return;
        const target = ws.getCell(r + 1, c + 1);
        if (cell && typeof cell === 'object' && 'numFmt' in cell) {
          target.value = cell.value;
          target.numFmt = cell.numFmt;
        } else target.value = cell;
      }),
    );
  }
  const path = tmp(name);
  await wb.xlsx.writeFile(path);
  return path;
}

/**
 * `doc` without the provenance marks of contract 1.1 that the workbook has no columns for yet (a marked
 * target, marked national-goal links, a marked alsoNational): a round trip drops them.
 */
const asSheetCarries = (doc) => ({
  ...doc,
  indicators: doc.indicators?.map(
    ({ illustrativeNationalGoalIds: _l, illustrativeAlsoNational: _a, ...indicator }) => {
      if (!indicator.target) return indicator;
      const { illustrative: _t, ...target } = indicator.target;
      return { ...indicator, target };
    },
  ),
});

const VALUES_HEADER = ['indikator-id', 'periode', 'område-kode', 'værdi'];

test('import of the shipped template gives the sample back (indicators, values, areas)', async () => {
  const template = join(pkg, 'templates/sundhedsaftale-skabelon.xlsx');
  const out = tmp('from-template.json');
  const r = await run('import', template, '--into', skeleton('midt-2024-2027'), '--out', out);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(readJson(out), asSheetCarries(readJson(sample('midt-2024-2027'))));
});

test('import of the shipped CSV template gives the sample back', async () => {
  const out = tmp('from-csv-template.json');
  const csv = join(pkg, 'templates/csv');
  assert.deepEqual(readdirSync(csv).sort(), [
    'aftale.csv',
    'indikatorer.csv',
    'omraader.csv',
    'vaerdier.csv',
  ]);
  const r = await run('import', csv, '--into', skeleton('midt-2024-2027'), '--out', out);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(readJson(out), asSheetCarries(readJson(sample('midt-2024-2027'))));
});

test('import of the template into the sample itself changes nothing', async () => {
  const into = writeJson('into.json', readJson(sample('midt-2024-2027')));
  const r = await run(
    'import',
    join(pkg, 'templates/sundhedsaftale-skabelon.xlsx'),
    '--into',
    into,
  );
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, `0 ændringer; ${into} er uændret.\n`);
  assert.deepEqual(readJson(into), readJson(sample('midt-2024-2027')));
});

test('import counts as changed only the indicators and areas whose row changes something', async () => {
  const doc = readJson(sample('midt-2024-2027'));
  const into = writeJson('changed.json', doc);
  const [first, second] = doc.indicators;
  const xlsx = await workbook({
    Indikatorer: [
      ['id', 'navn', 'enhed'],
      [first.id, `${first.name.da ?? first.name} (ny)`, first.unit],
      [second.id, second.name, second.unit],
    ],
    Områder: [
      ['kode', 'navn'],
      [doc.areas[0].id, doc.areas[0].name],
      [doc.areas[1].id, `${doc.areas[1].name} (ny)`],
    ],
  });
  const r = await run('import', xlsx, '--into', into, '--lang', 'en');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /\n2 changes: 1 indicator changed, 1 area changed\. Wrote /);
  assert.match(
    r.stderr,
    new RegExp(`^${first.id} \\(.*\\):\n  name: ".*" → ".* \\(ny\\)" \\[Indikatorer!B2\\]\n`),
  );
  const area = doc.areas[1];
  assert.ok(
    r.stderr.includes(
      `\nArea ${area.id} (${area.name} (ny)):\n  name: "${area.name}" → "${area.name} (ny)" [Områder!B3]\n`,
    ),
    r.stderr,
  );
});

for (const name of ['midt-2019-2023', 'midt-2024-2027'])
  test(`round trip ${name}: JSON → xlsx → JSON and JSON → csv → JSON are lossless`, async () => {
    const xlsx = tmp(`${name}.xlsx`);
    const csv = tmp(`${name}-csv`);
    const e = await run('export', sample(name), '--out', xlsx, '--csv', csv);
    assert.equal(e.code, 0, e.stderr);
    for (const source of [xlsx, csv]) {
      const out = tmp(`${name}.json`);
      const r = await run('import', source, '--into', skeleton(name), '--out', out);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(readJson(out), asSheetCarries(readJson(sample(name))), source);
    }
  });

test('export refuses to overwrite a file without --force', async () => {
  const xlsx = tmp('exists.xlsx');
  writeFileSync(xlsx, 'filled in, not yet imported');
  const r = await run('export', sample('midt-2024-2027'), '--out', xlsx);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /findes allerede; brug --force/);
  assert.equal(readFileSync(xlsx, 'utf8'), 'filled in, not yet imported');
  assert.equal((await run('export', sample('midt-2024-2027'), '--out', xlsx, '--force')).code, 0);
});

test('export writes a frozen header, drop-down lists and the guide sheet', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(pkg, 'templates/sundhedsaftale-skabelon.xlsx'));
  assert.deepEqual(
    wb.worksheets.map((w) => w.name),
    ['Vejledning', 'Indikatorer', 'Værdier', 'Områder', 'Aftale'],
  );
  const ind = wb.getWorksheet('Indikatorer');
  assert.equal(ind.views[0].state, 'frozen');
  assert.equal(ind.getCell('A1').value, 'id');
  assert.equal(ind.getCell('G1').value, 'ønsket retning');
  assert.deepEqual(ind.getCell('G5').dataValidation.formulae, ['"ned,op,ingen"']);
  assert.match(String(wb.getWorksheet('Vejledning').getCell('A1').value), /Sundhedsaftale/);
});

test('Danish numbers, typed numbers and empty cells (gaps) are read; --into keeps everything else', async () => {
  const doc = readJson(sample('midt-2024-2027'));
  doc._own = { note: 'kept' };
  const into = writeJson('numbers.json', doc);
  const id = doc.indicators[0].id;
  const xlsx = await workbook({
    Værdier: [
      VALUES_HEADER,
      [id, '2030-H1', null, '12,5'],
      [id, '2030-H2', null, '1.234,5'],
      [id, '2031-H1', null, '-3,2'],
      [id, '2031-H2', null, '\u22123,2'],
      [id, '2032-H1', '751', 7.25],
      [id, '2032-H2', null, null],
      [id, 2033, null, '0,125'],
    ],
  });
  const r = await run('import', xlsx, '--into', into);
  assert.equal(r.code, 0, r.stderr);
  const after = readJson(into);
  const added = after.indicators[0].series.slice(doc.indicators[0].series.length);
  assert.deepEqual(added, [
    { period: '2030-H1', value: 12.5 },
    { period: '2030-H2', value: 1234.5 },
    { period: '2031-H1', value: -3.2 },
    { period: '2031-H2', value: -3.2 },
    { period: '2032-H1', value: 7.25, area: '751' },
    { period: '2032-H2', value: null },
    { period: '2033', value: 0.125 },
  ]);
  assert.deepEqual(after._own, { note: 'kept' });
  assert.deepEqual(after.visions, doc.visions);
  assert.deepEqual(after.focusAreas, doc.focusAreas);
});

test('bad cells are reported with sheet, row and column, in Danish; nothing is written', async () => {
  const doc = readJson(sample('midt-2024-2027'));
  const into = writeJson('bad.json', doc);
  const before = readFileSync(into, 'utf8');
  const id = doc.indicators[0].id;
  const xlsx = await workbook({
    Indikatorer: [
      ['id', 'navn', 'ønsket retning', 'frekvens'],
      [id, 'Andel', 'sidelæns', 'halvårligt'],
    ],
    Værdier: [
      VALUES_HEADER,
      [id, '2030', null, '12,5%'],
      [id, '2031', null, { value: 0.125, numFmt: '0.0%' }],
      [id, new Date(Date.UTC(2032, 2, 1)), null, 1],
      [id, '2033', null, '1.234'],
      [id, '2034-H3', null, 1],
      ['findes-ikke', '2030', null, 1],
      [id, '2035', '999', 1],
    ],
  });
  const r = await run('import', xlsx, '--into', into);
  assert.equal(r.code, 1);
  assert.equal(
    r.stderr,
    [
      'Indikatorer!C2: "sidelæns" skal være en af "ned", "op", "ingen"',
      'Værdier!D2: "12,5%" er ikke et tal; skriv kun tallet (enheden står på arket Indikatorer)',
      'Værdier!D3: er formateret som procent (0,125 vises som 12,5 %); skriv tallet uden procentformat, fx 12,5, og sæt enheden til % på arket Indikatorer',
      'Værdier!B4: 2032-03-01 er en dato, ikke en periode; formatér cellen som tekst og skriv fx 2024, 2024-H1 eller 2024-03',
      'Værdier!D5: "1.234" er tvetydigt: skriv 1234 for et tusindtal eller 1,234 for et decimaltal',
      'Værdier!B6: skal være en periode (ÅÅÅÅ, ÅÅÅÅ-H1, ÅÅÅÅ-Q1 eller ÅÅÅÅ-MM), men er "2034-H3"',
      'Værdier!A7: indikatoren "findes-ikke" findes hverken på arket Indikatorer eller i aftalen',
      'Værdier!C8: peger på området "999", som ikke findes i /areas',
      '8 fejl; intet skrevet.',
      '',
    ].join('\n'),
  );
  assert.equal(readFileSync(into, 'utf8'), before);
});

test('--lang en reports in English', async () => {
  const into = writeJson('en.json', readJson(sample('midt-2024-2027')));
  const xlsx = await workbook({
    Værdier: [VALUES_HEADER, ['akutte-genindlaeggelser', '2030', null, '12,5%']],
  });
  const r = await run('import', xlsx, '--into', into, '--lang', 'en');
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^Værdier!D2: "12,5%" is not a number; write only the number/);
  assert.match(r.stderr, /1 error; nothing written\.\n$/);
});

test('CSV: semicolons or commas, UTF-8 or Windows-1252 as older Danish Excel saves it', async () => {
  const into = writeJson('csv.json', readJson(sample('midt-2024-2027')));
  const folder = tmp('csv');
  mkdirSync(folder);
  // "værdi" and "område-kode" in Windows-1252: æ = 0xE6, å = 0xE5.
  const latin1 = Buffer.from(
    'indikator-id;periode;omr\xe5de-kode;v\xe6rdi\r\nakutte-genindlaeggelser;2030-H1;;8,25\r\nakutte-genindlaeggelser;2030-H1;751;"1.234,5"\r\n',
    'latin1',
  );
  writeFileSync(join(folder, 'vaerdier.csv'), latin1);
  writeFileSync(
    join(folder, 'indikatorer.csv'),
    'id,navn,enhed\nakutte-genindlaeggelser,"Andel akutte genindlæggelser, i alt",%\n',
  );
  const r = await run(
    'import',
    join(folder, 'indikatorer.csv'),
    join(folder, 'vaerdier.csv'),
    '--into',
    into,
  );
  assert.equal(r.code, 0, r.stderr);
  const ind = readJson(into).indicators.find((i) => i.id === 'akutte-genindlaeggelser');
  assert.equal(ind.name, 'Andel akutte genindlæggelser, i alt');
  assert.deepEqual(ind.series.slice(-2), [
    { period: '2030-H1', value: 8.25 },
    { period: '2030-H1', value: 1234.5, area: '751' },
  ]);
});

test('CSV: an unclosed quote is refused with its file, line and column, never joined to later lines', async () => {
  const into = writeJson('quote.json', readJson(sample('midt-2024-2027')));
  const before = readFileSync(into, 'utf8');
  const folder = tmp('quote');
  mkdirSync(folder);
  const values = join(folder, 'vaerdier.csv');
  writeFileSync(
    values,
    'indikator-id;periode;område-kode;værdi\r\n' +
      'akutte-genindlaeggelser;2030-H1;;8,25\r\n' +
      'akutte-genindlaeggelser;2030-H2;;"8,5\r\n' +
      'akutte-genindlaeggelser;2031-H1;;8,75\r\n',
  );
  const r = await run('import', folder, '--into', into);
  assert.equal(r.code, 1, r.stderr);
  assert.equal(
    r.stderr,
    `${values}: linje 3, kolonne D: et anførselstegn (") åbner feltet, men lukker det aldrig; ret eller fjern det\n`,
  );
  assert.equal(readFileSync(into, 'utf8'), before, 'nothing written');

  // A stray quote closed by the next quoted field, lines later: where it opens, and where it closes.
  writeFileSync(
    values,
    'indikator-id;periode;område-kode;værdi\n' +
      'akutte-genindlaeggelser;"2030-H1;;8,25\n' +
      'akutte-genindlaeggelser;2030-H2;;8,5\n' +
      'akutte-genindlaeggelser;"2031-H1";;8,75\n',
  );
  const en = await run('import', values, '--into', into, '--lang', 'en');
  assert.equal(en.code, 1, en.stderr);
  assert.equal(
    en.stderr,
    `${values}: line 2, column B: the quote (") that opens the field closes only in line 4; fix or remove it\n`,
  );
});

test('macro-enabled and old workbooks are refused', async () => {
  const xlsm = tmp('makro.xlsm');
  writeFileSync(xlsm, 'PK');
  const a = await run('import', xlsm, '--into', sample('midt-2024-2027'), '--dry-run');
  assert.equal(a.code, 1);
  assert.match(
    a.stderr,
    /\.xlsm-filer læses ikke; gem som Excel-projektmappe \(\.xlsx\) uden makroer/,
  );
  const renamed = tmp('renamed.xlsx');
  writeFileSync(
    renamed,
    Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.from('xl/vbaProject.bin')]),
  );
  const b = await run('import', renamed, '--into', sample('midt-2024-2027'), '--dry-run');
  assert.equal(b.code, 1);
  assert.match(b.stderr, /indeholder makroer/);
  const text = tmp('not.xlsx');
  writeFileSync(text, 'id;navn\n');
  assert.match(
    (await run('import', text, '--into', sample('midt-2024-2027'))).stderr,
    /er ikke en \.xlsx-fil/,
  );
});

test('without --into the Aftale sheet starts a new document, written to standard output', async () => {
  const xlsx = await workbook({
    Aftale: [
      ['felt', 'værdi'],
      ['id', 'ny-aftale'],
      ['titel', 'En ny aftale'],
      ['periode fra', 2028],
      ['periode til', '2031'],
    ],
    Indikatorer: [
      ['id', 'navn', 'enhed', 'ønsket retning', 'frekvens'],
      ['ventetid', 'Ventetid', 'dage', 'ned', 'halvårligt'],
    ],
    Værdier: [VALUES_HEADER, ['ventetid', '2028-H1', null, 31]],
  });
  const r = await run('import', xlsx);
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.id, 'ny-aftale');
  assert.deepEqual(doc.period, { from: 2028, to: 2031 });
  assert.deepEqual(doc.indicators, [
    {
      id: 'ventetid',
      name: 'Ventetid',
      unit: 'dage',
      desiredDirection: 'down',
      frequency: 'semiannual',
      series: [{ period: '2028-H1', value: 31 }],
    },
  ]);
});

test('a 10,000-row Værdier sheet imports (timing printed, not asserted)', async () => {
  const doc = readJson(sample('midt-2024-2027'));
  // Half-year rows, so only indicators whose periods may be half-years.
  const ids = doc.indicators
    .filter((i) => i.state !== 'development' && ['semiannual', 'irregular'].includes(i.frequency))
    .map((i) => i.id);
  const areas = [null, ...doc.areas.map((a) => a.id)];
  const rows = [VALUES_HEADER];
  for (let year = 2000; rows.length <= 10_000; year++)
    for (const half of ['H1', 'H2'])
      for (const id of ids)
        for (const area of areas)
          if (rows.length <= 10_000)
            rows.push([
              id,
              `${year}-${half}`,
              area,
              rows.length % 7 ? `${rows.length % 97},${rows.length % 10}` : rows.length / 10,
            ]);
  const xlsx = await workbook({ Værdier: rows }, 'big.xlsx');
  const into = writeJson('big.json', doc);
  const started = process.hrtime.bigint();
  const r = await run('import', xlsx, '--into', into, '--replace-values');
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  assert.equal(r.code, 0, r.stderr);
  const points = readJson(into)
    .indicators.filter((i) => ids.includes(i.id))
    .reduce((sum, i) => sum + i.series.length, 0);
  assert.equal(points, 10_000);
  console.log(
    `# 10,000-row Værdier sheet: imported, validated and written in ${Math.round(ms)} ms (whole CLI process)`,
  );
});

test('validate loads neither exceljs nor Lit SSR: import/export load exceljs, render the elements', () => {
  const seen = new Set();
  // Follows static imports (`from '…'`, `import '…'`) within the package, never `import(…)`.
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    assert.doesNotMatch(
      code,
      /(?:\bfrom|^import)\s*['"](?:exceljs|@lit-labs\/ssr|@sundhedsaftale\/elements|lit)[/'"]/m,
      file,
    );
    for (const [, spec] of code.matchAll(/(?:\bfrom|^import)\s*['"](\.[^'"]+)['"]/gm))
      visit(join(file, '..', spec));
  };
  visit(join(pkg, 'dist/cli.js'));
  assert.ok(seen.has(join(pkg, 'dist/cli/validate-command.js')), [...seen].join());
  assert.ok(seen.size > 8);
  assert.match(
    readFileSync(join(pkg, 'dist/cli/workbook.js'), 'utf8'),
    /await import\('exceljs'\)/,
  );
  assert.match(
    readFileSync(join(pkg, 'dist/cli/render-command.js'), 'utf8'),
    /await import\('\.\.\/static\/render-static\.js'\)/,
  );
});
