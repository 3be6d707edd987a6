import { expect, fixture, html } from '@open-wc/testing';
import type { Agreement } from '@sundhedsaftale/data';
import '../define.js';
import { buildCorpus, type CorpusCase } from '../../../data/test/hostile-corpus.js';
import { renderedStrings, sample, settled } from '../../test/helpers.js';

declare global {
  interface Window {
    __saXss?: number;
  }
}

/** Every element in the element's shadow tree and the shadow trees inside it. */
function deepElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const el of Array.from(node.querySelectorAll('*'))) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return out;
}

const TAGS: [string, (a: Agreement) => Record<string, string>][] = [
  ['sa-indicator-sparkline', (a) => ({ indicator: a.indicators![0]!.id })],
  ['sa-focus-area-card', (a) => ({ 'focus-area': a.focusAreas![0]!.id })],
  ['sa-overview', () => ({})],
];

describe('every element on the bad-input corpus', () => {
  let consultation: Agreement;
  let corpus: CorpusCase[];
  const pageErrors: string[] = [];
  const onError = (e: ErrorEvent) => pageErrors.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => pageErrors.push(String(e.reason));

  before(async () => {
    consultation = await sample('midt-2019-2023');
    corpus = buildCorpus(consultation);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  for (const [tag, attrsFor] of TAGS) {
    it(`<${tag}> shows what is valid or a clear error, and nothing runs`, async function () {
      this.timeout(120_000);
      for (const c of corpus) {
        const el = document.createElement(tag);
        for (const [k, v] of Object.entries(attrsFor(consultation))) el.setAttribute(k, v);
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = c.text;
        el.append(script);
        const host = await fixture(html`<div></div>`);
        const done = settled(el);
        host.append(el);
        const event = await done;
        const root = el.shadowRoot!;

        if (c.expect !== 'valid') {
          expect(event.type, c.id).to.equal('sa-error');
          expect(root.querySelector('[role=alert]'), c.id).to.exist;
        }
        const elements = deepElements(root);
        const tags = elements.map((e) => e.localName);
        for (const bad of ['img', 'script', 'iframe', 'object', 'embed', 'style']) {
          expect(tags, `${c.id}: <${bad}> in the shadow tree`).not.to.include(bad);
        }
        for (const a of elements.filter((e) => e.localName === 'a')) {
          const href = a.getAttribute('href') ?? '';
          expect(new URL(href, location.href).protocol, `${c.id}: ${href}`).to.match(/^https?:$/);
        }
        const leaked = renderedStrings(root).filter((s) =>
          /\bNaN\b|\bundefined\b|\[object Object\]|Infinity/.test(s),
        );
        expect(leaked, c.id).to.deep.equal([]);
        expect(window.__saXss, c.id).to.equal(undefined);
        expect(({} as Record<string, unknown>).saPolluted, c.id).to.equal(undefined);
        expect(pageErrors, c.id).to.deep.equal([]);
        host.remove();
      }
    });
  }
});
