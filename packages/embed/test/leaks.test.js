/* global window, document, customElements, gc -- page.evaluate() runs in the browser */
// Leaks: mounting and unmounting the elements of the bundle 50 times after a warm-up leaves the JS heap and the DOM
// node count where they were. Chromium with --expose-gc, so the figures are taken after a full GC.
// Needs `npm run build` (the bundle).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumLaunch } from '../../../scripts/browsers.js';
import { serve } from '../../../scripts/static-server.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const PAGE = `<!doctype html><html lang="da"><body><div id="root"></div>
<script type="module" src="/packages/embed/dist/sundhedsaftale.js"></script></body></html>`;

async function withPage(fn) {
  const server = await serve(root, { pages: { '/': PAGE } });
  const browser = await puppeteer.launch({
    ...chromiumLaunch,
    args: [...chromiumArgs, '--js-flags=--expose-gc'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => customElements.get('sa-overview'));
    return await fn(page);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Mount/unmount cycles in the page; returns heap bytes and DOM nodes after GC, before and after. */
async function measure(page, tag, attrs, count) {
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  const snapshot = async () => {
    // Let pending timers and frames run, then collect twice (V8, and the DOM objects it released).
    await page.evaluate(async () => {
      await new Promise((r) => setTimeout(r, 300));
      gc();
      await new Promise((r) => setTimeout(r, 50));
      gc();
    });
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name) => metrics.find((m) => m.name === name).value;
    return { heap: get('JSHeapUsedSize'), nodes: get('Nodes') };
  };
  // One batch of `count` elements on one document, mounted until each has rendered; kept in the page.
  await page.evaluate(
    async (tag, attrs, count) => {
      const doc = await (await fetch('/packages/data/samples/midt-2019-2023.json')).json();
      const host = document.getElementById('root');
      window.mountBatch = async () => {
        const els = Array.from({ length: count }, () => {
          const el = document.createElement(tag);
          for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
          el.data = doc;
          return el;
        });
        const loaded = els.map(
          (el) => new Promise((r) => el.addEventListener('sa-load', r, { once: true })),
        );
        host.append(...els);
        await Promise.all(loaded);
      };
    },
    tag,
    attrs,
    count,
  );
  const cycles = (n) =>
    page.evaluate(async (n) => {
      for (let i = 0; i < n; i++) {
        await window.mountBatch();
        await new Promise((r) => window.requestAnimationFrame(r));
        document.getElementById('root').replaceChildren();
      }
    }, n);
  await cycles(10); // warm-up: caches, compiled templates, style sheets
  const before = await snapshot();
  // How many nodes one mounted batch has: the unit a leak would grow by, once per cycle.
  await page.evaluate(() => window.mountBatch());
  const mounted = (await snapshot()).nodes - before.nodes;
  await page.evaluate(() => document.getElementById('root').replaceChildren());
  await cycles(50);
  const after = await snapshot();
  return { before, after, mounted };
}

for (const [tag, attrs, count] of [
  ['sa-overview', { 'area-picker': '' }, 1],
  ['sa-focus-area-card', { 'focus-area': 'forebyggelse' }, 5],
  ['sa-indicator-sparkline', { indicator: 'dagligrygere' }, 50],
]) {
  test(`<${tag}>: 50 mount/unmount cycles (×${count}) leave heap and DOM nodes where they were`, async () => {
    const { before, after, mounted } = await withPage((page) => measure(page, tag, attrs, count));
    const heapGrowth = after.heap - before.heap;
    console.log(
      `${tag}: heap ${(before.heap / 1e6).toFixed(2)} → ${(after.heap / 1e6).toFixed(2)} MB, ` +
        `nodes ${before.nodes} → ${after.nodes} (one mount: ${mounted})`,
    );
    assert.ok(mounted > 0, 'a mounted batch adds nodes');
    // A leak grows with the cycles: 50 cycles would keep 50 mounts. One or two instances still waiting
    // for the collector at the moment of measuring are not a leak.
    assert.ok(
      after.nodes - before.nodes <= 2 * mounted,
      `DOM nodes grew from ${before.nodes} to ${after.nodes} (one mount is ${mounted})`,
    );
    assert.ok(heapGrowth < 1024 * 1024, `heap grew by ${(heapGrowth / 1024).toFixed(0)} KB`);
  });
}
