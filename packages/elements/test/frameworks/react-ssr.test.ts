import { expect } from '@open-wc/testing';
import { consoleErrors, loadApp, loaded, recorder, shadowText, TAGS } from './harness.js';

interface SsrApp {
  serverHtml(props: Record<string, unknown>): string;
  hydrate(container: HTMLElement, props: Record<string, unknown>): { unmount(): void };
}

describe('a server-rendered React 19 app: renderToString, then hydrateRoot', () => {
  it('hydrates without warnings, renders from src and calls each onsa-load once', async function () {
    this.timeout(90000); // the first test to ask builds the apps from freshly packed tarballs
    const app = await loadApp<SsrApp>('react-ssr');
    const events = recorder();
    const props = {
      src: '/__test__/sample/midt-2024-2027',
      focusArea: 'psykiatri-og-trivsel',
      indicator: 'mental-sundhed-unge',
      heard: events.handler,
    };
    const html = app.serverHtml(props);
    expect(html).to.contain('src="/__test__/sample/midt-2024-2027"');
    expect(html).to.contain('focus-area="psykiatri-og-trivsel"');

    const console_ = consoleErrors();
    const container = document.body.appendChild(document.createElement('div'));
    try {
      // The server's HTML, as the page arrives with it.
      const page = new DOMParser().parseFromString(html, 'text/html');
      container.append(...Array.from(page.body.childNodes));
      const root = app.hydrate(container, props);
      await loaded(events.count);
      for (const tag of TAGS) {
        const el = container.querySelector(tag)!;
        expect(events.count(tag), `${tag}'s onsa-load`).to.equal(1);
        expect(el.shadowRoot!.querySelector('[role="alert"]'), `${tag} shows no error`).to.equal(
          null,
        );
      }
      expect(shadowText(container.querySelector('sa-indicator-sparkline'))).to.contain('Vis tal');
      expect(console_.errors).to.deep.equal([]);
      root.unmount();
    } finally {
      console_.restore();
      container.remove();
    }
  });
});
