import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  formatChange,
  formatPeriod,
  formatValue,
  label,
  summarize,
  text,
  type Agreement,
} from '@sundhedsaftale/data';
import { generateAgreement } from '@sundhedsaftale/data/testing';
import './define.js';
import type { SaOverview } from './overview.js';
import {
  expectNoLeakedValues,
  printCss,
  renderElement,
  renderedStrings,
  sample,
  shadow,
} from '../../test/helpers.js';

const SAMPLES = ['midt-2019-2023', 'midt-2024-2027'] as const;
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const q = (el: Element, selector: string) => shadow(el).querySelector(selector);
const qa = (el: Element, selector: string) => Array.from(shadow(el).querySelectorAll(selector));

type Updating = Element & { updateComplete?: Promise<unknown> };

/** Waits for the element and every element nested in its shadow tree to finish rendering. */
async function deepUpdate(el: Updating): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await el.updateComplete;
    const nested: Updating[] = [];
    const walk = (root: ShadowRoot) => {
      for (const child of Array.from(root.querySelectorAll('*')) as Updating[]) {
        if (child.updateComplete) nested.push(child);
        if (child.shadowRoot) walk(child.shadowRoot);
      }
    };
    if (el.shadowRoot) walk(el.shadowRoot);
    await Promise.all(nested.map((n) => n.updateComplete));
  }
}

/** All text shown, nested shadow trees included, whitespace collapsed. */
const allText = (el: Element) => clean(renderedStrings(shadow(el)).join(' '));

async function render(
  agreement: Agreement,
  attrs: Record<string, string> = {},
): Promise<SaOverview> {
  const el = await renderElement('sa-overview', agreement, attrs);
  await deepUpdate(el);
  return el;
}

const cards = (el: Element) => qa(el, 'sa-focus-area-card');
const highlightedIds = (el: Element) =>
  cards(el).flatMap((c) =>
    Array.from(shadow(c).querySelectorAll('.indicator.highlighted')).map((li) =>
      li.getAttribute('data-indicator'),
    ),
  );
const liveRegion = (el: Element) => clean(q(el, '[role=status][aria-live=polite]')!.textContent);

describe('<sa-overview>', () => {
  let consultation: Agreement;
  before(async () => {
    consultation = await sample('midt-2019-2023');
  });

  it('is accessible', async () => {
    const el = await render(consultation);
    await expect(el).to.be.accessible();
  });

  for (const name of SAMPLES) {
    it(`renders every vision, focus area, goal statement and indicator name of ${name}`, async () => {
      const doc = await sample(name);
      const el = await render(doc);
      await expect(el).to.be.accessible();
      expectNoLeakedValues(el);
      const shown = allText(el);
      for (const v of doc.visions ?? []) expect(shown).to.contain(clean(text(v.title, 'da')));
      for (const f of doc.focusAreas ?? []) {
        expect(shown).to.contain(clean(text(f.title, 'da')));
        for (const g of f.goals ?? []) expect(shown).to.contain(clean(text(g.statement, 'da')));
      }
      for (const i of doc.indicators ?? []) expect(shown).to.contain(clean(text(i.name, 'da')));
      for (const g of doc.nationalGoals ?? []) expect(shown).to.contain(clean(text(g.title, 'da')));
      expect(cards(el)).to.have.length((doc.focusAreas ?? []).length);
    });

    it(`shows the header of ${name}: title, region, period, stage, parties, Eksempeldata`, async () => {
      const doc = await sample(name);
      const el = await render(doc);
      const header = clean(q(el, '[part=header]')!.textContent);
      expect(clean(q(el, '[part=title]')!.textContent)).to.equal(text(doc.title, 'da'));
      expect(header).to.contain('Region Midtjylland');
      expect(header).to.contain(`${doc.period!.from}–${doc.period!.to}`);
      expect(header).to.contain(label('stage', doc.stage!, 'da'));
      // Parties and, apart, who only helped write the agreement (PLO in 2019-2023).
      for (const c of doc.contributors ?? []) expect(header).to.contain(text(c, 'da'));
      expect(header).to.contain('Har bidraget');
      expect(header).to.match(/Halvårligt \(\d+\)/);
      expect(clean(q(el, '[part=notice]')!.textContent)).to.contain('Eksempeldata');
    });
  }

  it('lays out a card below the first screen only when it comes near it, and prints every card', async () => {
    const el = await render(consultation);
    const all = cards(el);
    expect(all.length).to.be.greaterThan(2);
    for (const c of all) expect(getComputedStyle(c).contentVisibility).to.equal('auto');
    // With the first card on screen, its content is rendered; the last, far below, is skipped.
    const content = (card: Element) => shadow(card).querySelector('[part~="base"]')!;
    all[0]!.scrollIntoView();
    for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
    expect(content(all[0]!).checkVisibility({ contentVisibilityAuto: true })).to.equal(true);
    expect(content(all.at(-1)!).checkVisibility({ contentVisibilityAuto: true })).to.equal(false);
    // On paper every card is rendered in full.
    expect(printCss(el)).to.match(/\.cards > \* \{\s*content-visibility: visible;/);
  });

  it('has no Eksempeldata notice when nothing is marked as an example', async () => {
    const doc = structuredClone(consultation);
    for (const i of doc.indicators ?? []) {
      delete i.illustrative;
      delete i.illustrativeNationalGoalIds;
      delete i.target;
    }
    for (const f of doc.focusAreas ?? [])
      for (const i of f.initiatives ?? []) delete i.illustrative;
    const el = await render(doc);
    expect(q(el, '[part=notice]')).to.equal(null);
  });

  describe('national goals', () => {
    it('a click highlights its indicators, presses the button and announces the count', async () => {
      const el = await render(consultation);
      const button = q(
        el,
        '[part=national-goal][data-goal=overlevelse-og-patientsikkerhed]',
      ) as HTMLElement;
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      button.click();
      await deepUpdate(el);
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      expect(el.getAttribute('national-goal')).to.equal('overlevelse-og-patientsikkerhed');
      const expected = consultation
        .indicators!.filter((i) => i.nationalGoalIds?.includes('overlevelse-og-patientsikkerhed'))
        .map((i) => i.id);
      // Overdødelighed ved psykisk sygdom is both a focus area's and a national goal's indicator.
      expect(expected).to.deep.equal(['overdoedelighed-psykisk-sygdom']);
      expect(highlightedIds(el)).to.deep.equal(expected);
      expect(liveRegion(el)).to.equal(
        '1 indikator hører til Forbedret overlevelse og patientsikkerhed.',
      );
      // The chosen goal's indicators are listed beside it, as compact sparklines.
      expect(qa(el, '.chosen-indicators sa-indicator-sparkline')).to.have.length(expected.length);
      await expect(el).to.be.accessible();

      button.click();
      await deepUpdate(el);
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      expect(highlightedIds(el)).to.deep.equal([]);
      expect(liveRegion(el)).to.equal('Ingen indikatorer er fremhævet.');
    });

    it('works by keyboard: Tab to a goal, Enter or Space toggles it', async () => {
      const el = await render(consultation);
      const buttons = qa(el, '[part=national-goal]') as HTMLElement[];
      buttons[0]!.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(buttons[1]);
      await sendKeys({ press: 'Enter' });
      await deepUpdate(el);
      expect(buttons[1]!.getAttribute('aria-pressed')).to.equal('true');
      const id = buttons[1]!.getAttribute('data-goal')!;
      const linked = consultation.indicators!.filter((i) => i.nationalGoalIds?.includes(id));
      const n = linked.length;
      const inCards = linked.filter((i) =>
        consultation.focusAreas!.some((f) => f.goals?.some((g) => g.indicatorIds?.includes(i.id))),
      );
      expect(highlightedIds(el)).to.have.length(inCards.length);
      expect(liveRegion(el)).to.match(new RegExp(`^${n} indikator`));
      await sendKeys({ press: ' ' });
      await deepUpdate(el);
      expect(buttons[1]!.getAttribute('aria-pressed')).to.equal('false');
    });

    it('lists each national goal’s indicators, marks example links, and says which are followed nationally', async () => {
      const el = await render(consultation);
      await expect(el).to.be.accessible();
      const section = q(el, '[part=national-goals]')!;
      expect(clean(section.querySelector('.national-goals-heading')?.textContent)).to.equal(
        'Bedre kvalitet, sammenhæng og geografisk lighed i sundhedsvæsenet',
      );
      const items = qa(el, '[part=national-goal-item]');
      expect(items).to.have.length(8);
      for (const [i, goal] of consultation.nationalGoals!.entries()) {
        const item = items[i]!;
        const names = consultation
          .indicators!.filter((x) => x.nationalGoalIds?.includes(goal.id))
          .map((x) => text(x.name, 'da'));
        const listed = Array.from(item.querySelectorAll('.national-goal-indicators > li'));
        expect(
          listed.map((li) => clean(li.textContent).replace(/ Eksempeldata$/, '')),
          goal.id,
        ).to.deep.equal(names);
        // The sample's links are all examples (001's picture has no arrows): each says so in words.
        for (const li of listed)
          expect(clean(li.querySelector('[part=illustrative]')?.textContent)).to.equal(
            'Eksempeldata',
          );
        expect(clean(item.querySelector('.followed-nationally')?.textContent), goal.id).to.equal(
          names.length ? '' : 'Indikatorerne følges nationalt, ikke i sundhedsaftalen.',
        );
      }
      expect(clean(q(el, '[part=national-goal-notes]')?.textContent)).to.contain(
        'PLO har tiltrådt de nationale mål men ikke de nationale indikatorer',
      );
      // A link the data does not mark has no mark.
      const doc = structuredClone(consultation);
      for (const i of doc.indicators!) delete i.illustrativeNationalGoalIds;
      const cited = await render(doc);
      expect(qa(cited, '.national-goal-indicators [part=illustrative]')).to.have.length(0);
    });

    it('marks also-national indicators with a self-explaining label', async () => {
      const el = await render(consultation, { view: 'table' });
      const row = q(el, 'tr[data-indicator=dagligrygere]')!;
      expect(row.querySelector('.marker')!.getAttribute('title')).to.contain('nationale mål');
      expect(clean(row.textContent)).to.contain('Også national indikator');
      const other = q(el, 'tr[data-indicator=lup-samarbejde-udskrivelse]')!;
      expect(other.querySelector('.marker')).to.equal(null);
    });
  });

  describe('status filter', () => {
    it('summarizes every status and filters cards and table by one', async () => {
      const el = await render(consultation);
      const summary = clean(q(el, '[part=status-filter] .status-summary')!.textContent);
      const total = [...summary.matchAll(/(\d+) /g)].reduce((n, m) => n + Number(m[1]), 0);
      expect(total).to.equal(consultation.indicators!.length);

      const worsening = q(el, 'input[type=radio][value=worsening]') as HTMLInputElement;
      expect(worsening.closest('label')!.textContent).to.contain('Forværret');
      worsening.click();
      await deepUpdate(el);
      expect(el.getAttribute('status-filter')).to.equal('worsening');
      const ids = cards(el).flatMap((c) =>
        Array.from(shadow(c).querySelectorAll('[part=indicator]')).map((li) =>
          li.getAttribute('data-indicator'),
        ),
      );
      const expected = consultation
        .indicators!.filter((i) => summarize(i).status === 'worsening')
        .map((i) => i.id);
      // The cards show the focus areas' indicators; the national goals' own ones are listed apart.
      const inCards = new Set(
        consultation.focusAreas!.flatMap((f) =>
          (f.goals ?? []).flatMap((g) => g.indicatorIds ?? []),
        ),
      );
      const expectedInCards = expected.filter((id) => inCards.has(id));
      expect(expectedInCards.length).to.be.greaterThan(0);
      expect(ids.sort()).to.deep.equal(expectedInCards.sort());
      expect(liveRegion(el)).to.equal(
        `Viser ${expected.length} af ${consultation.indicators!.length} indikatorer.`,
      );

      (q(el, 'button[data-view=table]') as HTMLElement).click();
      await deepUpdate(el);
      expect(qa(el, 'tbody tr')).to.have.length(expected.length);
    });

    it('is a radio group: arrow keys move the choice', async () => {
      const el = await render(consultation);
      const all = q(el, 'input[type=radio][value=""]') as HTMLInputElement;
      expect(all.checked).to.equal(true);
      all.focus();
      await sendKeys({ press: 'ArrowRight' });
      await deepUpdate(el);
      expect(el.getAttribute('status-filter')).to.equal('improving');
    });
  });

  describe('table view', () => {
    for (const name of SAMPLES) {
      it(`has one row per indicator of ${name}, with correct values`, async () => {
        const doc = await sample(name);
        const el = await render(doc);
        const tableButton = q(el, 'button[data-view=table]') as HTMLElement;
        tableButton.click();
        await deepUpdate(el);
        expect(tableButton.getAttribute('aria-pressed')).to.equal('true');
        expect(el.getAttribute('view')).to.equal('table');
        await expect(el).to.be.accessible();
        expectNoLeakedValues(el);
        const rows = qa(el, 'tbody tr');
        expect(rows).to.have.length(doc.indicators!.length);
        expect(qa(el, 'thead th')).to.have.length(8);
        for (const indicator of doc.indicators!) {
          const row = q(el, `tr[data-indicator="${indicator.id}"]`)!;
          expect(clean(row.querySelector('th[scope=row]')!.textContent)).to.contain(
            text(indicator.name, 'da'),
          );
          const s = summarize(indicator);
          const latest = clean(row.querySelector('[data-col=latest]')!.textContent);
          if (s.latest) {
            expect(latest).to.contain(
              formatValue(s.latest.value, indicator.unit, 'da', s.decimals),
            );
          } else {
            expect(latest).to.equal('–');
          }
          // Both columns name their basis: the change since the previous value, the status since the first.
          expect(clean(row.querySelector('[data-col=change]')!.textContent)).to.equal(
            s.previous
              ? `${formatChange(s.change, indicator.unit, 'da', s.decimals)} siden ${formatPeriod(s.previous.period, 'da')}`
              : '–',
          );
          expect(
            row.querySelector('[data-col=status] .status')!.getAttribute('data-status'),
          ).to.equal(s.status);
          const status = clean(row.querySelector('[data-col=status]')!.textContent);
          if (indicator.state === 'development') expect(status).to.equal('Udviklingsområde');
          else if (s.latest && s.latest === s.first) expect(status).to.equal('Kun én måling');
          else if (s.first && s.status !== 'no-data')
            expect(status).to.equal(
              `${label('status', s.status, 'da')} siden ${formatPeriod(s.first.period, 'da')}`,
            );
          if (indicator.frequency) {
            expect(clean(row.textContent)).to.contain(
              label('frequency', indicator.frequency, 'da'),
            );
          }
        }
      });
    }

    it('sorts by a header button, with aria-sort, ascending then descending', async () => {
      const el = await render(consultation, { view: 'table' });
      const th = () => q(el, 'th:has(button[data-sort=latest])')!;
      expect(th().hasAttribute('aria-sort')).to.equal(false);
      (q(el, 'button[data-sort=latest]') as HTMLElement).click();
      await deepUpdate(el);
      expect(th().getAttribute('aria-sort')).to.equal('ascending');
      const values = () =>
        qa(el, 'tbody tr').map((tr) => {
          const id = tr.getAttribute('data-indicator')!;
          return (
            summarize(consultation.indicators!.find((i) => i.id === id)!).latest?.value ?? null
          );
        });
      const asc = values().filter((v): v is number => v !== null);
      expect(asc).to.deep.equal([...asc].sort((a, b) => a - b));
      expect(values().at(-1)).to.equal(null);

      // Keyboard: the header button is a real button.
      (q(el, 'button[data-sort=latest]') as HTMLElement).focus();
      await sendKeys({ press: 'Enter' });
      await deepUpdate(el);
      expect(th().getAttribute('aria-sort')).to.equal('descending');
      const desc = values().filter((v): v is number => v !== null);
      expect(desc).to.deep.equal([...desc].sort((a, b) => b - a));

      (q(el, 'button[data-sort=indicator]') as HTMLElement).click();
      await deepUpdate(el);
      expect(th().hasAttribute('aria-sort')).to.equal(false);
      const names = qa(el, 'tbody th[scope=row]').map((t) => clean(t.firstChild?.textContent));
      expect(names).to.deep.equal([...names].sort(new Intl.Collator('da').compare));
    });
  });

  describe('area', () => {
    it('area-picker lists the areas; choosing one sets area and changes values', async () => {
      const el = await render(consultation, { 'area-picker': '', view: 'table' });
      const select = q(el, 'select[part=area-picker]') as HTMLSelectElement;
      expect(select.labels?.[0]?.textContent).to.contain('Vis tal for');
      expect(select.options).to.have.length(consultation.areas!.length + 1);
      const before = clean(q(el, 'tr[data-indicator=dagligrygere] [data-col=latest]')!.textContent);
      select.value = '751';
      select.dispatchEvent(new Event('change'));
      await deepUpdate(el);
      expect(el.getAttribute('area')).to.equal('751');
      const after = clean(q(el, 'tr[data-indicator=dagligrygere] [data-col=latest]')!.textContent);
      expect(before).to.contain('13,8 %');
      expect(after).to.contain('11,6 %');
      // Indicators without area series keep the region's figures.
      expect(
        clean(q(el, 'tr[data-indicator=tvangsindlaeggelser] [data-col=latest]')!.textContent),
      ).to.not.equal('–');

      // The cards follow too.
      (q(el, 'button[data-view=overview]') as HTMLElement).click();
      await deepUpdate(el);
      const card = q(el, 'sa-focus-area-card[focus-area=forebyggelse]')!;
      expect(card.getAttribute('area')).to.equal('751');
      const spark = shadow(card).querySelector('sa-indicator-sparkline')!;
      expect(clean(shadow(spark).querySelector('[part=value]')!.textContent)).to.equal('11,6 %');

      select.value = '';
      select.dispatchEvent(new Event('change'));
      await deepUpdate(el);
      expect(el.hasAttribute('area')).to.equal(false);
    });

    for (const area of ['730', '741']) {
      it(`area="${area}" shows that municipality's figures`, async () => {
        const doc = await sample('midt-2024-2027');
        const region = await render(doc, { view: 'table' });
        const local = await render(doc, { view: 'table', area });
        const cell = (el: Element) =>
          clean(q(el, 'tr[data-indicator=akutte-genindlaeggelser] [data-col=latest]')!.textContent);
        expect(cell(local)).to.not.equal(cell(region));
      });
    }
  });

  describe('headings', () => {
    it('heading-level sets the title; sections and cards follow below it', async () => {
      const el = await render(consultation);
      expect(q(el, '[part=title]')!.getAttribute('aria-level')).to.equal('2');
      expect(q(el, '.section-title')!.getAttribute('aria-level')).to.equal('3');
      expect(cards(el)[0]!.getAttribute('heading-level')).to.equal('4');
      const deep = await render(consultation, { 'heading-level': '1' });
      expect(q(deep, '[part=title]')!.getAttribute('aria-level')).to.equal('1');
      expect(cards(deep)[0]!.getAttribute('heading-level')).to.equal('3');
    });
  });

  describe('disclosures', () => {
    it('puts principles and status reports in <details>', async () => {
      const el = await render(consultation);
      const principles = q(el, 'details[part=principles]') as HTMLDetailsElement;
      expect(principles.open).to.equal(false);
      expect(clean(principles.querySelector('summary')!.textContent)).to.equal(
        `Bærende principper (${consultation.principles!.length})`,
      );
      for (const p of consultation.principles!) {
        expect(clean(principles.textContent)).to.contain(text(p.title, 'da'));
      }
      const reports = q(el, 'details[part=status-reports]')!;
      expect(clean(reports.textContent)).to.contain('Midtvejsstatus');
      expect(clean(reports.textContent)).to.contain('Slutstatus');
    });
  });

  describe('language', () => {
    it('lang="en" gives English texts in the overview and the nested elements', async () => {
      const el = await render(consultation, { lang: 'en' });
      await expect(el).to.be.accessible();
      const shown = allText(el);
      expect(shown).to.contain('National goals');
      expect(shown).to.contain('Consultation version');
      expect(shown).to.contain('Example data');
      expect(clean(q(el, 'button[data-view=table]')!.textContent)).to.equal('Table');
      const card = cards(el)[0]!;
      expect(card.getAttribute('lang')).to.equal('en');
      expect(clean(shadow(card).querySelector('.section-title')!.textContent)).to.equal('Goals');
      (q(el, '[part=national-goal]') as HTMLElement).click();
      await deepUpdate(el);
      expect(liveRegion(el)).to.match(/indicators? belongs? to /);
    });
  });

  describe('a generated agreement with 300 indicators', () => {
    it('renders without error, collapsed with counts, and stays keyboard-usable', async () => {
      const doc = generateAgreement({ indicators: 300, points: 40, seed: 1 });
      const el = document.createElement('sa-overview');
      el.data = doc;
      const wrapper = await fixture(html`<div></div>`);
      const start = performance.now();
      const loaded = oneEvent(el, 'sa-load');
      wrapper.append(el);
      await loaded;
      await deepUpdate(el);
      const ms = performance.now() - start;
      console.log(`<sa-overview> first render, 300 indicators × 40 points: ${ms.toFixed(0)} ms`);
      expect(q(el, '[role=alert]')).to.equal(null);
      await expect(el).to.be.accessible();
      const all = cards(el);
      expect(all).to.have.length(doc.focusAreas!.length);
      // Collapsed by default: headers with counts, no sparklines yet.
      expect(all.every((c) => c.hasAttribute('collapsed'))).to.equal(true);
      expect(clean(shadow(all[0]!).querySelector('.counts')!.textContent)).to.equal(
        '3 målsætninger · 25 indikatorer',
      );

      // Keyboard: Tab from "Fold alle sammen" reaches the first card's toggle; Enter opens it.
      (q(el, 'button[data-action=collapse]') as HTMLElement).focus();
      await sendKeys({ press: 'Tab' });
      const toggle = shadow(all[0]!).querySelector('[part=toggle]')!;
      expect(shadow(all[0]!).activeElement).to.equal(toggle);
      await sendKeys({ press: 'Enter' });
      await deepUpdate(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(shadow(all[0]!).querySelectorAll('sa-indicator-sparkline')).to.have.length(25);
      // The choice survives a re-render (e.g. a status filter).
      (q(el, 'input[type=radio][value=improving]') as HTMLElement).click();
      await deepUpdate(el);
      expect(all[0]!.hasAttribute('collapsed')).to.equal(false);

      // "Fold alle ud" opens every card; the table has one row per indicator.
      (q(el, 'input[type=radio][value=""]') as HTMLElement).click();
      (q(el, 'button[data-action=expand]') as HTMLElement).click();
      await deepUpdate(el);
      expect(all.every((c) => !c.hasAttribute('collapsed'))).to.equal(true);
      (q(el, 'button[data-view=table]') as HTMLElement).click();
      await deepUpdate(el);
      expect(qa(el, 'tbody tr')).to.have.length(300);
    });
  });
});
