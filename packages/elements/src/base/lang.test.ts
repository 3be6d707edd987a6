import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Agreement } from '@sundhedsaftale/data';
import '../define.js';
import { sample, shadow } from '../../test/helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** The status word a sparkline shows: `Forværret` in Danish, `Worsening` in English. */
const status = (el: Element) =>
  shadow(el).querySelector('[part=status]')?.textContent?.trim().split(' ')[0];

/** Waits until `read()` gives `want`, so a test fails with what it saw instead of a timeout alone. */
async function until(read: () => string | undefined, want: string) {
  await waitUntil(() => read() === want, `expected "${want}", saw "${read()}"`, { timeout: 2000 });
}

describe('language follows the page', () => {
  let consultation: Agreement;
  const htmlLang = document.documentElement.getAttribute('lang');
  before(async () => {
    consultation = await sample('midt-2019-2023');
  });
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  const sparkline = (data: unknown = consultation) =>
    html`<sa-indicator-sparkline
      indicator="tvangsindlaeggelser"
      .data=${data}
    ></sa-indicator-sparkline>`;

  it('lang="en" set on a widget after it rendered switches it, and removing it switches back', async () => {
    const el = await fixture<Widget>(sparkline());
    expect(status(el)).to.equal('Forværret');
    el.setAttribute('lang', 'en');
    await until(() => status(el), 'Worsening');
    expect(shadow(el).querySelector('[part=values-toggle]')!.textContent!.trim()).to.equal(
      'Show values',
    );
    el.removeAttribute('lang');
    await until(() => status(el), 'Forværret');
  });

  it('the lang property set after rendering switches it and writes the attribute', async () => {
    const el = await fixture<Widget & { lang: string }>(sparkline());
    el.lang = 'en';
    await until(() => status(el), 'Worsening');
    expect(el.getAttribute('lang')).to.equal('en');
  });

  it('<html lang> switched to English and back: a widget without its own lang follows', async () => {
    const el = await fixture<Widget>(sparkline());
    expect(status(el)).to.equal('Forværret');
    document.documentElement.setAttribute('lang', 'en');
    await until(() => status(el), 'Worsening');
    document.documentElement.setAttribute('lang', 'da');
    await until(() => status(el), 'Forværret');
  });

  it('the nearest ancestor lang switched: the widget, and the sparklines inside a card, follow', async () => {
    const host = await fixture<HTMLElement>(
      html`<section lang="da">
        <div>
          ${sparkline()}
          <sa-focus-area-card
            focus-area="naer-psykiatri"
            .data=${consultation}
          ></sa-focus-area-card>
        </div>
      </section>`,
    );
    const el = host.querySelector('sa-indicator-sparkline')!;
    const card = host.querySelector('sa-focus-area-card')!;
    await card.updateComplete;
    const nested = () => shadow(card).querySelector('sa-indicator-sparkline')!;
    const nestedToggle = () =>
      shadow(nested()).querySelector('[part=values-toggle]')?.textContent?.trim();
    expect(nestedToggle()).to.equal('Vis tal');
    document.documentElement.setAttribute('lang', 'en');
    // The nearer `lang="da"` wins over the page's.
    await new Promise((r) => setTimeout(r, 50));
    expect(status(el)).to.equal('Forværret');
    host.setAttribute('lang', 'en-GB');
    await until(() => status(el), 'Worsening');
    await until(nestedToggle, 'Show values');
    host.setAttribute('lang', 'da');
    await until(() => status(el), 'Forværret');
    await until(nestedToggle, 'Vis tal');
  });

  it("a widget's own lang wins over the page's", async () => {
    const el = await fixture<Widget>(
      html`<sa-indicator-sparkline
        lang="da"
        indicator="tvangsindlaeggelser"
        .data=${consultation}
      ></sa-indicator-sparkline>`,
    );
    document.documentElement.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(status(el)).to.equal('Forværret');
  });

  it('a widget moved while <html lang> changed renders in the language it has now', async () => {
    const el = await fixture<Widget>(sparkline());
    const parent = el.parentElement!;
    el.remove();
    document.documentElement.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r, 20));
    parent.append(el);
    await until(() => status(el), 'Worsening');
  });

  it('a language switch re-renders but fires no second sa-load', async () => {
    const el = await fixture<Widget>(sparkline());
    let loads = 0;
    el.addEventListener('sa-load', () => loads++);
    el.setAttribute('lang', 'en');
    await until(() => status(el), 'Worsening');
    await el.updateComplete;
    expect(loads).to.equal(0);
  });

  it('<sa-agreement> shows its error in the language the page switches to', async () => {
    const el = await fixture<Widget>(
      html`<sa-agreement src="/__test__/status/404/aftale.json"></sa-agreement>`,
    );
    const message = () => shadow(el).querySelector('[role=alert]')?.textContent?.trim();
    await waitUntil(() => message(), 'the error', { timeout: 3000 });
    expect(message()).to.match(/^Kunne ikke hente data fra /);
    document.documentElement.setAttribute('lang', 'en');
    await waitUntil(() => /^Could not load data from /.test(message() ?? ''), String(message()));
  });
});

describe('the .data rule: treated as immutable, a new object shows a change', () => {
  let consultation: Agreement;
  before(async () => {
    consultation = await sample('midt-2019-2023');
  });

  const name = (el: Element) => shadow(el).querySelector('[part=name]')?.textContent?.trim();

  it('a changed copy assigned as a new object is shown, by this widget and a second one', async () => {
    const doc = structuredClone(consultation);
    const a = await fixture<Widget & { data: unknown }>(
      html`<sa-indicator-sparkline indicator="dagligrygere" .data=${doc}></sa-indicator-sparkline>`,
    );
    expect(name(a)).to.equal('Andel dagligrygere');
    const changed = structuredClone(doc);
    changed.indicators!.find((i) => i.id === 'dagligrygere')!.name = 'Dagligrygere, andel';
    a.data = changed;
    await a.updateComplete;
    expect(name(a)).to.equal('Dagligrygere, andel');
    const b = await fixture<Widget>(
      html`<sa-indicator-sparkline
        indicator="dagligrygere"
        .data=${changed}
      ></sa-indicator-sparkline>`,
    );
    expect(name(b)).to.equal('Dagligrygere, andel');
  });

  it('the same object changed in place is the same document: nothing changes until a new object', async () => {
    const doc = structuredClone(consultation);
    const a = await fixture<Widget & { data: unknown }>(
      html`<sa-indicator-sparkline indicator="dagligrygere" .data=${doc}></sa-indicator-sparkline>`,
    );
    doc.indicators!.find((i) => i.id === 'dagligrygere')!.name = 'Ændret på stedet';
    a.data = doc;
    await a.updateComplete;
    const b = await fixture<Widget>(
      html`<sa-indicator-sparkline indicator="dagligrygere" .data=${doc}></sa-indicator-sparkline>`,
    );
    // As docs/developers.md ("Passing data") says: validated once per object, so both show the document
    // as it was first given. A new object is how to update.
    expect([name(a), name(b)]).to.deep.equal(['Andel dagligrygere', 'Andel dagligrygere']);
    a.data = { ...doc };
    await a.updateComplete;
    expect(name(a)).to.equal('Ændret på stedet');
  });
});
