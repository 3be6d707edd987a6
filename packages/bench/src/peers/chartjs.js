/* global document */
// Chart.js, tree-shaken: only LineController, LineElement, PointElement, LinearScale and CategoryScale
// are registered. Fixed size (responsive: false, so no ResizeObserver), no animation, no events, no
// points; the value as a span beside it. With animation off Chart.js draws inside the constructor;
// drawn = its `afterRender` plugin hook has fired for every chart. null values are gaps.
import {
  CategoryScale,
  Chart,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
} from 'chart.js';
import { HEIGHT, PAD, STROKE, WIDTH, countdown, item, regionSeries, valueText } from './common.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale);

export function render(container, agreement) {
  return new Promise((resolve) => {
    const drawn = {
      id: 'bench-drawn',
      afterRender: countdown(agreement.indicators.length, resolve),
    };
    for (const indicator of agreement.indicators) {
      const { values, label } = regionSeries(indicator);
      const div = item(container);
      const canvas = document.createElement('canvas');
      canvas.width = WIDTH;
      canvas.height = HEIGHT;
      div.append(canvas);
      new Chart(canvas, {
        type: 'line',
        data: {
          labels: values.map((_, i) => i),
          datasets: [{ data: values, borderColor: STROKE, borderWidth: 1.5, pointRadius: 0 }],
        },
        options: {
          responsive: false,
          animation: false,
          events: [],
          layout: { padding: PAD },
          scales: { x: { display: false }, y: { display: false } },
        },
        plugins: [drawn],
      });
      valueText(div, label);
    }
  });
}

export const count = (container) => container.querySelectorAll('canvas').length;
