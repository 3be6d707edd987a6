/* global document, customElements */
// Not a peer but a floor: the least a Lit element with a shadow root can do for the same content (one
// <svg> with a <path> and the value beside it), with no data contract, validation, description or states.
// What lies between it and the plain-SVG baseline is the cost of being a web component; what lies
// between ours and it is the cost of our own code. Drawn = every element's first update is complete.
import { LitElement, css, html } from 'lit';
import { HEIGHT, PAD, WIDTH, regionSeries } from './common.js';

class LitFloor extends LitElement {
  static properties = { values: { attribute: false }, label: {} };
  static styles = css`
    :host {
      display: flex;
      align-items: center;
      gap: 4px;
    }
    svg {
      width: 200px;
      height: 48px;
    }
    path {
      fill: none;
      stroke: #1f5fa8;
      stroke-width: 1.5;
    }
  `;

  render() {
    const values = this.values;
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
    let d = '';
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === null) continue;
      d += `${d ? 'L' : 'M'}${(PAD + i * kx).toFixed(1)},${(HEIGHT - PAD - (v - lo) * ky).toFixed(1)}`;
    }
    return html`<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" aria-hidden="true"><path d=${d}></path></svg
      ><span class="value">${this.label}</span>`;
  }
}
customElements.define('lit-floor', LitFloor);

export async function render(container, agreement) {
  const elements = agreement.indicators.map((indicator) => {
    const { values, label } = regionSeries(indicator);
    const el = document.createElement('lit-floor');
    el.values = values;
    el.label = label;
    container.append(el);
    return el;
  });
  await Promise.all(elements.map((el) => el.updateComplete));
}

export const count = (container) =>
  [...container.querySelectorAll('lit-floor')].filter((el) =>
    el.shadowRoot?.querySelector('path[d]')?.getAttribute('d'),
  ).length;
