// uPlot (canvas): one uPlot per item, axes, legend, cursor and selection off; the value as a span beside
// it. uPlot commits (draws) in a microtask after the constructor, so drawn = its `draw` hook has fired
// for every chart. null values are gaps.
import uPlot from 'uplot';
import { HEIGHT, PAD, STROKE, WIDTH, countdown, item, regionSeries, valueText } from './common.js';

export function render(container, agreement) {
  return new Promise((resolve) => {
    const drawn = countdown(agreement.indicators.length, resolve);
    const opts = {
      width: WIDTH,
      height: HEIGHT,
      padding: [PAD, PAD, PAD, PAD],
      legend: { show: false },
      cursor: { show: false },
      select: { show: false },
      scales: { x: { time: false } },
      axes: [{ show: false }, { show: false }],
      series: [{}, { stroke: STROKE, width: 1.5, points: { show: false } }],
      hooks: { draw: [drawn] },
    };
    for (const indicator of agreement.indicators) {
      const { values, label } = regionSeries(indicator);
      const div = item(container);
      new uPlot(opts, [values.map((_, i) => i), values], div);
      valueText(div, label);
    }
  });
}

export const count = (container) => container.querySelectorAll('canvas').length;
