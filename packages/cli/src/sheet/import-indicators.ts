/**
 * The Indikatorer sheet: one row per indicator, upserted by id. A bad cell is reported and its field
 * left as it was. Pure; no Node or DOM APIs.
 */
import {
  readBoolean,
  readId,
  readIdList,
  readInteger,
  readNumber,
  readPeriod,
  readText,
  readWord,
  type Cell,
  type Read,
} from './cell.js';
import { cellOf, type Mapped } from './import-header.js';
import type { Importer } from './importer.js';
import { DIRECTION, FREQUENCY, INDICATOR_COLUMNS, STATE, type IndicatorKey } from './layout.js';
import { ById, put, putObject, putText, sortKeys, type Json } from './upsert.js';

type Readers = { [K in IndicatorKey]: (cell: Cell) => Read<unknown> };
const INDICATOR_READERS: Readers = {
  id: readId,
  name: readText,
  nameEn: readText,
  description: readText,
  descriptionEn: readText,
  unit: readText,
  desiredDirection: (c) => readWord(c, DIRECTION),
  frequency: (c) => readWord(c, FREQUENCY),
  state: (c) => readWord(c, STATE),
  nationalGoalIds: readIdList,
  alsoNational: readBoolean,
  sourceName: readText,
  sourceNameEn: readText,
  sourceUrl: readText,
  targetValue: readNumber,
  targetPeriod: readPeriod,
  stableRelative: readNumber,
  stableAbsolute: readNumber,
  decimals: readInteger,
  illustrative: readBoolean,
};

/** Where each column's value lands in an indicator, for locating validate() problems. */
export const INDICATOR_POINTERS: Record<IndicatorKey, string> = {
  id: '/id',
  name: '/name',
  nameEn: '/name/en',
  description: '/description',
  descriptionEn: '/description/en',
  unit: '/unit',
  desiredDirection: '/desiredDirection',
  frequency: '/frequency',
  state: '/state',
  nationalGoalIds: '/nationalGoalIds',
  alsoNational: '/alsoNational',
  sourceName: '/source/name',
  sourceNameEn: '/source/name/en',
  sourceUrl: '/source/url',
  targetValue: '/target/value',
  targetPeriod: '/target/period',
  stableRelative: '/stableWithin/relative',
  stableAbsolute: '/stableWithin/absolute',
  decimals: '/decimals',
  illustrative: '/illustrative',
};

/** Key order of an indicator created from the sheet, as in the samples. */
const INDICATOR_ORDER = [
  'id',
  'name',
  'description',
  'unit',
  'desiredDirection',
  'frequency',
  'state',
  'nationalGoalIds',
  'alsoNational',
  'source',
  'series',
  'stableWithin',
  'target',
  'decimals',
  'illustrative',
];

export function importIndicators(doc: Json, m: Mapped<IndicatorKey>, im: Importer): void {
  const indicators = new ById(
    Array.isArray(doc.indicators) ? doc.indicators : (doc.indicators = []),
  );
  const seen = new Map<string, number>();

  for (const { row, cells } of m.rows) {
    const idCol = m.index.get('id') as number;
    const idRead = readId(cells[idCol] ?? { kind: 'empty' });
    if (!idRead.ok) {
      im.error(m.label, row, idCol, idRead.problem);
      continue;
    }
    const id = idRead.value;
    if (id === undefined) {
      im.error(m.label, row, idCol, ['mangler id', 'the id is missing']);
      continue;
    }
    if (seen.has(id)) {
      im.error(m.label, row, idCol, [
        `id "${id}" står også i række ${seen.get(id)}`,
        `id "${id}" is also in row ${seen.get(id)}`,
      ]);
      continue;
    }
    seen.set(id, row);

    const { item: ind, index, added } = indicators.upsert(id);
    const at = `/indicators/${index}`;
    im.origin(at, m.label, row, idCol);

    // Read every present column first; a bad cell is reported and its field left as it was.
    const v: Partial<Record<IndicatorKey, unknown>> = {};
    for (const column of INDICATOR_COLUMNS) {
      if (column.key === 'id') continue;
      const c = cellOf(m, cells, column.key);
      if (!c.present) continue;
      const pointer = at + INDICATOR_POINTERS[column.key];
      im.origin(pointer, m.label, row, c.column);
      const r = INDICATOR_READERS[column.key](c.cell);
      if (!r.ok) {
        im.error(m.label, row, c.column, r.problem, pointer);
        continue;
      }
      // null: the column is there and the cell is empty; undefined: leave as it was.
      v[column.key] = r.value ?? null;
    }
    apply(ind, v, added);

    if (added) {
      if (ind.series === undefined) ind.series = [];
      indicators.replace(index, sortKeys(ind, INDICATOR_ORDER));
    }
  }
}

/** Writes the values read from one row into the indicator. */
function apply(ind: Json, v: Partial<Record<IndicatorKey, unknown>>, added: boolean): void {
  const val = <T>(k: IndicatorKey) => v[k] as T | null | undefined;
  const scalar = (key: string, k: IndicatorKey) => {
    if (v[k] !== undefined) put(ind, key, v[k] ?? undefined);
  };
  putText(ind, 'name', val<string>('name'), val<string>('nameEn'));
  putText(ind, 'description', val<string>('description'), val<string>('descriptionEn'));
  scalar('unit', 'unit');
  scalar('desiredDirection', 'desiredDirection');
  scalar('frequency', 'frequency');
  scalar('state', 'state');
  const goals = val<string[]>('nationalGoalIds');
  // An empty cell is an empty list, or no list if there was none.
  if (goals !== undefined && !(goals === null && ind.nationalGoalIds === undefined && !added))
    put(ind, 'nationalGoalIds', goals ?? []);
  scalar('alsoNational', 'alsoNational');
  if (['sourceName', 'sourceNameEn', 'sourceUrl'].some((k) => v[k as IndicatorKey] !== undefined))
    putObject(ind, 'source', (o) => {
      putText(o, 'name', val<string>('sourceName'), val<string>('sourceNameEn'));
      if (v.sourceUrl !== undefined) put(o, 'url', v.sourceUrl ?? undefined);
    });
  if (v.stableRelative !== undefined || v.stableAbsolute !== undefined)
    putObject(ind, 'stableWithin', (o) => {
      if (v.stableRelative !== undefined) put(o, 'relative', v.stableRelative ?? undefined);
      if (v.stableAbsolute !== undefined) put(o, 'absolute', v.stableAbsolute ?? undefined);
    });
  if (v.targetValue !== undefined || v.targetPeriod !== undefined)
    putObject(ind, 'target', (o) => {
      if (v.targetValue !== undefined) put(o, 'value', v.targetValue ?? undefined);
      if (v.targetPeriod !== undefined) put(o, 'period', v.targetPeriod ?? undefined);
    });
  scalar('decimals', 'decimals');
  scalar('illustrative', 'illustrative');
}
