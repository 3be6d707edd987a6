/** The Områder sheet: one row per area (municipality), upserted by its code. Pure; no Node or DOM APIs. */
import { readId, readText, readWord, type Cell, type Read } from './cell.js';
import { cellOf, type Mapped } from './import-header.js';
import type { Importer } from './importer.js';
import { AREA_KIND, type AreaKey } from './layout.js';
import { ById, put, putText, type Json } from './upsert.js';

export function importAreas(doc: Json, m: Mapped<AreaKey>, im: Importer): void {
  const areas = new ById(Array.isArray(doc.areas) ? doc.areas : (doc.areas = []));
  const seen = new Map<string, number>();
  for (const { row, cells } of m.rows) {
    const idCol = m.index.get('id') as number;
    const idRead = readId(cells[idCol] ?? { kind: 'empty' });
    if (!idRead.ok || idRead.value === undefined) {
      im.error(
        m.label,
        row,
        idCol,
        idRead.ok ? ['mangler kode', 'the code is missing'] : idRead.problem,
      );
      continue;
    }
    const id = idRead.value;
    if (seen.has(id)) {
      im.error(m.label, row, idCol, [
        `koden "${id}" står også i række ${seen.get(id)}`,
        `the code "${id}" is also in row ${seen.get(id)}`,
      ]);
      continue;
    }
    seen.set(id, row);
    const { item: area, index } = areas.upsert(id);
    const at = `/areas/${index}`;
    im.origin(at, m.label, row, idCol);
    const read = <T>(
      key: Exclude<AreaKey, 'id'>,
      reader: (c: Cell) => Read<T>,
      pointer: string,
    ) => {
      const c = cellOf(m, cells, key);
      if (!c.present) return undefined;
      im.origin(at + pointer, m.label, row, c.column);
      const r = reader(c.cell);
      if (!r.ok) return void im.error(m.label, row, c.column, r.problem, at + pointer);
      return r.value ?? null;
    };
    const name = read('name', readText, '/name');
    const nameEn = read('nameEn', readText, '/name/en');
    const kind = read('kind', (c) => readWord(c, AREA_KIND), '/kind');
    putText(area, 'name', name, nameEn);
    if (kind !== undefined) put(area, 'kind', kind ?? undefined);
  }
}
