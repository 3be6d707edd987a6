/* global document */
// Shared by the peer sparklines (not by ours, which reads the agreement itself): the whole-region series of
// an indicator and its latest value as Danish text. The generator lists each series in period order.
const number = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });

/** Values of the whole-region series (null = gap) and the latest value as text, e.g. `12,5 %`. */
export function regionSeries(indicator) {
  const values = [];
  for (const p of indicator.series ?? []) if (p.area === undefined) values.push(p.value);
  let latest = null;
  for (let i = values.length - 1; i >= 0 && latest === null; i--) latest = values[i];
  const label =
    latest === null ? '–' : number.format(latest) + (indicator.unit ? ` ${indicator.unit}` : '');
  return { values, label };
}

/** One item box in the list: the chart, then the value beside it. */
export function item(container) {
  const div = document.createElement('div');
  div.className = 'item';
  container.append(div);
  return div;
}

export function valueText(parent, label) {
  const span = document.createElement('span');
  span.className = 'value';
  span.textContent = label;
  parent.append(span);
}

/**
 * The `points` of an SVG polyline for `values` in a WIDTH × HEIGHT box (gaps skipped, so the line joins
 * across them): the plain-SVG baseline's drawing, shared with the Lit floor so both draw the same.
 */
export function polylinePoints(values) {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v === null) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo === hi) {
    lo -= 1;
    hi += 1;
  }
  const kx = (WIDTH - 2 * PAD) / Math.max(1, values.length - 1);
  const ky = (HEIGHT - 2 * PAD) / (hi - lo);
  let points = '';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== null)
      points += `${(PAD + i * kx).toFixed(1)},${(HEIGHT - PAD - (v - lo) * ky).toFixed(1)} `;
  }
  return points;
}

export const WIDTH = 200;
export const HEIGHT = 48;
export const PAD = 3;
export const STROKE = '#1f5fa8';

/** Resolves after `n` calls of the returned function: a peer's own "drawn" signal, counted. */
export function countdown(n, resolve) {
  let left = n;
  if (left === 0) resolve();
  return () => {
    if (--left === 0) resolve();
  };
}

/**
 * What the two plain-DOM floors (dom-floor.js, comparison-floor.js) share: one-decimal Danish numbers,
 * half-year periods in words, a value with its unit, and one element appended with its class and text.
 */
export const NS = 'http://www.w3.org/2000/svg';
export const oneDecimal = new Intl.NumberFormat('da-DK', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
/** '2024-H1' → '2024 1. halvår' (the generator writes half-years only). */
export const period = (p) => (p.length > 4 ? `${p.slice(0, 4)} ${p[6]}. halvår` : p);
export const withUnit = (n, unit) => (unit ? `${n} ${unit}` : n);

export function el(parent, name, className, text) {
  const e = document.createElement(name);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  parent.append(e);
  return e;
}
