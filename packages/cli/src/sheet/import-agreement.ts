/**
 * The Aftale sheet (felt | værdi): starts a new document, or checks that the workbook belongs to the
 * document it is merged into. Pure; no Node or DOM APIs.
 */
import { SCHEMA_VERSION } from '@sundhedsaftale/data';
import {
  normalizeCell,
  readId,
  readInteger,
  readText,
  readWord,
  type Cell,
  type Read,
} from './cell.js';
import type { Table } from './import-header.js';
import type { Importer } from './importer.js';
import { AGREEMENT_FIELDS, SHEETS, columnFor } from './layout.js';
import { put, type Json } from './upsert.js';

export const NEW_SCHEMA_URL =
  'https://unpkg.com/@sundhedsaftale/data/schema/sundhedsaftale.schema.json';

const LANG_WORDS = { da: ['da', 'dansk', 'danish'], en: ['en', 'engelsk', 'english'] } as const;

/** The document to merge into: `into`, or a new one from the Aftale sheet; undefined (reported) if neither. */
export function importAgreement(
  table: Table | undefined,
  into: Json | undefined,
  im: Importer,
): Json | undefined {
  const label = table ? (table.label ?? table.name) : SHEETS.agreement.da;
  const fields = new Map<string, { row: number; cell: Cell }>();
  if (table)
    table.rows.forEach((raw, r) => {
      const [k, v] = (raw ?? []).map(normalizeCell);
      if (!k || k.kind !== 'text') return;
      const field = AGREEMENT_FIELDS.find((f) => columnFor([f], k.value));
      if (field) fields.set(field.key, { row: r + 1, cell: v ?? { kind: 'empty' } });
    });
  const read = <T>(key: string, reader: (c: Cell) => Read<T>, pointer: string): T | undefined => {
    const f = fields.get(key);
    if (!f) return undefined;
    im.origin(pointer, label, f.row, 1);
    const r = reader(f.cell);
    if (!r.ok) return void im.error(label, f.row, 1, r.problem, pointer);
    return r.value;
  };

  if (into) {
    const id = read('id', readId, '/id');
    if (id !== undefined && id !== into.id)
      im.error(label, fields.get('id')!.row, 1, [
        `arbejdsbogen hører til aftalen "${id}", men dokumentet er "${String(into.id)}"`,
        `the workbook belongs to the agreement "${id}", but the document is "${String(into.id)}"`,
      ]);
    return into;
  }
  if (!table) {
    im.issues.push({
      da: `arbejdsbogen har intet ark "${SHEETS.agreement.da}": angiv aftalen, der skal opdateres, med --into aftale.json`,
      en: `the workbook has no "${SHEETS.agreement.da}" sheet: name the agreement to update with --into agreement.json`,
    });
    return undefined;
  }
  const doc: Json = { $schema: NEW_SCHEMA_URL, schemaVersion: SCHEMA_VERSION };
  put(doc, 'id', read('id', readId, '/id'));
  put(doc, 'title', read('title', readText, '/title'));
  put(doc, 'region', read('region', readText, '/region'));
  const from = read('from', readInteger, '/period/from');
  const to = read('to', readInteger, '/period/to');
  if (from !== undefined || to !== undefined) doc.period = { from, to };
  put(
    doc,
    'lang',
    read('lang', (c) => readWord(c, LANG_WORDS), '/lang'),
  );
  return doc;
}
