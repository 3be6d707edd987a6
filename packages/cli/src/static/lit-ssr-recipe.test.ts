// docs/developers.md's Lit SSR recipe, run as written by the test server (scripts/lit-ssr-recipe.js):
// the page it writes is readable before any script runs, and alive once the elements are defined.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';

describe("developers.md's Lit SSR recipe (renderWidget in your own server)", () => {
  it('writes a declarative shadow root the browser parses, then the live card takes over from its inline JSON', async function () {
    // The recipe runs in a new Node process that loads Lit SSR: seconds on a busy machine.
    this.timeout(30_000);
    const res = await fetch('/__test__/lit-ssr-recipe/751');
    const page = await res.text();
    expect(res.ok, page).to.equal(true);
    expect(page).to.match(/<template [^>]*shadowrootmode="open"/);

    const container = await fixture<HTMLElement>(html`<div></div>`);
    // Parses declarative shadow roots; runs no script.
    (container as HTMLElement & { setHTMLUnsafe(h: string): void }).setHTMLUnsafe(page);
    const card = container.querySelector('sa-focus-area-card')!;
    expect(customElements.get('sa-focus-area-card'), 'no script ran yet').to.equal(undefined);
    expect(card.shadowRoot, 'the declarative shadow root').to.exist;
    expect(card.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.contain(
      'Psykiatri og trivsel',
    );
    expect(card.shadowRoot!.querySelectorAll('sa-indicator-sparkline').length).to.be.above(0);
    expect(card.getAttribute('area')).to.equal('751');
    await expect(container).to.be.accessible();

    // Defining the elements upgrades the card: it renders from the inline JSON and works.
    const loaded = oneEvent(card, 'sa-load');
    await import('@sundhedsaftale/elements/define.js');
    await loaded;
    // Typed by the tag map: the live element's properties.
    const live = card;
    expect(live.area).to.equal('751');
    await waitUntil(() => live.shadowRoot!.querySelector('[part~="title"]'), 'the live title');
    expect(live.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(live.shadowRoot!.textContent).to.contain('Psykiatri og trivsel');
    await expect(container).to.be.accessible();
  });
});
