import { expect } from '@open-wc/testing';
import type { Agreement } from '@sundhedsaftale/data';
import { sample } from '../helpers.js';
import {
  consoleErrors,
  expectEachLoadedOnce,
  expectFollowsAreaAndLang,
  loadApp,
  loaded,
  recorder,
  widgetProps,
} from './harness.js';

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
    const vue = app.mount(container, widgetProps(agreement, events.handler));
    await loaded(events.count);
    expectEachLoadedOnce(container, events, (type) => `@${type}`);
    expect(console_.errors).to.deep.equal([]);
    vue.unmount();
  });

  it('follows area and lang changes of its state', async () => {
    const events = recorder();
    const vue = app.mount(container, widgetProps(agreement, events.handler));
    await loaded(events.count);
    await expectFollowsAreaAndLang(container, (next) => Object.assign(vue.state, next));
    expect(console_.errors).to.deep.equal([]);
    vue.unmount();
  });
});
