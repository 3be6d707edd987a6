/* global document, customElements */
// Not a peer but a floor: the plain-DOM floor's content (dom-floor.js: name, chart, latest value and
// period, change sentence, status icon and word, target, source link, "Vis tal"), drawn by a Lit element in
// its own shadow root with the same stylesheet, adopted once. No data contract, validation, description for
// screen readers, languages or states. What lies between the plain-DOM floor and it is the cost of being a
// Lit web component with that content; what lies between it and ours is our own code. Drawn = every
// element's first update is complete.
import { LitElement, html, nothing, svg, unsafeCSS } from 'lit';
import { HEIGHT, WIDTH } from './common.js';
import { content, css } from './dom-floor.js';

class LitFullFloor extends LitElement {
  static properties = { indicator: { attribute: false } };
  static styles = unsafeCSS(css);

  render() {
    const c = content(this.indicator);
    return html`<div class="sparkline">
      <div class="head">
        <span class="name">${c.name}</span>${
          c.illustrative
            ? html`<span class="badge" title="Tallene er eksempler">Eksempeldata</span>`
            : nothing
        }
      </div>
      <div class="body">
        <div class="chart">
          <svg preserveAspectRatio="none" viewBox="0 0 ${WIDTH} ${HEIGHT}">
            <polyline points=${c.points}></polyline>
          </svg>
          <div class="axis"><span>${c.from}</span><span>${c.to}</span></div>
        </div>
        <div class="figures">
          <span class="value">${c.value}</span><span class="period">${c.period}</span>
        </div>
      </div>
      ${c.change ? html`<p class="change">${c.change}</p>` : nothing}
      <p class="status">
        <svg class="status-icon" viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="8" cy="8" r="7"></circle>
          ${svg`<path d=${c.status[1]}></path>`}</svg
        ><span>${c.status[0]}</span>
      </p>
      ${c.target ? html`<p class="target">${c.target}</p>` : nothing}
      ${
        c.source
          ? html`<p class="source">
              Kilde: <a href=${c.source.url ?? nothing}>${c.source.name}</a>
            </p>`
          : nothing
      }
      <div class="values">
        <button type="button" class="toggle" aria-expanded="false">Vis tal</button>
      </div>
    </div>`;
  }
}
customElements.define('lit-full-floor', LitFullFloor);

export async function render(container, agreement) {
  const elements = agreement.indicators.map((indicator) => {
    const el = document.createElement('lit-full-floor');
    el.indicator = indicator;
    container.append(el);
    return el;
  });
  await Promise.all(elements.map((el) => el.updateComplete));
}

export const count = (container) =>
  [...container.querySelectorAll('lit-full-floor')].filter((el) =>
    el.shadowRoot?.querySelector('polyline')?.getAttribute('points'),
  ).length;
