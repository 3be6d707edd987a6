import { decimalsUpTo2 } from './format.js';
import { compareParsed, comparePeriods, parsePeriod, type Period } from './period.js';
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

/** A value a series can hold: a finite number, or null for a gap. */
export const drawable = (v: unknown): boolean =>
  v === null || (typeof v === 'number' && Number.isFinite(v));

const usable = (p: SeriesPoint | null | undefined): p is SeriesPoint =>
  !!p && parsePeriod(p.period) !== null && drawable(p.value);

const areaOf = (p: SeriesPoint): string | null =>
  typeof p.area === 'string' && p.area !== '' ? p.area : null;

/**
 * `indicator`'s series for `areaId`, falling back to the whole region when the data has no points
 * for that area (so one regional file serves every municipality). Points without `area` are the region's.
 */
export function seriesFor(indicator: Indicator, areaId?: string | null): AreaSeries {
  const { points, area, fallback } = scanSeries(indicator, areaId, false);
  return { points, area, fallback };
}

/**
 * seriesFor(), and with `countDecimals` in the same pass the decimals the indicator's values are
 * written with, as decimalsFor() counts them (every area's values; at most 2, at least 1 for '%').
 */
export function scanSeries(
  indicator: Indicator,
  areaId: string | null | undefined,
  countDecimals: boolean,
): AreaSeries & { decimals: number } {
  const series = Array.isArray(indicator?.series) ? indicator.series : [];
  const wanted = typeof areaId === 'string' && areaId !== '' ? areaId : null;
  const hasArea = wanted !== null && series.some((p) => usable(p) && areaOf(p) === wanted);
  const area = hasArea ? wanted : null;
  let decimals = countDecimals && indicator?.unit === '%' ? 1 : countDecimals ? 0 : 2;
  // The area's usable points, and whether each comes after the one before it: data files list a series
  // in order, one point per period, and such a series needs neither de-duplicating nor sorting.
  let points: SeriesPoint[] = [];
  let inOrder = true;
  let last: Period | null = null;
  for (let i = 0; i < series.length; i++) {
    const p = series[i];
    if (decimals < 2) decimals = Math.max(decimals, decimalsUpTo2(p?.value));
    if (!p || areaOf(p) !== area || !drawable(p.value)) continue;
    const period = parsePeriod(p.period);
    if (period === null) continue;
    if (last !== null && compareParsed(last, period) >= 0) inOrder = false;
    last = period;
    points.push(p);
  }
  if (!inOrder) {
    const byPeriod = new Map<string, SeriesPoint>();
    for (const p of points) byPeriod.set(p.period, p); // the last duplicate wins
    points = [...byPeriod.values()].sort((a, b) => comparePeriods(a.period, b.period));
  }
  return { points, area, fallback: wanted !== null && !hasArea, decimals };
}
