// Static HTML from `sundhedsaftale render`, read as a browser without JavaScript would: the elements are
// never defined on this page, so all that shows is the declarative shadow DOM the server wrote.
import { expect, fixture, html } from '@open-wc/testing';
import {
  compareAreas,
  formatValue,
  hasAreaData,
  summarize,
  text,
  type Agreement,
} from '@sundhedsaftale/data';
import { renderedStrings, sample } from '../../../elements/test/helpers.js';

async function staticPage(name: string, params: Record<string, string>): Promise<HTMLElement> {
  const res = await fetch(`/__test__/static/${name}?${new URLSearchParams(params)}`);
  expect(res.ok, await res.clone().text()).to.equal(true);
  const container = await fixture<HTMLElement>(html`<div></div>`);
  // Parses declarative shadow roots; runs no script.
  (container as HTMLElement & { setHTMLUnsafe(h: string): void }).setHTMLUnsafe(await res.text());
  return container;
}

const normalized = (el: Element) => renderedStrings(el).join(' ').replace(/\s+/g, ' ');

/** Every element matching `selector` in `root` and in every shadow root below it. */
function deepQueryAll(root: Element | ShadowRoot, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  for (const el of root.querySelectorAll('*'))
    if (el.shadowRoot) found.push(...deepQueryAll(el.shadowRoot, selector));
  return found;
}

/** Controls that need script to do anything: a static page must have none. */
const SCRIPTED_CONTROLS =
  'button, input, select, textarea, [role=button], [tabindex]:not(.table-wrap)';

for (const name of ['midt-2019-2023', 'midt-2024-2027'] as const) {
  describe(`sundhedsaftale render: ${name}`, function () {
    // Each page is a `sundhedsaftale render` process started by the test server: seconds on a busy machine.
    this.timeout(30_000);
    let doc: Agreement;
    before(async () => {
      doc = await sample(name);
    });

    it('the overview is accessible and shows every vision, goal and indicator with its latest value', async () => {
      const page = await staticPage(name, { widget: 'overview' });
      expect(customElements.get('sa-overview'), 'no script ran').to.equal(undefined);
      await expect(page).to.be.accessible();
      const all = normalized(page);
      for (const v of doc.visions ?? []) expect(all).to.contain(text(v.title, 'da'));
      for (const f of doc.focusAreas ?? []) {
        expect(all).to.contain(text(f.title, 'da'));
        for (const g of f.goals ?? []) expect(all).to.contain(text(g.statement, 'da'));
      }
      for (const i of doc.indicators ?? []) {
        expect(all).to.contain(text(i.name, 'da'));
        const s = summarize(i);
        if (s.latest)
          expect(all, i.id).to.contain(formatValue(s.latest.value, i.unit, 'da', s.decimals));
      }
      expect(page.querySelectorAll('sa-overview').length).to.equal(1);
      expect(page.querySelector('sa-overview')!.shadowRoot, 'declarative shadow root').to.exist;
    });

    for (const params of [
      { widget: 'overview' } as Record<string, string>,
      { widget: 'overview', view: 'table' },
      { widget: 'overview', area: '751', lang: 'en' },
      { widget: 'focus-area', 'focus-area': 'FIRST' },
      { widget: 'comparison', indicator: 'AREAS', area: '751' },
    ]) {
      it(`without JavaScript, ${new URLSearchParams(params)} has no control that does nothing`, async () => {
        const query = { ...params };
        if (query['focus-area']) query['focus-area'] = doc.focusAreas![0]!.id;
        if (query.indicator) query.indicator = doc.indicators!.find((i) => hasAreaData(i))!.id;
        const page = await staticPage(name, query);
        expect(customElements.get('sa-overview'), 'no script ran').to.equal(undefined);
        const dead = deepQueryAll(page, SCRIPTED_CONTROLS).map((el) =>
          `${el.localName}: ${el.textContent}`.replace(/\s+/g, ' ').trim(),
        );
        expect(dead, 'buttons, inputs, selects').to.deep.equal([]);
        // What can be opened is a <details>, which works without script; the rest is shown in full.
        for (const summary of deepQueryAll(page, 'summary'))
          expect(summary.parentElement!.localName).to.equal('details');
        const all = normalized(page);
        for (const word of [
          'Overblik',
          'Fold alle',
          'Vis indikatorer med status',
          'Vælg et nationalt',
        ])
          expect(all, word).not.to.contain(word);
        if (params.widget === 'overview' && doc.nationalGoals?.length && !params.view) {
          // National goals are text with their indicators listed, not buttons that highlight nothing.
          const goals = deepQueryAll(page, '[part=national-goal]');
          expect(goals.length).to.equal(doc.nationalGoals.length);
          for (const goal of goals) expect(goal.localName).to.equal('p');
        }
        await expect(page).to.be.accessible();
      });
    }

    it('a one-value indicator says "Kun én måling" beside its value, never "Uden data"', async () => {
      const one = doc.indicators!.find((i) => {
        const s = summarize(i);
        return i.state !== 'development' && s.latest && s.latest === s.first;
      });
      expect(one, 'each sample has an indicator with one value').to.exist;
      const page = await staticPage(name, { widget: 'overview', view: 'table' });
      const row = deepQueryAll(page, `tr[data-indicator="${one!.id}"]`)[0]!;
      const s = summarize(one!);
      const cells = row.textContent!.replace(/\s+/g, ' ');
      expect(cells).to.contain(formatValue(s.latest!.value, one!.unit, 'da', s.decimals));
      expect(cells).to.contain('Kun én måling');
      expect(cells).not.to.contain('Uden data');
      page.remove();
      const spark = await staticPage(name, { widget: 'indicator', indicator: one!.id });
      const status = spark
        .querySelector('sa-indicator-sparkline')!
        .shadowRoot!.querySelector('[part=status]')!;
      expect(status.textContent!.trim()).to.equal('Kun én måling');
    });

    it('the area comparison is a real table with a row per area that has a value, best first, no NaN', async () => {
      const indicator = doc.indicators!.find((i) => hasAreaData(i))!;
      const page = await staticPage(name, {
        widget: 'comparison',
        indicator: indicator.id,
        area: '751',
      });
      const el = page.querySelector('sa-area-comparison')!;
      const root = el.shadowRoot!;
      const expected = compareAreas(doc, indicator, 'best-first', 'da').rows.map((r) => r.name);
      expect(expected.length, 'the sample compares several areas').to.be.greaterThan(1);
      const rows = [...root.querySelectorAll('tbody tr')];
      expect(
        rows.map((r) => r.querySelector('th')!.textContent!.replace(/\s+/g, ' ').trim()),
      ).to.deep.equal(expected.map((n) => (n.includes('Aarhus') ? `${n} Valgt` : n)));
      expect(root.querySelector('tr[aria-current="true"]')?.textContent).to.contain('Aarhus');
      expect(root.querySelectorAll('thead th').length).to.be.greaterThan(1);
      const values = rows.map((r) => r.querySelector('td')!.textContent!.trim());
      expect(
        values.every((v) => /\d/.test(v)),
        values.join(' | '),
      ).to.equal(true);
      for (const node of root.querySelectorAll('svg *'))
        for (const attr of node.attributes) expect(attr.value, attr.name).not.to.contain('NaN');
      expect(deepQueryAll(page, SCRIPTED_CONTROLS)).to.deep.equal([]);
      await expect(page).to.be.accessible();
    });

    it('the table view is one real table with a row per indicator', async () => {
      const page = await staticPage(name, { widget: 'overview', view: 'table' });
      await expect(page).to.be.accessible();
      const table = page.querySelector('sa-overview')!.shadowRoot!.querySelector('table')!;
      expect(table.tBodies[0]!.rows.length).to.equal(doc.indicators!.length);
    });

    it('a focus-area card and an indicator render on their own, in English too', async () => {
      const focusArea = doc.focusAreas![0]!;
      const card = await staticPage(name, {
        widget: 'focus-area',
        'focus-area': focusArea.id,
        lang: 'en',
      });
      await expect(card).to.be.accessible();
      expect(normalized(card)).to.contain(text(focusArea.title, 'en'));
      card.remove(); // one page at a time: each has its own <main>
      const indicator = doc.indicators!.find((i) => summarize(i).latest)!;
      const spark = await staticPage(name, { widget: 'indicator', indicator: indicator.id });
      await expect(spark).to.be.accessible();
      const svg = spark
        .querySelector('sa-indicator-sparkline')!
        .shadowRoot!.querySelector('svg[part=chart]')!;
      expect(svg.getAttribute('role')).to.equal('img');
      expect(svg.querySelector('[part=line]')!.getAttribute('d')).to.match(/^M/);
      // "Vis tal" works without script: a closed <details> with every value in its table.
      const values = svg.getRootNode() as ShadowRoot;
      const details = values.querySelector('details[part=values]') as HTMLDetailsElement;
      expect(details.open).to.equal(false);
      expect(details.querySelector('summary')!.textContent!.trim()).to.equal('Vis tal');
      expect(details.querySelectorAll('tbody tr').length).to.equal(
        summarize(indicator).points.length,
      );
      expect(values.querySelector('button'), 'no button that needs script').to.equal(null);
    });

    it('an indicator as variant=line: the line and the latest value, the rest in its description', async () => {
      const indicator = doc.indicators!.find((i) => summarize(i).latest)!;
      const s = summarize(indicator);
      const page = await staticPage(name, {
        widget: 'indicator',
        indicator: indicator.id,
        variant: 'line',
      });
      await expect(page).to.be.accessible();
      const el = page.querySelector('sa-indicator-sparkline')!;
      expect(el.getAttribute('variant')).to.equal('line');
      const root = el.shadowRoot!;
      expect(root.querySelector('[part=value]')!.textContent).to.equal(
        formatValue(s.latest!.value, indicator.unit, 'da', s.decimals),
      );
      expect(root.querySelector('svg[part=chart]')!.getAttribute('aria-label')).to.contain(
        text(indicator.name, 'da'),
      );
      for (const part of ['name', 'status', 'values', 'source'])
        expect(root.querySelector(`[part~=${part}]`), part).to.equal(null);
    });
  });
}
