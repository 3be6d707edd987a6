/* global document */
// ECharts, tree-shaken through echarts/core: LineChart, the SVG renderer and GridSimpleComponent (the
// cartesian coordinate system a line series needs; without it setOption throws). Fixed size, no
// animation, axes hidden, no symbols, silent (no hover); the value as a span beside it. setOption()
// renders and flushes zrender synchronously (non-lazy update), so drawn = the loop has returned.
// null values are gaps.
import { init, use } from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridSimpleComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { HEIGHT, PAD, WIDTH, STROKE, item, regionSeries, valueText } from './common.js';

use([LineChart, GridSimpleComponent, SVGRenderer]);

export function render(container, agreement) {
  for (const indicator of agreement.indicators) {
    const { values, label } = regionSeries(indicator);
    const div = item(container);
    const box = document.createElement('div');
    box.className = 'chart';
    div.append(box);
    const chart = init(box, null, { renderer: 'svg', width: WIDTH, height: HEIGHT });
    chart.setOption({
      animation: false,
      grid: { left: PAD, right: PAD, top: PAD, bottom: PAD },
      xAxis: { type: 'category', show: false, boundaryGap: false, data: values.map((_, i) => i) },
      yAxis: { type: 'value', show: false, scale: true },
      series: [
        {
          type: 'line',
          data: values,
          showSymbol: false,
          silent: true,
          lineStyle: { color: STROKE, width: 1.5 },
        },
      ],
    });
    valueText(div, label);
  }
  return Promise.resolve();
}

export const count = (container) =>
  [...container.querySelectorAll('.chart svg')].filter((svg) => svg.querySelector('path')).length;
