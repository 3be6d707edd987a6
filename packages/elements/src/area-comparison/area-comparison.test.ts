import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import fc from 'fast-check';
import type { Agreement, SeriesPoint } from '@sundhedsaftale/data';
import './define.js';
import {
  expectFiniteAttributes,
  expectNoLeakedValues,
  printCss,
  renderElement,
  sample,
  shadow,
} from '../../test/helpers.js';

const q = (el: Element, s: string) => shadow(el).querySelector(s);
const all = (el: Element, s: string) => Array.from(shadow(el).querySelectorAll(s));
const textOf = (el: Element, s: string) => q(el, s)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const rowNames = (el: Element) =>
  all(el, 'tbody th').map((th) => th.textContent!.replace(/\s+/g, ' ').trim());

/** The sample with `series` as the values of "Andel dagligrygere" (desired direction: down). */
function withSeries(doc: Agreement, series: SeriesPoint[]): Agreement {
  const copy = structuredClone(doc);
  copy.indicators!.find((i) => i.id === 'dagligrygere')!.series = series;
  return copy;
}

const render = (data: Agreement, attrs: Record<string, string> = {}) =>
  renderElement('sa-area-comparison', data, { indicator: 'dagligrygere', ...attrs });

describe('<sa-area-comparison>', () => {
  let doc: Agreement;
  const series: SeriesPoint[] = [
    { period: '2021', value: 13.8 },
    { period: '2021', value: 11.6, area: '751' },
    { period: '2021', value: 16.1, area: '730' },
    { period: '2017', value: 19.5, area: '741' },
    { period: '2021', value: 12.5, area: '710' },
  ];
  before(async () => {
    doc = withSeries(await sample('midt-2019-2023'), series);
  });

  it('is accessible: a table with caption and headers, best first, lower is better in words', async () => {
    const el = await render(doc);
    await expect(el).to.be.accessible();
    expect(textOf(el, 'caption')).to.contain('Andel dagligrygere');
    expect(all(el, 'thead th[scope=col]').length).to.equal(3);
    expect(rowNames(el)).to.deep.equal([
      'Aarhus Kommune',
      'Favrskov Kommune',
      'Randers Kommune',
      'Samsø Kommune',
    ]);
    expect(textOf(el, '[part=direction]')).to.equal('Lavere er bedre.');
    expect(all(el, 'tbody td.num').map((td) => td.textContent!.trim())).to.deep.equal([
      '11,6 %',
      '12,5 %',
      '16,1 %',
      '19,5 %',
    ]);
  });

  it('orders the highest first when higher is better, and says so', async () => {
    const up = structuredClone(doc);
    up.indicators!.find((i) => i.id === 'dagligrygere')!.desiredDirection = 'up';
    const el = await render(up);
    expect(rowNames(el)[0]).to.equal('Samsø Kommune');
    expect(textOf(el, '[part=direction]')).to.equal('Højere er bedre.');
  });

  it('draws the whole region as a labelled reference line on the same scale as the dots', async () => {
    const el = await render(doc);
    expect(textOf(el, '[part=reference]')).to.equal('Hele regionen: 13,8 % (2021)');
    const line = q(el, 'tbody .reference-line')!;
    const dots = all(el, '[part=dot]').map((d) => parseFloat(d.getAttribute('cx')!));
    const x = parseFloat(line.getAttribute('x1')!);
    // 13.8 lies between the 12.5 and the 16.1 dots.
    expect(x).to.be.greaterThan(dots[1]!).and.lessThan(dots[2]!);
    expect(textOf(el, 'tfoot')).to.contain('Hele regionen');
  });

  it('has nice ticks formatted for the language', async () => {
    const el = await render(doc);
    const ticks = all(el, '.axis text').map((t) => t.textContent);
    expect(ticks).to.include('12 %');
    const en = await render(doc, { lang: 'en' });
    expect(all(en, '.axis text').map((t) => t.textContent)).to.include('12%');
    expect(textOf(en, '[part=direction]')).to.equal('Lower is better.');
    expect(textOf(en, '[part=reference]')).to.equal('Whole region: 13.8% (2021)');
  });

  it('highlights the chosen area in words and with aria-current, not by colour alone', async () => {
    const el = await render(doc, { area: '730' });
    const row = q(el, 'tr[aria-current=true]')!;
    expect(row.getAttribute('part')).to.equal('row chosen');
    expect(row.querySelector('th')!.textContent).to.contain('Valgt');
    expect(all(el, 'tr[aria-current]').length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('marks an area whose latest period differs from the others, and explains the mark', async () => {
    const el = await render(doc);
    const other = all(el, 'tbody tr').filter((tr) => tr.textContent!.includes('Anden periode'));
    expect(other.map((tr) => tr.querySelector('th')!.textContent!.trim())).to.deep.equal([
      'Samsø Kommune',
    ]);
    expect(other[0]!.textContent).to.contain('2017');
    expect(textOf(el, '.note')).to.contain('2021');
  });

  it('lists areas without a value apart, never drawn at 0', async () => {
    const el = await render(doc);
    const missing = textOf(el, '[part=missing]');
    expect(missing).to.match(/^Ingen tal for: /);
    expect(missing).to.contain('Hedensted Kommune');
    expect(rowNames(el)).not.to.include('Hedensted Kommune');
    expect(missing).not.to.contain('Region Midtjylland');
    expect(all(el, '[part=dot]').length).to.equal(4);
  });

  it('says in one sentence that an indicator has no area data', async () => {
    const el = await render(doc, { indicator: 'psykiatriske-genindlaeggelser' });
    expect(textOf(el, '.empty')).to.equal(
      'Indikatoren har ingen tal for de enkelte områder, kun for hele regionen.',
    );
    expect(q(el, 'table')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('sorts by name from the keyboard, and says which order is on', async () => {
    const el = await render(doc);
    const [best, byName] = all(el, '[part=sort] button') as HTMLButtonElement[];
    expect(best!.getAttribute('aria-pressed')).to.equal('true');
    byName!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.getAttribute('order')).to.equal('name');
    expect(byName!.getAttribute('aria-pressed')).to.equal('true');
    expect(rowNames(el)).to.deep.equal([
      'Favrskov Kommune',
      'Randers Kommune',
      'Samsø Kommune',
      'Aarhus Kommune',
    ]);
    expect(q(el, 'thead th')!.getAttribute('aria-sort')).to.equal('ascending');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(rowNames(el)[0]).to.equal('Aarhus Kommune');
  });

  it('fires sa-load, and shows a missing indicator as an alert', async () => {
    const el = await render(doc, { indicator: 'findes-ikke' });
    expect(q(el, '[role=alert]')!.textContent).to.contain('findes-ikke');
  });

  it('draws values near ±1e308 and ranges that overflow when subtracted with no NaN (fast-check)', async () => {
    const value = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, 0),
    );
    const draw = async (values: number[], region: number | null) => {
      const ids = ['751', '730', '741', '710', '766'];
      const s: SeriesPoint[] = values.map((v, i) => ({ period: '2021', value: v, area: ids[i] }));
      if (region !== null) s.push({ period: '2021', value: region });
      const el = await render(withSeries(doc, s), { area: '751' });
      expectFiniteAttributes(el);
      expectNoLeakedValues(el);
      expect(all(el, '[part=dot]').length).to.equal(values.length);
    };
    await draw([-1e308, 1e308], 0);
    await draw([Number.MAX_VALUE, -Number.MAX_VALUE, 5e-324], Number.MAX_VALUE);
    await fc.assert(
      fc.asyncProperty(
        fc.array(value, { minLength: 1, maxLength: 5 }),
        fc.option(value, { nil: null }),
        draw,
      ),
      { numRuns: 25 },
    );
  });

  it('shows the table when the page prints', async () => {
    const el = await render(doc);
    const table = q(el, 'table') as HTMLElement;
    expect(table.getBoundingClientRect().height).to.be.greaterThan(0);
    // The sort buttons are hidden on paper; the table has no print-only rule hiding it.
    const print = printCss(el);
    expect(print).to.contain('.sort');
    expect(print).not.to.match(/table[^{]*\{[^}]*display: none/);
  });

  it('hide-name hides the name and badge, and the caption still names the indicator', async () => {
    const el = await render(doc, { 'hide-name': '' });
    expect((q(el, '.head') as HTMLElement).getBoundingClientRect().height).to.equal(0);
    expect(textOf(el, 'caption')).to.contain('Andel dagligrygere');
    await expect(el).to.be.accessible();
  });

  it('stays inside 320 px without sideways scrolling', async () => {
    const wrapper = await fixture(html`<div style="width: 320px"></div>`);
    const el = await render(doc, { area: '751' });
    wrapper.append(el);
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    expect((q(el, 'table') as HTMLElement).getBoundingClientRect().width).to.be.at.most(320);
  });

  it("stays inside 320 px with a long unit, said once in the value column's header", async () => {
    const long = structuredClone(doc);
    long.indicators!.find((i) => i.id === 'dagligrygere')!.unit = 'dage pr. 1.000 borgere';
    const wrapper = await fixture(html`<div style="width: 320px"></div>`);
    const el = await render(long, { area: '751' });
    wrapper.append(el);
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    expect((q(el, 'table') as HTMLElement).getBoundingClientRect().width).to.be.at.most(320);
    expect(textOf(el, 'thead')).to.contain('Værdi (dage pr. 1.000 borgere)');
    for (const td of all(el, 'tbody td.num, tfoot td.num'))
      expect(td.textContent, 'the unit is in the header').not.to.contain('borgere');
    // The dots keep a column wide enough to read.
    expect(q(el, 'tbody .chart')!.getBoundingClientRect().width).to.be.at.least(60);
    expect(textOf(el, '[part=reference]')).to.contain('dage pr. 1.000 borgere');
  });

  for (const width of [320, 480, 1280])
    it(`shows tick labels that do not overlap at ${width} px, the last among them`, async () => {
      const wrapper = await fixture(html`<div style=${`width: ${width}px`}></div>`);
      const el = await render(doc);
      wrapper.append(el);
      await el.updateComplete;
      const labels = all(el, '.axis text');
      const shown = labels
        .filter((t) => getComputedStyle(t).display !== 'none')
        .map((t) => t.getBoundingClientRect());
      expect(shown.length, 'at least both ends').to.be.at.least(2);
      expect(getComputedStyle(labels.at(-1)!).display, 'the last tick').not.to.equal('none');
      for (let i = 1; i < shown.length; i++)
        expect(shown[i]!.left, `label ${i} starts after label ${i - 1} ends`).to.be.at.least(
          shown[i - 1]!.right,
        );
    });
});
