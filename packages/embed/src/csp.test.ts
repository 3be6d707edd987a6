import { expect } from '@open-wc/testing';
import {
  closeFrames,
  expectRendered,
  openFrame,
  rendered,
  tags,
  waitFor,
  win,
  enforcesTrustedTypes,
} from './test-helpers.js';

const fixture = (name: string) => `/packages/embed/test/fixtures/${name}.html`;

describe('strict Content Security Policy', () => {
  afterEach(closeFrames);

  it("every element renders under default-src 'none' with Trusted Types, with zero violations", async () => {
    const frame = await openFrame(fixture('strict-csp'), 900, 400);
    await expectRendered(frame);
  });

  it('the same after another copy of Lit has created its lit-html policy', async () => {
    const frame = await openFrame(fixture('strict-csp-other-lit'), 900, 400);
    await expectRendered(frame);
    expect(frame.contentDocument?.getElementById('other-lit')?.textContent).to.contain(
      "page's own Lit",
    );
  });

  it("the comparison's own file beside the bundle: both render from one <sa-agreement>, zero violations", async () => {
    const frame = await openFrame(fixture('strict-csp-comparison'), 900, 400);
    const root = await rendered(frame, 'sa-area-comparison');
    expect(root.querySelectorAll('tbody tr').length, 'one row per area').to.equal(3);
    expect(root.querySelector('tr[aria-current="true"] th')?.textContent).to.contain('Aarhus');
    await rendered(frame, 'sa-indicator-sparkline');
    const w = win(frame);
    await waitFor(
      () =>
        ['sa-indicator-sparkline', 'sa-area-comparison'].every((t) => w.probe.loads.includes(t)),
      'sa-load from both',
    );
    expect(w.probe.violations).to.deep.equal([]);
    expect(w.probe.errors).to.deep.equal([]);
    expect(w.probe.failures).to.deep.equal([]);
    // Each file's Lit made its own policy: the comparison's copy did not ride on the bundle's.
    const marks = ['sundhedsaftale', 'sundhedsaftale-comparison'].map(
      (name) => (w as unknown as Record<symbol, unknown>)[Symbol.for(`${name}.trustedTypesPolicy`)],
    );
    if (enforcesTrustedTypes) expect(marks).to.deep.equal([true, true]);
  });

  it("the comparison's own file alone, as a classic script, registers <sa-agreement> too", async () => {
    const frame = await openFrame(fixture('comparison-alone'), 900, 400);
    const root = await rendered(frame, 'sa-area-comparison');
    expect(root.querySelectorAll('tbody tr').length).to.equal(3);
    const w = win(frame);
    expect(w.customElements.get('sa-indicator-sparkline'), 'only what it needs').to.equal(
      undefined,
    );
    expect(w.probe.violations).to.deep.equal([]);
    expect(w.probe.errors).to.deep.equal([]);
  });

  it('without constructable stylesheets, styles come as <style> elements carrying the nonce', async () => {
    const frame = await openFrame(fixture('style-nonce'), 900, 400);
    await expectRendered(frame);
    for (const tag of tags) {
      const root = frame.contentDocument!.querySelector(tag)!.shadowRoot!;
      const styles = [...root.querySelectorAll('style')];
      expect(styles.length, `${tag} uses the <style> fallback`).to.be.greaterThan(0);
      for (const style of styles) expect(style.nonce).to.equal(win(frame).litNonce);
    }
  });
});

declare global {
  interface Window {
    litNonce?: string;
  }
}
