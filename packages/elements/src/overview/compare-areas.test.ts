// "Sammenlign kommuner" in the overview's table. Its own file: the offer depends on whether
// <sa-area-comparison> is registered, and the first test registers it part-way through.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { hasAreaData, type Agreement } from '@sundhedsaftale/data';
import './define.js';
import { printCss, renderElement, sample, shadow } from '../../test/helpers.js';

const q = (el: Element, selector: string) => shadow(el).querySelector(selector);
const qa = (el: Element, selector: string) => Array.from(shadow(el).querySelectorAll(selector));
const button = (el: Element, id: string) =>
  q(el, `tr[data-indicator="${id}"] [part=compare-toggle]`) as HTMLButtonElement | null;
const comparisons = (el: Element) => qa(el, 'tr.comparison [part=comparison]');
const areaRows = (comparison: Element) =>
  Array.from(comparison.shadowRoot?.querySelectorAll('tbody tr') ?? []);

const render = (agreement: Agreement, attrs: Record<string, string> = {}) =>
  renderElement('sa-overview', agreement, { view: 'table', ...attrs });

describe('<sa-overview view="table">: "Sammenlign kommuner"', () => {
  let doc: Agreement;
  before(async () => {
    doc = await sample('midt-2019-2023');
  });

  it('is offered only once <sa-area-comparison> is registered, also after the table has rendered', async () => {
    const el = await render(doc);
    expect(customElements.get('sa-area-comparison')).to.equal(undefined);
    expect(qa(el, 'button.compare').length, 'no comparison on the page: no offer').to.equal(0);
    await import('../area-comparison/define.js');
    await waitUntil(
      () => button(el, 'dagligrygere'),
      'the offer once the comparison is registered',
    );
    expect(button(el, 'dagligrygere')!.textContent!.trim()).to.equal('Sammenlign kommuner');
  });

  it('is offered in the row of each indicator with figures per area, and no other', async () => {
    const el = await render(doc);
    const offered = qa(el, 'button.compare').map((b) =>
      b.closest('tr')!.getAttribute('data-indicator'),
    );
    const expected = doc.indicators!.filter((i) => hasAreaData(i)).map((i) => i.id);
    expect(expected.length).to.be.greaterThan(0);
    expect(expected.length).to.be.lessThan(doc.indicators!.length);
    expect([...offered].sort()).to.deep.equal([...expected].sort());
  });

  it('opens a row below from the keyboard, with the chosen area marked; closes again', async () => {
    const el = await render(doc, { area: '751' });
    const open = button(el, 'dagligrygere')!;
    expect(open.getAttribute('aria-expanded')).to.equal('false');
    open.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(open.getAttribute('aria-expanded')).to.equal('true');
    const row = q(el, 'tr[data-indicator="dagligrygere"]')!.nextElementSibling!;
    expect(row.classList.contains('comparison')).to.equal(true);
    const comparison = row.querySelector('sa-area-comparison')!;
    expect(comparison.getAttribute('indicator')).to.equal('dagligrygere');
    expect(row.querySelector('td')!.colSpan).to.equal(
      q(el, 'thead tr')!.querySelectorAll('th').length,
    );
    await waitUntil(() => areaRows(comparison).length === 3, 'the comparison of three areas');
    const chosen = comparison.shadowRoot!.querySelector('tr[aria-current="true"] th');
    expect(chosen!.textContent).to.contain('Aarhus');
    await expect(el).to.be.accessible();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(open.getAttribute('aria-expanded')).to.equal('false');
    expect(comparisons(el).length).to.equal(0);
  });

  it('keeps an open comparison below its row when the table is sorted', async () => {
    const el = await render(doc);
    button(el, 'dagligrygere')!.click();
    await el.updateComplete;
    (q(el, 'button[data-sort=indicator]') as HTMLButtonElement).click();
    await el.updateComplete;
    (q(el, 'button[data-sort=indicator]') as HTMLButtonElement).click();
    await el.updateComplete;
    const row = q(el, 'tr[data-indicator="dagligrygere"]')!;
    expect(row.nextElementSibling!.classList.contains('comparison')).to.equal(true);
    expect(comparisons(el).length).to.equal(1);
  });

  it('passes its language on', async () => {
    const el = await render(doc, { lang: 'en' });
    expect(button(el, 'dagligrygere')!.textContent!.trim()).to.equal('Compare municipalities');
    button(el, 'dagligrygere')!.click();
    await el.updateComplete;
    const [comparison] = comparisons(el);
    await waitUntil(() => areaRows(comparison!).length === 3, 'the comparison');
    expect(comparison!.getAttribute('lang')).to.equal('en');
  });

  it('stays within the visible width of the table at 320 px', async () => {
    const wrapper = await fixture(html`<div style="width: 320px"></div>`);
    const el = await render(doc);
    wrapper.append(el);
    button(el, 'dagligrygere')!.click();
    await el.updateComplete;
    const [comparison] = comparisons(el);
    await waitUntil(() => areaRows(comparison!).length === 3, 'the comparison');
    const wrap = q(el, '.table-wrap')!.getBoundingClientRect();
    const box = comparison!.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(100);
    expect(box.width).to.be.at.most(wrap.width + 0.5);
    expect(box.left).to.be.at.least(wrap.left - 0.5);
  });

  it('hides its buttons on paper', async () => {
    const el = await render(doc);
    expect(printCss(el)).to.match(/\.compare[^{]*\{\s*display: none/);
  });
});
