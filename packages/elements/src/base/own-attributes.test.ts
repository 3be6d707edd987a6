import { expect, fixture, html } from '@open-wc/testing';
import '../define.js';
import type { SaIndicatorSparkline } from '../indicator-sparkline/indicator-sparkline.js';
import type { SaOverview } from '../overview/overview.js';
import { sample } from '../../test/helpers.js';

describe('attributes an element writes onto itself', () => {
  it('none when defined, connected and rendered: defaults live in the properties', async () => {
    const data = await sample('midt-2024-2027');
    const wrapper = await fixture(
      html`<div>
        <sa-overview .data=${data}></sa-overview>
        <sa-focus-area-card focus-area="psykiatri-og-trivsel" .data=${data}></sa-focus-area-card>
        <sa-indicator-sparkline indicator="multisygdom" .data=${data}></sa-indicator-sparkline>
        <sa-agreement .data=${data}></sa-agreement>
      </div>`,
    );
    const elements = Array.from(wrapper.children) as (HTMLElement & {
      updateComplete: Promise<unknown>;
    })[];
    await Promise.all(elements.map((el) => el.updateComplete));
    expect(elements[0]!.shadowRoot!.querySelector('sa-focus-area-card'), 'rendered').to.exist;
    expect(elements.map((el) => [el.localName, el.getAttributeNames()])).to.deep.equal([
      ['sa-overview', []],
      ['sa-focus-area-card', ['focus-area']],
      ['sa-indicator-sparkline', ['indicator']],
      ['sa-agreement', []],
    ]);
    const overview = elements[0] as SaOverview;
    const sparkline = elements[2] as SaIndicatorSparkline;
    expect([
      overview.theme,
      overview.view,
      overview.statusFilter,
      overview.nationalGoal,
    ]).to.deep.equal(['auto', 'overview', '', '']);
    expect(sparkline.variant).to.equal('default');
  });

  it('a property set by the page is reflected where CSS reads it, and removing the attribute restores the default', async () => {
    const data = await sample('midt-2024-2027');
    const el = await fixture<SaIndicatorSparkline>(
      html`<sa-indicator-sparkline indicator="multisygdom" .data=${data}></sa-indicator-sparkline>`,
    );
    el.theme = 'dark';
    el.variant = 'compact';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(el.getAttribute('variant')).to.equal('compact');
    el.removeAttribute('variant');
    await el.updateComplete;
    expect(el.variant).to.equal('default');
  });
});
