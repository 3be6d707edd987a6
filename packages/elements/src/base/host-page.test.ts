import { expect, fixture, html } from '@open-wc/testing';
import type { Agreement } from '@sundhedsaftale/data';
import '../define.js';
import { sample, settled, shadow } from '../../test/helpers.js';

const HOSTILE_CSS = `
  html { font-size: 62.5% !important; }
  body { font-size: 1.6rem; line-height: 3; letter-spacing: 0.3em; text-transform: uppercase; white-space: nowrap; }
  * { box-sizing: content-box !important; }
  div, p, span, svg, path, table { color: red; display: inline; }
  :root { --_text: red; --_surface: black; --sa-x: 1; }
  sa-indicator-sparkline, sa-focus-area-card, sa-overview { --_text: red; --_accent: red; margin: 3px; }
`;

/** Loads a page into an iframe and waits for it to post a message. */
async function frame(srcdoc: string): Promise<{ iframe: HTMLIFrameElement; data: unknown }> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '800px';
  iframe.style.height = '600px';
  const message = new Promise<unknown>((resolve) => {
    const onMessage = (e: MessageEvent) => {
      if (e.source !== iframe.contentWindow) return;
      window.removeEventListener('message', onMessage);
      resolve(e.data);
    };
    window.addEventListener('message', onMessage);
  });
  iframe.srcdoc = srcdoc;
  document.body.append(iframe);
  const data = await message;
  return { iframe, data };
}

describe('on a hostile host page', () => {
  let consultation: Agreement;
  let style: HTMLStyleElement;
  before(async () => {
    consultation = await sample('midt-2019-2023');
  });
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
  });
  afterEach(() => style.remove());

  it('keeps its own type, layout and colours under the page CSS', async () => {
    const host = await fixture(
      html`<section style="display: block !important; width: 320px"></section>`,
    );
    const el = document.createElement('sa-indicator-sparkline');
    el.indicator = 'psykiatriske-genindlaeggelser';
    el.data = consultation;
    host.append(el);
    await el.updateComplete;
    const name = shadow(el).querySelector('[part=name]')!;
    const cs = getComputedStyle(name);
    expect(cs.textTransform).to.equal('none');
    expect(cs.whiteSpace).to.equal('normal');
    expect(cs.letterSpacing).to.equal('normal');
    expect(cs.color).not.to.equal('rgb(255, 0, 0)');
    // The page's 62.5 % root size must not shrink the widget: it inherits the body's px size.
    expect(
      parseFloat(getComputedStyle(shadow(el).querySelector('[part=value]')!).fontSize),
    ).to.be.at.least(14);
    const svg = shadow(el).querySelector('svg[part=chart]')!.getBoundingClientRect();
    expect(svg.width).to.be.greaterThan(50);
    expect(el.scrollWidth, 'no horizontal overflow at 320 px').to.be.at.most(el.clientWidth + 1);
  });

  it('fits 320 px at 200 % text size without horizontal scrolling', async () => {
    const host = await fixture(
      html`<section
        style="display: block !important; width: 320px; font-size: 32px !important"
      ></section>`,
    );
    const el = document.createElement('sa-indicator-sparkline');
    el.indicator = 'akutte-indlaeggelser-aeldre';
    el.area = '751';
    el.data = consultation;
    host.append(el);
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320 + 1);
  });

  it('works when the page adds enumerable Object.prototype keys and patches toJSON', async () => {
    const proto = Object.prototype as Record<string, unknown>;
    const arrayProto = Array.prototype as unknown as Record<string, unknown>;
    proto.evil = 'x';
    arrayProto.toJSON = () => 'patched';
    try {
      const el = document.createElement('sa-indicator-sparkline');
      el.indicator = 'tvangsindlaeggelser';
      el.data = structuredClone(consultation);
      const done = settled(el);
      (await fixture(html`<div></div>`)).append(el);
      expect((await done).type).to.equal('sa-load');
      expect(shadow(el).querySelector('[part=status]')!.textContent).to.contain('Forværret');
    } finally {
      delete proto.evil;
      delete arrayProto.toJSON;
    }
  });

  it('works when the page wraps fetch', async () => {
    const original = window.fetch;
    let calls = 0;
    window.fetch = (...args: Parameters<typeof fetch>) => {
      calls++;
      return original(...args);
    };
    try {
      const el = document.createElement('sa-indicator-sparkline');
      el.indicator = 'dagligrygere';
      el.src = `/packages/data/samples/midt-2019-2023.json?wrapped=${Math.random()}`;
      const done = settled(el);
      (await fixture(html`<div></div>`)).append(el);
      expect((await done).type).to.equal('sa-load');
      expect(calls).to.equal(1);
    } finally {
      window.fetch = original;
    }
  });

  it('registers the rest when the page took one tag and wrapped customElements.define', async () => {
    const { data } = await frame(`<!doctype html><html lang="da"><body>
      <script>
        const define = customElements.define.bind(customElements);
        customElements.define = (name, ctor, options) => define(name, ctor, options);
        customElements.define('sa-agreement', class extends HTMLElement {});
        window.addEventListener('error', (e) => parent.postMessage({ error: e.message }, '*'));
      </script>
      <sa-indicator-sparkline indicator="dagligrygere" src="/packages/data/samples/midt-2019-2023.json"></sa-indicator-sparkline>
      <script type="module">
        import '/packages/elements/src/define.ts';
        const el = document.querySelector('sa-indicator-sparkline');
        el.addEventListener('sa-load', () => parent.postMessage({
          ok: el.shadowRoot.querySelector('[part=value]') !== null,
          ours: customElements.get('sa-agreement').name,
        }, '*'));
      </script>
    </body></html>`);
    expect(data).to.deep.equal({ ok: true, ours: '' });
  });
});
