import { parsePeriod, type SeriesPoint } from '@sundhedsaftale/data';

/** The drawing of one series in a `width` × `height` box (SVG user units). */
export interface SparklineGeometry {
  /** Path of the line; gaps (null values) are breaks, never zero. */
  line: string;
  /** Zero-length segments drawn as round dots: the latest value, and points with no neighbour. */
  dots: string;
  /** The latest point's position, for its marker. */
  last: { x: number; y: number } | null;
  /** y of the target, when there is one. */
  targetY: number | null;
}

const defined = (p: { value: number | null }) => p.value !== null && Number.isFinite(p.value);

/**
 * Lays a series out by time (period start), so a gap in reporting shows as distance, not as a squeezed
 * line. `pad` keeps round caps and dots inside the box.
 */
export function sparklineGeometry(
  points: readonly SeriesPoint[],
  width: number,
  height: number,
  target: number | null = null,
  pad = 3,
): SparklineGeometry {
  const placed = points
    .map((p) => ({ t: parsePeriod(p.period)?.start ?? NaN, value: p.value }))
    .filter((p) => Number.isFinite(p.t));
  const values = placed.filter(defined).map((p) => p.value as number);
  if (values.length === 0) return { line: '', dots: '', last: null, targetY: null };

  const extent = target !== null && Number.isFinite(target) ? [...values, target] : values;
  let lo = Math.min(...extent);
  let hi = Math.max(...extent);
  if (lo === hi) {
    // A flat series sits in the middle rather than on an edge.
    lo -= 1;
    hi += 1;
  }
  const t0 = placed[0]!.t;
  const t1 = placed[placed.length - 1]!.t;
  const x = linear(t0 === t1 ? [t0 - 1, t0 + 1] : [t0, t1], [pad, width - pad]);
  const y = linear([lo, hi], [height - pad, pad]);

  // One pass: a point after a gap starts a new segment (M), others continue it (L); a point with no
  // defined neighbour is also drawn as a dot, since a one-point segment has no length to stroke.
  // Joined from a list, not built with +=: the element keeps the path string, and a string built by
  // concatenation is kept as a tree of all its pieces (about 1 KB per sparkline).
  const path: (string | number)[] = [];
  const dots: (string | number)[] = [];
  placed.forEach((p, i) => {
    if (!defined(p)) return;
    const px = round(x(p.t));
    const py = round(y(p.value as number));
    const joined = defined(placed[i - 1] ?? { value: null });
    path.push(joined ? 'L' : 'M', px, ',', py);
    if (!joined && !defined(placed[i + 1] ?? { value: null })) dots.push('M', px, ',', py, 'h0');
  });
  const lastPoint = [...placed].reverse().find(defined)!;
  const last = { x: round(x(lastPoint.t)), y: round(y(lastPoint.value as number)) };

  return {
    line: path.join(''),
    dots: dots.join(''),
    last,
    targetY: target !== null && Number.isFinite(target) ? round(y(target)) : null,
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * A linear map from domain to range. d3-scale's scaleLinear and d3-shape's line() do what this file does,
 * but bring about 10 KB min+gzip of interpolators, colour parsing, tick formats and path serialisation
 * for a few lines of arithmetic; see docs/decisions/0003-bundle-size.md.
 */
function linear([d0, d1]: [number, number], [r0, r1]: [number, number]) {
  const k = (r1 - r0) / (d1 - d0);
  return (v: number) => r0 + (v - d0) * k;
}
