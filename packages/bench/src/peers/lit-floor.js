/* global document, customElements */
// Not a peer but a floor: the least a Lit element with a shadow root can do for the same content (one
// <svg> with the baseline's <polyline>, and the value beside it), with no data contract, validation,
// description or states. What lies between it and the plain-SVG baseline is the cost of being a web
// component; what lies between ours and it is the cost of our own code. Drawn = every element's first
// update is complete.
import { LitElement, css, html } from 'lit';
import { HEIGHT, WIDTH, polylinePoints, regionSeries } from './common.js';

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
    polyline {
      fill: none;
      stroke: #1f5fa8;
      stroke-width: 1.5;
    }
  `;

  render() {
    return html`<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" aria-hidden="true">
        <polyline points=${polylinePoints(this.values)}></polyline></svg
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
    el.shadowRoot?.querySelector('polyline')?.getAttribute('points'),
  ).length;
