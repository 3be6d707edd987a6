import { expect } from '@open-wc/testing';
import { rendered, waitFor } from './test-helpers.js';
import type { ResizeMessage } from './embed.js';

const page = '/packages/embed/dist/embed.html';
const sample = '/packages/data/samples/midt-2019-2023.json';
const listeners: ((event: MessageEvent<ResizeMessage>) => void)[] = [];
const url = (query: Record<string, string>) => `${page}?${new URLSearchParams(query).toString()}`;

/** Opens embed.html with `query`, listening for its messages from the first one on. */
async function openEmbed(query: Record<string, string>, width = 400) {
  const frame = document.createElement('iframe');
  const heights: number[] = [];
  const messages: ResizeMessage[] = [];
  const listener = (event: MessageEvent<ResizeMessage>) => {
    if (event.source !== frame.contentWindow || event.data?.type !== 'sundhedsaftale:resize')
      return;
    messages.push(event.data);
    heights.push(event.data.height);
  };
  window.addEventListener('message', listener);
  listeners.push(listener);
  const opened = await openFrameWith(frame, url(query), width);
  return { frame: opened, heights, messages };
}

async function openFrameWith(frame: HTMLIFrameElement, src: string, width: number) {
  frame.width = String(width);
  frame.height = '150';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

const alertText = (frame: HTMLIFrameElement) =>
  waitFor(
    () => frame.contentDocument?.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' '),
    'the message in the frame',
  );

const widgets: { widget: string; tag: string; query: Record<string, string> }[] = [
  { widget: 'indicator', tag: 'sa-indicator-sparkline', query: { indicator: 'dagligrygere' } },
  { widget: 'focus-area', tag: 'sa-focus-area-card', query: { 'focus-area': 'forebyggelse' } },
  { widget: 'overview', tag: 'sa-overview', query: {} },
  { widget: 'comparison', tag: 'sa-area-comparison', query: { indicator: 'dagligrygere' } },
];

describe('embed.html', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    for (const listener of listeners.splice(0)) window.removeEventListener('message', listener);
    for (const frame of frames.splice(0)) frame.remove();
    document.querySelectorAll('iframe').forEach((f) => f.remove());
  });

  for (const { widget, tag, query } of widgets) {
    it(`renders widget=${widget} as <${tag}> and reports a numeric height`, async () => {
      const { frame, heights } = await openEmbed({ src: sample, widget, ...query });
      const root = await rendered(frame, tag);
      expect(root.querySelector('[role="alert"]')?.textContent ?? null).to.equal(null);
      // The last message carries the rendered content's height (earlier ones may be the loading state).
      const height = await waitFor(() => {
        const last = heights[heights.length - 1];
        const content = Math.ceil(frame.contentDocument!.body.getBoundingClientRect().height);
        return last === content && last > 40 ? last : 0;
      }, 'a message with the content height');
      expect(height).to.be.a('number');
    });
  }

  it("widget=comparison loads the comparison's own file and shows every area, the chosen one marked", async () => {
    const { frame } = await openEmbed({
      src: sample,
      widget: 'comparison',
      indicator: 'dagligrygere',
      area: '751',
    });
    const root = await rendered(frame, 'sa-area-comparison');
    expect(root.querySelectorAll('tbody tr').length).to.equal(3);
    expect(root.querySelector('tr[aria-current="true"] th')?.textContent).to.contain('Aarhus');
    const loadedFiles = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname.split('/').pop());
    expect(loadedFiles).to.include('sundhedsaftale-comparison.js');
  });

  it("says which file to upload when the comparison's file is missing beside embed.html", async () => {
    const frame = document.createElement('iframe');
    frames.push(frame);
    const query = new URLSearchParams({
      src: sample,
      widget: 'comparison',
      indicator: 'dagligrygere',
    });
    await openFrameWith(frame, `/__test__/embed-dist/embed.html?${query.toString()}`, 400);
    expect(await alertText(frame)).to.match(
      /Filen sundhedsaftale-comparison\.js kunne ikke hentes\. Læg den i samme mappe som embed\.html\./,
    );
  });

  it("other widgets do not load the comparison's file", async () => {
    const { frame } = await openEmbed({ src: sample, indicator: 'dagligrygere' });
    await rendered(frame, 'sa-indicator-sparkline');
    const loadedFiles = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname.split('/').pop());
    expect(loadedFiles).not.to.include('sundhedsaftale-comparison.js');
  });

  it('passes area and lang on, and echoes id in its messages', async () => {
    const { frame, messages } = await openEmbed({
      src: sample,
      widget: 'indicator',
      indicator: 'dagligrygere',
      area: '751',
      lang: 'en',
      id: 'smoking',
    });
    const root = await rendered(frame, 'sa-indicator-sparkline');
    const el = frame.contentDocument!.querySelector('sa-indicator-sparkline')!;
    expect(el.getAttribute('area')).to.equal('751');
    expect(frame.contentDocument!.documentElement.lang).to.equal('en');
    expect(root.textContent).to.match(/Show values/);
    await waitFor(() => messages.length > 0, 'a resize message');
    expect(messages[0]).to.include({ type: 'sundhedsaftale:resize', id: 'smoking' });
  });

  it('reports a larger height when a disclosure opens, and embed-host.js sizes the iframe to it', async () => {
    await new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/packages/embed/dist/embed-host.js';
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(script);
    });
    const { frame, heights } = await openEmbed({
      src: sample,
      widget: 'indicator',
      indicator: 'tvangsindlaeggelser',
    });
    const root = await rendered(frame, 'sa-indicator-sparkline');
    // Settled: the last reported height is the content's height, and the host has sized the frame to it.
    const settled = (what: string, ok: (height: number) => boolean) =>
      waitFor(() => {
        const last = heights[heights.length - 1] ?? 0;
        const content = Math.ceil(frame.contentDocument!.body.getBoundingClientRect().height);
        return last === content && frame.style.height === `${last}px` && ok(last) ? last : 0;
      }, what);
    const before = await settled('embed-host.js to size the frame', () => true);
    const toggle = root.querySelector<HTMLButtonElement>('[part=values-toggle]')!;
    toggle.click();
    const grown = await settled(
      'the frame to grow after opening "Vis tal"',
      (h) => h > before + 40,
    );
    // The frame is as tall as its content: nothing to scroll.
    const doc = frame.contentDocument!.documentElement;
    expect(doc.scrollHeight).to.be.at.most(frame.clientHeight + 1);
    toggle.click();
    await settled('the frame to shrink back', (h) => h < grown - 40);
  });

  it('embed-host.js resizes only the frame that sent the message', async () => {
    const a = await openEmbed({ src: sample, indicator: 'dagligrygere' });
    const other = document.createElement('iframe');
    other.style.height = '123px';
    document.body.append(other);
    frames.push(other);
    await rendered(a.frame, 'sa-indicator-sparkline');
    await waitFor(() => a.frame.style.height !== '', 'the embed frame to be sized');
    expect(other.style.height).to.equal('123px');
  });

  describe('with bad parameters shows a message in the frame', () => {
    const cases: [string, Record<string, string>, RegExp][] = [
      [
        'no src',
        { widget: 'overview' },
        /Sundhedsaftalen kan ikke vises.*mangler datafilen: tilføj src=/,
      ],
      [
        'a javascript: src',
        { src: 'javascript:alert(1)', widget: 'overview' },
        /"javascript:alert\(1\)" kan ikke bruges: den skal begynde med https:\/\/ eller http:\/\//,
      ],
      ['an unknown widget', { src: sample, widget: 'kort' }, /Ukendt widget "kort"/],
      [
        'an indicator widget without indicator',
        { src: sample, widget: 'indicator' },
        /Angiv hvilken indikator/,
      ],
      [
        'a comparison without indicator',
        { src: sample, widget: 'comparison' },
        /Angiv hvilken indikator/,
      ],
      [
        'a focus-area widget without focus area',
        { src: sample, widget: 'focus-area' },
        /Angiv hvilket indsatsområde/,
      ],
      ['no src, in English with lang=en', { lang: 'en' }, /cannot be shown.*lacks the data file/],
    ];
    for (const [name, query, expected] of cases) {
      it(name, async () => {
        const { frame, heights } = await openEmbed(query);
        expect(await alertText(frame)).to.match(expected);
        await waitFor(() => heights.length > 0, 'a resize message');
      });
    }

    it('an indicator that is not in the data: the element says so', async () => {
      const { frame } = await openEmbed({
        src: sample,
        widget: 'indicator',
        indicator: 'findes-ikke',
      });
      const root = await rendered(frame, 'sa-indicator-sparkline');
      const alert = await waitFor(
        () => root.querySelector('[role="alert"]'),
        'the element message',
      );
      expect(alert.textContent).to.contain('findes-ikke');
    });
  });

  it('is styled by its own stylesheet under its strict CSP', async () => {
    const { frame } = await openEmbed({ src: sample, indicator: 'dagligrygere' });
    await rendered(frame, 'sa-indicator-sparkline');
    const body = frame.contentDocument!.body;
    expect(frame.contentWindow!.getComputedStyle(body).display).to.equal('flow-root');
    const csp = frame.contentDocument!.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp?.getAttribute('content')).to.contain("require-trusted-types-for 'script'");
  });
});
