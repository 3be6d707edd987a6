// Its own file: the last test registers a stand-in <sa-area-comparison> for this page.
import { expect } from '@open-wc/testing';
import { comparisonAvailable, withdrawComparisonOffer } from './comparison-offer.js';

const host = (isConnected: boolean) => ({
  isConnected,
  updates: 0,
  requestUpdate() {
    this.updates++;
  },
});

describe('comparisonAvailable()', () => {
  it('asks connected hosts to render again once <sa-area-comparison> is registered, and no others', async () => {
    const waits = host(true);
    const removed = host(false);
    const withdrawn = host(true);
    expect(comparisonAvailable(waits)).to.equal(false);
    expect(comparisonAvailable(removed)).to.equal(false);
    expect(comparisonAvailable(withdrawn)).to.equal(false);
    withdrawComparisonOffer(withdrawn);
    customElements.define('sa-area-comparison', class extends HTMLElement {});
    await customElements.whenDefined('sa-area-comparison');
    await Promise.resolve();
    expect(waits.updates).to.equal(1);
    // A removed or withdrawn host is not kept (and so not kept alive) until then.
    expect(removed.updates).to.equal(0);
    expect(withdrawn.updates).to.equal(0);
    expect(comparisonAvailable(host(true))).to.equal(true);
  });
});
