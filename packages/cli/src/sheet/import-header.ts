/**
 * A sheet's header row mapped to its columns: unknown columns are skipped with a warning, a repeated
 * or missing required one is an error at the header. Pure; no Node or DOM APIs.
 */
import { normalizeCell, show, type Cell } from './cell.js';
import type { Importer } from './importer.js';
import { columnFor, type Column } from './layout.js';

/** One sheet or CSV file: its name and its rows of raw cell values (see normalizeCell()). */
export interface Table {
  /** Sheet name, or CSV file name; recognised by sheetFor(). */
  name: string;
  /** Name used in messages, e.g. the CSV file name; default `name`. */
  label?: string;
  rows: readonly (readonly unknown[] | undefined)[];
}

/** A table with its header mapped: column key → index, and its non-empty rows. */
export interface Mapped<K extends string> {
  label: string;
  index: Map<K, number>;
  rows: { row: number; cells: Cell[] }[];
}

/** `table` with its header mapped to `columns`; undefined (and reported) when a required one is missing. */
export function mapTable<K extends string>(
  table: Table,
  columns: readonly Column<K>[],
  im: Importer,
): Mapped<K> | undefined {
  const label = table.label ?? table.name;
  const header = (table.rows[0] ?? []).map(normalizeCell);
  const index = new Map<K, number>();
  header.forEach((cell, i) => {
    if (cell.kind === 'empty') return;
    const text = cell.kind === 'text' ? cell.value : show(cell);
    const column = columnFor(columns, text);
    if (!column) {
      im.warn(label, 1, i, [
        `kolonnen ${show(cell)} kendes ikke og springes over`,
        `the column ${show(cell)} is unknown and skipped`,
      ]);
    } else if (index.has(column.key)) {
      im.error(label, 1, i, [
        `kolonnen "${column.da}" findes to gange`,
        `the column "${column.en}" appears twice`,
      ]);
    } else index.set(column.key, i);
  });
  const missing = columns.filter((c) => c.required && !index.has(c.key));
  for (const c of missing)
    im.error(label, 1, undefined, [
      `mangler kolonnen "${c.da}" i overskriftsrækken`,
      `the header row lacks the column "${c.en}"`,
    ]);
  if (missing.length) return undefined;
  const rows: Mapped<K>['rows'] = [];
  for (let r = 1; r < table.rows.length; r++) {
    const cells = (table.rows[r] ?? []).map(normalizeCell);
    if (cells.every((c) => c.kind === 'empty')) continue;
    rows.push({ row: r + 1, cells });
  }
  return { label, index, rows };
}

/** Column `key` of a row: absent column → { present: false }. */
export function cellOf<K extends string>(
  m: Mapped<K>,
  cells: Cell[],
  key: K,
): { present: false } | { present: true; cell: Cell; column: number } {
  const column = m.index.get(key);
  if (column === undefined) return { present: false };
  return { present: true, cell: cells[column] ?? { kind: 'empty' }, column };
}
