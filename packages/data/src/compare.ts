import { compareParsed, comparePeriods, parsePeriod, type Period } from './period.js';
import { drawable } from './series.js';
import { text } from './text.js';
import type { Agreement, Area, DesiredDirection, Indicator, Lang } from './types.js';

/** One area's latest value of an indicator. */
export interface ComparisonRow {
  /** The area as the data lists it; an area only named in the series gets its id as name. */
  area: Area;
  /** Its name in the language asked for. */
  name: string;
  value: number;
  period: string;
  /** The latest period differs from most areas' (`AreaComparison.period`): not quite like for like. */
  otherPeriod: boolean;
}

/** How rows are ordered: best first by the desired direction (by value when there is none), or by name. */
export type ComparisonOrder = 'best-first' | 'name';

/** Every area's latest value of one indicator, side by side, with the whole region as reference. */
export interface AreaComparison {
  /** Areas with a value, in the order asked for. */
  rows: ComparisonRow[];
  /** Areas without any value for the indicator (of the kinds that have values), by name: never drawn at 0. */
  missing: { area: Area; name: string }[];
  /** The period most areas' latest value is from (on a tie, the latest of them); null without rows. */
  period: string | null;
  /** The whole region's latest value, the reference; null when the data has none. */
  region: { value: number; period: string } | null;
  /** The desired direction that `best-first` follows; `none` orders by value, highest first. */
  direction: DesiredDirection;
  order: ComparisonOrder;
}

const list = <T>(v: T[] | undefined): T[] => (Array.isArray(v) ? v : []);
const areaOf = (p: unknown): string | null => {
  const a = (p as { area?: unknown } | null)?.area;
  return typeof a === 'string' && a !== '' ? a : null;
};

type Latest = { value: number; period: string };

/**
 * The latest point with a value of `indicator` in every area (key null = the region), as `summarize()`
 * finds each: one pass over the series, not one per area (100 areas × 8 periods would be 100 passes over
 * 808 points). As there, a later point of the same period replaces an earlier one, even without a value.
 */
export function latestByArea(indicator: Indicator): Map<string | null, Latest> {
  const byArea = new Map<string | null, Map<string, { value: number | null; at: Period }>>();
  for (const p of list(indicator?.series)) {
    if (!p || !drawable(p.value)) continue;
    const at = parsePeriod(p.period);
    if (at === null) continue;
    const area = areaOf(p);
    let periods = byArea.get(area);
    if (!periods) byArea.set(area, (periods = new Map()));
    periods.set(p.period, { value: p.value, at });
  }
  const out = new Map<string | null, Latest>();
  for (const [area, periods] of byArea) {
    let best: { value: number; period: string; at: Period } | null = null;
    for (const [period, { value, at }] of periods)
      if (value !== null && (!best || compareParsed(at, best.at) >= 0))
        best = { value, period, at };
    if (best) out.set(area, { value: best.value, period: best.period });
  }
  return out;
}

/** The most common period; a tie goes to the latest. */
function majority(periods: string[]): string | null {
  const counts = new Map<string, number>();
  for (const p of periods) counts.set(p, (counts.get(p) ?? 0) + 1);
  let best: string | null = null;
  for (const [p, n] of counts) {
    const m = best === null ? 0 : counts.get(best)!;
    if (n > m || (n === m && comparePeriods(p, best!) > 0)) best = p;
  }
  return best;
}

/** True when some point of `indicator` belongs to an area, so a comparison has something to show. */
export function hasAreaData(indicator: Indicator): boolean {
  return list(indicator?.series).some((p) => areaOf(p) !== null);
}

/**
 * Every area's latest value of `indicator` side by side: the areas the agreement lists (and any the series
 * names beside them), each with its latest value and period, the whole region's latest value as reference,
 * ordered best first by `desiredDirection` (lower first for `down`, higher first for `up` and `none`) or
 * by name in the language's collation. Areas without a value are listed apart, never counted as 0; an
 * area whose latest period is not the most common one is marked `otherPeriod`.
 */
export function compareAreas(
  agreement: Agreement,
  indicator: Indicator,
  order: ComparisonOrder = 'best-first',
  lang: Lang = 'da',
): AreaComparison {
  const known = new Map<string, Area>();
  for (const area of list(agreement?.areas)) {
    if (area && typeof area.id === 'string' && !known.has(area.id)) known.set(area.id, area);
  }
  for (const p of list(indicator?.series)) {
    const id = areaOf(p);
    if (id !== null && !known.has(id)) known.set(id, { id, name: id });
  }
  // The region listed as an area is the reference, not a row.
  for (const [id, area] of known) if (area.kind === 'region') known.delete(id);
  const collator = new Intl.Collator(lang === 'en' ? 'en' : 'da', { numeric: true });
  const nameOf = (area: Area) => text(area.name, lang) || area.id;

  const latest = latestByArea(indicator);
  const rows: ComparisonRow[] = [];
  const without: Area[] = [];
  const kinds = new Set<string | undefined>();
  for (const area of known.values()) {
    const found = latest.get(area.id);
    if (!found) {
      without.push(area);
      continue;
    }
    kinds.add(area.kind);
    rows.push({ area, name: nameOf(area), ...found, otherPeriod: false });
  }
  const period = majority(rows.map((r) => r.period));
  for (const row of rows) row.otherPeriod = row.period !== period;

  const direction: DesiredDirection =
    indicator?.desiredDirection === 'down' || indicator?.desiredDirection === 'up'
      ? indicator.desiredDirection
      : 'none';
  const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);
  const sign = direction === 'down' ? 1 : -1;
  rows.sort(order === 'name' ? byName : (a, b) => sign * (a.value - b.value) || byName(a, b));

  // An area of another kind (a hospital unit beside municipalities) is not missing a municipal figure.
  const missing = without
    .filter((area) => kinds.has(area.kind))
    .map((area) => ({ area, name: nameOf(area) }))
    .sort(byName);
  return { rows, missing, period, region: latest.get(null) ?? null, direction, order };
}
