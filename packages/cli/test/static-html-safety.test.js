/* global document, window, getComputedStyle -- page.evaluate() runs in the browser */
// The static pages of `render` and `report`, published on public websites, built from hostile data and
// opened in Chromium with JavaScript on: nothing from the data runs or becomes markup, the page carries a
// strict CSP (its own <style> elements allowed by hash only, no inline script) under which it is styled
// and, with --script, comes alive; --script takes only http(s) or relative URLs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { run, samplePath, tempFolder } from './helpers.js';
import { serve } from '../../../scripts/static-server.js';

const { tmp } = tempFolder('sa-static-');

const PAYLOAD = (k) =>
  `<script>alert("${k}")</script>"'</style></script>--><!--<img src=x onerror=alert(1)>\u2028\u2029\uD800&amp;{{x}}\${x}`;
const TEXT_KEYS = new Set([
  'title',
  'name',
  'description',
  'summary',
  'statement',
  'firstFocus',
  'region',
  'unit',
]);

/** The sample with every text replaced by markup, and ids and an area code that are markup too. */
function hostileAgreement() {
  const doc = JSON.parse(readFileSync(samplePath('midt-2024-2027'), 'utf8'));
  let n = 0;
  const walk = (v, key) =>
    Array.isArray(v)
      ? v.map((x) => walk(x, key))
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]))
        : typeof v === 'string' && TEXT_KEYS.has(key)
          ? PAYLOAD(`${key}${n++}`)
          : v;
  const h = walk(doc);
  const [oldId, newId] = [h.indicators[0].id, 'x"><script>alert(9)</script>'];
  h.indicators[0].id = newId;
  for (const f of h.focusAreas)
    for (const g of f.goals) g.indicatorIds = g.indicatorIds.map((i) => (i === oldId ? newId : i));
  const [oldArea, newArea] = [h.areas[1].id, `a'"<b>`];
  h.areas[1].id = newArea;
  for (const i of h.indicators) for (const p of i.series) if (p.area === oldArea) p.area = newArea;
  h.indicators[1].source = {
    name: PAYLOAD('source'),
    url: 'https://example.org/"><script>x</script>',
  };
  const path = tmp('hostile.json');
  writeFileSync(path, JSON.stringify(h));
  return { path, indicator: newId, area: newArea, focusArea: h.focusAreas[0].id };
}

/** Opens `url` in Chromium with JavaScript on; what the page did and holds. */
async function inspect(url) {
  const { default: puppeteer } = await import('puppeteer-core');
  const { chromiumLaunch } = await import('../../../scripts/browsers.js');
  const browser = await puppeteer.launch(chromiumLaunch);
  try {
    const page = await browser.newPage();
    const dialogs = [];
    const refused = [];
    page.on('dialog', (d) => (dialogs.push(d.message()), d.dismiss()));
    page.on(
      'console',
      (m) => /Content Security Policy|Refused to/i.test(m.text()) && refused.push(m.text()),
    );
    await page.evaluateOnNewDocument(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window.violations ??= []).push(`${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    await page.goto(url, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 300));
    const found = await page.evaluate(() => {
      const all = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          all.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      const styled = all
        .filter((el) => el.shadowRoot)
        .map(
          (el) =>
            el.shadowRoot.adoptedStyleSheets.length +
            el.shadowRoot.querySelectorAll('style').length,
        );
      return {
        csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? '',
        tags: [...new Set(all.map((el) => el.localName))],
        handlers: all.flatMap((el) =>
          [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name),
        ),
        hrefs: all.filter((el) => el.hasAttribute('href')).map((el) => el.getAttribute('href')),
        scripts: all.filter((el) => el.localName === 'script').map((el) => el.type || 'classic'),
        bodyMaxWidth: getComputedStyle(document.body).maxWidth,
        violations: window.violations ?? [],
        shadowRoots: styled.length,
      };
    });
    return { ...found, dialogs, refused };
  } finally {
    await browser.close();
  }
}

function assertSafe(name, r) {
  assert.deepEqual(r.dialogs, [], `${name}: nothing ran`);
  assert.deepEqual(r.violations, [], `${name}: no CSP violation`);
  assert.deepEqual(r.refused, [], `${name}: nothing refused`);
  assert.deepEqual(r.handlers, [], `${name}: no event handler attributes`);
  for (const tag of ['img', 'iframe', 'object', 'embed', 'b'])
    assert.ok(!r.tags.includes(tag), `${name}: no <${tag}> from the data`);
  for (const href of r.hrefs) assert.match(href, /^(https?:|[^:]*$)/i, `${name}: ${href}`);
  assert.match(r.csp, /default-src 'none'/, `${name}: a strict CSP in the page`);
  assert.match(r.csp, /style-src 'sha256-[^']+'/, `${name}: styles allowed by hash`);
  assert.doesNotMatch(r.csp, /unsafe-inline|unsafe-eval/, name);
}

test('render and report pages of hostile data: nothing runs, no markup from the data, a strict CSP under which the page is styled', async () => {
  const h = hostileAgreement();
  const pages = {
    overview: ['render', h.path],
    table: ['render', h.path, '--view', 'table', '--area', h.area],
    'focus-area': ['render', h.path, '--widget', 'focus-area', '--focus-area', h.focusArea],
    indicator: ['render', h.path, '--widget', 'indicator', '--indicator', h.indicator],
    comparison: ['render', h.path, '--widget', 'comparison', '--indicator', h.indicator],
    report: ['report', h.path, '--period', '2025-H1', '--area', 'all'],
  };
  for (const [name, args] of Object.entries(pages)) {
    const out = tmp(`${name}.html`);
    const r = await run(...args, '--out', out);
    assert.equal(r.code, 0, `${name}: ${r.stderr}`);
    const page = readFileSync(out, 'utf8');
    assert.doesNotMatch(page, /<script[\s>]/i, `${name}: no script element without --script`);
    const found = await inspect(`file://${out}`);
    assertSafe(name, found);
    assert.match(
      found.bodyMaxWidth,
      /px$/,
      `${name}: the page's own <style> applies under its CSP`,
    );
    assert.notEqual(found.bodyMaxWidth, 'none', name);
  }
});

test('render --script: the page loads the bundle under its CSP (script-src the bundle, Trusted Types) and comes alive', async () => {
  const h = hostileAgreement();
  const out = tmp('live.html');
  const r = await run('render', h.path, '--script', '/sundhedsaftale.js', '--out', out);
  assert.equal(r.code, 0, r.stderr);
  const page = readFileSync(out, 'utf8');
  assert.match(
    page,
    /script-src 'self'; require-trusted-types-for 'script'; trusted-types sundhedsaftale/,
  );
  const root = fileURLToPath(new URL('../../embed/dist/', import.meta.url));
  const server = await serve(root, { pages: { '/live.html': page } });
  try {
    const found = await inspect(`${server.url}/live.html`);
    assertSafe('live', found);
    assert.deepEqual(found.scripts, ['application/json', 'module']);
    assert.ok(found.tags.includes('button'), 'the live element renders its controls');
  } finally {
    await server.close();
  }
});

test('render --script takes only http(s) or relative URLs (exit 2); the CSP names the origin of an absolute one', async () => {
  for (const url of [
    'javascript:alert(1)',
    ' JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    'data:text/javascript,alert(1)',
    'vbscript:x',
    '//evil.example/x.js',
    '\\\\evil.example/x.js',
  ]) {
    const r = await run('render', samplePath('midt-2024-2027'), '--script', url);
    assert.equal(r.code, 2, JSON.stringify(url));
    assert.match(r.stderr, /--script .*: skal være en http\(s\)-adresse eller en relativ sti/);
    assert.equal(r.stdout, '');
  }
  const ok = await run(
    'render',
    samplePath('midt-2024-2027'),
    '--script',
    'https://cdn.example.org/sa/sundhedsaftale.js',
  );
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /script-src https:\/\/cdn\.example\.org;/);
});
