/**
 * Workbook → document: reads the Indikatorer, Værdier, Områder and Aftale tables, merges them into an
 * existing document (or a new one), validates the result with validate() and reports every problem at
 * its cell. Pure; no Node or DOM APIs: the CLI hands in tables it read with exceljs or from CSV files.
 */
import type { Agreement, Lang } from '@sundhedsaftale/data';
import { validate, SCHEMA_VERSION } from '@sundhedsaftale/data';
import type { Msg } from './issues.js';
import {
  normalizeCell,
  readBoolean,
  readId,
  readIdList,
  readInteger,
  readNumber,
  readPeriod,
  readText,
  readWord,
  show,
  type Cell,
  type Read,
} from './cell.js';
import { cellIssue, type SheetIssue } from './issues.js';
import {
  AGREEMENT_FIELDS,
  AREA_COLUMNS,
  AREA_KIND,
  DIRECTION,
  FREQUENCY,
  INDICATOR_COLUMNS,
  SHEETS,
  STATE,
  VALUE_COLUMNS,
  columnFor,
  sheetFor,
  sheetForHeader,
  type Column,
  type IndicatorKey,
  type SheetKey,
} from './layout.js';

/** One sheet or CSV file: its name and its rows of raw cell values (see normalizeCell()). */
export interface Table {
  /** Sheet name, or CSV file name; recognised by sheetFor(). */
  name: string;
  /** Name used in messages, e.g. the CSV file name; default `name`. */
  label?: string;
  rows: readonly (readonly unknown[] | undefined)[];
}

export interface ImportOptions {
  /** The document to merge into (parsed JSON); without it, the Aftale sheet starts a new document. */
  into?: unknown;
  /** Make the Værdier sheet the whole series of every indicator it names (points not in it are removed). */
  replaceValues?: boolean;
}

export interface ImportSummary {
  indicatorsAdded: number;
  indicatorsUpdated: number;
  valuesAdded: number;
  valuesChanged: number;
  valuesRemoved: number;
  areasAdded: number;
}

export interface ImportResult {
  /** The validated document; absent when there are errors. */
  agreement?: Agreement;
  /** Errors and warnings, in sheet order; validation problems located at their cells where possible. */
  issues: SheetIssue[];
  summary: ImportSummary;
}

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Where a cell is: for mapping validate() pointers back to the workbook. */
interface Origin {
  sheet: string;
  row: number;
  column: number | undefined;
}

export const NEW_SCHEMA_URL =
  'https://unpkg.com/@sundhedsaftale/data/schema/sundhedsaftale.schema.json';

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

class Importer {
  readonly issues: SheetIssue[] = [];
  readonly origins = new Map<string, Origin>();
  /** Pointers whose cell was already reported, so validate() does not report them again. */
  readonly reported = new Set<string>();
  readonly summary: ImportSummary = {
    indicatorsAdded: 0,
    indicatorsUpdated: 0,
    valuesAdded: 0,
    valuesChanged: 0,
    valuesRemoved: 0,
    areasAdded: 0,
  };

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

/** A table with its header mapped: column key → index. */
interface Mapped<K extends string> {
  label: string;
  index: Map<K, number>;
  rows: { row: number; cells: Cell[] }[];
}

function mapTable<K extends string>(
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

/** Reads column `key` of a row; absent column → { present: false }; a problem is reported. */
function cellOf<K extends string>(
  m: Mapped<K>,
  cells: Cell[],
  key: K,
): { present: false } | { present: true; cell: Cell; column: number } {
  const column = m.index.get(key);
  if (column === undefined) return { present: false };
  return { present: true, cell: cells[column] ?? { kind: 'empty' }, column };
}

function put(obj: Json, key: string, value: unknown): void {
  if (value === undefined) delete obj[key];
  else obj[key] = value;
}

/** The Danish and English parts of a text field. */
function parts(text: unknown): { da?: string; en?: string } {
  if (typeof text === 'string') return { da: text };
  if (isRecord(text))
    return {
      da: typeof text.da === 'string' ? text.da : undefined,
      en: typeof text.en === 'string' ? text.en : undefined,
    };
  return {};
}

/**
 * Sets text field `key` from a Danish (or document-language) and an English column; `undefined` for a
 * column leaves that part as it was. An unchanged text keeps its form (`"x"` or `{ "da": "x" }`).
 */
function putText(
  obj: Json,
  key: string,
  da: string | null | undefined,
  en: string | null | undefined,
) {
  if (da === undefined && en === undefined) return;
  const old = parts(obj[key]);
  const nda = da === undefined ? old.da : (da ?? undefined);
  const nen = en === undefined ? old.en : (en ?? undefined);
  if (obj[key] !== undefined && nda === old.da && nen === old.en) return;
  put(obj, key, nen === undefined ? nda : nda === undefined ? { en: nen } : { da: nda, en: nen });
}

/** Applies `apply` to the object at `obj[key]` (created if needed); removes it if left empty. */
function putObject(obj: Json, key: string, apply: (o: Json) => void): void {
  const o = isRecord(obj[key]) ? (obj[key] as Json) : {};
  apply(o);
  put(obj, key, Object.keys(o).length ? o : undefined);
}

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
const INDICATOR_POINTERS: Record<IndicatorKey, string> = {
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

function importIndicators(doc: Json, m: Mapped<IndicatorKey>, im: Importer): void {
  const list = Array.isArray(doc.indicators) ? doc.indicators : (doc.indicators = []);
  const byId = new Map<string, number>();
  list.forEach((ind, i) => isRecord(ind) && typeof ind.id === 'string' && byId.set(ind.id, i));
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

    let index = byId.get(id);
    const isNew = index === undefined;
    if (index === undefined) {
      index = list.length;
      list.push({ id });
      byId.set(id, index);
      im.summary.indicatorsAdded++;
    } else im.summary.indicatorsUpdated++;
    const ind = list[index] as Json;
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
    if (goals !== undefined && !(goals === null && ind.nationalGoalIds === undefined && !isNew))
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

    if (isNew) {
      if (ind.series === undefined) ind.series = [];
      list[index] = sortKeys(ind, INDICATOR_ORDER);
    }
  }
}

function sortKeys(obj: Json, order: readonly string[]): Json {
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return Object.fromEntries(Object.entries(obj).sort(([a], [b]) => rank(a) - rank(b)));
}

function importAreas(doc: Json, m: Mapped<'id' | 'name' | 'nameEn' | 'kind'>, im: Importer): void {
  const list = Array.isArray(doc.areas) ? doc.areas : (doc.areas = []);
  const byId = new Map<string, number>();
  list.forEach((a, i) => isRecord(a) && typeof a.id === 'string' && byId.set(a.id, i));
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
    let index = byId.get(id);
    if (index === undefined) {
      index = list.length;
      list.push({ id });
      byId.set(id, index);
      im.summary.areasAdded++;
    }
    const area = list[index] as Json;
    const at = `/areas/${index}`;
    im.origin(at, m.label, row, idCol);
    const read = <T>(
      key: 'name' | 'nameEn' | 'kind',
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

function importValues(
  doc: Json,
  m: Mapped<'indicator' | 'period' | 'area' | 'value'>,
  replace: boolean,
  im: Importer,
): void {
  const list = Array.isArray(doc.indicators) ? doc.indicators : [];
  const byId = new Map<string, Json>();
  const indexOf = new Map<Json, number>();
  list.forEach((ind, i) => {
    if (isRecord(ind) && typeof ind.id === 'string') {
      byId.set(ind.id, ind);
      indexOf.set(ind, i);
    }
  });
  /** Per indicator: period + area → index of the point in its series. */
  const points = new Map<Json, Map<string, number>>();
  /** Per indicator, the old points when replacing, to keep their unknown properties. */
  const old = new Map<Json, Map<string, Json>>();
  const seen = new Map<string, number>();
  const keyOf = (period: string, area: string | undefined) => `${period}\u0000${area ?? ''}`;

  const pointsOf = (ind: Json): Map<string, number> => {
    let map = points.get(ind);
    if (map) return map;
    map = new Map();
    if (!Array.isArray(ind.series)) ind.series = [];
    const series = ind.series as unknown[];
    if (replace) {
      const before = new Map<string, Json>();
      for (const p of series)
        if (isRecord(p) && typeof p.period === 'string')
          before.set(keyOf(p.period, typeof p.area === 'string' ? p.area : undefined), p);
      old.set(ind, before);
      im.summary.valuesRemoved += series.length;
      ind.series = [];
    } else {
      series.forEach((p, j) => {
        if (isRecord(p) && typeof p.period === 'string')
          map!.set(keyOf(p.period, typeof p.area === 'string' ? p.area : undefined), j);
      });
    }
    points.set(ind, map);
    return map;
  };

  const col = (k: 'indicator' | 'period' | 'area' | 'value') => m.index.get(k);
  for (const { row, cells } of m.rows) {
    const get = (k: 'indicator' | 'period' | 'area' | 'value') => {
      const c = col(k);
      return c === undefined ? ({ kind: 'empty' } as Cell) : (cells[c] ?? { kind: 'empty' });
    };
    let bad = false;
    const need = <T>(k: 'indicator' | 'period' | 'area' | 'value', r: Read<T>, missing?: Msg) => {
      if (!r.ok) {
        im.error(m.label, row, col(k), r.problem);
        bad = true;
        return undefined;
      }
      if (r.value === undefined && missing) {
        im.error(m.label, row, col(k), missing);
        bad = true;
      }
      return r.value;
    };
    const id = need('indicator', readId(get('indicator')), [
      'mangler indikator-id',
      'the indicator id is missing',
    ]);
    const period = need('period', readPeriod(get('period')), [
      'mangler periode',
      'the period is missing',
    ]);
    const area = need('area', readId(get('area')));
    const value = need('value', readNumber(get('value')));
    if (bad || id === undefined || period === undefined) continue;

    const ind = byId.get(id);
    if (!ind) {
      im.error(m.label, row, col('indicator'), [
        `indikatoren "${id}" findes hverken på arket ${SHEETS.indicators.da} eller i aftalen`,
        `the indicator "${id}" is neither in the ${SHEETS.indicators.da} sheet nor in the agreement`,
      ]);
      continue;
    }
    const key = keyOf(period, area);
    const fullKey = `${id}\u0000${key}`;
    if (seen.has(fullKey)) {
      im.error(m.label, row, col('period'), [
        `${id} ${period}${area ? ` (område ${area})` : ''} står også i række ${seen.get(fullKey)}`,
        `${id} ${period}${area ? ` (area ${area})` : ''} is also in row ${seen.get(fullKey)}`,
      ]);
      continue;
    }
    seen.set(fullKey, row);

    const map = pointsOf(ind);
    const series = ind.series as unknown[];
    let j = map.get(key);
    const v = value ?? null;
    if (j !== undefined) {
      const point = series[j] as Json;
      if (point.value !== v) {
        point.value = v;
        im.summary.valuesChanged++;
      }
    } else {
      const before = old.get(ind)?.get(key);
      if (before) {
        if (before.value !== v) im.summary.valuesChanged++;
        before.value = v;
        im.summary.valuesRemoved--;
      } else im.summary.valuesAdded++;
      j = series.length;
      series.push(
        before ?? (area === undefined ? { period, value: v } : { period, value: v, area }),
      );
      map.set(key, j);
    }
    const at = `/indicators/${indexOf.get(ind)}/series/${j}`;
    im.origin(at, m.label, row, col('indicator'));
    im.origin(`${at}/period`, m.label, row, col('period'));
    im.origin(`${at}/value`, m.label, row, col('value'));
    im.origin(`${at}/area`, m.label, row, col('area'));
  }
}

const LANG_WORDS = { da: ['da', 'dansk', 'danish'], en: ['en', 'engelsk', 'english'] } as const;

/** The Aftale sheet (felt | værdi): a new document, or a check that the workbook belongs to `into`. */
function importAgreement(
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

/**
 * Imports `tables` (sheets or CSV files) into `options.into` or a new document from the Aftale sheet,
 * then validates the whole result. Never throws on bad input; every problem is an issue.
 */
export function importTables(tables: readonly Table[], options: ImportOptions = {}): ImportResult {
  const im = new Importer();
  const found = new Map<SheetKey, Table>();
  for (const table of tables) {
    const header = (table.rows[0] ?? []).map(normalizeCell);
    const key = sheetFor(table.name) ?? sheetForHeader(header);
    if (!key) continue;
    if (found.has(key)) {
      im.issues.push({
        sheet: table.label ?? table.name,
        da: `er også et "${SHEETS[key].da}"-ark (${found.get(key)!.label ?? found.get(key)!.name}); kun ét er tilladt`,
        en: `is also a "${SHEETS[key].da}" sheet (${found.get(key)!.label ?? found.get(key)!.name}); only one is allowed`,
      });
      continue;
    }
    found.set(key, table);
  }
  if (!found.has('indicators') && !found.has('values') && !found.has('areas'))
    im.issues.push({
      da: `fandt hverken arket "${SHEETS.indicators.da}", "${SHEETS.values.da}" eller "${SHEETS.areas.da}"`,
      en: `found none of the sheets "${SHEETS.indicators.da}", "${SHEETS.values.da}", "${SHEETS.areas.da}"`,
    });

  let into: Json | undefined;
  if (options.into !== undefined) {
    if (!isRecord(options.into)) {
      im.issues.push({ pointer: '', da: 'er ikke et JSON-objekt', en: 'is not a JSON object' });
      return { issues: im.issues, summary: im.summary };
    }
    into = JSON.parse(JSON.stringify(options.into)) as Json;
  }
  const doc = importAgreement(found.get('agreement'), into, im);
  if (!doc) return { issues: im.issues, summary: im.summary };

  const areas = found.get('areas');
  const indicators = found.get('indicators');
  const values = found.get('values');
  const mappedAreas = areas && mapTable(areas, AREA_COLUMNS, im);
  if (mappedAreas) importAreas(doc, mappedAreas, im);
  const mappedIndicators = indicators && mapTable(indicators, INDICATOR_COLUMNS, im);
  if (mappedIndicators) importIndicators(doc, mappedIndicators, im);
  // Values of an indicator whose row could not be read would only add confusing follow-up errors.
  if (values && (!indicators || mappedIndicators)) {
    const mappedValues = mapTable(values, VALUE_COLUMNS, im);
    if (mappedValues) importValues(doc, mappedValues, options.replaceValues === true, im);
  }

  const result = validate(doc);
  for (const issue of result.ok ? result.warnings : result.errors) {
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
    if (result.ok) located.warning = true;
    im.issues.push(located);
  }
  const failed = im.issues.some((i) => !i.warning);
  return {
    ...(result.ok && !failed ? { agreement: result.agreement } : {}),
    issues: sortIssues(
      im.issues,
      [...found.values()].map((t) => t.label ?? t.name),
    ),
    summary: im.summary,
  };
}

/** Workbook issues by sheet, row and column; document issues after them. */
function sortIssues(issues: SheetIssue[], sheets: string[]): SheetIssue[] {
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

/** A one-line summary of what an import changed, for the CLI. */
export function describeSummary(s: ImportSummary, lang: Lang): string {
  return lang === 'en'
    ? `${s.indicatorsAdded} indicators added, ${s.indicatorsUpdated} updated; ${s.valuesAdded} values added, ${s.valuesChanged} changed${s.valuesRemoved ? `, ${s.valuesRemoved} removed` : ''}${s.areasAdded ? `; ${s.areasAdded} areas added` : ''}`
    : `${s.indicatorsAdded} indikatorer tilføjet, ${s.indicatorsUpdated} opdateret; ${s.valuesAdded} værdier tilføjet, ${s.valuesChanged} ændret${s.valuesRemoved ? `, ${s.valuesRemoved} fjernet` : ''}${s.areasAdded ? `; ${s.areasAdded} områder tilføjet` : ''}`;
}
