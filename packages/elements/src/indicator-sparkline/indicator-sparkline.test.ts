import { expect, fixture, html, oneEvent, aTimeout, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import fc from 'fast-check';
import type { Agreement } from '@sundhedsaftale/data';
import '../define.js';
import { SaIndicatorSparkline } from './indicator-sparkline.js';
import { defineElement } from '../base/define-element.js';
import {
  expectFiniteAttributes,
  expectNoLeakedValues,
  renderSparkline,
  requestCount,
  sample,
  settled,
  shadow,
  unique,
} from '../../test/helpers.js';

const q = (el: Element, selector: string) => shadow(el).querySelector(selector);
const textOf = (el: Element, selector: string) =>
  q(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Opens "Vis tal" and waits for its table. */
async function openValues(el: Element) {
  (q(el, '[part=values-toggle]') as HTMLButtonElement).click();
  await waitUntil(() => q(el, '[part=values] tbody tr'), 'the table of values');
}

/** Cited values: no "Eksempeldata" to see or to read (the badge, if rendered, is hidden). */
function expectNoBadge(el: Element) {
  const badge = q(el, '[part=badge]') as HTMLElement | null;
  expect(badge === null || badge.getBoundingClientRect().width === 0, 'no visible badge').to.equal(
    true,
  );
  expect((q(el, '[part~=base]') as HTMLElement).innerText).not.to.contain('Eksempeldata');
}

const render = renderSparkline;

describe('<sa-indicator-sparkline>', () => {
  let consultation: Agreement;
  before(async () => {
    consultation = await sample('midt-2019-2023');
  });

  describe('rendering', () => {
    it('is accessible with a falling, improving series', async () => {
      const el = await render(consultation, 'psykiatriske-genindlaeggelser');
      await expect(el).to.be.accessible();
      expect(textOf(el, '[part=name]')).to.contain('genindlæggelser');
      expect(q(el, '[part=status]')!.getAttribute('data-status')).to.equal('improving');
      expect(textOf(el, '[part=status]')).to.equal('Forbedret siden 2019 1. halvår');
      expect(textOf(el, '[part=value]')).to.equal('10,8 %');
      expect(textOf(el, '[part=change]')).to.match(/^↓ Faldt 0,2 .*siden 2022 1\. halvår$/);
    });

    it('names the chart with a one-sentence description (role="img")', async () => {
      const el = await render(consultation, 'psykiatriske-genindlaeggelser');
      const svg = q(el, 'svg[part=chart]')!;
      expect(svg.getAttribute('role')).to.equal('img');
      expect(svg.getAttribute('aria-label')).to.match(
        /faldt fra 12,4 % i 2019 1\. halvår til 10,8 %/i,
      );
    });

    it('shows a worsening series with icon and word, not colour alone', async () => {
      const el = await render(consultation, 'tvangsindlaeggelser');
      await expect(el).to.be.accessible();
      const status = q(el, '[part=status]')!;
      expect(status.getAttribute('data-status')).to.equal('worsening');
      expect(status.querySelector('svg.status-icon')).to.exist;
      expect(status.textContent).to.contain('Forværret');
    });

    it('draws a gap as a break in the line, never as zero', async () => {
      const el = await render(consultation, 'lup-samarbejde-udskrivelse');
      const d = q(el, '[part=line]')!.getAttribute('d')!;
      expect(d.match(/M/g)!.length, 'two segments').to.equal(2);
      await openValues(el);
      const table = shadow(el).querySelectorAll('[part=values] tbody tr');
      const gapRow = Array.from(table).find((tr) => tr.textContent!.includes('2020'))!;
      expect(gapRow.querySelector('td')!.textContent).to.equal('–');
    });

    it('draws a one-point series as a dot and reports no change', async () => {
      const el = await render(consultation, 'buc-henvisninger-visitationer');
      await expect(el).to.be.accessible();
      expect(q(el, '.dots')!.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+h0$/);
      expect(q(el, '[part=change]')).to.equal(null);
    });

    it('draws the target as a reference line and writes it out, marked "Eksempeldata" when it is an example', async () => {
      const el = await render(consultation, 'forebyggelige-indlaeggelser-aeldre');
      expect(q(el, '[part=target]')!.getAttribute('d')).to.match(/^M0,\d+H2000$/);
      const without = await render(consultation, 'tvangsindlaeggelser');
      expect(q(without, '[part=target]')!.hasAttribute('d'), 'no target, no line').to.equal(false);
      expect(textOf(el, '.target')).to.match(
        /^Mål: 24,0 pr\. 1\.000 borgere i 2023\s*Eksempeldata$/,
      );
      expect(textOf(el, '.target [part=illustrative]')).to.equal('Eksempeldata');
      // A target the data does not mark has no mark of its own.
      const doc = structuredClone(consultation);
      delete doc.indicators!.find((i) => i.id === 'forebyggelige-indlaeggelser-aeldre')!.target!
        .illustrative;
      const cited = await render(doc, 'forebyggelige-indlaeggelser-aeldre');
      expect(q(cited, '.target [part=illustrative]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows a development indicator as "Under udvikling – ingen data endnu"', async () => {
      const el = await render(consultation, 'kommunale-trivselsdata');
      await expect(el).to.be.accessible();
      expect(textOf(el, '[part=status]')).to.equal('Under udvikling – ingen data endnu');
      expect(q(el, 'svg[part=chart]')).to.equal(null);
    });

    it('shows an indicator without values as "Ingen data"', async () => {
      const doc = structuredClone(consultation);
      doc.indicators![0]!.series = [];
      const el = await render(doc, doc.indicators![0]!.id);
      await expect(el).to.be.accessible();
      expect(textOf(el, '[part=status]')).to.equal('Uden data');
      expect(q(el, 'svg[part=chart]')).to.equal(null);
    });

    it('shows an indicator with one value as "Kun én måling" beside the value, not "Uden data"', async () => {
      const el = await render(consultation, 'buc-henvisninger-visitationer');
      await expect(el).to.be.accessible();
      expect(textOf(el, '[part=value]')).to.match(/^61,5/);
      expect(textOf(el, '[part=status]')).to.equal('Kun én måling');
      expect(textOf(el, '[part=status]')).not.to.contain('Uden data');
    });

    it('says what the status is measured from next to the change since the previous value', async () => {
      // Status judges the move since the first value (2019 H1); the change is since the one before the latest.
      const el = await render(consultation, 'tvangsindlaeggelser');
      expect(textOf(el, '[part=status]')).to.equal('Forværret siden 2019 1. halvår');
      expect(textOf(el, '[part=change]')).to.match(/^↑ Steg 7 .*siden 2022 1\. halvår$/);
      const chart = q(el, 'svg[part=chart]')!.getAttribute('aria-label')!;
      expect(chart).to.contain('fra 172 ');
      expect(chart).to.contain(' i 2019 1. halvår');
      expect(chart).to.match(/Ændring siden 2022 1\. halvår: \+7/);
    });

    it('labels illustrative values "Eksempeldata", and cited ones not', async () => {
      const el = await render(consultation, 'dagligrygere');
      expect(textOf(el, '[part=badge]')).to.equal('Eksempeldata');
      const discussion = await sample('midt-2024-2027');
      const cited = await render(discussion, 'daarligt-selvvurderet-helbred');
      expectNoBadge(cited);
    });

    it('links only http(s) sources, with rel="noopener noreferrer"', async () => {
      const doc = structuredClone(consultation);
      const ind = doc.indicators!.find((i) => i.id === 'tvangsindlaeggelser')!;
      ind.source = { name: 'Sundhedsdatastyrelsen', url: 'https://www.sundhedsdatastyrelsen.dk/' };
      const el = await render(doc, ind.id);
      const a = q(el, '[part=source] a')!;
      expect(a.getAttribute('href')).to.equal('https://www.sundhedsdatastyrelsen.dk/');
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer');

      // An unsafe URL breaks the contract: the document is refused, and no link exists anywhere.
      ind.source = { name: 'Farlig kilde', url: 'javascript:alert(1)' };
      const bad = await render(structuredClone(doc), ind.id);
      const index = doc.indicators!.indexOf(ind);
      expect(textOf(bad, '.issues')).to.contain(`/indicators/${index}/source/url`);
      expect(shadow(bad).querySelector('a')).to.equal(null);
    });

    it('names a source without a link as text, and one with a link by its name', async () => {
      const doc = structuredClone(consultation);
      const ind = doc.indicators!.find((i) => i.id === 'tvangsindlaeggelser')!;
      ind.source = { name: 'Sundhedsdatastyrelsen' };
      const plain = await render(doc, ind.id);
      expect(textOf(plain, '[part=source]')).to.equal('Kilde: Sundhedsdatastyrelsen');
      expect(q(plain, '[part=source] a')).to.equal(null);

      const linked = structuredClone(doc);
      linked.indicators!.find((i) => i.id === ind.id)!.source = {
        name: 'Sundhedsdatastyrelsen',
        url: 'https://www.sundhedsdatastyrelsen.dk/',
      };
      const el = await render(linked, ind.id, { lang: 'en' });
      expect(textOf(el, '[part=source]')).to.equal('Source: Sundhedsdatastyrelsen');
      expect(textOf(el, '[part=source] a')).to.equal('Sundhedsdatastyrelsen');
    });

    it('never shows NaN, undefined, null or [object Object] for any sample indicator', async () => {
      for (const name of ['midt-2019-2023', 'midt-2024-2027'] as const) {
        const doc = await sample(name);
        for (const indicator of doc.indicators ?? []) {
          for (const lang of ['da', 'en']) {
            const el = await render(doc, indicator.id, { lang });
            expectNoLeakedValues(el);
            const withArea = await render(doc, indicator.id, { lang, area: '751' });
            expectNoLeakedValues(withArea);
          }
        }
      }
    });

    it('draws values near ±1e308 and ranges that overflow when subtracted with no NaN (fast-check)', async () => {
      const value = fc.oneof(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, 0),
        fc.constant(null),
      );
      const draw = async (values: (number | null)[], target: number | null, variant: string) => {
        const doc = structuredClone(consultation);
        const ind = doc.indicators!.find((i) => i.id === 'psykiatriske-genindlaeggelser')!;
        ind.series = values.map((v, i) => ({ period: String(2000 + i), value: v }));
        ind.target = target === null ? undefined : { value: target, period: '2030' };
        const el = await render(doc, ind.id, { variant });
        expectFiniteAttributes(el);
        expectNoLeakedValues(el);
      };
      await draw([-1e308, 1e308, 0], 1e308, 'default');
      await draw([Number.MAX_VALUE, -Number.MAX_VALUE], null, 'line');
      await fc.assert(
        fc.asyncProperty(
          fc.array(value, { minLength: 1, maxLength: 6 }),
          fc.option(value, { nil: null }),
          fc.constantFrom('default', 'line', 'compact'),
          draw,
        ),
        { numRuns: 25 },
      );
    });

    it('says when an indicator id is not in the data, with role="alert"', async () => {
      const el = await render(consultation, 'findes-ikke');
      await expect(el).to.be.accessible();
      expect(q(el, '[role=alert]')!.textContent).to.contain(
        'Indikatoren "findes-ikke" findes ikke',
      );
    });
  });

  describe('variant="line"', () => {
    it('shows the line and the latest value only, with name, change and status in the description', async () => {
      const el = await render(consultation, 'psykiatriske-genindlaeggelser', { variant: 'line' });
      await expect(el).to.be.accessible();
      expect(q(el, 'path[part=line]')!.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+L/);
      expect(textOf(el, '[part=value]')).to.equal('10,8 %');
      const label = q(el, 'svg[part=chart]')!.getAttribute('aria-label')!;
      expect(label).to.match(
        /^Akutte genindlæggelser .*psykiatrien\) faldt fra 12,4 % .* til 10,8 %.*forbedring/,
      );
      for (const part of ['name', 'status', 'change', 'values', 'source'])
        expect(q(el, `[part~=${part}]`), part).to.equal(null);
      expect(getComputedStyle(el).display).to.equal('inline-block');
    });

    it('sits on one line inside a sentence', async () => {
      const p = await fixture(
        html`<p style="width: 40em">
          Genindlæggelser:
          <sa-indicator-sparkline
            variant="line"
            indicator="psykiatriske-genindlaeggelser"
            .data=${consultation}
          ></sa-indicator-sparkline>
          i alt.
        </p>`,
      );
      const el = p.querySelector('sa-indicator-sparkline')!;
      await el.updateComplete;
      await new Promise(requestAnimationFrame);
      const box = el.getBoundingClientRect();
      const line = parseFloat(getComputedStyle(p).lineHeight) || 24;
      expect(box.height).to.be.below(line * 1.6);
      expect(box.width, 'as wide as its content, not the paragraph').to.be.within(80, 360);
    });

    it('says "Under udvikling" for a development indicator and labels illustrative values', async () => {
      const el = await render(consultation, 'kommunale-trivselsdata', { variant: 'line' });
      await expect(el).to.be.accessible();
      expect(q(el, 'svg[part=chart]')).to.equal(null);
      expect(textOf(el, '.empty')).to.equal('Under udvikling – ingen data endnu');
      const illustrative = await render(consultation, 'dagligrygere', { variant: 'line' });
      expect(textOf(illustrative, '[part=badge]')).to.equal('Eksempeldata');
    });

    it('shows "Eksempeldata" beside illustrative values only', async () => {
      const illustrative = await render(consultation, 'dagligrygere', { variant: 'line' });
      const shown = q(illustrative, '[part=badge]') as HTMLElement;
      expect(shown.getBoundingClientRect().width).to.be.above(0);
      const discussion = await sample('midt-2024-2027');
      const cited = await render(discussion, 'daarligt-selvvurderet-helbred', { variant: 'line' });
      expectNoBadge(cited);
    });
  });

  describe('the table of values', () => {
    it('opens "Vis tal" from the keyboard and lists every period', async () => {
      const el = await render(consultation, 'psykiatriske-genindlaeggelser');
      const toggle = q(el, '[part=values-toggle]') as HTMLButtonElement;
      expect(toggle.localName).to.equal('button');
      expect(toggle.textContent!.trim()).to.equal('Vis tal');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.focus();
      const values = q(el, '[part=values]')!;
      expect(values.querySelector('table'), 'built only when opened').to.equal(null);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => values.querySelector('tbody tr'), 'the table after opening');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const rows = values.querySelectorAll('tbody tr');
      expect(rows.length).to.equal(8);
      expect(rows[0]!.querySelector('th')!.textContent).to.equal('2019 1. halvår');
      await expect(el).to.be.accessible();
      // Space closes it again, as on any button; the table goes with it.
      await sendKeys({ press: ' ' });
      await waitUntil(() => !values.querySelector('table'), 'the table after closing');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(shadow(el).activeElement, 'focus stays on the button').to.equal(toggle);
    });

    it('reaches the disclosure and the source link with Tab', async () => {
      const doc = structuredClone(consultation);
      const ind = doc.indicators!.find((i) => i.id === 'tvangsindlaeggelser')!;
      ind.source = { name: 'Sundhedsdatastyrelsen', url: 'https://www.sundhedsdatastyrelsen.dk/' };
      const before = await fixture(html`<button>før</button>`);
      const el = await render(doc, ind.id);
      (before as HTMLElement).focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.getAttribute('part')).to.equal('values-toggle');
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.tagName).to.equal('A');
    });
  });

  describe('area', () => {
    it('area="751" shows Aarhus Kommune\'s own figures and says so', async () => {
      const region = await render(consultation, 'dagligrygere');
      const aarhus = await render(consultation, 'dagligrygere', { area: '751' });
      await expect(aarhus).to.be.accessible();
      expect(textOf(aarhus, '.area-note')).to.equal('Tal for Aarhus Kommune');
      expect(textOf(aarhus, '[part=value]')).not.to.equal(textOf(region, '[part=value]'));
    });

    it('shows the target and then the area note when there are both', async () => {
      const el = await render(consultation, 'forebyggelige-indlaeggelser-aeldre', { area: '751' });
      const target = q(el, '.target')!;
      const note = q(el, '.area-note')!;
      expect(textOf(el, '.target')).to.match(/^Mål: 24,0 pr\. 1\.000 borgere i 2023/);
      expect(note.textContent!.trim()).to.match(/^Tal for /);
      expect(target.nextElementSibling).to.equal(note);
    });

    it('falls back to the region where the area has no series: "Tal for hele regionen"', async () => {
      const region = await render(consultation, 'lup-samarbejde-udskrivelse');
      const el = await render(consultation, 'lup-samarbejde-udskrivelse', { area: '751' });
      expect(textOf(el, '.area-note')).to.equal('Tal for hele regionen');
      expect(textOf(el, '[part=value]')).to.equal(textOf(region, '[part=value]'));
    });
  });

  describe('theme', () => {
    it('theme="dark" brings its own dark surface, with its text kept off the edge; compact has none', async () => {
      const lone = await render(consultation, 'dagligrygere', { theme: 'dark' });
      await expect(lone).to.be.accessible();
      const base = getComputedStyle(q(lone, '[part~=base]')!);
      expect(base.backgroundColor).to.equal('rgb(27, 30, 35)');
      expect(parseFloat(base.paddingLeft)).to.be.greaterThan(8);
      const compact = await render(consultation, 'dagligrygere', {
        theme: 'dark',
        variant: 'compact',
      });
      expect(getComputedStyle(q(compact, '[part~=base]')!).paddingLeft).to.equal('0px');
      const light = await render(consultation, 'dagligrygere', { theme: 'light' });
      expect(getComputedStyle(q(light, '[part~=base]')!).paddingLeft).to.equal('0px');
    });
  });

  describe('language', () => {
    it('lang="en" gives English texts and number formats', async () => {
      const el = await render(consultation, 'psykiatriske-genindlaeggelser', { lang: 'en' });
      await expect(el).to.be.accessible();
      expect(textOf(el, '[part=status]')).to.equal('Improving since H1 2019');
      expect(textOf(el, '[part=value]')).to.equal('10.8%');
      expect(textOf(el, '[part=values-toggle]')).to.equal('Show values');
    });

    it('takes the language from the nearest ancestor with lang', async () => {
      const wrapper = await fixture(html`<section lang="en-GB"><div></div></section>`);
      const el = document.createElement('sa-indicator-sparkline');
      el.indicator = 'tvangsindlaeggelser';
      el.data = consultation;
      wrapper.querySelector('div')!.append(el);
      await el.updateComplete;
      expect(textOf(el, '[part=status]')).to.equal('Worsening since H1 2019');
    });
  });

  describe('data routes', () => {
    it('reads inline <script type="application/json">', async () => {
      const json = JSON.stringify(consultation).replace(/</g, '\\u003c');
      const host = await fixture(html`<div></div>`);
      const el = document.createElement('sa-indicator-sparkline');
      el.setAttribute('indicator', 'tvangsindlaeggelser');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = json;
      el.append(script);
      const loaded = oneEvent(el, 'sa-load');
      host.append(el);
      await loaded;
      expect(textOf(el, '[part=status]')).to.equal('Forværret siden 2019 1. halvår');
    });

    it('takes data from the nearest <sa-agreement>', async () => {
      const el = await fixture(
        html`<sa-agreement .data=${consultation}>
          <sa-indicator-sparkline indicator="tvangsindlaeggelser"></sa-indicator-sparkline>
        </sa-agreement>`,
      );
      const child = el.querySelector('sa-indicator-sparkline')!;
      await child.updateComplete;
      expect(textOf(child, '[part=status]')).to.equal('Forværret siden 2019 1. halvår');
    });

    it('looks for an <sa-agreement> only when it has no data of its own', async () => {
      let requests = 0;
      const count = () => requests++;
      document.addEventListener('context-request', count);
      try {
        await render(consultation, 'tvangsindlaeggelser');
        expect(requests, 'with .data').to.equal(0);
        const orphan = document.createElement('sa-indicator-sparkline');
        orphan.setAttribute('indicator', 'tvangsindlaeggelser');
        (await fixture(html`<div></div>`)).append(orphan);
        await orphan.updateComplete;
        expect(requests, 'without data').to.equal(1);
      } finally {
        document.removeEventListener('context-request', count);
      }
    });

    it('prefers data over src over inline JSON over <sa-agreement>', async () => {
      const discussion = await sample('midt-2024-2027');
      const key = unique();
      const agreement = await fixture(
        html`<sa-agreement .data=${discussion}>
          <sa-indicator-sparkline
            indicator="psykiatriske-genindlaeggelser"
          ></sa-indicator-sparkline>
        </sa-agreement>`,
      );
      const el = agreement.querySelector('sa-indicator-sparkline')!;
      await el.updateComplete;
      const fromProvider = textOf(el, '[part=value]');
      expect(fromProvider).to.equal('10,7 %');

      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(consultation);
      el.append(script);
      el.src = `/__test__/sample/midt-2019-2023/${key}`;
      await settled(el);
      expect(textOf(el, '[part=value]'), 'src beats the provider').to.equal('10,8 %');

      const modified = structuredClone(consultation);
      modified
        .indicators!.find((i) => i.id === 'psykiatriske-genindlaeggelser')!
        .series!.push({
          period: '2023-H1',
          value: 9.5,
        });
      el.data = modified;
      await el.updateComplete;
      expect(textOf(el, '[part=value]'), 'data beats src').to.equal('9,5 %');

      el.data = undefined;
      el.src = undefined;
      await el.updateComplete;
      expect(textOf(el, '[part=value]'), 'inline JSON beats the provider').to.equal('10,8 %');
    });

    it('fetches one URL once for 20 elements asking at the same moment', async () => {
      const key = unique();
      const src = `/__test__/sample/midt-2019-2023/${key}`;
      const host = await fixture(html`<div></div>`);
      const els = Array.from({ length: 20 }, () => {
        const el = document.createElement('sa-indicator-sparkline');
        el.indicator = 'dagligrygere';
        el.src = src;
        return el;
      });
      const loads = els.map((el) => oneEvent(el, 'sa-load'));
      host.append(...els);
      await Promise.all(loads);
      expect(await requestCount(key)).to.equal(1);
    });

    it('keeps the last src when an older, slower response arrives later', async () => {
      const el = await fixture<SaIndicatorSparkline>(
        html`<sa-indicator-sparkline
          indicator="psykiatriske-genindlaeggelser"
        ></sa-indicator-sparkline>`,
      );
      el.src = `/__test__/delay/400/midt-2019-2023?${unique()}`;
      await el.updateComplete;
      el.src = `/__test__/delay/10/midt-2024-2027?${unique()}`;
      await oneEvent(el, 'sa-load');
      expect(textOf(el, '[part=value]')).to.equal('10,7 %');
      await aTimeout(600);
      expect(textOf(el, '[part=value]'), 'the slow 2019 answer is dropped').to.equal('10,7 %');
    });

    it('aborts on removal and renders nothing afterwards', async () => {
      const host = await fixture(html`<div></div>`);
      const el = document.createElement('sa-indicator-sparkline');
      el.indicator = 'dagligrygere';
      el.src = `/__test__/delay/300/midt-2019-2023?${unique()}`;
      let events = 0;
      el.addEventListener('sa-load', () => events++);
      el.addEventListener('sa-error', () => events++);
      host.append(el);
      await el.updateComplete;
      expect(shadow(el).querySelector('[aria-busy=true]')).to.exist;
      el.remove();
      await aTimeout(600);
      expect(events).to.equal(0);
      expect(shadow(el).querySelector('[part=value]')).to.equal(null);
    });
  });

  describe('load errors', () => {
    const cases: [string, string, RegExp][] = [
      ['404', '/__test__/status/404', /^Kunne ikke hente data fra [^ ]+ \(404 Ikke fundet\)\.$/],
      ['500 (after retries)', '/__test__/status/500', /\(500 Serverfejl\)\.$/],
      ['an HTML page', '/__test__/html', /serveren sendte en HTML-side i stedet for JSON-data/],
      ['invalid JSON', '/__test__/text', /er ikke gyldig JSON\.$/],
    ];
    for (const [what, url, message] of cases) {
      it(`reports ${what} with role="alert", sa-error and aria-busy cleared`, async () => {
        const el = document.createElement('sa-indicator-sparkline');
        el.indicator = 'dagligrygere';
        el.src = `${url}?${unique()}`;
        const error = oneEvent(el, 'sa-error');
        (await fixture(html`<div></div>`)).append(el);
        const event = await error;
        await el.updateComplete;
        expect(event.detail.message).to.match(message);
        expect(textOf(el, '[role=alert] .error-message')).to.match(message);
        expect(q(el, '[aria-busy=true]')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('gives up after the timeout attribute with a message in seconds', async () => {
      const el = document.createElement('sa-indicator-sparkline');
      el.indicator = 'dagligrygere';
      el.timeout = 300;
      el.src = `/__test__/hang?${unique()}`;
      const error = oneEvent(el, 'sa-error');
      (await fixture(html`<div></div>`)).append(el);
      expect((await error).detail.message).to.contain('svarede ikke inden for 0,3 sekunder');
    });

    it('retries a 503 and then shows the data', async () => {
      const el = document.createElement('sa-indicator-sparkline');
      el.indicator = 'dagligrygere';
      el.src = `/__test__/flaky/${unique()}`;
      const loaded = oneEvent(el, 'sa-load');
      (await fixture(html`<div></div>`)).append(el);
      await loaded;
      expect(q(el, '[part=value]')).to.exist;
    });

    it('lists the first JSON Pointers of an invalid document, then "og N flere"', async () => {
      const doc = structuredClone(consultation) as unknown as Record<string, unknown>;
      const indicators = doc.indicators as Record<string, unknown>[];
      for (const ind of indicators.slice(0, 5)) ind.desiredDirection = 'sideways';
      const el = await render(doc as unknown as Agreement, 'dagligrygere');
      await expect(el).to.be.accessible();
      const items = Array.from(shadow(el).querySelectorAll('.issues li')).map((li) =>
        li.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(items[0]).to.match(/^\/indicators\/0\/desiredDirection: /);
      expect(items.length).to.equal(4);
      expect(items[3]).to.equal('og 2 flere');
    });

    it('shows a load error in English with lang="en"', async () => {
      const el = document.createElement('sa-indicator-sparkline');
      el.setAttribute('lang', 'en');
      el.indicator = 'dagligrygere';
      el.src = `/__test__/status/404?${unique()}`;
      const error = oneEvent(el, 'sa-error');
      (await fixture(html`<div></div>`)).append(el);
      expect((await error).detail.message).to.match(
        /^Could not load data from .+ \(404 Not found\)\.$/,
      );
    });
  });

  describe('registration and states', () => {
    it('ignores a second definition of the tag', () => {
      class Other extends HTMLElement {}
      expect(() => defineElement('sa-indicator-sparkline', Other)).not.to.throw();
      expect(customElements.get('sa-indicator-sparkline')).to.equal(SaIndicatorSparkline);
    });

    it('validates a document shared by many elements once', async () => {
      const doc = structuredClone(consultation);
      const a = await render(doc, 'dagligrygere');
      const b = await render(doc, 'tvangsindlaeggelser');
      // Both elements render the same validated copy: one validation, one copy in memory.
      const first = (a as unknown as { source: { agreement: unknown } }).source.agreement;
      const second = (b as unknown as { source: { agreement: unknown } }).source.agreement;
      expect(first).to.exist;
      expect(first).to.equal(second);
      expect(first).not.to.equal(doc);
    });

    it('shows a quiet, accessible skeleton with aria-busy while loading', async () => {
      const el = await fixture(
        html`<sa-agreement>
          <sa-indicator-sparkline indicator="dagligrygere"></sa-indicator-sparkline>
        </sa-agreement>`,
      );
      const child = el.querySelector('sa-indicator-sparkline')!;
      await child.updateComplete;
      expect(q(child, '[aria-busy=true] [part=skeleton]')).to.exist;
      await expect(child).to.be.accessible();
    });

    it('renders data set as a property before the element was upgraded', async () => {
      // An element made in an inert document is not upgraded until it joins this one.
      const inert = document.implementation.createHTMLDocument('');
      const el = inert.createElement('sa-indicator-sparkline') as SaIndicatorSparkline;
      expect(el).not.to.be.instanceOf(SaIndicatorSparkline);
      el.data = consultation;
      el.indicator = 'tvangsindlaeggelser';
      const host = await fixture(html`<div></div>`);
      host.append(document.adoptNode(el));
      await waitUntil(() => el.shadowRoot?.querySelector('[part=status]'));
      expect(textOf(el, '[part=status]')).to.equal('Forværret siden 2019 1. halvår');
    });
  });
});
