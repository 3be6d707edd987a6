import { expect } from '@open-wc/testing';
import { parseEmbedParams, safeDataUrl } from './embed-params.js';
import { embedUrl, iframeSnippet, scriptSnippet, type SnippetOptions } from './snippets.js';
import { rendered, waitFor } from './test-helpers.js';

const base = `${location.origin}/packages/embed/dist/`;
const src = `${location.origin}/packages/data/samples/midt-2024-2027.json`;
const page = 'http://example.dk/embed.html';

/** Opens a fresh page (an iframe's srcdoc) whose body is exactly `snippet`, as an editor would paste it. */
async function freshPage(snippet: string, width = 640): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '300';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="da"><title>CMS</title><body>${snippet}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('parseEmbedParams()', () => {
  it('parseEmbedParams("?src=d.json&widget=indicator&indicator=x") resolves src against the page', () => {
    const r = parseEmbedParams('?src=d.json&widget=indicator&indicator=x', page);
    expect(r).to.deep.equal({
      ok: true,
      params: { src: 'http://example.dk/d.json', widget: 'indicator', indicator: 'x', lang: 'da' },
    });
  });

  it('parseEmbedParams() infers the widget from indicator or focus-area, else overview', () => {
    const widget = (q: string) => {
      const r = parseEmbedParams(q, page);
      return r.ok ? r.params.widget : r.problems;
    };
    expect(widget('src=d.json&indicator=x')).to.equal('indicator');
    expect(widget('src=d.json&focus-area=y')).to.equal('focus-area');
    expect(widget('src=d.json')).to.equal('overview');
  });

  it('parseEmbedParams() drops ids the widget does not use, keeps area, lang and id', () => {
    const r = parseEmbedParams(
      'src=d.json&widget=overview&indicator=x&area=751&lang=en-GB&id=a',
      page,
    );
    expect(r).to.deep.equal({
      ok: true,
      params: {
        src: 'http://example.dk/d.json',
        widget: 'overview',
        area: '751',
        lang: 'en',
        id: 'a',
      },
    });
  });

  it('parseEmbedParams() keeps variant=line or compact for an indicator, and ignores others', () => {
    const variant = (q: string) => {
      const r = parseEmbedParams(q, page);
      return r.ok ? r.params.variant : r.problems;
    };
    expect(variant('src=d.json&indicator=x&variant=line')).to.equal('line');
    expect(variant('src=d.json&indicator=x&variant=compact')).to.equal('compact');
    expect(variant('src=d.json&indicator=x&variant=huge')).to.equal(undefined);
    expect(variant('src=d.json&focus-area=y&variant=line')).to.equal(undefined);
  });

  it('parseEmbedParams() lists every problem, in the language asked for', () => {
    const r = parseEmbedParams('src=data:,{}&widget=indicator&lang=en', page);
    expect(r.ok).to.equal(false);
    if (r.ok) return;
    expect(r.lang).to.equal('en');
    expect(r.problems).to.have.length(2);
    expect(r.problems.join(' '))
      .to.contain('"data:,{}" cannot be used')
      .and.contain('which indicator');
  });

  it('parseEmbedParams() refuses very long values', () => {
    const r = parseEmbedParams(`src=${'a'.repeat(3000)}`, page);
    expect(r.ok).to.equal(false);
  });

  it('safeDataUrl() accepts only http(s) and relative URLs', () => {
    expect(safeDataUrl('https://x.dk/a.json', page)).to.equal('https://x.dk/a.json');
    expect(safeDataUrl('/a.json', page)).to.equal('http://example.dk/a.json');
    expect(safeDataUrl('javascript:alert(1)', page)).to.equal(undefined);
    expect(safeDataUrl('blob:http://example.dk/x', page)).to.equal(undefined);
    expect(safeDataUrl('//evil.example/a.json', 'https://example.dk/')).to.equal(
      'https://evil.example/a.json',
    );
  });
});

describe('snippets', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  const options: SnippetOptions = {
    base,
    src,
    widget: 'indicator',
    indicator: 'psykiatriske-genindlaeggelser',
    area: '751',
  };

  it('scriptSnippet() is one module script and the element with its attributes', () => {
    expect(
      scriptSnippet({ ...options, base: 'https://x.dk/sa', src: 'https://x.dk/d.json' }),
    ).to.equal(
      '<script type="module" src="https://x.dk/sa/sundhedsaftale.js"></script>\n' +
        '<sa-indicator-sparkline src="https://x.dk/d.json" indicator="psykiatriske-genindlaeggelser" area="751"></sa-indicator-sparkline>',
    );
  });

  it('scriptSnippet() and embedUrl() carry variant="line" for an indicator only', () => {
    expect(scriptSnippet({ ...options, variant: 'line' })).to.contain(
      'indicator="psykiatriske-genindlaeggelser" variant="line" area="751"',
    );
    expect(new URL(embedUrl({ ...options, variant: 'line' })).searchParams.get('variant')).to.equal(
      'line',
    );
    expect(scriptSnippet({ ...options, widget: 'overview', variant: 'line' })).not.to.contain(
      'variant',
    );
  });

  it('scriptSnippet() escapes attribute values', () => {
    expect(scriptSnippet({ ...options, indicator: '"><script>' })).to.contain(
      'indicator="&quot;>&lt;script>"',
    );
  });

  it('embedUrl() and iframeSnippet() give embed.html the same parameters', () => {
    const url = new URL(embedUrl({ ...options, lang: 'en' }));
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      widget: 'indicator',
      src,
      indicator: 'psykiatriske-genindlaeggelser',
      area: '751',
      lang: 'en',
    });
    const snippet = iframeSnippet(options);
    expect(snippet).to.match(/^<iframe src="[^"]+embed\.html\?widget=indicator&amp;src=/);
    expect(snippet).to.contain('title="Sundhedsaftalen: indikator"');
    expect(snippet).to.contain(`<script src="${base}embed-host.js" defer></script>`);
  });

  it('the script snippet, pasted into a fresh page, renders', async () => {
    const frame = await freshPage(scriptSnippet(options));
    const root = await rendered(frame, 'sa-indicator-sparkline');
    expect(root.querySelector('[role="alert"]')?.textContent ?? null).to.equal(null);
    expect(root.textContent).to.contain('Vis tal');
  });

  it('the script snippet with variant="line", pasted into a sentence, renders the line and the value', async () => {
    const frame = await freshPage(
      `<p>Genindlæggelser: ${scriptSnippet({ ...options, variant: 'line' })}</p>`,
    );
    const root = await rendered(frame, 'sa-indicator-sparkline');
    expect(root.querySelector('path[part=line]')?.getAttribute('d')).to.match(/^M/);
    expect(root.querySelector('[part=value]')?.textContent).to.match(/%/);
    expect(root.textContent).not.to.contain('Vis tal');
  });

  it('the iframe page shows variant="line" when asked', async () => {
    const frame = await freshPage(iframeSnippet({ ...options, variant: 'line' }));
    const inner = await waitFor(
      () => frame.contentDocument?.querySelector('iframe'),
      'the pasted iframe',
    );
    await waitFor(() => inner.contentDocument?.readyState === 'complete', 'embed.html to load');
    const root = await rendered(inner, 'sa-indicator-sparkline');
    expect((root.host as Element).getAttribute('variant')).to.equal('line');
    expect(root.textContent).not.to.contain('Vis tal');
  });

  it("scriptSnippet() for the comparison links the comparison's own file", () => {
    expect(
      scriptSnippet({
        ...options,
        widget: 'comparison',
        base: 'https://x.dk/sa/',
        src: 'https://x.dk/d.json',
      }),
    ).to.equal(
      '<script type="module" src="https://x.dk/sa/sundhedsaftale-comparison.js"></script>\n' +
        '<sa-area-comparison src="https://x.dk/d.json" indicator="psykiatriske-genindlaeggelser" area="751"></sa-area-comparison>',
    );
  });

  it('the comparison, pasted as script or as iframe into a fresh page, renders every area', async () => {
    const comparison = {
      ...options,
      widget: 'comparison',
      indicator: 'faerdigbehandlingsdage',
    } as const;
    const script = await freshPage(scriptSnippet(comparison));
    const root = await rendered(script, 'sa-area-comparison');
    expect(root.querySelectorAll('tbody tr').length).to.equal(3);
    expect(root.querySelector('[role="alert"]')).to.equal(null);

    const snippet = iframeSnippet(comparison);
    expect(snippet)
      .to.contain('widget=comparison')
      .and.contain('title="Sundhedsaftalen: kommunerne sammenlignet"');
    const frame = await freshPage(snippet, 900);
    const inner = await waitFor(
      () => frame.contentDocument?.querySelector('iframe'),
      'the pasted iframe',
    );
    await waitFor(() => inner.contentDocument?.readyState === 'complete', 'embed.html to load');
    const framed = await rendered(inner, 'sa-area-comparison');
    expect(framed.querySelectorAll('tbody tr').length).to.equal(3);
    await waitFor(() => {
      const h = parseFloat(inner.style.height);
      const content = Math.ceil(inner.contentDocument?.body.getBoundingClientRect().height ?? 0);
      return h > 100 && h === content;
    }, 'embed-host.js to size it to its content');
  });

  it('the iframe snippet, pasted into a fresh page, renders and is sized to its content', async () => {
    const frame = await freshPage(iframeSnippet({ ...options, widget: 'overview' }), 900);
    const inner = await waitFor(
      () => frame.contentDocument?.querySelector('iframe'),
      'the pasted iframe',
    );
    await waitFor(() => inner.contentDocument?.readyState === 'complete', 'embed.html to load');
    await rendered(inner, 'sa-overview');
    // The first report may come from the loading state; wait for the frame to match the rendered content.
    const height = await waitFor(() => {
      const h = parseFloat(inner.style.height);
      const content = Math.ceil(inner.contentDocument?.body.getBoundingClientRect().height ?? 0);
      return h > 100 && h === content ? h : 0;
    }, 'embed-host.js to size it to its content');
    expect(height).to.be.greaterThan(100);
    expect(inner.title).to.equal('Sundhedsaftalen: overblik');
  });
});
