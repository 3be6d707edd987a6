import { decimalsWith, formatChange, formatNumber, formatValue } from './format.js';
import { labelIn, STATUS_LABELS } from './labels.js';
import { formatPeriod } from './period.js';
import { scanSeries, type AreaSeries } from './series.js';
import { text } from './text.js';
import type { DesiredDirection, Indicator, Lang, SeriesPoint, StableWithin } from './types.js';

export type Status = 'improving' | 'worsening' | 'stable' | 'no-data';
export const STATUSES: readonly Status[] = ['improving', 'worsening', 'stable', 'no-data'];

/** Without `stableWithin`, a move of at most 2 % of the reference value counts as stable. */
export const DEFAULT_STABLE_WITHIN: Readonly<StableWithin> = Object.freeze({ relative: 0.02 });

/** Everything a widget shows about one indicator in one area, derived from its series. */
export interface IndicatorSummary extends AreaSeries {
  /** Last point with a value. */
  latest: SeriesPoint | null;
  /** The point with a value before `latest`. */
  previous: SeriesPoint | null;
  /** First point with a value: the baseline. */
  first: SeriesPoint | null;
  /** latest − previous. */
  change: number | null;
  /** latest − first. */
  changeSinceFirst: number | null;
  /** Judged on `changeSinceFirst`: are we moving in the desired direction since the baseline? */
  status: Status;
  /** 0..1 share of the way from the first value to the target, clamped; null without a target. */
  progress: number | null;
  decimals: number;
}

type Valued = SeriesPoint & { value: number };

const finiteOrNull = (n: number): number | null => (Number.isFinite(n) ? n : null);
const nonNegative = (n: unknown): number | undefined =>
  typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : undefined;

function tolerance(reference: number | null, stableWithin?: StableWithin): number {
  const absolute = nonNegative(stableWithin?.absolute);
  let relative = nonNegative(stableWithin?.relative);
  if (relative === undefined && absolute === undefined) relative = DEFAULT_STABLE_WITHIN.relative;
  const ref = typeof reference === 'number' && Number.isFinite(reference) ? Math.abs(reference) : 0;
  return Math.max(absolute ?? 0, (relative ?? 0) * ref);
}

/**
 * How a change reads against the desired direction. A change within the tolerance is 'stable':
 * `stableWithin.absolute` (in the unit) or `stableWithin.relative` × |reference|, whichever is
 * larger; by default 2 % of the reference. Direction 'none' passes no judgement, so any change is
 * 'stable' (widgets say "no desired direction" there). No change to judge → 'no-data'.
 */
export function status(
  change: number | null,
  reference: number | null,
  direction: DesiredDirection,
  stableWithin?: StableWithin,
): Status {
  if (typeof change !== 'number' || !Number.isFinite(change)) return 'no-data';
  if (Math.abs(change) <= tolerance(reference, stableWithin)) return 'stable';
  if (direction !== 'up' && direction !== 'down') return 'stable';
  return change < 0 === (direction === 'down') ? 'improving' : 'worsening';
}

function progressTo(
  first: Valued | null,
  latest: Valued | null,
  indicator: Indicator,
): number | null {
  const target = indicator.target?.value;
  if (!first || !latest || typeof target !== 'number' || !Number.isFinite(target)) return null;
  // Halving first keeps huge values from overflowing to Infinity.
  const span = target / 2 - first.value / 2;
  const moved = latest.value / 2 - first.value / 2;
  if (span === 0) {
    const d = indicator.desiredDirection;
    const at = latest.value === target;
    return at || (d === 'down' && latest.value < target) || (d === 'up' && latest.value > target)
      ? 1
      : 0;
  }
  return Math.min(1, Math.max(0, moved / span));
}

/** Latest value, changes, status and progress of `indicator` in `areaId` (or the whole region). */
export function summarize(indicator: Indicator, areaId?: string | null): IndicatorSummary {
  // One pass over the series finds the area's points and counts the decimals of every value.
  const series = scanSeries(indicator, areaId, true);
  const { points } = series;
  // Only the first, the latest and the one before it count, so look from the ends, not at every point.
  const hasValue = (p: SeriesPoint): p is Valued => p.value !== null;
  const first = points.find(hasValue) ?? null;
  let latest: Valued | null = null;
  let previous: Valued | null = null;
  for (let i = points.length - 1; i >= 0 && previous === null; i--) {
    const p = points[i]!;
    if (!hasValue(p)) continue;
    if (latest === null) latest = p;
    else previous = p;
  }
  const changeSinceFirst =
    latest && first && latest !== first ? finiteOrNull(latest.value - first.value) : null;
  // The series' fields are listed, not spread: V8 builds `{ ...series, latest, … }` slowly, a few
  // microseconds per summary, which a page of a thousand sparklines pays in milliseconds.
  return {
    points,
    area: series.area,
    fallback: series.fallback,
    latest,
    previous,
    first,
    change: latest && previous ? finiteOrNull(latest.value - previous.value) : null,
    changeSinceFirst,
    status:
      indicator?.state === 'development'
        ? 'no-data'
        : status(
            changeSinceFirst,
            first?.value ?? null,
            indicator?.desiredDirection,
            indicator?.stableWithin,
          ),
    progress: indicator ? progressTo(first, latest, indicator) : null,
    decimals: decimalsWith(indicator, series.decimals),
  };
}

/** How many of `indicators` have each status in `areaId`. */
export function statusCounts(
  indicators: Indicator[],
  areaId?: string | null,
): Record<Status, number> {
  const counts: Record<Status, number> = { improving: 0, worsening: 0, stable: 0, 'no-data': 0 };
  for (const indicator of Array.isArray(indicators) ? indicators : []) {
    if (indicator && typeof indicator === 'object') counts[summarize(indicator, areaId).status]++;
  }
  return counts;
}

/**
 * What a status is measured from, for the reader: "siden 2018" / "since 2018", the baseline's period.
 * The status is judged since the first value (the baseline); the change shown beside it is since the
 * previous value. '' when nothing is judged (no data, one value).
 */
export function statusBasis(summary: IndicatorSummary, lang: Lang = 'da'): string {
  const { first } = summary;
  if (summary.status === 'no-data' || !first) return '';
  return `${lang === 'en' ? 'since' : 'siden'} ${formatPeriod(first.period, lang)}`;
}

/**
 * The status in words with its basis: "Forbedret siden 2018". One value is not "no data" but
 * "Kun én måling" / "Only one measurement" (nothing to compare it with yet).
 */
export function statusText(summary: IndicatorSummary, lang: Lang = 'da'): string {
  const { first, latest } = summary;
  if (summary.status === 'no-data' && latest && first === latest)
    return lang === 'en' ? 'Only one measurement' : 'Kun én måling';
  const basis = statusBasis(summary, lang);
  return basis
    ? `${labelIn(STATUS_LABELS, summary.status, lang)} ${basis}`
    : labelIn(STATUS_LABELS, summary.status, lang);
}

type Phrases = {
  development: (name: string) => string;
  noData: (name: string) => string;
  one: (name: string, v: string, p: string) => string;
  moved: (name: string, up: boolean, v0: string, p0: string, v1: string, p1: string) => string;
  unchanged: (name: string, v0: string, p0: string, v1: string, p1: string) => string;
  judged: Partial<Record<Status, string>>;
  sincePrevious: (change: string, period: string) => string;
  inArea: (name: string, area: string) => string;
  region: (name: string, missing?: string) => string;
};

const PHRASES: Record<Lang, Phrases> = {
  da: {
    development: (n) => `${n} er under udvikling – der er ingen data endnu.`,
    noData: (n) => `Der er endnu ingen data for ${n}.`,
    one: (n, v, p) => `${n} var ${v} i ${p}.`,
    moved: (n, up, v0, p0, v1, p1) =>
      `${n} ${up ? 'steg' : 'faldt'} fra ${v0} i ${p0} til ${v1} i ${p1}`,
    unchanged: (n, v0, p0, v1, p1) => `${n} var stort set uændret: ${v0} i ${p0} og ${v1} i ${p1}`,
    judged: { improving: ' – en forbedring', worsening: ' – en forværring' },
    sincePrevious: (c, p) => (c ? ` Ændring siden ${p}: ${c}.` : ` Uændret siden ${p}.`),
    inArea: (n, a) => `${n} i ${a}`,
    region: (n, missing) => `${n} (hele regionen${missing ? `; ingen tal for ${missing}` : ''})`,
  },
  en: {
    development: (n) => `${n} is in development – there is no data yet.`,
    noData: (n) => `There is no data yet for ${n}.`,
    one: (n, v, p) => `${n} was ${v} in ${p}.`,
    moved: (n, up, v0, p0, v1, p1) =>
      `${n} ${up ? 'rose' : 'fell'} from ${v0} in ${p0} to ${v1} in ${p1}`,
    unchanged: (n, v0, p0, v1, p1) =>
      `${n} was broadly unchanged: ${v0} in ${p0} and ${v1} in ${p1}`,
    judged: { improving: ' – an improvement', worsening: ' – a deterioration' },
    sincePrevious: (c, p) => (c ? ` Change since ${p}: ${c}.` : ` Unchanged since ${p}.`),
    inArea: (n, a) => `${n} in ${a}`,
    region: (n, missing) => `${n} (whole region${missing ? `; no figures for ${missing}` : ''})`,
  },
};

/**
 * One sentence that says what the series shows, for screen readers and as a chart's text
 * alternative: "Andel dagligrygere faldt fra 16,0 % i 2017 til 13,0 % i 2021 – en forbedring.", the move
 * since the baseline that the status judges, then the change since the previous value when that is
 * another point: "Ændring siden 2020: −0,4 procentpoint."
 * `areaName` names the area the summary was made for.
 */
export function describe(
  indicator: Indicator,
  summary: IndicatorSummary,
  lang: Lang = 'da',
  areaName?: string,
): string {
  const t = PHRASES[lang === 'en' ? 'en' : 'da'];
  let name = text(indicator?.name, lang) || String(indicator?.id ?? '');
  if (summary.fallback) name = t.region(name, areaName);
  else if (summary.area !== null && areaName) name = t.inArea(name, areaName);
  if (indicator?.state === 'development') return t.development(name);
  const { first, latest } = summary;
  if (!first || !latest) return t.noData(name);
  const value = (p: SeriesPoint) => formatValue(p.value, indicator.unit, lang, summary.decimals);
  const period = (p: SeriesPoint) => formatPeriod(p.period, lang);
  if (first === latest) return t.one(name, value(latest), period(latest));
  const change = summary.changeSinceFirst;
  // null here means the difference overflowed: a move, not stability.
  const moved =
    change === null || status(change, first.value, 'up', indicator.stableWithin) !== 'stable';
  const up = (latest.value ?? 0) > (first.value ?? 0);
  const args = [value(first), period(first), value(latest), period(latest)] as const;
  // The status is judged from the baseline; the latest change, since the previous value, is said apart.
  const { previous, change: latestChange } = summary;
  const since =
    previous && previous !== first && latestChange !== null
      ? t.sincePrevious(
          // A change that rounds to zero at the shown decimals reads as unchanged, not "0,0".
          /[1-9]/.test(formatNumber(Math.abs(latestChange), lang, summary.decimals))
            ? formatChange(latestChange, indicator.unit, lang, summary.decimals)
            : '',
          period(previous),
        )
      : '';
  return flat(
    (moved
      ? `${t.moved(name, up, ...args)}${t.judged[summary.status] ?? ''}.`
      : `${t.unchanged(name, ...args)}.`) + since,
  );
}

/**
 * `s` in Unicode NFC, which also makes it one string rather than the tree of pieces a template builds
 * (engines join those lazily): an element keeps its sentence as a label, and a thousand trees of a dozen
 * pieces each weigh 0.3 MB.
 */
const flat = (s: string): string => s.normalize();
