import { extent, nice, tickStep, ticks } from 'd3-array';

/**
 * Geometry both charts share: the extent of finite values, a linear scale, and an axis with "nice" ticks.
 * Data is untrusted, so every function here returns finite numbers for any input: values near ±1e308
 * make `hi - lo` overflow to Infinity, and Infinity × 0 or Infinity − Infinity is NaN, which a browser
 * draws as nothing or logs as an error (`path d="M30,NaN…"`).
 */

const finite = (v: number | null | undefined): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;

/** The smallest and largest finite value, or null when there is none (null, NaN and ±Infinity are skipped). */
export function finiteExtent(values: Iterable<number | null | undefined>): [number, number] | null {
  const [lo, hi] = extent(values, finite);
  return lo === undefined || hi === undefined ? null : [lo, hi];
}

/** `(hi - lo)`, computed in halves where the difference itself would overflow. */
const span = (lo: number, hi: number): number => hi / 2 - lo / 2;

/**
 * A linear map from `domain` to `range` (d3-scale's `scaleLinear().clamp(true)` in a few lines; that module
 * brings interpolators and colour parsing the charts never use, see docs/decisions/0008-d3-modules.md).
 * Works in halves, so no difference overflows; the output is clamped to the range, and a flat or
 * unusable domain (or a NaN input) maps to the middle of the range: the result is always finite.
 */
export function scaleLinear(
  domain: readonly [number, number],
  range: readonly [number, number],
): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const h0 = d0 / 2;
  const half = span(d0, d1);
  const mid = r0 / 2 + r1 / 2;
  const lo = Math.min(r0, r1);
  const hi = Math.max(r0, r1);
  if (!(half !== 0 && Number.isFinite(half) && Number.isFinite(h0))) return () => mid;
  const k = (r1 - r0) / half;
  return (value) => {
    const r = r0 + (value / 2 - h0) * k;
    return r > hi ? hi : r < lo ? lo : r === r ? r : mid;
  };
}

/** An axis: its domain, tick values and how many decimals the ticks need. */
export interface Axis {
  domain: [number, number];
  ticks: number[];
  /** Decimals that tell the ticks apart (0 for a step of 1 or more, 1 for 0.5, 2 for 0.25 …; at most 20). */
  decimals: number;
}

/**
 * An axis over `lo`…`hi` with about `count` "nice" ticks (1, 2 or 5 × 10ⁿ apart, d3-array's `nice` and
 * `ticks`). A single value gets an axis around it. Where the span overflows (values near ±1e308), the axis
 * is the extent itself with its two ends as ticks.
 */
export function niceAxis(lo: number, hi: number, count = 5): Axis {
  if (!Number.isFinite(lo) || !Number.isFinite(hi))
    return { domain: [0, 1], ticks: [0, 1], decimals: 0 };
  if (lo > hi) [lo, hi] = [hi, lo];
  if (lo === hi) {
    // One value: a unit around it (or a tenth of its size, for large values), and never past ±MAX_VALUE.
    const d = Math.max(Math.abs(lo) / 10, 1);
    lo = Math.max(lo - d, -Number.MAX_VALUE);
    hi = Math.min(hi + d, Number.MAX_VALUE);
  }
  // d3's ticks need a span that neither overflows nor vanishes beside the values (at subnormal spans
  // such as 5e-324…1e-323 `ticks` throws "Invalid array length"): otherwise the ends are the ticks.
  const s = hi - lo;
  if (Number.isFinite(s) && s > 1e-300 && s > Math.max(Math.abs(lo), Math.abs(hi)) * 1e-12) {
    const [n0, n1] = nice(lo, hi, count);
    // Near the ends of the doubles a nice domain can overflow or round inside the values: keep those.
    if (Number.isFinite(n0) && Number.isFinite(n1) && n0 <= lo && n1 >= hi) [lo, hi] = [n0, n1];
    const values = ticks(lo, hi, count).filter(Number.isFinite);
    const step = tickStep(lo, hi, count);
    if (values.length > 1 && Number.isFinite(step) && step > 0) {
      const decimals = Math.min(20, Math.max(0, -Math.floor(Math.log10(step) + 1e-9)));
      return { domain: [lo, hi], ticks: values, decimals };
    }
  }
  return { domain: [lo, hi], ticks: [lo, hi], decimals: 0 };
}
