/* global document */
// Not a peer but the floor for `<sa-area-comparison>`: hand-written DOM calls that build the same visible
// content (name, "lavere er bedre", the two sort buttons, the region's reference, and a table with one row
// per area: name, value, period and a dot on the shared axis with its grid and reference line), in light DOM
// with one page-level stylesheet. No framework, no shadow root, no validation, no states. Used by the
// comparison case only; drawn = the function has returned.
import { ticks } from 'd3-array';
import { NS, el, oneDecimal as number, period, withUnit } from './common.js';

const pct = (x) => `${Math.round(x * 100) / 100}%`;

function svgEl(parent, name, attributes) {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, v);
  parent.append(e);
  return e;
}

export function renderComparison(container, agreement, indicator) {
  // Each area's latest value (the series is in period order), and the whole region's.
  const latest = new Map();
  let region;
  for (const p of indicator.series) {
    if (p.value === null) continue;
    if (p.area === undefined) region = p;
    else latest.set(p.area, p);
  }
  const names = new Map(agreement.areas.map((a) => [a.id, a.name]));
  const down = indicator.desiredDirection === 'down';
  const rows = [...latest].map(([id, p]) => ({ name: names.get(id) ?? id, point: p }));
  rows.sort((a, b) => (down ? a.point.value - b.point.value : b.point.value - a.point.value));
  let lo = region?.value ?? Infinity;
  let hi = region?.value ?? -Infinity;
  for (const r of rows) {
    lo = Math.min(lo, r.point.value);
    hi = Math.max(hi, r.point.value);
  }
  const axis = ticks(lo, hi, 5);
  const [d0, d1] = [Math.min(lo, axis[0]), Math.max(hi, axis[axis.length - 1])];
  const x = (v) => pct(((v - d0) / (d1 - d0 || 1)) * 100);

  const root = el(container, 'div', 'comparison');
  el(el(root, 'div', 'head'), 'span', 'name', indicator.name.da ?? indicator.name);
  el(root, 'p', 'direction', down ? 'Lavere er bedre' : 'Højere er bedre');
  const sort = el(root, 'div', 'sort');
  for (const [label, pressed] of [
    ['Bedst først', 'true'],
    ['Efter navn', 'false'],
  ]) {
    const b = el(sort, 'button', undefined, label);
    b.type = 'button';
    b.setAttribute('aria-pressed', pressed);
  }
  if (region) {
    const p = el(root, 'p', 'reference');
    const key = svgEl(p, 'svg', { class: 'key', viewBox: '0 0 10 20', 'aria-hidden': 'true' });
    svgEl(key, 'line', { class: 'reference-line', x1: 5, x2: 5, y1: 0, y2: 20 });
    p.append(
      `Hele regionen: ${withUnit(number.format(region.value), indicator.unit)} (${period(region.period)})`,
    );
  }
  const table = el(root, 'table');
  el(table, 'caption', 'visually-hidden', `${indicator.name.da ?? indicator.name} efter område`);
  const head = el(el(table, 'thead'), 'tr');
  for (const label of ['Område', 'Værdi', 'Periode'])
    el(head, 'th', undefined, label).scope = 'col';
  const axisSvg = svgEl(el(head, 'td', 'chart axis'), 'svg', {});
  axis.forEach((t, i) => {
    const anchor = i === 0 ? 'start' : i === axis.length - 1 ? 'end' : 'middle';
    svgEl(axisSvg, 'text', { x: x(t), y: '75%', 'text-anchor': anchor }).textContent =
      number.format(t);
  });
  const grid = (svg) => {
    for (const t of axis)
      svgEl(svg, 'line', { class: 'grid', x1: x(t), x2: x(t), y1: 0, y2: '100%' });
    if (region) {
      const rx = x(region.value);
      svgEl(svg, 'line', { class: 'reference-line', x1: rx, x2: rx, y1: 0, y2: '100%' });
    }
  };
  const body = el(table, 'tbody');
  for (const r of rows) {
    const tr = el(body, 'tr');
    el(tr, 'th', undefined, r.name).scope = 'row';
    el(tr, 'td', 'num', withUnit(number.format(r.point.value), indicator.unit));
    el(tr, 'td', undefined, period(r.point.period));
    const svg = svgEl(el(tr, 'td', 'chart'), 'svg', {});
    grid(svg);
    svgEl(svg, 'circle', { class: 'dot', cx: x(r.point.value), cy: '50%', r: 5 });
  }
  if (region) {
    const tr = el(el(table, 'tfoot'), 'tr');
    el(tr, 'th', undefined, 'Hele regionen').scope = 'row';
    el(tr, 'td', 'num', withUnit(number.format(region.value), indicator.unit));
    el(tr, 'td', undefined, period(region.period));
    grid(svgEl(el(tr, 'td', 'chart'), 'svg', {}));
  }
  return rows.length;
}

export const render = () => {
  throw new Error('comparison-floor runs the comparison case only');
};
export const count = () => 0;

/** The page's stylesheet: the layout and look of ours (area-comparison.styles.ts), as plain CSS. */
export const head = `<style>
  .comparison { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.4em; }
  .name { font-weight: 600; }
  p { margin: 0; }
  .sort { display: flex; flex-wrap: wrap; gap: 0.25em; }
  .sort button { font: inherit; font-size: 0.875em; padding: 0.2em 0.6em; border: 1px solid #c9cdd2; border-radius: 4px; }
  .sort [aria-pressed='true'] { font-weight: 600; box-shadow: inset 0 -3px 0 #0059b3; }
  .reference { display: flex; align-items: center; gap: 0.4em; }
  .key { width: 0.6em; height: 1.2em; flex: none; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table { width: 100%; font-size: 0.875em; border-collapse: collapse; }
  th, td { overflow-wrap: break-word; padding: 0.15em 0.4em; border-bottom: 1px solid #f3f4f6; text-align: start; }
  tbody th { font-weight: 400; }
  .num { white-space: nowrap; text-align: end; font-variant-numeric: tabular-nums; }
  .chart { width: 45%; min-width: 5em; padding-block: 0; }
  .chart svg { display: block; width: 100%; height: 1.6em; overflow: visible; }
  .axis svg { height: 1.4em; font-size: 0.8em; fill: #595959; }
  .grid { stroke: #c9cdd2; stroke-width: 1px; }
  .reference-line { stroke: #1a1a1a; stroke-width: 2px; stroke-dasharray: 3 2; }
  .dot { fill: currentColor; }
</style>`;
