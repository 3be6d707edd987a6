/* global window */
// The data work one sparkline page does before any DOM, timed on its own: validate() once, then for every
// indicator summarize(), describe() and formatValue(), on the bench's own agreement, the first time in a
// fresh page (as the bench pages run it). Together with the Lit element floor, it is the least our
// elements can cost: see "Where the targets stand" in docs/performance.md. Needs `npm run build` (the data
// package's dist). Usage: node packages/bench/src/phases.js [points=8] [page loads=5] [data|src]
// `data` (the default) validates a copy, as for a `.data` object; `src` parses the document's text before
// the clock and validates it in place, as for a document loaded from `src`.
import puppeteer from 'puppeteer-core';
import { fileURLToPath } from 'node:url';
import { chromiumLaunch, firefoxLaunch } from '../../../scripts/browsers.js';
import { serve } from '../../../scripts/static-server.js';
import { CASES } from './run.js';
import { median } from './report.js';

const [points = '8', loads = '5', route = 'data'] = process.argv.slice(2);
// The bench's own data-work page code, loaded unbundled: an import map names the data package's build.
const page = `<!doctype html>
<script type="importmap">{ "imports": { "@sundhedsaftale/data": "/packages/data/dist/index.js" } }</script>
<script type="module">
  import { sparklineAgreement } from '/packages/bench/src/page/harness.js';
  import { dataWork } from '/packages/bench/src/peers/data-work.js';
  const made = sparklineAgreement({ count: 1000, points: ${Number(points)}, seed: ${CASES.small.options.seed} });
  const inPlace = ${route === 'src'};
  const doc = inPlace ? JSON.parse(JSON.stringify(made)) : made;
  new Intl.NumberFormat('da').format(1.5); // locale data, loaded before the clock as in the bench
  const times = {};
  dataWork(doc, (name, run) => {
    const t0 = performance.now();
    const out = run();
    times[name] = performance.now() - t0;
    return out;
  }, inPlace);
  window.times = times;
</script>`;

const root = fileURLToPath(new URL('../../../', import.meta.url));
const server = await serve(root, { pages: { '/phases.html': page } });
try {
  for (const kind of ['chromium', 'firefox']) {
    const browser = await puppeteer.launch(kind === 'chromium' ? chromiumLaunch : firefoxLaunch);
    const runs = {};
    try {
      for (let i = 0; i < Number(loads); i++) {
        const tab = await browser.newPage();
        await tab.goto(`${server.url}/phases.html`);
        await tab.waitForFunction('window.times !== undefined');
        for (const [name, ms] of Object.entries(await tab.evaluate(() => window.times)))
          (runs[name] ??= []).push(ms);
        await tab.close();
      }
    } finally {
      await browser.close();
    }
    const medians = Object.entries(runs).map(([name, ms]) => [name, median(ms)]);
    const total = medians.reduce((sum, [, ms]) => sum + ms, 0);
    console.log(
      `${kind}, 1,000 × ${points}, \`${route}\`, median of ${loads} fresh pages: ` +
        medians.map(([name, ms]) => `${name} ${ms.toFixed(1)} ms`).join(', ') +
        `; together ${total.toFixed(1)} ms`,
    );
  }
} finally {
  await server.close();
}
