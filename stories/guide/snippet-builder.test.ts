import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './snippet-builder.js';
import type { SaSnippetBuilder } from './snippet-builder.js';

const SAMPLE = `${location.origin}/packages/data/samples/midt-2024-2027.json`;
const BASE = `${location.origin}/packages/embed/dist/`;

const $ = <T extends Element>(el: SaSnippetBuilder, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const status = (el: SaSnippetBuilder) => $(el, 'fieldset [role=status]').textContent!.trim();

/** The builder pointed at the repository's sample, once it has loaded it. */
async function builder(dataUrl = SAMPLE): Promise<SaSnippetBuilder> {
  const el = await fixture<SaSnippetBuilder>(
    html`<sa-snippet-builder .dataUrl=${dataUrl} .base=${BASE}></sa-snippet-builder>`,
  );
  await waitUntil(() => !status(el).startsWith('Henter'), 'the data file to load', {
    timeout: 5000,
  });
  return el;
}

async function choose(el: SaSnippetBuilder, selector: string, value: string) {
  const select = $<HTMLSelectElement>(el, selector);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('<sa-snippet-builder> (the editors’ guide)', () => {
  it('loads the data file, says so, and is accessible', async () => {
    const el = await builder();
    expect(status(el)).to.match(/^Hentet: /);
    expect($(el, '#indicator').hasAttribute('disabled')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('writes the script code for the chosen indicator, area and language, and previews it', async () => {
    const el = await builder();
    await choose(el, '#indicator', 'psykiatriske-genindlaeggelser');
    await choose(el, '#area', '751');
    $<HTMLInputElement>(el, 'input[name=lang]:not(:checked)').click();
    await el.updateComplete;
    const code = $(el, '#code-script').textContent!;
    expect(code).to.contain(`<script type="module" src="${BASE}sundhedsaftale.js"></script>`);
    expect(code).to.contain('<sa-indicator-sparkline');
    expect(code).to.contain('indicator="psykiatriske-genindlaeggelser"');
    expect(code).to.contain('area="751"');
    expect(code).to.contain('lang="en"');
    const preview = $(el, '.preview sa-indicator-sparkline');
    expect(preview.getAttribute('indicator')).to.equal('psykiatriske-genindlaeggelser');
    expect(preview.getAttribute('area')).to.equal('751');
  });

  it('offers the comparison: only indicators with area figures, its own file, and a live preview', async () => {
    const el = await builder();
    await choose(el, '#indicator', 'psykiatriske-genindlaeggelser'); // no figures per area
    const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name=widget]')];
    radios.find((r) => r.parentElement!.textContent!.includes('sammenlignet'))!.click();
    await el.updateComplete;
    const options = [...el.shadowRoot!.querySelectorAll<HTMLOptionElement>('#indicator option')];
    expect(options.map((o) => o.value)).to.include('faerdigbehandlingsdage');
    expect(options.map((o) => o.value)).not.to.include('psykiatriske-genindlaeggelser');
    const code = $(el, '#code-script').textContent!;
    expect(code).to.contain(`src="${BASE}sundhedsaftale-comparison.js"`);
    expect(code).to.match(/<sa-area-comparison [^>]*indicator="[^"]+"/);
    expect($(el, '#code-iframe').textContent).to.contain('widget=comparison');
    const preview = $(el, '.preview sa-area-comparison');
    expect(options.map((o) => o.value)).to.include(preview.getAttribute('indicator')!);
    await waitUntil(() => preview.shadowRoot?.querySelectorAll('tbody tr').length, 'the preview');
    await expect(el).to.be.accessible();
  });

  it('offers the short view (variant="line") for an indicator, in the code and the preview', async () => {
    const el = await builder();
    await choose(el, '#variant', 'line');
    expect($(el, '#code-script').textContent).to.contain('variant="line"');
    expect($(el, '#code-iframe').textContent).to.contain('variant=line');
    expect($(el, '.preview sa-indicator-sparkline').getAttribute('variant')).to.equal('line');
  });

  it('switches to a focus area and writes its iframe code with the height script', async () => {
    const el = await builder();
    const radios = el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name=widget]');
    radios[1]!.click(); // "Ét indsatsområde"
    await el.updateComplete;
    const focusArea = $<HTMLSelectElement>(el, '#focus-area');
    expect(focusArea.value).to.not.equal('');
    const code = $(el, '#code-iframe').textContent!;
    expect(code).to.contain('<iframe');
    expect(code).to.contain(`focus-area=${encodeURIComponent(focusArea.value)}`);
    expect(code).to.contain(`<script src="${BASE}embed-host.js" defer></script>`);
  });

  it('says why when the data file cannot be fetched, and offers nothing to pick', async () => {
    const el = await builder(`${location.origin}/__test__/status/404`);
    expect(status(el)).to.match(/^Datafilen kunne ikke hentes\. Serveren svarede 404\./);
    expect($(el, 'fieldset [role=status]').classList.contains('error')).to.equal(true);
    expect($(el, '#indicator').hasAttribute('disabled')).to.equal(true);
    expect($(el, '.preview').childElementCount).to.equal(0);
  });

  /** Runs `body` with `navigator.clipboard.writeText` replaced by `writeText`. */
  async function withClipboard(
    writeText: (text: string) => Promise<void>,
    body: () => Promise<void>,
  ) {
    const clipboard = navigator.clipboard;
    Object.defineProperty(clipboard, 'writeText', { value: writeText, configurable: true });
    try {
      await body();
    } finally {
      delete (clipboard as { writeText?: unknown }).writeText;
    }
  }
  const announced = (el: SaSnippetBuilder) =>
    waitUntil(() => $(el, '[aria-live=polite]').textContent!.trim(), 'an announcement').then(() =>
      $(el, '[aria-live=polite]').textContent!.trim(),
    );

  it('copies the script code and says "Kopieret"', async () => {
    const el = await builder();
    const copied: string[] = [];
    await withClipboard(
      async (text) => void copied.push(text),
      async () => {
        $<HTMLButtonElement>(el, '#code-script ~ button').click();
        expect(await announced(el)).to.equal('Kopieret');
      },
    );
    expect(copied).to.deep.equal([el.scriptCode]);
  });

  it('selects the code and says how to copy it when the clipboard is refused', async () => {
    const el = await builder();
    await withClipboard(
      () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
      async () => {
        $<HTMLButtonElement>(el, '#code-iframe ~ button').click();
        expect(await announced(el)).to.match(
          /^Koden kunne ikke kopieres automatisk\. Den er markeret/,
        );
      },
    );
    expect(getSelection()!.toString()).to.contain('<iframe');
  });
});
