/* global document */
// Ours: <sa-indicator-sparkline> from the self-contained bundle (packages/embed/dist/sundhedsaftale.js,
// loaded by the page before this module). Every element gets the same agreement object through `.data`
// (validated once, then remembered). Drawn = every element has fired `sa-load`, which the base class
// dispatches from Lit's `updated()`, after its shadow DOM (with the line's path) has been committed.
export const render = (container, agreement) => renderOurs(container, agreement);

/** `variant` = "line": the line and the latest value only, the same content as the baseline. */
export function renderOurs(container, agreement, variant) {
  const n = agreement.indicators.length;
  return new Promise((resolve, reject) => {
    let loaded = 0;
    // `target`, not `composedPath()`: the sparklines are children of the container, so the target is the
    // sparkline itself, and a path array per event cost ours about 5 ms per 1,000 in Firefox.
    const onLoad = (event) => {
      if (event.target.localName !== 'sa-indicator-sparkline') return;
      if (++loaded === n) {
        container.removeEventListener('sa-load', onLoad);
        resolve();
      }
    };
    container.addEventListener('sa-load', onLoad);
    container.addEventListener('sa-error', (event) => reject(new Error(event.detail?.message)));
    for (const indicator of agreement.indicators) {
      const el = document.createElement('sa-indicator-sparkline');
      el.setAttribute('indicator', indicator.id);
      if (variant) el.setAttribute('variant', variant);
      el.data = agreement;
      container.append(el);
    }
  });
}

export const count = (container) =>
  [...container.querySelectorAll('sa-indicator-sparkline')].filter((el) =>
    el.shadowRoot?.querySelector('path[part~="line"]')?.getAttribute('d'),
  ).length;
