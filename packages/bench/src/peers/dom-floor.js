/* global document */
// Not a peer but the floor for the full element: hand-written DOM calls that build the same visible
// content as our full `<sa-indicator-sparkline>` (name, chart, latest value and period, the change
// sentence, status icon and word, target, source link and a "Vis tal" button), in light DOM with one
// page-level stylesheet. No framework, no shadow root, no validation, no description for screen readers,
// no states: what lies between ours and it is the cost of being a validating Lit element. Drawn = the loop
// has returned.
import {
  HEIGHT,
  NS,
  WIDTH,
  el,
  oneDecimal as number,
  period,
  polylinePoints,
  withUnit,
} from './common.js';

const STATUS = {
  improving: ['Forbedring', 'M4.5 8.2l2.3 2.3 4.7-4.9'],
  worsening: ['Forværring', 'M8 5.5v4'],
  stable: ['Stabil', 'M4.5 8h7'],
};

function statusIcon(parent, d) {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('class', 'status-icon');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  const circle = document.createElementNS(NS, 'circle');
  circle.setAttribute('cx', '8');
  circle.setAttribute('cy', '8');
  circle.setAttribute('r', '7');
  const path = document.createElementNS(NS, 'path');
  path.setAttribute('d', d);
  svg.append(circle, path);
  parent.append(svg);
}

/**
 * What the full element shows for `indicator`, as plain values: the plain-DOM floor and the Lit
 * same-content floor (lit-full-floor.js) both draw exactly this.
 */
export function content(indicator) {
  // The whole-region points with a value, in the generator's order.
  const points = [];
  const values = [];
  for (const p of indicator.series) {
    if (p.area !== undefined) continue;
    values.push(p.value);
    if (p.value !== null) points.push(p);
  }
  const first = points[0];
  const latest = points[points.length - 1];
  const previous = points[points.length - 2];
  let change;
  if (previous) {
    const delta = latest.value - previous.value;
    const word = delta > 0 ? 'Steg' : delta < 0 ? 'Faldt' : 'Uændret';
    change = `${word} ${withUnit(number.format(Math.abs(delta)), indicator.unit)} siden ${period(previous.period)}`;
  }
  const since = latest.value - first.value;
  const tolerance = 0.02 * Math.abs(first.value);
  const judged =
    Math.abs(since) <= tolerance || indicator.desiredDirection === 'none'
      ? 'stable'
      : since < 0 === (indicator.desiredDirection === 'down')
        ? 'improving'
        : 'worsening';
  let target;
  if (indicator.target) {
    const t = withUnit(number.format(indicator.target.value), indicator.unit);
    target = indicator.target.period ? `Mål: ${t} i ${indicator.target.period}` : `Mål: ${t}`;
  }
  return {
    name: indicator.name.da ?? indicator.name,
    illustrative: Boolean(indicator.illustrative),
    points: polylinePoints(values),
    from: period(first.period),
    to: period(latest.period),
    value: withUnit(number.format(latest.value), indicator.unit),
    period: period(latest.period),
    change,
    status: STATUS[judged],
    target,
    source: indicator.source,
  };
}

function sparkline(container, indicator) {
  const c = content(indicator);
  const root = el(container, 'div', 'sparkline');
  const head = el(root, 'div', 'head');
  el(head, 'span', 'name', c.name);
  if (c.illustrative) el(head, 'span', 'badge', 'Eksempeldata').title = 'Tallene er eksempler';
  const body = el(root, 'div', 'body');
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
  const line = document.createElementNS(NS, 'polyline');
  line.setAttribute('points', c.points);
  svg.append(line);
  const chart = el(body, 'div', 'chart');
  chart.append(svg);
  const axis = el(chart, 'div', 'axis');
  el(axis, 'span', undefined, c.from);
  el(axis, 'span', undefined, c.to);
  const figures = el(body, 'div', 'figures');
  el(figures, 'span', 'value', c.value);
  el(figures, 'span', 'period', c.period);
  if (c.change) el(root, 'p', 'change', c.change);
  const status = el(root, 'p', 'status');
  statusIcon(status, c.status[1]);
  el(status, 'span', undefined, c.status[0]);
  if (c.target) el(root, 'p', 'target', c.target);
  if (c.source) {
    const source = el(root, 'p', 'source', 'Kilde: ');
    const a = el(source, 'a', undefined, c.source.name);
    if (c.source.url) a.href = c.source.url;
  }
  const button = el(el(root, 'div', 'values'), 'button', 'toggle', 'Vis tal');
  button.type = 'button';
  button.setAttribute('aria-expanded', 'false');
}

export function render(container, agreement) {
  for (const indicator of agreement.indicators) sparkline(container, indicator);
  return Promise.resolve();
}

export const count = (container) => container.querySelectorAll('polyline[points]').length;

/**
 * The page's stylesheet: the layout and look of ours, as plain CSS, with the same
 * `content-visibility: auto` as ours, so that off-screen items skip style, layout and paint here too.
 */
export const css = `
  .sparkline { display: grid; gap: 0.25em; content-visibility: auto; contain-intrinsic-size: auto 9em; }
  .head { display: flex; flex-wrap: wrap; gap: 0.25em 0.5em; }
  .name { font-weight: 600; }
  .body { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 0.25em 0.75em; }
  .chart { flex: 1 1 6em; min-width: 4em; }
  .chart svg { display: block; width: 100%; height: 48px; }
  .axis { display: flex; justify-content: space-between; font-size: 0.75em; color: #555; }
  .badge { font-size: 0.75em; padding: 0 0.4em; border: 1px solid #555; border-radius: 0.25em; }
  polyline { fill: none; stroke: #1f5fa8; stroke-width: 2px; vector-effect: non-scaling-stroke; }
  .figures { display: grid; justify-items: end; }
  .value { font-size: 1.35em; font-weight: 700; }
  .period { font-size: 0.8em; color: #555; }
  p { margin: 0; }
  .change, .target, .source { font-size: 0.875em; color: #555; }
  .status { display: flex; align-items: center; gap: 0.35em; }
  .status-icon { width: 1em; height: 1em; fill: currentColor; stroke: #fff; stroke-width: 1.8; }
  .toggle { font: inherit; font-size: 0.875em; }
`;
export const head = `<style>${css}</style>`;
