/**
 * Workbook → document: finds the Indikatorer, Værdier, Områder and Aftale tables, merges them into an
 * existing document (or a new one) by id, validates the result with validate() and reports every
 * problem at its cell. Each sheet has its module (import-*.ts). Pure; no Node or DOM APIs: the CLI
 * hands in tables it read with exceljs or from CSV files.
 */
import { validate, type Agreement } from '@sundhedsaftale/data';
import { normalizeCell } from './cell.js';
import { importAgreement } from './import-agreement.js';
import { importAreas } from './import-areas.js';
import { mapTable, type Table } from './import-header.js';
import { importIndicators } from './import-indicators.js';
import { locateIssues, sortIssues } from './import-locate.js';
import { importValues } from './import-values.js';
import { Importer } from './importer.js';
import { clearedValues, findChanges, type Changes, type ImportSummary } from './changes.js';
import { describeValue } from './change-report.js';
import type { SheetIssue } from './issues.js';
import {
  AREA_COLUMNS,
  GUIDE_SHEET,
  GUIDE_TITLE,
  INDICATOR_COLUMNS,
  SHEETS,
  VALUE_COLUMNS,
  sheetFor,
  sheetForHeader,
  type SheetKey,
} from './layout.js';
import { isRecord, type Json } from './upsert.js';

export type { Table } from './import-header.js';
export type { Changes, ImportSummary } from './changes.js';

export interface ImportOptions {
  /** The document to merge into (parsed JSON); without it, the Aftale sheet starts a new document. */
  into?: unknown;
  /** Make the Værdier sheet the whole series of every indicator it names (points not in it are removed). */
  replaceValues?: boolean;
  /** Let the import clear or remove numbers the document already has (published values). */
  allowClear?: boolean;
}

export interface ImportResult {
  /** The validated document; absent when there are errors. */
  agreement?: Agreement;
  /**
   * The merged document as written: `into` with the workbook's changes and nothing else (no key
   * reordering or normalising), for writing back into its own text; absent when there are errors.
   */
  document?: Record<string, unknown>;
  /** Errors and warnings, in sheet order; validation problems located at their cells where possible. */
  issues: SheetIssue[];
  /** What the import changes; empty when there are errors before the document could be merged. */
  changes: Changes;
  summary: ImportSummary;
}

const NO_CHANGES: Changes = findChanges(undefined, {});

const sheetOf = (table: Table): SheetKey | undefined =>
  sheetFor(table.name) ?? sheetForHeader((table.rows[0] ?? []).map(normalizeCell));

/**
 * A CSV file that is none of the sheets: most often the guide, because LibreOffice Calc and Excel save
 * only the active sheet as CSV, and the workbook opens on the guide.
 */
function notASheet(table: Table): SheetIssue {
  const first = normalizeCell(table.rows[0]?.[0]);
  const guide =
    sheetFor(table.name) === undefined &&
    (table.name.toLowerCase().includes(GUIDE_SHEET.toLowerCase()) ||
      (first.kind === 'text' && first.value.startsWith(GUIDE_TITLE)));
  const sheets = `${SHEETS.indicators.da}, ${SHEETS.values.da} eller ${SHEETS.areas.da}`;
  const sheetsEn = `${SHEETS.indicators.da}, ${SHEETS.values.da} or ${SHEETS.areas.da}`;
  return {
    sheet: table.label ?? table.name,
    da:
      `${guide ? `er arket ${GUIDE_SHEET}, ikke` : 'er ikke'} et af arkene ${sheets}: ` +
      'et regneark gemt som CSV indeholder kun det aktive ark. ' +
      'Gem arbejdsbogen som Excel-projektmappe (.xlsx) og indlæs den (LibreOffice: Filer → Gem som… → Excel 2007-365 (.xlsx)), ' +
      `eller gem hvert ark for sig: vælg arket ${SHEETS.values.da}, Filer → Gem som… → Tekst CSV (.csv), filnavn ${SHEETS.values.file}.csv, og gør det samme for ${SHEETS.indicators.da} (${SHEETS.indicators.file}.csv). ` +
      "LibreOffice kan også skrive alle ark på én gang: soffice --convert-to 'csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,true,false,false,-1' skabelon.xlsx",
    en:
      `${guide ? `is the ${GUIDE_SHEET} sheet, not` : 'is not'} one of the sheets ${sheetsEn}: ` +
      'a spreadsheet saved as CSV holds only the active sheet. ' +
      'Save the workbook as an Excel workbook (.xlsx) and import that (LibreOffice: File → Save As… → Excel 2007-365 (.xlsx)), ' +
      `or save each sheet on its own: select the ${SHEETS.values.da} sheet, File → Save As… → Text CSV (.csv), file name ${SHEETS.values.file}.csv, and do the same for ${SHEETS.indicators.da} (${SHEETS.indicators.file}.csv). ` +
      "LibreOffice can also write every sheet at once: soffice --convert-to 'csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,true,false,false,-1' template.xlsx",
  };
}

/** The tables by the sheet each is; a second table of one kind is an issue. */
function findSheets(tables: readonly Table[], im: Importer): Map<SheetKey, Table> {
  const found = new Map<SheetKey, Table>();
  for (const table of tables) {
    const key = sheetOf(table);
    if (!key) continue;
    const first = found.get(key);
    if (first) {
      im.issues.push({
        sheet: table.label ?? table.name,
        da: `er også et "${SHEETS[key].da}"-ark (${first.label ?? first.name}); kun ét er tilladt`,
        en: `is also a "${SHEETS[key].da}" sheet (${first.label ?? first.name}); only one is allowed`,
      });
      continue;
    }
    found.set(key, table);
  }
  const csvs = tables.filter((t) => t.label !== undefined && !found.has(sheetOf(t)!));
  if (!found.has('indicators') && !found.has('values') && !found.has('areas') && csvs.length)
    for (const t of csvs) im.issues.push(notASheet(t));
  else if (!found.has('indicators') && !found.has('values') && !found.has('areas'))
    im.issues.push({
      da: `fandt hverken arket "${SHEETS.indicators.da}", "${SHEETS.values.da}" eller "${SHEETS.areas.da}"`,
      en: `found none of the sheets "${SHEETS.indicators.da}", "${SHEETS.values.da}", "${SHEETS.areas.da}"`,
    });
  return found;
}

/**
 * Imports `tables` (sheets or CSV files) into `options.into` or a new document from the Aftale sheet,
 * then validates the whole result. Never throws on bad input; every problem is an issue.
 */
export function importTables(tables: readonly Table[], options: ImportOptions = {}): ImportResult {
  const im = new Importer();
  const found = findSheets(tables, im);

  let into: Json | undefined;
  if (options.into !== undefined) {
    if (!isRecord(options.into)) {
      im.issues.push({ pointer: '', da: 'er ikke et JSON-objekt', en: 'is not a JSON object' });
      return { issues: im.issues, changes: NO_CHANGES, summary: NO_CHANGES.summary };
    }
    into = JSON.parse(JSON.stringify(options.into)) as Json;
  }
  const doc = importAgreement(found.get('agreement'), into, im);
  if (!doc) return { issues: im.issues, changes: NO_CHANGES, summary: NO_CHANGES.summary };

  const areas = found.get('areas');
  const indicators = found.get('indicators');
  const values = found.get('values');
  const mappedAreas = areas && mapTable(areas, AREA_COLUMNS, im);
  if (mappedAreas) importAreas(doc, mappedAreas, im);
  const mappedIndicators = indicators && mapTable(indicators, INDICATOR_COLUMNS, im);
  if (mappedIndicators) importIndicators(doc, mappedIndicators, im);
  // Values of an indicator whose row could not be read would only add confusing follow-up errors.
  if (values && (!indicators || mappedIndicators)) {
    const mappedValues = mapTable(values, VALUE_COLUMNS, im);
    if (mappedValues) importValues(doc, mappedValues, options.replaceValues === true, im);
  }

  const result = validate(doc);
  locateIssues(result.ok ? result.warnings : result.errors, result.ok, im);
  const changes = findChanges(into ? (options.into as Json) : undefined, doc, im.origins);
  const valuesSheet = values ? (values.label ?? values.name) : SHEETS.values.da;
  if (!options.allowClear) refuseClears(changes, valuesSheet, im);
  const failed = im.issues.some((i) => !i.warning);
  return {
    ...(result.ok && !failed ? { agreement: result.agreement, document: doc } : {}),
    issues: sortIssues(
      im.issues,
      [...found.values()].map((t) => t.label ?? t.name),
    ),
    changes,
    summary: changes.summary,
  };
}

/** A published number that would be cleared (empty cell) or removed (--replace-values) is an error. */
function refuseClears(changes: Changes, sheet: string, im: Importer): void {
  for (const { indicator, change: c } of clearedValues(changes)) {
    const what = `${indicator} ${c.period}${c.area ? ` (område ${c.area})` : ''}`;
    const whatEn = `${indicator} ${c.period}${c.area ? ` (area ${c.area})` : ''}`;
    const da = `${what}: ${describeValue(c.old, 'da')} er offentliggjort og ville blive ${c.kind === 'cleared' ? 'ryddet (tom celle)' : 'fjernet (står ikke i arket)'}; skriv tallet igen, eller brug --allow-clear, hvis det skal væk`;
    const en = `${whatEn}: ${describeValue(c.old, 'en')} is published and would be ${c.kind === 'cleared' ? 'cleared (empty cell)' : 'removed (not in the sheet)'}; write the number again, or use --allow-clear if it is to go`;
    if (c.cell) im.error(c.cell.sheet, c.cell.row, c.cell.column, [da, en]);
    else im.issues.push({ sheet, da, en });
  }
}
