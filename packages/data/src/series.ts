import { comparePeriods, parsePeriod } from './period.js';
import type { Indicator, SeriesPoint } from './types.js';

/** The points of one indicator for one area (or the whole region), ready to draw. */
export interface AreaSeries {
  /** Sorted by period, one per period (the last in the document wins), only parseable periods and finite-or-null values. */
  points: SeriesPoint[];
  /** Area id actually shown; null = the whole region. */
  area: string | null;
  /** An area was asked for but the data has no points for it, so the region is shown instead. */
  fallback: boolean;
}

const usable = (p: SeriesPoint | null | undefined): p is SeriesPoint =>
  !!p &&
  parsePeriod(p.period) !== null &&
  (p.value === null || (typeof p.value === 'number' && Number.isFinite(p.value)));

const areaOf = (p: SeriesPoint): string | null =>
  typeof p.area === 'string' && p.area !== '' ? p.area : null;

/**
 * `indicator`'s series for `areaId`, falling back to the whole region when the data has no points
 * for that area (so one regional file serves every municipality). Points without `area` are the region's.
 */
export function seriesFor(indicator: Indicator, areaId?: string | null): AreaSeries {
  const all = (Array.isArray(indicator?.series) ? indicator.series : []).filter(usable);
  const wanted = typeof areaId === 'string' && areaId !== '' ? areaId : null;
  const hasArea = wanted !== null && all.some((p) => areaOf(p) === wanted);
  const area = hasArea ? wanted : null;
  const byPeriod = new Map<string, SeriesPoint>();
  for (const p of all) {
    if (areaOf(p) !== area) continue;
    byPeriod.set(p.period, p); // the last duplicate wins
  }
  const points = [...byPeriod.values()].sort((a, b) => comparePeriods(a.period, b.period));
  return { points, area, fallback: wanted !== null && !hasArea };
}
