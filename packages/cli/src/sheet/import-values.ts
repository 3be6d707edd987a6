/**
 * The Værdier sheet: one row per value (indicator, period, area), upserted into the indicator's series;
 * or, with `replace`, the whole series of every indicator it names. Pure; no Node or DOM APIs.
 */
import { readId, readNumber, readPeriod, type Cell, type Read } from './cell.js';
import type { Mapped } from './import-header.js';
import type { Importer } from './importer.js';
import type { Msg } from './issues.js';
import { SHEETS, type ValueKey } from './layout.js';
import { ById, isRecord, type Json } from './upsert.js';

const keyOf = (period: string, area: string | undefined) => `${period}\u0000${area ?? ''}`;
const pointKey = (p: Json) =>
  keyOf(p.period as string, typeof p.area === 'string' ? p.area : undefined);

export function importValues(doc: Json, m: Mapped<ValueKey>, replace: boolean, im: Importer): void {
  const indicators = new ById(Array.isArray(doc.indicators) ? doc.indicators : []);
  /** Per indicator: period + area → index of the point in its series. */
  const points = new Map<Json, Map<string, number>>();
  /** Per indicator, the old points when replacing, to keep their unknown properties. */
  const old = new Map<Json, Map<string, Json>>();
  const seen = new Map<string, number>();

  const pointsOf = (ind: Json): Map<string, number> => {
    let map = points.get(ind);
    if (map) return map;
    map = new Map();
    if (!Array.isArray(ind.series)) ind.series = [];
    const series = ind.series as unknown[];
    const valid = (p: unknown): p is Json => isRecord(p) && typeof p.period === 'string';
    if (replace) {
      old.set(ind, new Map(series.filter(valid).map((p) => [pointKey(p), p])));
      ind.series = [];
    } else series.forEach((p, j) => valid(p) && map!.set(pointKey(p), j));
    points.set(ind, map);
    return map;
  };

  const col = (k: ValueKey) => m.index.get(k);
  for (const { row, cells } of m.rows) {
    const get = (k: ValueKey) => {
      const c = col(k);
      return c === undefined ? ({ kind: 'empty' } as Cell) : (cells[c] ?? { kind: 'empty' });
    };
    let bad = false;
    const need = <T>(k: ValueKey, r: Read<T>, missing?: Msg) => {
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

    const found = indicators.get(id);
    if (!found) {
      im.error(m.label, row, col('indicator'), [
        `indikatoren "${id}" findes hverken på arket ${SHEETS.indicators.da} eller i aftalen`,
        `the indicator "${id}" is neither in the ${SHEETS.indicators.da} sheet nor in the agreement`,
      ]);
      continue;
    }
    const { item: ind, index } = found;
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
      (series[j] as Json).value = v;
    } else {
      const before = old.get(ind)?.get(key);
      if (before) before.value = v;
      j = series.length;
      series.push(
        before ?? (area === undefined ? { period, value: v } : { period, value: v, area }),
      );
      map.set(key, j);
    }
    const at = `/indicators/${index}/series/${j}`;
    im.origin(at, m.label, row, col('indicator'));
    im.origin(`${at}/period`, m.label, row, col('period'));
    im.origin(`${at}/value`, m.label, row, col('value'));
    im.origin(`${at}/area`, m.label, row, col('area'));
  }
}
