import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { text, type Agreement } from '@sundhedsaftale/data';
import './define.js';
import type { SaFocusAreaCard } from './focus-area-card.js';
import { expectNoLeakedValues, renderElement, sample, shadow } from '../../test/helpers.js';

const SAMPLES = ['midt-2019-2023', 'midt-2024-2027'] as const;
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const q = (el: Element, selector: string) => shadow(el).querySelector(selector);
const qa = (el: Element, selector: string) => Array.from(shadow(el).querySelectorAll(selector));

async function render(
  agreement: Agreement,
  focusArea: string,
  attrs: Record<string, string> = {},
): Promise<SaFocusAreaCard> {
  const el = await renderElement(
    'sa-focus-area-card',
    agreement,
    { 'focus-area': focusArea, ...attrs },
    html`<div style="max-width: 40em"></div>`,
  );
  await Promise.all(
    qa(el, 'sa-indicator-sparkline').map(
      (s) => (s as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete,
    ),
  );
  return el;
}

describe('<sa-focus-area-card>', () => {
  let consultation: Agreement;
  before(async () => {
    consultation = await sample('midt-2019-2023');
  });

  it('is accessible', async () => {
    const el = await render(consultation, 'naer-psykiatri');
    await expect(el).to.be.accessible();
  });

  for (const name of SAMPLES) {
    it(`renders every focus area of ${name}: title, first focus, goals, indicators, facts, initiatives`, async () => {
      const doc = await sample(name);
      for (const focusArea of doc.focusAreas ?? []) {
        const el = await render(doc, focusArea.id);
        await expect(el).to.be.accessible();
        expectNoLeakedValues(el);
        expect(clean(q(el, '[part=title]')?.textContent)).to.equal(text(focusArea.title, 'da'));
        if (focusArea.firstFocus) {
          expect(clean(q(el, '[part=first-focus]')?.textContent)).to.contain(
            `Først med fokus på ${text(focusArea.firstFocus, 'da')}`,
          );
        }
        const statements = qa(el, '.statement').map((s) => clean(s.textContent));
        expect(statements).to.deep.equal(
          (focusArea.goals ?? []).map((g) => text(g.statement, 'da')),
        );
        for (const goal of focusArea.goals ?? []) {
          for (const id of goal.indicatorIds ?? []) {
            const spark = q(el, `[part=indicator][data-indicator="${id}"] sa-indicator-sparkline`);
            expect(spark, `${focusArea.id}: ${id}`).to.exist;
            expect(spark!.getAttribute('variant')).to.equal('compact');
            const indicator = doc.indicators!.find((i) => i.id === id)!;
            expect(clean(shadow(spark!).querySelector('[part=name]')?.textContent)).to.equal(
              text(indicator.name, 'da'),
            );
          }
        }
        const facts = qa(el, '[part=facts] .fact');
        expect(facts).to.have.length((focusArea.facts ?? []).length);
        for (const [i, fact] of (focusArea.facts ?? []).entries()) {
          expect(clean(facts[i]!.textContent)).to.contain(text(fact.value, 'da'));
          if (fact.source)
            expect(clean(facts[i]!.textContent)).to.contain(`Kilde: ${text(fact.source, 'da')}`);
        }
        const initiatives = qa(el, '.initiative');
        expect(initiatives).to.have.length((focusArea.initiatives ?? []).length);
      }
    });
  }

  it('labels initiatives with their status in words', async () => {
    const el = await render(consultation, 'forebyggelse');
    const statuses = qa(el, '.initiative-status').map((s) => clean(s.textContent));
    expect(statuses).to.include('Gennemført');
  });

  it('writes "Eksempeldata" beside each example status, fact and *, and nothing beside cited ones', async () => {
    // The sample marks every initiative status as an example, and no fact of this focus area.
    const el = await render(consultation, 'forebyggelse');
    await expect(el).to.be.accessible();
    const initiatives = qa(el, '.initiative');
    expect(initiatives.length).to.be.greaterThan(0);
    for (const li of initiatives) {
      const mark = li.querySelector('[part=illustrative]');
      expect(clean(mark?.textContent)).to.equal('Eksempeldata');
      // Beside the status it qualifies, in text: not a colour or an icon alone.
      expect(mark?.previousElementSibling?.classList.contains('initiative-status')).to.equal(true);
    }
    expect(q(el, '.fact [part=illustrative]')).to.equal(null);
    expect(q(el, '[data-indicator=dagligrygere] [part=marker] [part=illustrative]')).to.equal(null);

    const doc = structuredClone(consultation);
    const area = doc.focusAreas!.find((f) => f.id === 'forebyggelse')!;
    area.facts![0]!.illustrative = true;
    area.initiatives![0]!.illustrative = false;
    doc.indicators!.find((i) => i.id === 'dagligrygere')!.illustrativeAlsoNational = true;
    const marked = await render(doc, 'forebyggelse', { lang: 'en' });
    await expect(marked).to.be.accessible();
    expect(clean(q(marked, '.fact [part=illustrative]')?.textContent)).to.equal('Example data');
    expect(qa(marked, '.initiative [part=illustrative]')).to.have.length(initiatives.length - 1);
    expect(
      clean(
        q(marked, '[data-indicator=dagligrygere] [part=marker] [part=illustrative]')?.textContent,
      ),
    ).to.equal('Example data');
  });

  it('summarizes the statuses of its indicators: "N forbedret · N stabil …"', async () => {
    const el = await render(consultation, 'naer-psykiatri');
    const summary = clean(q(el, '[part=status-summary]')!.textContent);
    expect(summary).to.match(
      /^Status for indikatorerne: (\d+ (forbedret|forværret|stabil|uden data)(, · )?)+/,
    );
    const sum = [...summary.matchAll(/(\d+) /g)].reduce((n, m) => n + Number(m[1]), 0);
    expect(sum).to.equal(6);
    // Each count carries an icon, not colour alone.
    expect(qa(el, '.status-count svg.status-icon').length).to.be.greaterThan(0);
    expect(clean(q(el, '.counts')!.textContent)).to.equal('2 målsætninger · 6 indikatorer');
  });

  it('marks indicators that are also national with words, not a bare *', async () => {
    const el = await render(consultation, 'forebyggelse');
    const marker = q(el, '[data-indicator=dagligrygere] [part=marker]')!;
    expect(clean(marker.textContent)).to.contain('Også national indikator');
    expect(clean(marker.textContent)).to.contain(
      'sammenfaldende med en indikator under de nationale mål',
    );
  });

  it('heading-level sets the title level (default 2) and sections one below', async () => {
    const el = await render(consultation, 'aeldre');
    expect(q(el, '[part=title]')!.getAttribute('role')).to.equal('heading');
    expect(q(el, '[part=title]')!.getAttribute('aria-level')).to.equal('2');
    expect(q(el, '.section-title')!.getAttribute('aria-level')).to.equal('3');
    const four = await render(consultation, 'aeldre', { 'heading-level': '4' });
    expect(q(four, '[part=title]')!.getAttribute('aria-level')).to.equal('4');
    expect(q(four, '.section-title')!.getAttribute('aria-level')).to.equal('5');
    const deep = await render(consultation, 'aeldre', { 'heading-level': '6' });
    expect(q(deep, '.section-title')!.getAttribute('aria-level')).to.equal('6');
  });

  it('status-filter shows only indicators with those statuses', async () => {
    const el = await render(consultation, 'naer-psykiatri', { 'status-filter': 'no-data' });
    const ids = qa(el, '[part=indicator]').map((li) => li.getAttribute('data-indicator'));
    expect(ids).to.deep.equal(['buc-henvisninger-visitationer', 'kommunale-trivselsdata']);
    expect(clean(q(el, '.none')!.textContent)).to.equal('Ingen indikatorer med den valgte status.');
  });

  it('highlights the indicators in .highlight with a word, not colour alone', async () => {
    const el = await render(consultation, 'aeldre');
    el.highlight = ['akutte-indlaeggelser-aeldre'];
    await el.updateComplete;
    const li = q(el, '[data-indicator=akutte-indlaeggelser-aeldre]')!;
    expect(li.classList.contains('highlighted')).to.equal(true);
    expect(clean(li.textContent)).to.contain('Fremhævet');
  });

  it('passes area on to its sparklines', async () => {
    const el = await render(consultation, 'forebyggelse', { area: '751' });
    const spark = q(el, 'sa-indicator-sparkline')!;
    expect(spark.getAttribute('area')).to.equal('751');
    await (spark as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(clean(shadow(spark).querySelector('[part=value]')!.textContent)).to.equal('11,6 %');
  });

  it('collapsible: the title is a button with aria-expanded, by mouse and keyboard', async () => {
    const el = await render(consultation, 'aeldre', { collapsible: '' });
    await expect(el).to.be.accessible();
    const button = q(el, '[part=toggle]') as HTMLButtonElement;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'sa-toggle');
    expect(event.detail).to.deep.equal({ id: 'aeldre', collapsed: true });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(q(el, '.body')).to.equal(null);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(q(el, '.body')).to.exist;
  });

  it('a collapsed card renders its body while the page prints', async () => {
    const el = await render(consultation, 'aeldre', { collapsible: '', collapsed: '' });
    expect(q(el, '.body')).to.equal(null);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(q(el, '.body')).to.exist;
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(q(el, '.body')).to.equal(null);
  });

  it('lang="en" gives English texts', async () => {
    const el = await render(consultation, 'naer-psykiatri', { lang: 'en' });
    await expect(el).to.be.accessible();
    expect(clean(q(el, '[part=first-focus]')!.textContent)).to.match(/^First focus /);
    expect(clean(q(el, '.section-title')!.textContent)).to.equal('Goals');
    expect(clean(q(el, '[part=status-summary]')!.textContent)).to.match(/improving|stable|no data/);
    expect(clean(q(el, '.counts')!.textContent)).to.equal('2 goals · 6 indicators');
    const spark = q(el, 'sa-indicator-sparkline')!;
    expect(spark.getAttribute('lang')).to.equal('en');
  });

  it('says when the focus area is missing or unknown, with role="alert"', async () => {
    const el = await render(consultation, 'findes-ikke');
    await expect(el).to.be.accessible();
    expect(q(el, '[role=alert]')!.textContent).to.contain(
      'Indsatsområdet "findes-ikke" findes ikke',
    );
  });

  it('shows the skeleton inside an <sa-agreement> without src', async () => {
    const wrapper = await fixture(
      html`<sa-agreement
        ><sa-focus-area-card focus-area="aeldre"></sa-focus-area-card
      ></sa-agreement>`,
    );
    const el = wrapper.querySelector('sa-focus-area-card')!;
    await el.updateComplete;
    expect(q(el, '[part=skeleton]')).to.exist;
  });
});
