/**
 * Spreadsheet import and export for the data secretariat, without Node or DOM APIs: the CLI
 * (`sundhedsaftale import` / `export`) does the file and exceljs parts around these.
 */
export { parseDanishNumber, isAmbiguousNumber, formatDanishNumber } from './number.js';
export { normalizeCell, type Cell } from './cell.js';
export { parseCsv, formatCsv, detectSeparator } from './csv.js';
export { columnLetter, formatIssue, where, type SheetIssue } from './issues.js';
export {
  SHEETS,
  GUIDE_SHEET,
  INDICATOR_COLUMNS,
  VALUE_COLUMNS,
  AREA_COLUMNS,
  sheetFor,
} from './layout.js';
export {
  importTables,
  describeSummary,
  type Table,
  type ImportOptions,
  type ImportResult,
  type ImportSummary,
} from './import.js';
export { exportSheets, sheetRows, type OutSheet, type OutCell, type OutColumn } from './export.js';
