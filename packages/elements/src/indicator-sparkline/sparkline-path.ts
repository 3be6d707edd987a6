import { line } from 'd3-shape';
import { parsePeriod, type SeriesPoint } from '@sundhedsaftale/data';
import { scaleLinear } from '../chart/scale.js';

/**
 * Where the line's path commands go: d3 writes them here, and they are joined once into one flat string.
 * d3-path's own buffer appends with `+=`, which leaves a rope of a small string per number and per join
 * (about 0.6 KB for an 8-point line instead of 0.1 KB), and the element keeps its path as long as it
 * shows it: a page of a thousand sparklines kept 0.6 MB of ropes.
 */
const pieces: (string | number)[] = [];
const collect = {
  moveTo: (x: number, y: number) => void pieces.push('M', x, ',', y),
  lineTo: (x: number, y: number) => void pieces.push('L', x, ',', y),
  closePath: () => void pieces.push('Z'),
};

/** Straight segments through [x, y] points, broken where y is NaN (a gap, never drawn as zero). */
const drawLine = line<[number, number]>()
  .defined((p) => !Number.isNaN(p[1]))
  .context(collect as unknown as CanvasRenderingContext2D);

/**
 * The line through whole-number points (NaN y = a gap), as d3-path would write it: `M0,20L25,0`, and `Z`
 * after a lone point. Exported for its test against d3's own output.
 */
export function linePath(xy: [number, number][]): string {
  pieces.length = 0;
  drawLine(xy);
  const d = pieces.join('');
  pieces.length = 0;
  return d;
}

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
 * a gap is `null`. Coordinates are rounded to whole numbers (draw in a box of tenths for a tenth's
 * precision) and always finite, whatever the values (the scale is clamped and overflow-safe).
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
  // Larger values higher up. A single period or a flat series sits in the middle (the scale's answer
  // to a flat domain).
  const x = scaleLinear([ts[0]!, ts[n - 1]!], [pad, width - pad]);
  const y = scaleLinear([lo, hi], [height - pad, pad]);

  // Whole numbers, rounded here (draw in a box of tenths for a tenth's precision); a gap is NaN, which
  // the line leaves out (`defined`), breaking it there.
  const xy: [number, number][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const v = vs[i]!;
    xy[i] = [Math.round(x(ts[i]!)), Number.isNaN(v) ? NaN : Math.round(y(v))];
  }
  // A point with no drawn neighbour is also a dot: a one-point segment has no length to stroke.
  const dots: (string | number)[] = [];
  let last: [number, number] | null = null;
  for (let i = 0; i < n; i++) {
    const p = xy[i]!;
    if (Number.isNaN(p[1])) continue;
    last = p;
    if (!(i > 0 && !Number.isNaN(xy[i - 1]![1])) && !(i + 1 < n && !Number.isNaN(xy[i + 1]![1]))) {
      dots.push('M', p[0], ',', p[1], 'h0');
    }
  }

  return {
    line: linePath(xy),
    dots: dots.join(''),
    last: last && { x: last[0], y: last[1] },
    targetY: hasTarget ? Math.round(y(target)) : null,
  };
}
