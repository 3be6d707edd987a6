import { expect, waitUntil } from '@open-wc/testing';
import type { Agreement } from '@sundhedsaftale/data';
import { sample } from '../helpers.js';
import { consoleErrors, loadApp, loaded, recorder, shadowText, TAGS } from './harness.js';

interface VueApp {
  mount(
    container: HTMLElement,
    props: Record<string, unknown>,
  ): { state: Record<string, unknown>; unmount(): void };
}

describe('a Vue 3 app (bundled from the packed tarballs)', () => {
  let container: HTMLElement;
  let agreement: Agreement;
  let app: VueApp;
  let console_: ReturnType<typeof consoleErrors>;

  before(async function () {
    this.timeout(90000); // the first test to ask builds the apps from freshly packed tarballs
    app = await loadApp<VueApp>('vue-app');
    agreement = await sample('midt-2024-2027');
  });
  beforeEach(() => {
    container = document.body.appendChild(document.createElement('div'));
    console_ = consoleErrors();
  });
  afterEach(() => {
    console_.restore();
    container.remove();
  });

  it('renders every widget from :data.prop, each handler hearing its own element once', async () => {
    const events = recorder();
    const vue = app.mount(container, {
      agreement,
      focusArea: 'psykiatri-og-trivsel',
      indicator: 'mental-sundhed-unge',
      heard: events.handler,
    });
    await loaded(events.count);
    for (const tag of TAGS) {
      const el = container.querySelector(tag)!;
      expect(events.count(tag), `${tag}'s @sa-load`).to.equal(1);
      expect(events.count(tag, 'sa-error'), `${tag}'s @sa-error`).to.equal(0);
      expect(events.heard.filter((h) => h.tag === tag).every((h) => h.target === el)).to.be.true;
      expect(el.shadowRoot!.querySelector('[role="alert"]'), `${tag} shows no error`).to.equal(
        null,
      );
    }
    expect(shadowText(container.querySelector('sa-indicator-sparkline'))).to.contain('Vis tal');
    expect(console_.errors).to.deep.equal([]);
    vue.unmount();
  });

  it('follows area and lang changes of its state', async () => {
    const events = recorder();
    const vue = app.mount(container, {
      agreement,
      focusArea: 'psykiatri-og-trivsel',
      indicator: 'mental-sundhed-unge',
      heard: events.handler,
    });
    await loaded(events.count);
    const sparkline = () => shadowText(container.querySelector('sa-indicator-sparkline'));
    const card = () => shadowText(container.querySelector('sa-focus-area-card'));
    expect(sparkline()).not.to.contain('Aarhus Kommune');

    vue.state.area = '751';
    await waitUntil(() => sparkline().includes('Tal for Aarhus Kommune'), 'the sparkline follows');
    await waitUntil(() => card().includes('Tal for Aarhus Kommune'), 'the card follows');

    vue.state.lang = 'en';
    await waitUntil(() => sparkline().includes('Figures for Aarhus Kommune'), 'English');
    await waitUntil(() => card().includes('Figures for Aarhus Kommune'), 'the card in English');
    expect(sparkline()).not.to.contain('Vis tal');
    expect(console_.errors).to.deep.equal([]);
    vue.unmount();
  });
});
