/* global document */
// The floor: hand-written SVG through the DOM API, one <svg> with a <polyline> and a <text> per item.
// Gaps (null) are skipped, so the polyline joins across them. Drawn = the loop has returned.
import { HEIGHT, PAD, STROKE, WIDTH, regionSeries } from './common.js';

const NS = 'http://www.w3.org/2000/svg';
const TEXT_WIDTH = 64;

export function render(container, agreement) {
  for (const indicator of agreement.indicators) {
    const { values, label } = regionSeries(indicator);
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
    const svg = document.createElementNS(NS, 'svg');
    svg.setAttribute('width', String(WIDTH + TEXT_WIDTH));
    svg.setAttribute('height', String(HEIGHT));
    svg.setAttribute('viewBox', `0 0 ${WIDTH + TEXT_WIDTH} ${HEIGHT}`);
    const line = document.createElementNS(NS, 'polyline');
    line.setAttribute('points', points);
    line.setAttribute('fill', 'none');
    line.setAttribute('stroke', STROKE);
    line.setAttribute('stroke-width', '1.5');
    const text = document.createElementNS(NS, 'text');
    text.setAttribute('x', String(WIDTH + 6));
    text.setAttribute('y', String(HEIGHT / 2 + 5));
    text.textContent = label;
    svg.append(line, text);
    container.append(svg);
  }
  return Promise.resolve();
}

export const count = (container) => container.querySelectorAll('polyline[points]').length;
