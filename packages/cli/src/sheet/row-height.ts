/**
 * Row heights for wrapped text. Neither LibreOffice (on opening an .xlsx) nor Excel (until a cell is
 * edited) fits a row to its wrapped text, so a row left at the default height prints its second line
 * over the next row. The export therefore sets each row's height from its wrapped line count.
 * Pure; no Node or DOM APIs.
 */
import type { OutCell, OutColumn, OutSheet } from './export.js';

/** Points per line of 11 pt text (Excel's default row height). */
export const LINE_POINTS = 15;

/**
 * The lines `text` takes when wrapped at word boundaries in a column `width` characters wide.
 * A column width counts digits of the default font; a line of Danish prose holds about 1.2 times as
 * many characters (Calibri in Excel, its fallback DejaVu Sans in LibreOffice). Counting 1.15 keeps the
 * estimate a little high on purpose: a row a line too tall is harmless, a line too short cuts text.
 */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, Math.floor(width * 1.15) - 1);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    let count = 1;
    for (const word of paragraph.split(' ').filter((w) => w.length > 0)) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= room) {
        used = need;
        continue;
      }
      if (used > 0) count += 1;
      // A word longer than the column breaks inside the word.
      count += Math.ceil(word.length / room) - 1;
      used = word.length % room || room;
    }
    lines += count;
  }
  return lines;
}

const cellText = (v: OutCell): string => (v === null ? '' : String(v));

/** Lines of the tallest cell of `row`; cells in columns that do not wrap take one line. */
export function rowLines(row: readonly OutCell[], columns: readonly OutColumn[]): number {
  return Math.max(
    1,
    ...columns.map((c, i) => (c.wrap ? wrappedLines(cellText(row[i] ?? null), c.width) : 1)),
  );
}

/** The height in points of each row as written, the header row first when the sheet has one. */
export function rowHeights(sheet: OutSheet, hasHeader: boolean): number[] {
  const header = hasHeader
    ? [Math.max(1, ...sheet.columns.map((c) => wrappedLines(c.header, c.width)))]
    : [];
  return [...header, ...sheet.rows.map((r) => rowLines(r, sheet.columns))].map(
    (lines) => lines * LINE_POINTS,
  );
}
