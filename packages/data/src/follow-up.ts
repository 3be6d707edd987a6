import { parsePeriod } from './period.js';
import { seriesFor } from './series.js';
import type { Agreement, Indicator, SeriesPoint } from './types.js';

/**
 * The report period before `period`, of the same kind: `2025-H1` → `2024-H2`, `2025` → `2024`,
 * `2025-Q1` → `2024-Q4`, `2025-01` → `2024-12`. Null when `period` is not a period.
 */
export function previousPeriod(period: string): string | null {
  const p = parsePeriod(period);
  if (!p) return null;
  const { year, index } = p;
  const pad = (n: number) => String(n).padStart(2, '0');
  switch (p.kind) {
    case 'year':
      return year > 1000 ? String(year - 1) : null;
    case 'half':
      return index === 2 ? `${year}-H1` : `${year - 1}-H2`;
    case 'quarter':
      return index > 1 ? `${year}-Q${index - 1}` : `${year - 1}-Q4`;
    case 'month':
      return index > 1 ? `${year}-${pad(index - 1)}` : `${year - 1}-12`;
  }
}

/** Whether `point` covers time that ends after `after` (if given) and no later than `upTo`. */
function within(point: SeriesPoint, upTo: string, after?: string | null): boolean {
  const p = parsePeriod(point?.period);
  const end = parsePeriod(upTo)?.end;
  if (!p || end === undefined || p.end > end) return false;
  const from = after ? parsePeriod(after)?.end : undefined;
  return from === undefined || p.end > from;
}

/**
 * `agreement` as it stood at the end of `period`: every series without the values of later periods
 * (a yearly 2025 value is not yet known in the report for 2025-H1). Everything else is shared, not copied.
 */
export function asOf(agreement: Agreement, period: string): Agreement {
  return {
    ...agreement,
    indicators: (agreement.indicators ?? []).map((indicator) =>
      Array.isArray(indicator?.series)
        ? { ...indicator, series: indicator.series.filter((p) => within(p, period)) }
        : indicator,
    ),
  };
}

/**
 * The values of `indicator` in `areaId` (or the region, as `seriesFor()` falls back) for periods that end
 * after `after` and no later than `upTo`: what is new in a report since the one for `after`. Gaps are left out.
 */
export function valuesSince(
  indicator: Indicator,
  after: string | null,
  upTo: string,
  areaId?: string | null,
): SeriesPoint[] {
  return seriesFor(indicator, areaId).points.filter(
    (p) => p.value !== null && within(p, upTo, after),
  );
}
