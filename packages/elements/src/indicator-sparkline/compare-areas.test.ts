// "Sammenlign kommuner" in the full sparkline. Its own file: the offer depends on whether
// <sa-area-comparison> is registered, and the first test registers it part-way through.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { hasAreaData, type Agreement } from '@sundhedsaftale/data';
import './define.js';
import '../focus-area-card/define.js';
import { printCss, renderSparkline, sample, shadow } from '../../test/helpers.js';

const q = (el: Element, selector: string) => shadow(el).querySelector(selector);
const toggle = (el: Element) => q(el, '[part=compare-toggle]') as HTMLButtonElement | null;
const comparison = (el: Element) => q(el, 'sa-area-comparison');
const rows = (el: Element) =>
  Array.from(comparison(el)?.shadowRoot?.querySelectorAll('tbody tr') ?? []);

const render = renderSparkline;

describe('<sa-indicator-sparkline>: "Sammenlign kommuner"', () => {
  let doc: Agreement;
  before(async () => {
    doc = await sample('midt-2019-2023');
  });

  it('is offered only once <sa-area-comparison> is registered, also after the sparkline has rendered', async () => {
    const el = await render(doc, 'dagligrygere');
    expect(customElements.get('sa-area-comparison')).to.equal(undefined);
    // Compared as booleans: chai would otherwise print a whole element tree into a failure message.
    expect(toggle(el) === null, 'no comparison on the page: no offer').to.equal(true);
    await import('../area-comparison/define.js');
    await waitUntil(() => toggle(el), 'the offer once the comparison is registered');
    expect(toggle(el)!.textContent!.trim()).to.equal('Sammenlign kommuner');
  });

  it('is not offered for an indicator without figures per area, nor in the line variant', async () => {
    const none = await render(doc, 'psykiatriske-genindlaeggelser');
    expect(toggle(none) === null).to.equal(true);
    const line = await render(doc, 'dagligrygere', { variant: 'line' });
    expect(toggle(line) === null).to.equal(true);
  });

  it('is offered in the compact variant of cards and the overview, and opens there across the full width', async () => {
    const wrapper = await fixture(html`<div style="width: 600px"></div>`);
    const el = await render(doc, 'dagligrygere', { variant: 'compact' });
    wrapper.append(el);
    toggle(el)!.click();
    await waitUntil(() => rows(el).length === 3, 'the comparison');
    const width = (q(el, '[part=compare]') as HTMLElement).getBoundingClientRect().width;
    expect(width).to.be.greaterThan(0.9 * el.getBoundingClientRect().width);
  });

  it('is offered for each indicator with figures per area in a focus-area card', async () => {
    const card = document.createElement('sa-focus-area-card');
    card.setAttribute('focus-area', 'forebyggelse');
    card.data = doc;
    (await fixture(html`<div></div>`)).append(card);
    await card.updateComplete;
    const sparklines = () =>
      Array.from(shadow(card).querySelectorAll<HTMLElement>('sa-indicator-sparkline'));
    await waitUntil(
      () => sparklines().length && sparklines().every((s) => s.shadowRoot?.querySelector('[part]')),
      "the card's sparklines",
    );
    const offered = sparklines()
      .filter((s) => toggle(s))
      .map((s) => s.getAttribute('indicator'));
    // Exactly the card's indicators with figures per area (and data: not those in development).
    const expected = sparklines()
      .map((s) => doc.indicators!.find((i) => i.id === s.getAttribute('indicator'))!)
      .filter((i) => i.state !== 'development' && hasAreaData(i))
      .map((i) => i.id);
    expect(expected).to.include('dagligrygere');
    expect(offered).to.deep.equal(expected);
  });

  it('opens and closes from the keyboard, with the chosen area marked and one sa-load of its own', async () => {
    const loads: EventTarget[] = [];
    const el = await render(doc, 'dagligrygere', { area: '751' });
    el.addEventListener('sa-load', (e) => loads.push(e.target!));
    const button = toggle(el)!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(comparison(el) === null).to.equal(true);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => rows(el).length === 3, 'the comparison of three areas');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const chosen = comparison(el)!.shadowRoot!.querySelector('tr[aria-current="true"] th');
    expect(chosen!.textContent).to.contain('Aarhus');
    // The sparkline already shows the name and "Eksempeldata": the comparison does not repeat them.
    expect(comparison(el)!.hasAttribute('hide-name')).to.equal(true);
    const head = comparison(el)!.shadowRoot!.querySelector('.head') as HTMLElement;
    expect(head.getBoundingClientRect().height).to.equal(0);
    // The comparison's sa-load stays inside: the page hears the sparkline's own events only.
    expect(loads.every((t) => t === el)).to.equal(true);
    await expect(el).to.be.accessible();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(comparison(el) === null).to.equal(true);
  });

  it('passes its language on', async () => {
    const el = await render(doc, 'dagligrygere', { lang: 'en' });
    expect(toggle(el)!.textContent!.trim()).to.equal('Compare municipalities');
    toggle(el)!.click();
    await waitUntil(() => rows(el).length === 3, 'the comparison');
    const direction = comparison(el)!.shadowRoot!.querySelector('[part=direction]')!;
    expect(direction.textContent!.trim()).to.equal('Lower is better.');
  });

  it('shows the comparison on paper, and hides the button there', async () => {
    const el = await render(doc, 'dagligrygere');
    const loaded = oneEvent(window, 'afterprint');
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    await waitUntil(() => rows(el).length === 3, 'the comparison while printing');
    window.dispatchEvent(new Event('afterprint'));
    await loaded;
    await el.updateComplete;
    expect(comparison(el) === null).to.equal(true);
    const print = printCss(el);
    expect(print).to.match(/\.toggle\s*\{\s*display: none/);
  });
});
