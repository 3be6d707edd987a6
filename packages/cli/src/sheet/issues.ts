/**
 * Problems found in a workbook, located by sheet, row and column (`Værdier!D14`), or by JSON Pointer
 * when they lie in the part of the document the workbook does not cover.
 * Pure; no Node or DOM APIs.
 */
import type { Lang } from '@sundhedsaftale/data';

/** A pair of messages: [Danish, English]. */
export type Msg = readonly [da: string, en: string];

export interface SheetIssue {
  /** Sheet name (or CSV file name) the problem is in; absent for problems in the JSON document. */
  sheet?: string;
  /** 1-based row number, as Excel shows it. */
  row?: number;
  /** 0-based column index (0 = A). */
  column?: number;
  /** JSON Pointer into the document, for problems outside the workbook. */
  pointer?: string;
  da: string;
  en: string;
  /** A warning does not stop the import. */
  warning?: boolean;
}

/** 0 → A, 25 → Z, 26 → AA, as Excel names columns. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Where an issue is: `Værdier!D14`, `Værdier!14` (whole row), `Værdier` (whole sheet), or `#/pointer`. */
export function where(issue: SheetIssue, document = ''): string {
  if (issue.sheet === undefined) return issue.pointer ? `${document}#${issue.pointer}` : document;
  // Excel quotes sheet names with spaces or punctuation in references; so do we.
  const sheet = /^[\p{L}\p{N}_.-]+$/u.test(issue.sheet) ? issue.sheet : `'${issue.sheet}'`;
  if (issue.row === undefined) return sheet;
  return `${sheet}!${issue.column === undefined ? '' : columnLetter(issue.column)}${issue.row}`;
}

/** One line: `Værdier!D14: "12,5%" er ikke et tal`, prefixed "advarsel: " for warnings. */
export function formatIssue(issue: SheetIssue, lang: Lang, document = ''): string {
  const at = where(issue, document);
  const prefix = issue.warning ? (lang === 'en' ? 'warning: ' : 'advarsel: ') : '';
  return `${at ? `${at}: ` : ''}${prefix}${issue[lang]}`;
}

/** An issue at a cell. */
export function cellIssue(
  sheet: string,
  row: number,
  column: number | undefined,
  [da, en]: Msg,
  warning = false,
): SheetIssue {
  return { sheet, row, column, da, en, ...(warning ? { warning } : {}) };
}
