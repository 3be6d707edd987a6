#!/usr/bin/env node
// Writes the template workbook and its CSV variant from the sample agreement of @sundhedsaftale/data:
//   templates/sundhedsaftale-skabelon.xlsx
//   templates/csv/{indikatorer,vaerdier,omraader,aftale}.csv
// Run from the repository root after `npm run build`:
//   node packages/cli/scripts/make-templates.js
// The same code as `sundhedsaftale export midt-2024-2027.json --out … --csv …`.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { exportSheets } from '../dist/sheet/export.js';
import { sheetCsv, writeXlsx } from '../dist/cli/workbook.js';
import { validateJson } from '@sundhedsaftale/data';

const SAMPLE = 'midt-2024-2027';
/** A fixed creation date, so regenerating changes the workbook's metadata only when the data changes. */
const DATE = new Date('2024-01-01T00:00:00Z');

const pkg = new URL('..', import.meta.url);
const templates = new URL('templates/', pkg);
const csvDir = new URL('csv/', templates);

const sample = new URL(import.meta.resolve(`@sundhedsaftale/data/samples/${SAMPLE}.json`));
const result = validateJson(await readFile(sample, 'utf8'));
if (!result.ok) throw new Error(`samples/${SAMPLE}.json is invalid: ${result.errors[0]?.en}`);
const sheets = exportSheets(result.agreement, {
  file: 'sundhedsaftale-skabelon.xlsx',
  into: 'aftale.json',
});

/**
 * The workbook, byte for byte the same on every run: the zip library stamps each entry with the time
 * of `new Date()`, so the clock is held at DATE (in UTC) while it writes. Only this script does that.
 */
async function reproducibleXlsx() {
  process.env.TZ = 'UTC';
  const RealDate = globalThis.Date;
  globalThis.Date = class extends RealDate {
    constructor(...args) {
      super(...(args.length ? args : [DATE.getTime()]));
    }
    static now() {
      return DATE.getTime();
    }
  };
  try {
    return await writeXlsx(sheets, DATE);
  } finally {
    globalThis.Date = RealDate;
  }
}

await mkdir(csvDir, { recursive: true });
const xlsx = new URL('sundhedsaftale-skabelon.xlsx', templates);
await writeFile(xlsx, await reproducibleXlsx());
const written = [fileURLToPath(xlsx)];
for (const sheet of sheets) {
  if (!sheet.file) continue;
  const file = new URL(`${sheet.file}.csv`, csvDir);
  await writeFile(file, sheetCsv(sheet), 'utf8');
  written.push(fileURLToPath(file));
}
console.log(`From samples/${SAMPLE}.json:\n${written.map((f) => `  ${f}`).join('\n')}`);
