import { expect } from '@open-wc/testing';
import { consoleErrors, loadApp, loaded, recorder, shadowText, TAGS } from './harness.js';

interface SsrApp {
  serverHtml(props: Record<string, unknown>): string | Promise<string>;
  hydrate(container: HTMLElement, props: Record<string, unknown>): unknown;
}

const apps = [
  ['react-ssr', 'React 19: renderToString, then hydrateRoot'],
  ['vue-ssr', 'Vue 3: renderToString, then createSSRApp().mount()'],
] as const;

for (const [name, title] of apps)
  describe(`a server-rendered app, ${title}`, () => {
    it('hydrates without warnings, renders from src and calls each sa-load handler once', async function () {
      this.timeout(90000); // the first test to ask builds the apps from freshly packed tarballs
      const app = await loadApp<SsrApp>(name);
      const events = recorder();
      const props = {
        src: '/__test__/sample/midt-2024-2027',
        focusArea: 'psykiatri-og-trivsel',
        indicator: 'mental-sundhed-unge',
        heard: events.handler,
      };
      const html = await app.serverHtml(props);
      expect(html).to.contain('src="/__test__/sample/midt-2024-2027"');
      expect(html).to.contain('focus-area="psykiatri-og-trivsel"');
      expect(html, 'nothing but attributes: no data').not.to.contain('Psykiatri');

      const console_ = consoleErrors();
      const container = document.body.appendChild(document.createElement('div'));
      try {
        // The server's HTML, as the page arrives with it.
        const page = new DOMParser().parseFromString(html, 'text/html');
        container.append(...Array.from(page.body.childNodes));
        app.hydrate(container, props);
        await loaded(events.count);
        for (const tag of TAGS) {
          const el = container.querySelector(tag)!;
          expect(events.count(tag), `${tag}'s sa-load handler`).to.equal(1);
          expect(el.shadowRoot!.querySelector('[role="alert"]'), `${tag} shows no error`).to.equal(
            null,
          );
        }
        expect(shadowText(container.querySelector('sa-indicator-sparkline'))).to.contain('Vis tal');
        expect(console_.errors).to.deep.equal([]);
      } finally {
        console_.restore();
        container.remove();
      }
    });
  });
