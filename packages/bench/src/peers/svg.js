/* global document */
// The floor: hand-written SVG through the DOM API, one <svg> with a <polyline> and a <text> per item.
// Gaps (null) are skipped, so the polyline joins across them. Drawn = the loop has returned.
import { HEIGHT, STROKE, WIDTH, polylinePoints, regionSeries } from './common.js';

const NS = 'http://www.w3.org/2000/svg';
const TEXT_WIDTH = 64;

export function render(container, agreement) {
  for (const indicator of agreement.indicators) {
    const { values, label } = regionSeries(indicator);
    const points = polylinePoints(values);
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
