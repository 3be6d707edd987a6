/**
 * What an import has found so far: its issues and the cell each value of the document came from (to
 * locate validate()'s problems, see import-locate.ts, and to show where a change came from, see
 * changes.ts). Pure; no Node or DOM APIs.
 */
import { cellIssue, type Msg, type SheetIssue } from './issues.js';

/** Where a cell is: for mapping validate() pointers back to the workbook. */
export interface Origin {
  sheet: string;
  row: number;
  column: number | undefined;
}

export class Importer {
  readonly issues: SheetIssue[] = [];
  /** JSON Pointer in the document → the cell its value came from. */
  readonly origins = new Map<string, Origin>();
  /** Pointers whose cell was already reported, so validate() does not report them again. */
  readonly reported = new Set<string>();

  error(sheet: string, row: number, column: number | undefined, msg: Msg, pointer?: string): void {
    this.issues.push(cellIssue(sheet, row, column, msg));
    if (pointer !== undefined) this.reported.add(pointer);
  }

  warn(sheet: string, row: number, column: number | undefined, msg: Msg): void {
    this.issues.push(cellIssue(sheet, row, column, msg, true));
  }

  origin(pointer: string, sheet: string, row: number, column: number | undefined): void {
    this.origins.set(pointer, { sheet, row, column });
  }
}
