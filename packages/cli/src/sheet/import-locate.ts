/**
 * Locating problems: validate()'s issues, found by JSON Pointer in the merged document, are shown at
 * the cell the value came from (`Værdier!D14`), or by pointer when the workbook does not cover it; then
 * every issue in sheet, row and column order. Pure; no Node or DOM APIs.
 */
import type { ValidationIssue } from '@sundhedsaftale/data';
import { INDICATOR_POINTERS } from './import-indicators.js';
import type { Importer, Origin } from './importer.js';
import type { SheetIssue } from './issues.js';
import { INDICATOR_COLUMNS } from './layout.js';

/** The origin of `pointer` or of its nearest ancestor that has one, and the path from there. */
function originOf(
  origins: Map<string, Origin>,
  pointer: string,
): { origin: Origin; rest: string } | undefined {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const origin = origins.get(p);
    if (origin) return { origin, rest: pointer.slice(p.length) };
    if (!p) return undefined;
  }
}

/** A column header for the rest of a pointer below an indicator, e.g. /source/name → kilde. */
function fieldName(rest: string): string {
  const column = INDICATOR_COLUMNS.find((c) => INDICATOR_POINTERS[c.key] === rest);
  if (column) return column.da;
  // An item of a list in one cell (nationale mål): the cell says it all.
  return /^\/\d+$/.test(rest) ? '' : rest.slice(1);
}

/** Adds validate()'s `issues` (warnings if `warning`) at their cells, skipping cells already reported. */
export function locateIssues(issues: ValidationIssue[], warning: boolean, im: Importer): void {
  for (const issue of issues) {
    const p = issue.pointer;
    if ([...im.reported].some((r) => p === r || p.startsWith(`${r}/`))) continue;
    const hit = originOf(im.origins, p);
    let located: SheetIssue;
    if (hit) {
      const { origin: o, rest } = hit;
      const name = rest ? fieldName(rest) : '';
      const field = name ? `${name}: ` : '';
      located = {
        sheet: o.sheet,
        row: o.row,
        column: o.column,
        da: field + issue.da,
        en: field + issue.en,
      };
    } else located = { pointer: p, da: issue.da, en: issue.en };
    if (warning) located.warning = true;
    im.issues.push(located);
  }
}

/** Workbook issues by sheet (in `sheets` order), row and column; document issues after them. */
export function sortIssues(issues: SheetIssue[], sheets: string[]): SheetIssue[] {
  const sheetRank = new Map<string | undefined, number>(sheets.map((s, i) => [s, i]));
  for (const { sheet } of issues)
    if (sheet !== undefined && !sheetRank.has(sheet)) sheetRank.set(sheet, sheetRank.size);
  const rank = (i: SheetIssue) => (i.sheet === undefined ? Infinity : sheetRank.get(i.sheet)!);
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort(
      ({ issue: x, i: a }, { issue: y, i: b }) =>
        rank(x) - rank(y) ||
        (x.row ?? 0) - (y.row ?? 0) ||
        (x.column ?? -1) - (y.column ?? -1) ||
        a - b,
    )
    .map((x) => x.issue);
}
