// The secretariat's twice-yearly cycle through the CLI, as users run it (the bin file, real .xlsx and
// .csv files): export, edit, import with a change report, a byte-stable JSON file, refused clears,
// periods that fit the series, the LibreOffice CSV trap, and a workbook that prints. Run after the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { run, samplePath as sample, tempFolder } from './helpers.js';

const { tmp } = tempFolder('sundhedsaftale-cycle-');

/** A copy of a sample, byte for byte, to import into. */
const copyOf = (name) => {
  const path = tmp(`${name}.json`);
  copyFileSync(sample(name), path);
  return path;
};

/** A workbook with the given sheets: { name: rows }. */
async function workbook(sheets, name = 'test.xlsx') {
  const wb = new ExcelJS.Workbook();
  for (const [sheetName, rows] of Object.entries(sheets)) wb.addWorksheet(sheetName).addRows(rows);
  const path = tmp(name);
  await wb.xlsx.writeFile(path);
  return path;
}

const VALUES_HEADER = ['indikator-id', 'periode', 'område-kode', 'værdi'];
const ID = 'akutte-genindlaeggelser';
const OTHER = 'psykiatriske-genindlaeggelser';

// Expected values come from the sample, so the tests follow it when its numbers are corrected.
const SAMPLE = JSON.parse(readFileSync(sample('midt-2024-2027'), 'utf8'));
const seriesOf = (id) => SAMPLE.indicators.find((i) => i.id === id).series;
const valueAt = (id, period) => seriesOf(id).find((p) => p.period === period && !p.area).value;
const nameOf = (id) => SAMPLE.indicators.find((i) => i.id === id).name;
/** A number as the Danish report shows it. */
const da = (v) => String(v).replace('.', ',');
const H1 = valueAt(ID, '2023-H1');
const H2 = valueAt(ID, '2023-H2');
const NEW_H2 = Math.round((H2 + 0.3) * 10) / 10;

/** Lines of `a` not in `b` and lines of `b` not in `a`, counted as multisets (a line-set diff). */
function lineDiff(a, b) {
  const count = (text) => {
    const m = new Map();
    for (const l of text.split('\n')) m.set(l, (m.get(l) ?? 0) + 1);
    return m;
  };
  const [ca, cb] = [count(a), count(b)];
  const minus = (x, y) =>
    [...x].flatMap(([l, k]) => Array(Math.max(0, k - (y.get(l) ?? 0))).fill(l));
  return { removed: minus(ca, cb), added: minus(cb, ca) };
}

for (const name of ['midt-2019-2023', 'midt-2024-2027'])
  test(`no-op: ${name} exported and imported back (xlsx and CSV) changes zero bytes, reports 0 changes`, async () => {
    const xlsx = tmp(`${name}.xlsx`);
    const csv = tmp(`${name}-csv`);
    assert.equal((await run('export', sample(name), '--out', xlsx, '--csv', csv)).code, 0);
    const original = readFileSync(sample(name));
    for (const source of [xlsx, csv]) {
      const into = copyOf(name);
      const r = await run('import', source, '--into', into);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, `0 ændringer; ${into} er uændret.\n`);
      assert.ok(readFileSync(into).equals(original), `${source}: ${into} changed`);
      // Written elsewhere with --out: the same bytes.
      const out = tmp(`${name}-out.json`);
      const o = await run('import', source, '--into', into, '--out', out, '--lang', 'en');
      assert.equal(o.code, 0, o.stderr);
      assert.equal(o.stderr, `0 changes. Wrote ${out}.\n`);
      assert.ok(readFileSync(out).equals(original), `${source}: ${out} differs`);
    }
  });

test('a changed value is one changed line in the file; an added value one added line', async () => {
  const xlsx = tmp('one-change.xlsx');
  assert.equal((await run('export', sample('midt-2024-2027'), '--out', xlsx)).code, 0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  const ws = wb.getWorksheet('Værdier');
  let changed = 0;
  ws.eachRow((row) => {
    if (
      row.getCell(1).value === ID &&
      row.getCell(2).value === '2022-H1' &&
      !row.getCell(3).value
    ) {
      row.getCell(4).value = 9.2;
      changed++;
    }
  });
  assert.equal(changed, 1);
  ws.addRow([ID, '2024-H1', null, 8.4]);
  await wb.xlsx.writeFile(xlsx);

  const into = copyOf('midt-2024-2027');
  const before = readFileSync(into, 'utf8');
  const r = await run('import', xlsx, '--into', into);
  assert.equal(r.code, 0, r.stderr);
  const afterText = readFileSync(into, 'utf8');
  const { removed, added } = lineDiff(before, afterText);
  // The value's own line; the series' last line gains a comma; the new point is one new line.
  const line = (p) =>
    `        { ${Object.entries(p)
      .map(([key, v]) => `"${key}": ${JSON.stringify(v)}`)
      .join(', ')} }`;
  const last = line(seriesOf(ID).at(-1));
  const old = valueAt(ID, '2022-H1');
  assert.notEqual(old, 9.2);
  assert.deepEqual(removed, [`${line({ period: '2022-H1', value: old })},`, last]);
  assert.deepEqual(added, [
    '        { "period": "2022-H1", "value": 9.2 },',
    `${last},`,
    '        { "period": "2024-H1", "value": 8.4 }',
  ]);
  assert.equal(afterText.split('\n').length, before.split('\n').length + 1);
  assert.match(r.stderr, /\n2 ændringer: 1 værdi tilføjet, 1 værdi ændret\. Skrev /);
});

/**
 * The sample with 2023-H2 changed (H2 → NEW_H2, typed the Danish way), 2024-H1 added, 2023-H1 cleared
 * (H1 → empty), and a row of another indicator that repeats the document (no change).
 */
const cycleWorkbook = () =>
  workbook({
    Værdier: [
      VALUES_HEADER,
      [ID, '2023-H2', null, da(NEW_H2)],
      [ID, '2024-H1', null, 8.4],
      [ID, '2023-H1', null, null],
      [OTHER, '2023-H2', null, valueAt(OTHER, '2023-H2')],
    ],
  });

test('the change report lists old → new for added, changed and cleared values, with their cells', async () => {
  const xlsx = await cycleWorkbook();
  const into = copyOf('midt-2024-2027');
  const original = readFileSync(into);

  const dry = await run('import', xlsx, '--into', into, '--dry-run', '--allow-clear');
  assert.equal(dry.code, 0, dry.stderr);
  assert.equal(
    dry.stderr,
    [
      `${ID} (${nameOf(ID)}):`,
      `  2023-H1: ${da(H1)} → tom (ryddet) [Værdier!D4]`,
      `  2023-H2: ${da(H2)} → ${da(NEW_H2)} (ændret) [Værdier!D2]`,
      '  2024-H1: – → 8,4 (tilføjet) [Værdier!D3]',
      '3 ændringer: 1 værdi tilføjet, 1 værdi ændret, 1 værdi ryddet. Gyldig; intet skrevet (--dry-run).',
      '',
    ].join('\n'),
  );
  assert.ok(readFileSync(into).equals(original), '--dry-run writes nothing');

  const en = await run(
    'import',
    xlsx,
    '--into',
    into,
    '--dry-run',
    '--allow-clear',
    '--lang',
    'en',
  );
  assert.ok(en.stderr.includes(`\n  2023-H1: ${H1} → empty (cleared) [Værdier!D4]\n`), en.stderr);
  assert.ok(en.stderr.includes(`\n  2023-H2: ${H2} → ${NEW_H2} (changed) [Værdier!D2]\n`));
  assert.match(en.stderr, /\n3 changes: 1 value added, 1 value changed, 1 value cleared\. Valid;/);

  const md = tmp('aendringer.md');
  const json = tmp('aendringer.json');
  const r = await run('import', xlsx, '--into', into, '--allow-clear', '--report', md);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, new RegExp(`\\. Skrev ${into}, ${md}\\.\\n$`));
  const report = readFileSync(md, 'utf8');
  assert.match(report, /^# Ændringer i .*\.json\n\nIndlæst fra: .*test\.xlsx\n\n3 ændringer: /);
  assert.ok(report.includes(`\n## ${ID} – ${nameOf(ID)}\n`), report);
  assert.doesNotMatch(report, new RegExp(OTHER), 'a row that repeats the document is no change');
  for (const row of [
    `| 2023 1. halvår | hele regionen | ${da(H1)} | tom | ryddet | Værdier!D4 |`,
    `| 2023 2. halvår | hele regionen | ${da(H2)} | ${da(NEW_H2)} | ændret | Værdier!D2 |`,
    '| 2024 1. halvår | hele regionen | – | 8,4 | tilføjet | Værdier!D3 |',
  ])
    assert.ok(report.includes(`\n${row}\n`), `${row}\n${report}`);
  const doc = JSON.parse(readFileSync(into, 'utf8'));
  const series = doc.indicators.find((i) => i.id === ID).series.filter((p) => !p.area);
  assert.deepEqual(series.slice(-3), [
    { period: '2023-H1', value: null },
    { period: '2023-H2', value: NEW_H2 },
    { period: '2024-H1', value: 8.4 },
  ]);

  // The same import again: nothing left to change; the JSON report says so.
  const again = await run('import', xlsx, '--into', into, '--report', json, '--lang', 'en');
  assert.equal(again.code, 0, again.stderr);
  assert.deepEqual(JSON.parse(readFileSync(json, 'utf8')), {
    document: into,
    sources: [xlsx],
    dryRun: false,
    total: 0,
    summary: {
      indicatorsAdded: 0,
      indicatorsChanged: 0,
      valuesAdded: 0,
      valuesChanged: 0,
      valuesCleared: 0,
      valuesRemoved: 0,
      areasAdded: 0,
      areasChanged: 0,
    },
    indicators: [],
    areas: [],
  });
});

test('the JSON report has each value change with its kind, old and new value and cell', async () => {
  const json = tmp('changes.json');
  const r = await run(
    'import',
    await cycleWorkbook(),
    '--into',
    copyOf('midt-2024-2027'),
    '--allow-clear',
    '--dry-run',
    '--report',
    json,
  );
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(readFileSync(json, 'utf8'));
  assert.equal(report.dryRun, true);
  assert.equal(report.total, 3);
  assert.deepEqual(report.indicators[0].values, [
    { period: '2023-H1', area: null, kind: 'cleared', old: H1, new: null, cell: 'Værdier!D4' },
    { period: '2023-H2', area: null, kind: 'changed', old: H2, new: NEW_H2, cell: 'Værdier!D2' },
    { period: '2024-H1', area: null, kind: 'added', old: null, new: 8.4, cell: 'Værdier!D3' },
  ]);
});

test('clearing or removing a published value without --allow-clear is refused, cells named, nothing written', async () => {
  const into = copyOf('midt-2024-2027');
  const original = readFileSync(into);
  const md = tmp('not-written.md');
  const r = await run('import', await cycleWorkbook(), '--into', into, '--report', md);
  assert.equal(r.code, 1);
  assert.equal(
    r.stderr,
    `Værdier!D4: ${ID} 2023-H1: ${da(H1)} er offentliggjort og ville blive ryddet (tom celle); skriv tallet igen, eller brug --allow-clear, hvis det skal væk\n` +
      '1 fejl; intet skrevet.\n',
  );
  assert.ok(readFileSync(into).equals(original), 'nothing written');
  assert.equal(existsSync(md), false, 'no report written');

  // --replace-values removes the points the sheet lacks: published numbers among them need the flag too.
  const [kept, ...rest] = seriesOf(OTHER);
  assert.equal(kept.area, undefined);
  const removed = rest.filter((p) => typeof p.value === 'number');
  const k = removed.length;
  assert.ok(k > 1);
  const replace = await workbook({
    Værdier: [VALUES_HEADER, [OTHER, kept.period, null, kept.value]],
  });
  const en = await run('import', replace, '--into', into, '--replace-values', '--lang', 'en');
  assert.equal(en.code, 1);
  const at = (p) => `${p.period}${p.area ? ` (area ${p.area})` : ''}`;
  assert.ok(
    en.stderr.startsWith(
      `Værdier: ${OTHER} ${at(removed[0])}: ${removed[0].value} is published and would be removed (not in the sheet); write the number again, or use --allow-clear if it is to go\n`,
    ),
    en.stderr,
  );
  assert.ok(en.stderr.endsWith(`\n${k} errors; nothing written.\n`));
  assert.ok(readFileSync(into).equals(original), 'nothing written');
  const allowed = await run('import', replace, '--into', into, '--replace-values', '--allow-clear');
  assert.equal(allowed.code, 0, allowed.stderr);
  const last = removed.at(-1);
  assert.ok(
    allowed.stderr.includes(
      `\n  ${last.period}${last.area ? `, område ${last.area}` : ''}: ${da(last.value)} → – (fjernet)\n`,
    ),
    allowed.stderr,
  );
  assert.match(allowed.stderr, new RegExp(`\\n${k} ændringer: ${k} værdier fjernet\\. Skrev `));
});

test('a month in a half-yearly series is rejected by validate and by import, with the cell named', async () => {
  const doc = JSON.parse(readFileSync(sample('midt-2024-2027'), 'utf8'));
  const ind = doc.indicators.findIndex((i) => i.id === ID);
  assert.equal(doc.indicators[ind].frequency, 'semiannual');
  doc.indicators[ind].series.push({ period: '2025-03', value: 8.1 });
  const file = tmp('month.json');
  writeFileSync(file, JSON.stringify(doc, null, 2));
  const v = await run('validate', file);
  assert.equal(v.code, 1);
  const at = doc.indicators[ind].series.length - 1;
  assert.equal(
    v.stdout,
    `${file}#/indicators/${ind}/series/${at}/period: perioden "2025-03" passer ikke til frekvensen Halvårligt ("semiannual"); brug en længere periode eller frekvensen "irregular"\n`,
  );

  const into = copyOf('midt-2024-2027');
  const original = readFileSync(into);
  const xlsx = await workbook({
    Værdier: [VALUES_HEADER, [ID, '2024-H1', null, 8.4], [ID, '2025-03', null, 8.1]],
  });
  const r = await run('import', xlsx, '--into', into);
  assert.equal(r.code, 1);
  assert.equal(
    r.stderr,
    'Værdier!B3: perioden "2025-03" passer ikke til frekvensen Halvårligt ("semiannual"); brug en længere periode eller frekvensen "irregular"\n' +
      '1 fejl; intet skrevet.\n',
  );
  assert.ok(readFileSync(into).equals(original), 'nothing written');
});

test("LibreOffice's CSV of the first sheet (Vejledning) is named and explained; all sheets as CSV import", async () => {
  const xlsx = tmp('skabelon.xlsx');
  const csv = tmp('csv');
  assert.equal(
    (await run('export', sample('midt-2024-2027'), '--out', xlsx, '--csv', csv)).code,
    0,
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  // What Calc's "Save As → Text CSV" writes: the active sheet only, the guide, one cell per line.
  const lines = [];
  wb.getWorksheet('Vejledning').eachRow({ includeEmpty: true }, (row) => {
    const v = String(row.getCell(1).value ?? '');
    lines.push(/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  });
  const guide = tmp('skabelon.csv');
  writeFileSync(guide, `${lines.join('\n')}\n`);
  const into = copyOf('midt-2024-2027');
  const original = readFileSync(into);
  const r = await run('import', guide, '--into', into);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /^[\w-]+skabelon\.csv: er arket Vejledning, ikke et af arkene Indikatorer, Værdier eller Områder: et regneark gemt som CSV indeholder kun det aktive ark\./,
  );
  assert.match(r.stderr, /Gem arbejdsbogen som Excel-projektmappe \(\.xlsx\)/);
  assert.match(r.stderr, /Filer → Gem som… → Tekst CSV \(\.csv\), filnavn vaerdier\.csv/);
  assert.match(r.stderr, /soffice --convert-to 'csv:Text - txt - csv \(StarCalc\):[\d,a-z-]+,-1'/);
  assert.doesNotMatch(r.stderr, /\.json/, 'the message is about the CSV, not the agreement');
  assert.ok(readFileSync(into).equals(original), 'nothing written');

  // What the soffice command writes: <name>-<sheet>.csv for every sheet, the guide among them.
  const all = tmp('all-sheets');
  mkdirSync(all);
  for (const f of readdirSync(csv)) {
    const sheet = { 'indikatorer.csv': 'Indikatorer', 'vaerdier.csv': 'Værdier' }[f];
    if (sheet) renameSync(join(csv, f), join(all, `skabelon-${sheet}.csv`));
  }
  copyFileSync(guide, join(all, 'skabelon-Vejledning.csv'));
  const ok = await run('import', all, '--into', into);
  assert.equal(ok.code, 0, ok.stderr);
  assert.equal(ok.stderr, `0 ændringer; ${into} er uændret.\n`);
});

test('the workbook prints on A4: orientation per sheet, fit to width, header rows repeated, long texts wrapped', async () => {
  const xlsx = tmp('opfoelgning 2025.xlsx');
  assert.equal((await run('export', sample('midt-2024-2027'), '--out', xlsx)).code, 0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  const orientation = {
    Vejledning: 'portrait',
    Indikatorer: 'landscape',
    Værdier: 'portrait',
    Områder: 'portrait',
    Aftale: 'portrait',
  };
  assert.deepEqual(
    wb.worksheets.map((ws) => ws.name),
    Object.keys(orientation),
  );
  for (const ws of wb.worksheets) {
    const p = ws.pageSetup;
    assert.equal(p.paperSize, 9, `${ws.name}: A4`);
    assert.equal(p.orientation, orientation[ws.name], ws.name);
    assert.equal(p.fitToPage, true, `${ws.name}: fit to page`);
    // Indikatorer's 20 columns print two pages wide, the id column on both, to stay readable.
    const wide = ws.name === 'Indikatorer';
    assert.equal(p.fitToWidth, wide ? 2 : 1, `${ws.name}: pages wide`);
    assert.equal(p.printTitlesColumn, wide ? 'A:A' : undefined, `${ws.name}: repeated columns`);
    assert.equal(p.fitToHeight, 0, `${ws.name}: as many pages down as needed`);
    assert.equal(p.printTitlesRow, ws.name === 'Vejledning' ? undefined : '1:1', ws.name);
    assert.match(ws.headerFooter.oddFooter, /&P af &N/, `${ws.name}: page numbers`);
  }
  const guide = wb.getWorksheet('Vejledning');
  assert.equal(guide.getColumn(1).alignment.wrapText, true);
  assert.ok(guide.getColumn(1).width <= 100, 'the guide fits a portrait page at 100 %');
  const text = guide.getColumn(1).values.join('\n');
  assert.ok(
    text.includes(`npx sundhedsaftale import "${xlsx}" --into ${sample('midt-2024-2027')}`),
    'the guide names the file written and the agreement it came from',
  );
  assert.doesNotMatch(text, /import skabelon\.xlsx/);

  const ind = wb.getWorksheet('Indikatorer');
  const header = ind.getRow(1).values.slice(1);
  const col = (name) => ind.getColumn(header.indexOf(name) + 1);
  assert.equal(ind.getRow(1).alignment.wrapText, true, 'header words wrap');
  assert.equal(col('beskrivelse').alignment.wrapText, true, 'long descriptions wrap');
  assert.equal(col('beskrivelse').width, 32);
  assert.ok(col('navn (engelsk)').width <= 12, 'an empty column stays narrow');
  // A cell's text wraps in its column: it is not cut off at the edge.
  const long = ind.getCell(2, header.indexOf('beskrivelse') + 1);
  assert.ok(String(long.value).length > 32);
  assert.equal(long.alignment.wrapText, true);
});
