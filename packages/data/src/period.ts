import type { Lang } from './types.js';

/** A parsed period string. Months count from year 0 so any two periods compare numerically. */
export interface Period {
  year: number;
  kind: 'year' | 'half' | 'quarter' | 'month';
  /** 1-based position within the year; 1 for a whole year. */
  index: number;
  /** First month covered, in months since year 0. */
  start: number;
  /** Last month covered (inclusive), in months since year 0. */
  end: number;
}

/** `YYYY`, `YYYY-H1`/`-H2`, `YYYY-Q1`..`-Q4` or `YYYY-MM`; the schema uses the same pattern. */
export const PERIOD_PATTERN = /^([0-9]{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])))?$/;

export function parsePeriod(s: unknown): Period | null {
  if (typeof s !== 'string') return null;
  // Sorting and drawing parse the same few period strings over and over (a thousand sparklines share
  // them), so answers are kept; the cache is bounded so hostile data cannot grow it without end.
  const known = parsed.get(s);
  if (known !== undefined) return known;
  const period = parse(s);
  if (parsed.size >= MAX_CACHED) parsed.clear();
  parsed.set(s, period);
  return period;
}

const MAX_CACHED = 10_000;
const parsed = new Map<string, Period | null>();

function parse(s: string): Period | null {
  const m = PERIOD_PATTERN.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const [kind, index, months]: [Period['kind'], number, number] = m[2]
    ? ['half', Number(m[2]), 6]
    : m[3]
      ? ['quarter', Number(m[3]), 3]
      : m[4]
        ? ['month', Number(m[4]), 1]
        : ['year', 1, 12];
  const start = year * 12 + (index - 1) * months;
  return Object.freeze({ year, kind, index, start, end: start + months - 1 });
}

/**
 * Orders periods by their midpoint, so in a series of mixed frequency a yearly value sits between
 * that year's halves; equal midpoints order the shorter period first. Unparseable strings sort last.
 */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (pa && pb) return compareParsed(pa, pb);
  if (pa || pb) return pa ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** comparePeriods() of two periods already parsed. */
export const compareParsed = (a: Period, b: Period): number =>
  a.start + a.end - (b.start + b.end) || a.end - b.end;

/** Month names; built on demand so a bundle that only validates doesn't carry them. */
function monthName(index: number, lang: Lang, short: boolean): string {
  const names =
    lang === 'en'
      ? short
        ? 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'
        : 'January February March April May June July August September October November December'
      : short
        ? 'jan. feb. mar. apr. maj jun. jul. aug. sep. okt. nov. dec.'
        : 'januar februar marts april maj juni juli august september oktober november december';
  return names.split(' ')[index - 1] ?? '';
}

/**
 * A period for people: da '2024', '2024 1. halvår', '2. kvt. 2024', 'marts 2024';
 * en 'H1 2024', 'Q2 2024', 'March 2024'. `short` abbreviates halves and months for axis labels.
 * Anything unparseable comes back as given.
 */
export function formatPeriod(
  s: string,
  lang: Lang = 'da',
  style: 'long' | 'short' = 'long',
): string {
  const p = parsePeriod(s);
  if (!p) return typeof s === 'string' ? s : '';
  const en = lang === 'en';
  const { year, index } = p;
  switch (p.kind) {
    case 'year':
      return String(year);
    case 'half':
      if (en) return `H${index} ${year}`;
      return style === 'short' ? `${index}. hå. ${year}` : `${year} ${index}. halvår`;
    case 'quarter':
      return en ? `Q${index} ${year}` : `${index}. kvt. ${year}`;
    case 'month':
      return `${monthName(index, lang, style === 'short')} ${year}`;
  }
}
