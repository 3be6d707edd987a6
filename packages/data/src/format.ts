import type { Indicator, Lang } from './types.js';

/** What we show for a missing or non-finite number: an en dash, never 'NaN'. */
export const NO_VALUE = '–';
const MINUS = '\u2212';

/**
 * Formatters by language and decimals (index 0–20, 21 = up to two), made once each: constructing an
 * `Intl.NumberFormat` costs far more than formatting with one, and a page formats thousands of values.
 */
const formatters: Record<Lang, (Intl.NumberFormat | undefined)[]> = { da: [], en: [] };

function formatter(lang: Lang, decimals: number | undefined): Intl.NumberFormat {
  const byDecimals = lang === 'en' ? formatters.en : formatters.da;
  const index = decimals === undefined ? 21 : decimals;
  return (byDecimals[index] ??= new Intl.NumberFormat(
    lang === 'en' ? 'en' : 'da',
    decimals === undefined
      ? { maximumFractionDigits: 2 }
      : { minimumFractionDigits: decimals, maximumFractionDigits: decimals },
  ));
}

const validDecimals = (d: unknown): d is number =>
  typeof d === 'number' && Number.isInteger(d) && d >= 0 && d <= 20;

/**
 * A number in the language's style: da '1.234' and '12,5', en '1,234' and '12.5', with a real
 * minus sign. Without `decimals`, up to two decimals are shown. Non-finite → '–'.
 */
export function formatNumber(value: number, lang: Lang = 'da', decimals?: number): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return NO_VALUE;
  const s = formatter(lang, validDecimals(decimals) ? decimals : undefined).format(value);
  // Only a sign needs a second look (most values have none): Intl writes '-0' for values that round to
  // zero, and a sign on zero only confuses; any other minus becomes a real one.
  const c = s.charCodeAt(0);
  if (c !== 0x2d && c !== 0x2212) return s;
  return /[1-9]/.test(s) ? MINUS + s.slice(1) : s.slice(1);
}

function withUnit(n: string, unit: string | undefined, lang: Lang): string {
  const u = typeof unit === 'string' ? unit.trim() : '';
  if (!u) return n;
  // Danish puts a space before '%' (12,5 %); English does not (12.5%).
  return (u === '%' || u === '‰') && lang === 'en' ? n + u : `${n} ${u}`;
}

/** A value with its unit: da '12,5 %', '3,2 dage'; en '12.5%'. Missing values (gaps) → '–'. */
export function formatValue(
  value: number | null | undefined,
  unit: string | undefined,
  lang: Lang = 'da',
  decimals?: number,
): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return NO_VALUE;
  return withUnit(formatNumber(value, lang, decimals), unit, lang);
}

/**
 * A signed change: '+3 dage', '−1,2 procentpoint'. A change of a percentage is in percentage
 * points, not per cent. Zero has no sign; missing → '–'.
 */
export function formatChange(
  delta: number | null | undefined,
  unit: string | undefined,
  lang: Lang = 'da',
  decimals?: number,
): string {
  if (typeof delta !== 'number' || !Number.isFinite(delta)) return NO_VALUE;
  const n = formatNumber(Math.abs(delta), lang, decimals);
  const sign = !/[1-9]/.test(n) ? '' : delta > 0 ? '+' : MINUS;
  if (typeof unit === 'string' && unit.trim() === '%') {
    const points =
      lang === 'en' ? (n === '1' ? 'percentage point' : 'percentage points') : 'procentpoint';
    return `${sign}${n} ${points}`;
  }
  return sign + withUnit(n, unit, lang);
}

/**
 * How many decimals `v` is written with, counting no further than 2 (all decimalsFor() needs).
 * Arithmetic, not String(v): it runs for every value of every series on the page.
 */
export function decimalsUpTo2(v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || Number.isInteger(v)) return 0;
  // Below 1e13, v × 10 rounds to the right integer k and k/10 is the double nearest to "x.y", so this
  // holds exactly when v is written "x.y".
  if (Math.abs(v) < 1e13) return Math.round(v * 10) / 10 === v ? 1 : 2;
  // Beyond, v × 10 is inexact: count the digits as written (never in exponent form below 1e21).
  return Math.min(2, String(v).split('.')[1]?.length ?? 0);
}

/**
 * Decimals to show for an indicator: its `decimals`, else as many as its values use (at most 2).
 * Shares (unit '%') get at least one, as Danish statistics print them ('16,0 %').
 */
export function decimalsFor(indicator: Indicator): number {
  if (validDecimals(indicator?.decimals)) return indicator.decimals;
  let d = indicator?.unit === '%' ? 1 : 0;
  const series = Array.isArray(indicator?.series) ? indicator.series : [];
  for (let i = 0; i < series.length && d < 2; i++) d = Math.max(d, decimalsUpTo2(series[i]?.value));
  return decimalsWith(indicator, d);
}

/**
 * decimalsFor() once the series' own count (`seriesDecimals`, at most 2, at least 1 for '%') is known:
 * summarize() counts it in the pass over the series it makes anyway.
 */
export function decimalsWith(indicator: Indicator, seriesDecimals: number): number {
  if (validDecimals(indicator?.decimals)) return indicator.decimals;
  return Math.max(seriesDecimals, decimalsUpTo2(indicator?.target?.value));
}
