import { expect } from '@open-wc/testing';
import { closeFrames, expectRendered, openFrame, tags, win } from './test-helpers.js';

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
