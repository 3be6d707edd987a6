/**
 * What an import changed, found by comparing the document before and after it: per indicator its
 * changed fields and its values (added, changed, cleared, removed) with the cell each came from, and
 * per area its changed fields. Only real changes count: a row that repeats the document is no change.
 * Pure; no Node or DOM APIs.
 */
import { INDICATOR_POINTERS } from './import-indicators.js';
import type { Origin } from './importer.js';
import { AREA_COLUMNS, INDICATOR_COLUMNS, type Column } from './layout.js';
import { isRecord, type Json } from './upsert.js';

/**
 * added: a value where there was none (or a gap); changed: another number; cleared: a number became
 * a gap (an empty cell); removed: the point is gone (--replace-values). A published number that is
 * cleared or removed needs --allow-clear.
 */
export type ValueChangeKind = 'added' | 'changed' | 'cleared' | 'removed';

export interface ValueChange {
  kind: ValueChangeKind;
  period: string;
  area?: string;
  old: number | null | undefined;
  new: number | null | undefined;
  /** The cell the new value came from; absent for removed points. */
  cell?: Origin;
}

export interface FieldChange {
  /** The column header (Danish, English), or the property's path when no column covers it. */
  field: { da: string; en: string };
  old: unknown;
  new: unknown;
  cell?: Origin;
}

export interface ItemChanges {
  id: string;
  /** The item's name after the import (a text or { da, en }). */
  name: unknown;
  added: boolean;
  fields: FieldChange[];
}

export interface IndicatorChanges extends ItemChanges {
  values: ValueChange[];
}

export interface ImportSummary {
  indicatorsAdded: number;
  /** Indicators already in the document with a changed field (values are counted apart). */
  indicatorsChanged: number;
  valuesAdded: number;
  valuesChanged: number;
  valuesCleared: number;
  valuesRemoved: number;
  areasAdded: number;
  areasChanged: number;
}

export interface Changes {
  /** Indicators with a change, in document order. */
  indicators: IndicatorChanges[];
  areas: ItemChanges[];
  summary: ImportSummary;
}

/** The number of changes in `s`; 0 for a no-op import. */
export const totalChanges = (s: ImportSummary): number =>
  Object.values(s).reduce((a, b) => a + b, 0);

const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isRecord) : []);
const byId = (items: Json[]) =>
  new Map(items.filter((i) => typeof i.id === 'string').map((i) => [i.id as string, i]));
const valueOf = (p: Json | undefined) =>
  p === undefined ? undefined : typeof p.value === 'number' ? p.value : null;
const pointKey = (p: Json) =>
  `${String(p.period)}\u0000${typeof p.area === 'string' ? p.area : ''}`;

/** Leaf properties of `obj` by path; a text's Danish part is the text's own path (`/name`). */
function leaves(obj: Json, skip: string[], prefix = '', out = new Map<string, unknown>()) {
  for (const [k, v] of Object.entries(obj)) {
    if (!prefix && skip.includes(k)) continue;
    const path = k === 'da' && prefix ? prefix : `${prefix}/${k}`;
    if (isRecord(v)) leaves(v, skip, path, out);
    else out.set(path, v);
  }
  return out;
}

/** The changed fields of an item, labelled by the column that holds them. */
function fieldChanges(
  before: Json,
  after: Json,
  at: string,
  label: (path: string) => Column | undefined,
  origins: ReadonlyMap<string, Origin>,
): FieldChange[] {
  const a = leaves(before, ['id', 'series']);
  const b = leaves(after, ['id', 'series']);
  const changes: FieldChange[] = [];
  for (const path of new Set([...b.keys(), ...a.keys()])) {
    const o = a.get(path);
    const n = b.get(path);
    if (JSON.stringify(o) === JSON.stringify(n)) continue;
    const column = label(path);
    const cell = origins.get(at + path);
    changes.push({
      field: column ? { da: column.da, en: column.en } : { da: path.slice(1), en: path.slice(1) },
      old: o,
      new: n,
      ...(cell ? { cell } : {}),
    });
  }
  return changes;
}

function valueChanges(
  before: Json | undefined,
  after: Json,
  at: string,
  origins: ReadonlyMap<string, Origin>,
): ValueChange[] {
  const old = new Map(list(before?.series).map((p) => [pointKey(p), p]));
  const changes: ValueChange[] = [];
  const point = (
    kind: ValueChangeKind,
    p: Json,
    o: Json | undefined,
    n: Json | undefined,
    cell?: Origin,
  ) =>
    changes.push({
      kind,
      period: String(p.period),
      ...(typeof p.area === 'string' ? { area: p.area } : {}),
      old: valueOf(o),
      new: valueOf(n),
      ...(cell ? { cell } : {}),
    });
  const series = Array.isArray(after.series) ? after.series : [];
  series.forEach((p, j) => {
    if (!isRecord(p)) return;
    const key = pointKey(p);
    const o = old.get(key);
    old.delete(key);
    const was = valueOf(o);
    const now = valueOf(p);
    if (o !== undefined && was === now) return;
    const cell = origins.get(`${at}/series/${j}/value`);
    const kind: ValueChangeKind =
      o === undefined || was === null ? 'added' : now === null ? 'cleared' : 'changed';
    point(kind, p, o, p, cell);
  });
  for (const o of old.values()) point('removed', o, o, undefined);
  return changes;
}

/**
 * The changes from `before` (the document merged into; undefined for a new one) to `after`;
 * `origins` maps JSON Pointers in `after` to the cells their values came from.
 */
export function findChanges(
  before: Json | undefined,
  after: Json,
  origins: ReadonlyMap<string, Origin> = new Map(),
): Changes {
  const summary: ImportSummary = {
    indicatorsAdded: 0,
    indicatorsChanged: 0,
    valuesAdded: 0,
    valuesChanged: 0,
    valuesCleared: 0,
    valuesRemoved: 0,
    areasAdded: 0,
    areasChanged: 0,
  };
  const indicatorColumn = (path: string) =>
    INDICATOR_COLUMNS.find((c) => INDICATOR_POINTERS[c.key] === path);
  const areaColumn = (path: string) =>
    AREA_COLUMNS.find((c) => `/${c.key === 'nameEn' ? 'name/en' : c.key}` === path);

  const oldIndicators = byId(list(before?.indicators));
  const indicators: IndicatorChanges[] = [];
  (Array.isArray(after.indicators) ? after.indicators : []).forEach((ind, i) => {
    if (!isRecord(ind) || typeof ind.id !== 'string') return;
    const at = `/indicators/${i}`;
    const was = oldIndicators.get(ind.id);
    const fields = was ? fieldChanges(was, ind, at, indicatorColumn, origins) : [];
    const values = valueChanges(was, ind, at, origins);
    if (was && !fields.length && !values.length) return;
    indicators.push({ id: ind.id, name: ind.name, added: !was, fields, values });
    if (!was) summary.indicatorsAdded++;
    else if (fields.length) summary.indicatorsChanged++;
    for (const v of values)
      summary[
        v.kind === 'added'
          ? 'valuesAdded'
          : v.kind === 'changed'
            ? 'valuesChanged'
            : v.kind === 'cleared'
              ? 'valuesCleared'
              : 'valuesRemoved'
      ]++;
  });

  const oldAreas = byId(list(before?.areas));
  const areas: ItemChanges[] = [];
  (Array.isArray(after.areas) ? after.areas : []).forEach((area, i) => {
    if (!isRecord(area) || typeof area.id !== 'string') return;
    const was = oldAreas.get(area.id);
    const fields = was ? fieldChanges(was, area, `/areas/${i}`, areaColumn, origins) : [];
    if (was && !fields.length) return;
    areas.push({ id: area.id, name: area.name, added: !was, fields });
    summary[was ? 'areasChanged' : 'areasAdded']++;
  });
  return { indicators, areas, summary };
}

/** Published numbers an import would clear or remove: each needs --allow-clear. */
export function clearedValues(changes: Changes): { indicator: string; change: ValueChange }[] {
  return changes.indicators.flatMap((ind) =>
    ind.values
      .filter((v) => (v.kind === 'cleared' || v.kind === 'removed') && typeof v.old === 'number')
      .map((change) => ({ indicator: ind.id, change })),
  );
}
