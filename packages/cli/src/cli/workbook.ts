/**
 * The file side of import and export: reads .xlsx (with exceljs) and .csv files into tables, and writes
 * exported sheets as .xlsx and .csv. exceljs is loaded only here, on demand, so nothing that imports the
 * package root ever pulls it in.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Lang } from '@sundhedsaftale/data';
import { CsvQuoteError, csvText, formatCsv, parseCsv } from '../sheet/csv.js';
import { formatDanishNumber } from '../sheet/number.js';
import { columnLetter } from '../sheet/issues.js';
import type { OutSheet } from '../sheet/export.js';
import { rowHeights } from '../sheet/row-height.js';
import type { Table } from '../sheet/import.js';
import { readFileBytes } from './read-source.js';
import { zipProblem } from './zip-check.js';

type ExcelJS = typeof import('exceljs');

/** exceljs, loaded on first use (CommonJS: its exports arrive as `default` under Node's ESM loader). */
export async function loadExcel(): Promise<ExcelJS> {
  const m = await import('exceljs');
  return ((m as { default?: unknown }).default ?? m) as ExcelJS;
}

export class InputError extends Error {
  constructor(readonly messages: Record<Lang, string>) {
    super(messages.en);
  }
}

const refuse = (da: string, en: string): never => {
  throw new InputError({ da, en });
};

async function readBytes(path: string): Promise<Buffer> {
  const file = await readFileBytes(path);
  if (!file.ok) throw new InputError(file.message);
  return file.bytes;
}

/** Text of a CSV file: UTF-8 (with or without BOM) or, failing that, Windows-1252 as older Excel writes. */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The raw value of an exceljs cell, with numbers shown as percentages marked (see normalizeCell()). */
function rawValue(cell: { value: unknown; numFmt?: string }): unknown {
  const v = cell.value;
  const percent = typeof cell.numFmt === 'string' && cell.numFmt.includes('%');
  if (!percent) return v;
  if (typeof v === 'number') return { percent: v };
  if (v && typeof v === 'object' && 'result' in v && typeof v.result === 'number')
    return { percent: v.result };
  return v;
}

/** The sheets of an .xlsx workbook as tables. Refuses macro-enabled and old formats. */
export async function readXlsx(path: string): Promise<Table[]> {
  const bytes = await readBytes(path);
  // A zip names its entries in plain text: a VBA project means a macro-enabled workbook renamed.
  if (bytes.includes('xl/vbaProject.bin'))
    refuse(
      'indeholder makroer; gem den som Excel-projektmappe (.xlsx) uden makroer',
      'contains macros; save it as an Excel workbook (.xlsx) without macros',
    );
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    refuse(
      'er ikke en .xlsx-fil (gem den som Excel-projektmappe)',
      'is not an .xlsx file (save it as an Excel workbook)',
    );
  const problem = zipProblem(bytes);
  if (problem) refuse(problem.da, problem.en);
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    // The library's own words (e.g. "Cannot read properties of undefined") mean a damaged file.
    const detail = e instanceof Error ? e.message : String(e);
    refuse(
      `kunne ikke læses som .xlsx; filen er beskadiget eller ikke gemt af et regneark. Åbn den i Excel eller LibreOffice, og gem den igen som Excel-projektmappe (.xlsx). (Detalje: ${detail})`,
      `could not be read as .xlsx; the file is damaged or was not saved by a spreadsheet. Open it in Excel or LibreOffice and save it again as an Excel workbook (.xlsx). (Detail: ${detail})`,
    );
  }
  return workbook.worksheets.map((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const cells: unknown[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        cells[c - 1] = rawValue(cell);
      });
      rows[r - 1] = Array.from(cells);
    });
    return { name: ws.name, rows: Array.from(rows, (r) => r ?? []) };
  });
}

/** The rows of a CSV text; a broken quote is refused with its line and column. */
function csvRows(text: string): string[][] {
  try {
    return parseCsv(text);
  } catch (e) {
    if (!(e instanceof CsvQuoteError)) throw e;
    const da = `linje ${e.line}, kolonne ${columnLetter(e.column)}`;
    const en = `line ${e.line}, column ${columnLetter(e.column)}`;
    return e.closedAt === undefined
      ? refuse(
          `${da}: et anførselstegn (") åbner feltet, men lukker det aldrig; ret eller fjern det`,
          `${en}: a quote (") opens the field but never closes it; fix or remove it`,
        )
      : refuse(
          `${da}: anførselstegnet (") der åbner feltet, lukkes først i linje ${e.closedAt}; ret eller fjern det`,
          `${en}: the quote (") that opens the field closes only in line ${e.closedAt}; fix or remove it`,
        );
  }
}

/** A CSV file as a table named after the file. */
export async function readCsvFile(path: string): Promise<Table> {
  const text = decodeCsv(await readBytes(path));
  const file = basename(path);
  return { name: basename(file, extname(file)), label: file, rows: csvRows(text) };
}

/** The tables in `paths`: .xlsx workbooks, .csv files, and folders of .csv files. */
export async function readTables(paths: string[]): Promise<Table[]> {
  const tables: Table[] = [];
  for (const path of paths) tables.push(...(await readPath(path)));
  return tables;
}

/** `read()`, with a refusal prefixed by the path of the file it is about. */
async function about<T>(path: string, read: () => Promise<T> | T): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof InputError)
      throw new InputError({ da: `${path}: ${e.messages.da}`, en: `${path}: ${e.messages.en}` });
    throw e;
  }
}

async function readPath(path: string): Promise<Table[]> {
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx') return about(path, () => readXlsx(path));
  if (ext === '.csv' || ext === '.txt') return [await about(path, () => readCsvFile(path))];
  if (ext === '.xlsm' || ext === '.xlsb' || ext === '.xls' || ext === '.ods')
    return about(path, () =>
      refuse(
        `${ext}-filer læses ikke; gem som Excel-projektmappe (.xlsx) uden makroer, eller som CSV`,
        `${ext} files are not read; save as an Excel workbook (.xlsx) without macros, or as CSV`,
      ),
    );
  if ((await stat(path).catch(() => undefined))?.isDirectory()) {
    const names = (await readdir(path)).filter((n) => /\.csv$/i.test(n)).sort();
    if (!names.length)
      return about(path, () =>
        refuse('mappen har ingen .csv-filer', 'the folder has no .csv files'),
      );
    const tables: Table[] = [];
    for (const file of names.map((n) => join(path, n)))
      tables.push(await about(file, () => readCsvFile(file)));
    return tables;
  }
  return about(path, () =>
    refuse(
      'skal være en .xlsx-fil, .csv-filer eller en mappe med .csv-filer',
      'must be an .xlsx file, .csv files or a folder of .csv files',
    ),
  );
}

/** Rows past the data that still get the drop-down lists, for rows the secretariat adds. */
const SPARE_ROWS = 2000;

/**
 * How every sheet prints: A4 (paper size 9), the sheet's orientation, all columns on one page's width
 * (as many pages down as needed), the header row repeated on each page, the sheet and page in the footer.
 */
function pageSetup(sheet: OutSheet) {
  return {
    paperSize: 9,
    orientation: sheet.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(sheet.key === 'guide' ? {} : { printTitlesRow: '1:1' }),
    ...(sheet.key === 'indicators'
      ? { fitToWidth: 2, printTitlesColumn: 'A:A', pageOrder: 'overThenDown' as const }
      : {}),
  };
}

/**
 * The exported sheets as an .xlsx workbook: bold frozen header, fitted widths, wrapped long texts in
 * rows tall enough for them, text columns, drop-downs, and a page setup that prints on A4 (see pageSetup()).
 */
export async function writeXlsx(sheets: OutSheet[], date = new Date()): Promise<Buffer> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'sundhedsaftale';
  workbook.created = date;
  workbook.modified = date;
  for (const sheet of sheets) {
    const guide = sheet.key === 'guide';
    const ws = workbook.addWorksheet(sheet.name, {
      views: guide ? [] : [{ state: 'frozen', ySplit: 1 }],
      pageSetup: pageSetup(sheet),
      headerFooter: { oddFooter: '&L&A&RSide &P af &N', evenFooter: '&L&A&RSide &P af &N' },
    });
    // The guide has no header row: its first line is its title.
    ws.columns = sheet.columns.map((c) => ({
      ...(guide ? {} : { header: c.header }),
      width: c.width,
      style: {
        ...(c.text ? { numFmt: '@' } : {}),
        alignment: { vertical: 'top', ...(c.wrap ? { wrapText: true } : {}) },
      },
    }));
    ws.addRows(sheet.rows);
    // Explicit heights: LibreOffice and Excel keep a row without one at one line, wrapped or not.
    rowHeights(sheet, !guide).forEach((height, i) => {
      ws.getRow(i + 1).height = height;
    });
    const header = ws.getRow(1);
    header.font = { bold: true };
    if (guide) {
      header.font = { bold: true, size: 14 };
      header.height = 20;
      continue;
    }
    // Header words wrap, so a column is as wide as its values, not its header.
    header.alignment = { vertical: 'bottom', wrapText: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
    const last = sheet.rows.length + 1 + SPARE_ROWS;
    // Missing from exceljs's types, present in its API since 3.x.
    const validations = (
      ws as unknown as { dataValidations: { add(at: string, v: unknown): void } }
    ).dataValidations;
    sheet.columns.forEach((c, i) => {
      if (!c.list) return;
      const col = columnLetter(i);
      validations.add(`${col}2:${col}${last}`, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${c.list.join(',')}"`],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: c.header,
        error: `Vælg en af: ${c.list.join(', ')}`,
      });
    });
    if (sheet.key !== 'agreement')
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * An exported sheet as CSV the way Danish Excel writes it: UTF-8 with BOM, semicolons, decimal commas.
 * Numbers stay numbers (`-1,5`); a text that would start a formula is guarded by csvText().
 */
export function sheetCsv(sheet: OutSheet): string {
  const rows = [
    sheet.columns.map((c) => c.header),
    ...sheet.rows.map((r) =>
      r.map((v) => (v === null ? '' : typeof v === 'number' ? formatDanishNumber(v) : csvText(v))),
    ),
  ];
  return `\uFEFF${formatCsv(rows, ';')}`;
}
