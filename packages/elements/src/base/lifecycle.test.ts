import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { Agreement } from '@sundhedsaftale/data';
import '../define.js';
import { sample, shadow } from '../../test/helpers.js';

/** Counts listeners added minus removed on window and document while `fn` runs. */
async function netListeners(fn: () => Promise<void>): Promise<number> {
  let net = 0;
  const targets = [window, document] as EventTarget[];
  const originals = targets.map((t) => [t.addEventListener, t.removeEventListener] as const);
  targets.forEach((t, i) => {
    const [add, remove] = originals[i]!;
    t.addEventListener = function (...args: Parameters<EventTarget['addEventListener']>) {
      net++;
      return add.apply(this, args);
    };
    t.removeEventListener = function (...args: Parameters<EventTarget['removeEventListener']>) {
      net--;
      return remove.apply(this, args);
    };
  });
  try {
    await fn();
  } finally {
    targets.forEach((t, i) => {
      t.addEventListener = originals[i]![0];
      t.removeEventListener = originals[i]![1];
    });
  }
  return net;
}

describe('lifecycle', () => {
  let consultation: Agreement;
  before(async () => {
    consultation = await sample('midt-2019-2023');
    // The first element to render makes the page's one lang observer (base/lang.ts); after that, no
    // element may make any observer of its own.
    const first = await fixture(
      html`<sa-indicator-sparkline
        indicator="dagligrygere"
        .data=${consultation}
      ></sa-indicator-sparkline>`,
    );
    first.remove();
  });

  const ELEMENTS: [string, Record<string, string>, number][] = [
    ['sa-indicator-sparkline', { indicator: 'dagligrygere' }, 1000],
    ['sa-focus-area-card', { 'focus-area': 'forebyggelse' }, 1000],
    ['sa-overview', {}, 200],
  ];
  for (const [tag, attrs, cycles] of ELEMENTS) {
    it(`<${tag}>: ${cycles} connect/disconnect cycles and moves leave no listeners or observers`, async function () {
      this.timeout(60_000);
      const a = await fixture(html`<div></div>`);
      const b = document.createElement('div');
      a.after(b);
      const observers = { resize: 0, mutation: 0, intersection: 0 };
      const Resize = window.ResizeObserver;
      const Mutation = window.MutationObserver;
      const Intersection = window.IntersectionObserver;
      window.ResizeObserver = class extends Resize {
        constructor(cb: ResizeObserverCallback) {
          super(cb);
          observers.resize++;
        }
      };
      window.MutationObserver = class extends Mutation {
        constructor(cb: MutationCallback) {
          super(cb);
          observers.mutation++;
        }
      };
      window.IntersectionObserver = class extends Intersection {
        constructor(cb: IntersectionObserverCallback, o?: IntersectionObserverInit) {
          super(cb, o);
          observers.intersection++;
        }
      };
      try {
        const el = document.createElement(tag) as HTMLElement & {
          data: unknown;
          updateComplete: Promise<boolean>;
        };
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        el.data = consultation;
        const net = await netListeners(async () => {
          for (let i = 0; i < cycles; i++) {
            (i % 2 ? a : b).append(el);
            if (i % 100 === 0) await el.updateComplete;
            el.remove();
          }
        });
        expect(net).to.equal(0);
        expect(observers).to.deep.equal({ resize: 0, mutation: 0, intersection: 0 });
      } finally {
        window.ResizeObserver = Resize;
        window.MutationObserver = Mutation;
        window.IntersectionObserver = Intersection;
        b.remove();
      }
    });
  }

  it('renders inside display:none and stays right when shown', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="display:none"></div>`);
    const el = document.createElement('sa-indicator-sparkline');
    el.indicator = 'tvangsindlaeggelser';
    el.data = consultation;
    host.append(el);
    await el.updateComplete;
    host.style.display = '';
    const svg = shadow(el).querySelector('svg[part=chart]')!;
    expect(svg.getBoundingClientRect().width).to.be.greaterThan(50);
    expect(shadow(el).querySelector('[part=line]')!.getAttribute('d')).to.match(/^M/);
  });

  it('a clone with inline JSON renders on its own', async () => {
    const host = await fixture(html`<div></div>`);
    const el = document.createElement('sa-indicator-sparkline');
    el.setAttribute('indicator', 'tvangsindlaeggelser');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(consultation);
    el.append(script);
    host.append(el);
    await oneEvent(el, 'sa-load');
    const clone = el.cloneNode(true) as HTMLElement;
    host.append(clone);
    await waitUntil(() => clone.shadowRoot?.querySelector('[part=status]'));
    expect(clone.shadowRoot!.querySelector('[part=status]')!.textContent).to.contain('Forværret');
  });

  it('elements in the page before the script loads render once it does', async () => {
    const iframe = document.createElement('iframe');
    const result = new Promise<unknown>((resolve) =>
      window.addEventListener('message', function on(e) {
        if (e.source !== iframe.contentWindow) return;
        window.removeEventListener('message', on);
        resolve(e.data);
      }),
    );
    iframe.srcdoc = `<!doctype html><html lang="da"><body>
      <sa-agreement src="/packages/data/samples/midt-2019-2023.json">
        <sa-indicator-sparkline indicator="dagligrygere"></sa-indicator-sparkline>
        <sa-indicator-sparkline indicator="tvangsindlaeggelser"></sa-indicator-sparkline>
      </sa-agreement>
      <script type="module">
        await new Promise((r) => setTimeout(r, 50));
        await import('/packages/elements/src/define.ts');
        const els = [...document.querySelectorAll('sa-indicator-sparkline')];
        document.querySelector('sa-agreement').addEventListener('sa-load', async () => {
          await Promise.all(els.map((e) => e.updateComplete));
          parent.postMessage(els.map((e) => e.shadowRoot.querySelector('[part=status]')?.textContent.trim()), '*');
        });
      </script></body></html>`;
    document.body.append(iframe);
    try {
      const statuses = (await result) as string[];
      expect(statuses.length).to.equal(2);
      for (const s of statuses) expect(s).to.match(/Forbedret|Forværret|Stabil/);
    } finally {
      iframe.remove();
    }
  });
});

describe('privacy', () => {
  it('requests nothing but the data file, and stores nothing', async () => {
    const before = new Set(performance.getEntriesByType('resource').map((e) => e.name));
    const cookies = document.cookie;
    const stored = [localStorage.length, sessionStorage.length];
    const url = `/packages/data/samples/midt-2024-2027.json?privacy=${Math.random()}`;
    const el = document.createElement('sa-indicator-sparkline');
    el.indicator = 'akutte-genindlaeggelser';
    el.src = url;
    const loaded = oneEvent(el, 'sa-load');
    (await fixture(html`<div></div>`)).append(el);
    await loaded;
    (shadow(el).querySelector('[part=values-toggle]') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 100));
    const requested = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => !before.has(name));
    expect(requested.map((n) => new URL(n).pathname + new URL(n).search)).to.deep.equal([url]);
    expect(document.cookie).to.equal(cookies);
    expect([localStorage.length, sessionStorage.length]).to.deep.equal(stored);
  });
});
