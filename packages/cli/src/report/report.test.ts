// `sundhedsaftale report` read as a browser without JavaScript would: nothing on the page is defined, so
// all that shows is the HTML and the sparklines' declarative shadow DOM.
import { expect, fixture, html } from '@open-wc/testing';
import { renderedStrings } from '../../../elements/test/helpers.js';

async function reportPage(name: string, params: Record<string, string>): Promise<HTMLElement> {
  const res = await fetch(`/__test__/report/${name}?${new URLSearchParams(params)}`);
  expect(res.ok, await res.clone().text()).to.equal(true);
  const container = await fixture<HTMLElement>(html`<div></div>`);
  (container as HTMLElement & { setHTMLUnsafe(h: string): void }).setHTMLUnsafe(await res.text());
  return container;
}

function deepQueryAll(root: Element | ShadowRoot, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  for (const el of root.querySelectorAll('*'))
    if (el.shadowRoot) found.push(...deepQueryAll(el.shadowRoot, selector));
  return found;
}

const cases: [string, Record<string, string>][] = [
  ['midt-2019-2023', { period: '2022-H2', area: 'all' }],
  ['midt-2024-2027', { period: '2023-H2', lang: 'en' }],
];

for (const [name, params] of cases) {
  describe(`sundhedsaftale report: ${name} ${new URLSearchParams(params)}`, () => {
    it('is accessible, has no controls, and each table row names its change and status basis', async function () {
      this.timeout(30_000); // the test server's first report loads Lit SSR in Node
      const page = await reportPage(name, params);
      expect(customElements.get('sa-indicator-sparkline'), 'no script ran').to.equal(undefined);
      await expect(page).to.be.accessible();
      expect(deepQueryAll(page, 'button, input, select, textarea, script')).to.deep.equal([]);
      expect(page.querySelectorAll('h1')).to.have.length(1);
      const en = 'lang' in params;
      const since = en ? 'since ' : 'siden ';
      const rows = [...page.querySelectorAll<HTMLTableRowElement>('tbody tr')];
      expect(rows.length).to.be.greaterThan(5);
      for (const row of rows) {
        const status = row.cells[3]!.textContent!.replace(/\s+/g, ' ').trim();
        const change = row.cells[2]!.textContent!.replace(/\s+/g, ' ').trim();
        // A judged status says since when; a change says since which value.
        if (/^. (Forbedret|Forværret|Stabil|Improving|Worsening|Stable)/.test(status))
          expect(status, row.cells[0]!.textContent!).to.contain(since);
        if (change !== '–') expect(change).to.contain(since);
      }
      const sparklines = page.querySelectorAll('sa-indicator-sparkline');
      expect(sparklines.length).to.be.greaterThan(0);
      for (const s of sparklines) {
        const chart = s.shadowRoot!.querySelector('svg[part=chart]')!;
        expect(chart.getAttribute('role')).to.equal('img');
        // The chart's text alternative says the move from the first value to the latest, with periods.
        expect(chart.getAttribute('aria-label')).to.match(
          / (i|in) (H\d )?\d{4}.* (i|in) (H\d )?\d{4}/,
        );
      }
      const all = renderedStrings(page).join(' ');
      expect(all).to.contain(en ? 'Half-yearly follow-up report' : 'Halvårlig afrapportering');
      if (params.area === 'all')
        expect(page.querySelectorAll('section.annex').length).to.be.greaterThan(0);
    });
  });
}
