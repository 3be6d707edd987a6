// Observable Plot: one Plot.plot() per item with a lineY mark, axes off; the value as a span beside it.
// Plot renders synchronously, so drawn = the loop has returned. null values are gaps.
import { lineY, plot } from '@observablehq/plot';
import { HEIGHT, PAD, STROKE, WIDTH, item, regionSeries, valueText } from './common.js';

export function render(container, agreement) {
  for (const indicator of agreement.indicators) {
    const { values, label } = regionSeries(indicator);
    const div = item(container);
    div.append(
      plot({
        width: WIDTH,
        height: HEIGHT,
        margin: PAD,
        x: { axis: null },
        y: { axis: null },
        marks: [lineY(values, { stroke: STROKE, strokeWidth: 1.5 })],
      }),
    );
    valueText(div, label);
  }
  return Promise.resolve();
}

export const count = (container) =>
  container.querySelectorAll('svg [aria-label="line"] path').length;
