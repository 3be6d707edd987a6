// Static HTML with `--script`: readable before any script runs, and alive once the elements are defined.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';

describe('sundhedsaftale render --script', () => {
  it('shows the server-rendered overview first, then the live element takes over from its inline JSON', async function () {
    // The test server's first render loads Lit SSR and the elements in Node: seconds on a busy machine.
    this.timeout(30_000);
    const res = await fetch(
      '/__test__/static/midt-2019-2023?widget=overview&script=%2Fsundhedsaftale.js',
    );
    const page = await res.text();
    expect(page).to.contain('<script type="module" src="/sundhedsaftale.js"></script>');
    const container = await fixture<HTMLElement>(html`<div></div>`);
    (container as HTMLElement & { setHTMLUnsafe(h: string): void }).setHTMLUnsafe(page);
    const overview = container.querySelector('sa-overview')!;
    // Before: the declarative shadow root, and the data as inline JSON for the live element.
    expect(overview.shadowRoot!.textContent).to.contain('Et nært og sammenhængende sundhedsvæsen');
    expect(overview.querySelector(':scope > script[type="application/json"]')).to.exist;
    // Before: no control that needs script (the static page must have none).
    expect(overview.shadowRoot!.querySelector('button, input, select')).to.equal(null);
    const buttons = () => overview.shadowRoot!.querySelectorAll('button[aria-pressed]').length;

    // After: defining the elements upgrades it; it renders from the inline JSON and works.
    const loaded = oneEvent(overview, 'sa-load');
    await import('@sundhedsaftale/elements/define.js');
    await loaded;
    await waitUntil(() => buttons() > 0, 'the national-goal buttons');
    const first = overview.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-pressed]')!;
    first.click();
    await (overview as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(first.getAttribute('aria-pressed')).to.equal('true');
    // The controls the static markup left out come with the live element, in place of that markup.
    const root = overview.shadowRoot!;
    expect(root.querySelector('fieldset.filter input[type=radio]'), 'status filter').to.exist;
    expect(root.querySelector('button[data-view=table]'), 'view switch').to.exist;
    expect(root.querySelectorAll('.overview[part~=base]').length).to.equal(1);
    await expect(overview).to.be.accessible();
  });
});
