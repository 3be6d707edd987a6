import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define.js';
import { sample } from '../../test/helpers.js';

/**
 * Every sa-* event that reaches the document (`heard`), and every one fired at all (`fired`: a capture
 * listener on the document sees events before any shadow root can stop them).
 */
function listen() {
  type Heard = { type: string; target: EventTarget | null; source: EventTarget | undefined };
  const heard: Heard[] = [];
  const fired: Heard[] = [];
  const entry = (e: Event) => ({ type: e.type, target: e.target, source: e.composedPath()[0] });
  const record = (e: Event) => heard.push(entry(e));
  const capture = (e: Event) => fired.push(entry(e));
  const types = ['sa-load', 'sa-error', 'sa-toggle'];
  for (const type of types) {
    document.addEventListener(type, record);
    document.addEventListener(type, capture, true);
  }
  const firedBy = (tag: string) =>
    fired.filter((f) => (f.source as Element | undefined)?.localName === tag).length;
  return {
    heard,
    firedBy,
    /** Waits until `count` elements `tag` have fired, and a little longer for anything further. */
    async until(tag: string, count: number) {
      await waitUntil(() => firedBy(tag) >= count, `${count} ${tag}`, { timeout: 5000 });
      await new Promise((resolve) => setTimeout(resolve, 100));
    },
    stop: () =>
      types.forEach((type) => {
        document.removeEventListener(type, record);
        document.removeEventListener(type, capture, true);
      }),
  };
}

describe('events of nested elements', () => {
  it("an overview's sa-load leaves it once; its cards' and sparklines' stay in its shadow root", async () => {
    const data = await sample('midt-2024-2027');
    const events = listen();
    try {
      const el = await fixture(html`<sa-overview .data=${data}></sa-overview>`);
      const root = el.shadowRoot!;
      await events.until('sa-focus-area-card', data.focusAreas!.length);
      expect(events.firedBy('sa-indicator-sparkline')).to.be.greaterThan(data.focusAreas!.length);
      expect(root.querySelectorAll('sa-focus-area-card').length).to.equal(data.focusAreas!.length);
      expect(events.heard.map((h) => h.type)).to.deep.equal(['sa-load']);
      expect(events.heard[0]!.source).to.equal(el);
    } finally {
      events.stop();
    }
  });

  it("a card's sa-load leaves it once; its sparklines' stay inside", async () => {
    const data = await sample('midt-2024-2027');
    const events = listen();
    try {
      const el = await fixture(
        html`<sa-focus-area-card
          focus-area="psykiatri-og-trivsel"
          .data=${data}
        ></sa-focus-area-card>`,
      );
      await events.until('sa-indicator-sparkline', 4);
      expect(events.heard.map((h) => [h.type, h.source])).to.deep.equal([['sa-load', el]]);
    } finally {
      events.stop();
    }
  });

  it("a card's sa-toggle inside an overview does not leave the overview", async () => {
    const data = await sample('midt-2024-2027');
    const el = await fixture(html`<sa-overview .data=${data}></sa-overview>`);
    const card = el.shadowRoot!.querySelector('sa-focus-area-card')!;
    const events = listen();
    try {
      let inside = 0;
      el.shadowRoot!.addEventListener('sa-toggle', () => inside++);
      card.dispatchEvent(
        new CustomEvent('sa-toggle', { bubbles: true, composed: true, detail: { id: 'x' } }),
      );
      expect(inside).to.equal(1);
      expect(events.heard).to.deep.equal([]);
    } finally {
      events.stop();
    }
  });

  it('widgets in an <sa-agreement> (light DOM, not nested in a shadow root) are each heard', async () => {
    const events = listen();
    try {
      const el = await fixture(
        html`<sa-agreement src="/__test__/sample/midt-2024-2027">
          <sa-indicator-sparkline indicator="mental-sundhed-unge"></sa-indicator-sparkline>
          <sa-indicator-sparkline indicator="multisygdom"></sa-indicator-sparkline>
        </sa-agreement>`,
      );
      await waitUntil(() => events.heard.length >= 3, 'three loads', { timeout: 5000 });
      const sparklines = Array.from(el.querySelectorAll('sa-indicator-sparkline'));
      expect(events.heard.map((h) => h.target)).to.have.members([el, ...sparklines]);
    } finally {
      events.stop();
    }
  });
});
