/**
 * Workbook → document: finds the Indikatorer, Værdier, Områder and Aftale tables, merges them into an
 * existing document (or a new one) by id, validates the result with validate() and reports every
 * problem at its cell. Each sheet has its module (import-*.ts). Pure; no Node or DOM APIs: the CLI
 * hands in tables it read with exceljs or from CSV files.
 */
import { validate, type Agreement, type Lang } from '@sundhedsaftale/data';
import { normalizeCell } from './cell.js';
import { importAgreement } from './import-agreement.js';
import { importAreas } from './import-areas.js';
import { mapTable, type Table } from './import-header.js';
import { importIndicators } from './import-indicators.js';
import { locateIssues, sortIssues } from './import-locate.js';
import { importValues } from './import-values.js';
import { Importer, type ImportSummary } from './importer.js';
import type { SheetIssue } from './issues.js';
import {
  AREA_COLUMNS,
  INDICATOR_COLUMNS,
  SHEETS,
  VALUE_COLUMNS,
  sheetFor,
  sheetForHeader,
  type SheetKey,
} from './layout.js';
import { isRecord, type Json } from './upsert.js';

export type { Table } from './import-header.js';
export type { ImportSummary } from './importer.js';

export interface ImportOptions {
  /** The document to merge into (parsed JSON); without it, the Aftale sheet starts a new document. */
  into?: unknown;
  /** Make the Værdier sheet the whole series of every indicator it names (points not in it are removed). */
  replaceValues?: boolean;
}

export interface ImportResult {
  /** The validated document; absent when there are errors. */
  agreement?: Agreement;
  /** Errors and warnings, in sheet order; validation problems located at their cells where possible. */
  issues: SheetIssue[];
  summary: ImportSummary;
}

/** The tables by the sheet each is; a second table of one kind is an issue. */
function findSheets(tables: readonly Table[], im: Importer): Map<SheetKey, Table> {
  const found = new Map<SheetKey, Table>();
  for (const table of tables) {
    const header = (table.rows[0] ?? []).map(normalizeCell);
    const key = sheetFor(table.name) ?? sheetForHeader(header);
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
  if (!found.has('indicators') && !found.has('values') && !found.has('areas'))
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
      return { issues: im.issues, summary: im.summary };
    }
    into = JSON.parse(JSON.stringify(options.into)) as Json;
  }
  const doc = importAgreement(found.get('agreement'), into, im);
  if (!doc) return { issues: im.issues, summary: im.summary };

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
  const failed = im.issues.some((i) => !i.warning);
  return {
    ...(result.ok && !failed ? { agreement: result.agreement } : {}),
    issues: sortIssues(
      im.issues,
      [...found.values()].map((t) => t.label ?? t.name),
    ),
    summary: im.summary,
  };
}

/** A one-line summary of what an import changed, for the CLI: "0 ændret" when nothing did. */
export function describeSummary(s: ImportSummary, lang: Lang): string {
  const areas = s.areasAdded || s.areasChanged;
  return lang === 'en'
    ? `${s.indicatorsAdded} indicators added, ${s.indicatorsChanged} changed; ${s.valuesAdded} values added, ${s.valuesChanged} changed${s.valuesRemoved ? `, ${s.valuesRemoved} removed` : ''}${areas ? `; ${s.areasAdded} areas added, ${s.areasChanged} changed` : ''}`
    : `${s.indicatorsAdded} indikatorer tilføjet, ${s.indicatorsChanged} ændret; ${s.valuesAdded} værdier tilføjet, ${s.valuesChanged} ændret${s.valuesRemoved ? `, ${s.valuesRemoved} fjernet` : ''}${areas ? `; ${s.areasAdded} områder tilføjet, ${s.areasChanged} ændret` : ''}`;
}
