import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../define.js';
import { shadow, unique } from '../../test/helpers.js';

/** Mounts a sparkline on `src` and waits for its first event. */
async function load(src: string, attrs: { timeout?: number; maxBytes?: number } = {}) {
  const el = document.createElement('sa-indicator-sparkline');
  el.indicator = 'dagligrygere';
  if (attrs.timeout) el.timeout = attrs.timeout;
  if (attrs.maxBytes) el.maxBytes = attrs.maxBytes;
  el.src = src;
  const first = Promise.race([oneEvent(el, 'sa-load'), oneEvent(el, 'sa-error')]);
  (await fixture(html`<div></div>`)).append(el);
  const event = await first;
  await el.updateComplete;
  return { el, event };
}

const message = (event: Event) => (event as CustomEvent<{ message: string }>).detail?.message;

describe('a load or parse failure names the file', () => {
  const file = (path: string) => `${location.host}${path}`;

  it('404: host and path, not the query string', async () => {
    const path = '/__test__/status/404/aftale.json';
    const { el, event } = await load(`${path}?token=hemmelig&${unique()}`);
    expect(message(event)).to.equal(`Kunne ikke hente data fra ${file(path)} (404 Ikke fundet).`);
    expect(shadow(el).querySelector('[role=alert]')!.textContent).to.contain(file(path));
  });

  it('a file that is not valid JSON', async () => {
    const { event } = await load(`/__test__/text/aftale.json?${unique()}`);
    expect(message(event)).to.equal(
      `Kunne ikke hente data fra ${file('/__test__/text/aftale.json')}: filen er ikke gyldig JSON.`,
    );
  });

  it('an HTML page served instead of JSON, by its content type or its first character', async () => {
    for (const route of ['html', 'login-as-json']) {
      const path = `/__test__/${route}/aftale.json`;
      const { event } = await load(`${path}?${unique()}`);
      expect(message(event)).to.equal(
        `Kunne ikke hente data fra ${file(path)}: serveren sendte en HTML-side i stedet for JSON-data.`,
      );
    }
  });

  it('a document that breaks the contract', async () => {
    const path = '/packages/data/schema/sundhedsaftale.schema.json';
    const { event } = await load(`${path}?${unique()}`);
    expect(message(event)).to.equal(
      `Data fra ${file(path)} kan ikke vises, fordi de ikke følger dataformatet.`,
    );
  });

  it('in English with lang="en"', async () => {
    const path = '/__test__/status/404/aftale.json';
    const el = document.createElement('sa-indicator-sparkline');
    el.setAttribute('lang', 'en');
    el.indicator = 'dagligrygere';
    el.src = `${path}?${unique()}`;
    const error = oneEvent(el, 'sa-error');
    (await fixture(html`<div></div>`)).append(el);
    expect((await error).detail.message).to.equal(
      `Could not load data from ${file(path)} (404 Not found).`,
    );
    el.src = `/__test__/text/aftale.json?${unique()}`;
    expect((await oneEvent(el, 'sa-error')).detail.message).to.equal(
      `Could not load data from ${file('/__test__/text/aftale.json')}: the file is not valid JSON.`,
    );
  });

  it('never the credentials of a URL', async () => {
    const path = '/__test__/status/404/aftale.json';
    const { event } = await load(`${location.protocol}//anna:hemmelig@${file(path)}?${unique()}`);
    expect(message(event)).to.contain(`Kunne ikke hente data fra ${file(path)}:`);
    expect(message(event)).not.to.match(/anna|hemmelig/);
  });
});

describe('fetching a data file', () => {
  it('410 Gone names the status in Danish', async () => {
    const { el, event } = await load(`/__test__/status/410?${unique()}`);
    expect(message(event)).to.match(/\(410 Fjernet\)\.$/);
    expect(shadow(el).querySelector('[aria-busy=true]')).to.equal(null);
  });

  it('503 is retried, then reported', async () => {
    const { event } = await load(`/__test__/status/503?${unique()}`);
    expect(message(event)).to.match(/\(503 Tjenesten er ikke tilgængelig\)\.$/);
  });

  it('a body past max-bytes is cut off while reading, without Content-Length', async () => {
    const { el, event } = await load(`/__test__/huge?${unique()}`, { maxBytes: 100_000 });
    expect(message(event)).to.match(/: filen er for stor \(over 0,1 MB\)\.$/);
    expect(shadow(el).querySelector('[role=alert]')).to.exist;
  });

  it('a slow trickle still loads within the timeout', async () => {
    const { event } = await load(`/__test__/trickle?${unique()}`);
    expect(event.type).to.equal('sa-load');
  });

  it('a cross-origin file without CORS headers gives the CORS message', async () => {
    const other = `${location.protocol}//127.0.0.1:${location.port}`;
    const origin =
      location.hostname === '127.0.0.1'
        ? `${location.protocol}//localhost:${location.port}`
        : other;
    const { event } = await load(`${origin}/packages/data/samples/midt-2019-2023.json?${unique()}`);
    expect(message(event)).to.match(/tillader ikke adgang fra denne side \(CORS\)\.$/);
  });

  it('offline: fetch fails before any answer, is retried twice, then says there is no connection', async () => {
    const original = window.fetch;
    let calls = 0;
    window.fetch = () => {
      calls++;
      return Promise.reject(new TypeError('Failed to fetch'));
    };
    try {
      const { event } = await load(
        `/packages/data/samples/midt-2019-2023.json?offline=${unique()}`,
      );
      expect(message(event)).to.match(/: ingen forbindelse, eller serveren tillader ikke adgang/);
      expect(calls).to.equal(3);
    } finally {
      window.fetch = original;
    }
  });

  it('a failed refresh keeps the last good data and says it may be out of date', async () => {
    const { el } = await load(`/__test__/flip/${unique()}`);
    const value = shadow(el).querySelector('[part=value]')!.textContent;
    await el.refresh();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part=value]')!.textContent).to.equal(value);
    const note = shadow(el).querySelector('[part=stale]')!;
    expect(note.getAttribute('role')).to.equal('status');
    expect(note.textContent).to.match(/500 Serverfejl.*Tallene herunder kan være forældede\./s);
    await expect(el).to.be.accessible();
  });

  it('<sa-agreement>.refresh() keeps its widgets on the last good data', async () => {
    const agreement = document.createElement('sa-agreement');
    agreement.src = `/__test__/flip/${unique()}`;
    const child = document.createElement('sa-indicator-sparkline');
    child.indicator = 'dagligrygere';
    agreement.append(child);
    const loaded = oneEvent(agreement, 'sa-load');
    (await fixture(html`<div></div>`)).append(agreement);
    await loaded;
    await agreement.refresh();
    await child.updateComplete;
    expect(shadow(child).querySelector('[part=value]')).to.exist;
    expect(shadow(child).querySelector('[part=stale]')!.textContent).to.contain('forældede');
  });
});
