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

/**
 * Lays a series out by time (period start), so a gap in reporting shows as distance, not as a squeezed
 * line. `pad` keeps round caps and dots inside the box. Points come in period order (`summarize()`);
 * a gap is `null`. Plain loops over two typed arrays: a page may draw a thousand series of 200 points.
 * Coordinates are rounded to whole numbers (draw in a box of tenths for a tenth's precision).
 */
export function sparklineGeometry(
  points: readonly SeriesPoint[],
  width: number,
  height: number,
  target: number | null = null,
  pad = 3,
): SparklineGeometry {
  // Time and value per drawable position; NaN value = a gap. Unreadable periods are left out.
  const ts = new Float64Array(points.length);
  const vs = new Float64Array(points.length);
  let n = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of points) {
    const t = parsePeriod(p.period)?.start ?? NaN;
    if (!Number.isFinite(t)) continue;
    const v = p.value !== null && Number.isFinite(p.value) ? p.value : NaN;
    ts[n] = t;
    vs[n++] = v;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo === Infinity) return { line: '', dots: '', last: null, targetY: null };
  const hasTarget = target !== null && Number.isFinite(target);
  if (hasTarget) {
    lo = Math.min(lo, target);
    hi = Math.max(hi, target);
  }
  if (lo === hi) {
    // A flat series sits in the middle rather than on an edge.
    lo -= 1;
    hi += 1;
  }
  let t0 = ts[0]!;
  let t1 = ts[n - 1]!;
  if (t0 === t1) {
    // A single period sits in the middle.
    t0 -= 1;
    t1 += 1;
  }
  // Linear maps from time to x and from value to y (larger values higher up), written out: d3-scale's
  // scaleLinear and d3-shape's line() would bring about 10 KB min+gzip (interpolators, colour parsing,
  // tick formats) for this arithmetic; see docs/decisions/0003-bundle-size.md.
  const kx = (width - 2 * pad) / (t1 - t0);
  const ky = (height - 2 * pad) / (hi - lo);
  const x = (t: number) => Math.round(pad + (t - t0) * kx);
  const y = (v: number) => Math.round(height - pad - (v - lo) * ky);

  // One pass: a point after a gap starts a new segment (M), others continue it (L); a point with no
  // defined neighbour is also drawn as a dot, since a one-point segment has no length to stroke.
  // Joined from a list, not built with +=: the element keeps the path string, and a string built by
  // concatenation is kept as a tree of all its pieces (about 1 KB per sparkline).
  const path: (string | number)[] = [];
  const dots: (string | number)[] = [];
  let px = 0;
  let py = 0;
  for (let i = 0; i < n; i++) {
    const v = vs[i]!;
    if (Number.isNaN(v)) continue;
    px = x(ts[i]!);
    py = y(v);
    const joined = i > 0 && !Number.isNaN(vs[i - 1]!);
    path.push(joined ? 'L' : 'M', px, ',', py);
    if (!joined && !(i + 1 < n && !Number.isNaN(vs[i + 1]!))) dots.push('M', px, ',', py, 'h0');
  }

  return {
    line: path.join(''),
    dots: dots.join(''),
    last: { x: px, y: py },
    targetY: hasTarget ? y(target) : null,
  };
}
