// Did a change help? Times one case of one page in two checkouts, in the same Chromium, page loads
// alternating between them, so a busy machine slows both alike (separate `npm run bench` runs of each
// differ more from load than most changes do). Both need their pages built: run the bench once in each
// with BENCH_KEEP_BUILD=1 (BENCH_CASES=small is enough). Usage, from the checkout with the change:
//   node packages/bench/src/compare.js <other checkout> [small|large|overview|comparison] [page=ours-line] [rounds=12]
import puppeteer from 'puppeteer-core';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { chromiumLaunch } from '../../../scripts/browsers.js';
import { serve } from '../../../scripts/static-server.js';
import { CASES, COMPARISON, OVERVIEW, runOnce } from './run.js';
import { median } from './report.js';

const [other, name = 'small', peer = 'ours-line', rounds = '12'] = process.argv.slice(2);
const options = { overview: OVERVIEW, comparison: COMPARISON }[name] ?? CASES[name]?.options;
if (!other || !options) {
  console.error(
    'usage: compare.js <other checkout> [small|large|overview|comparison] [page] [rounds]',
  );
  process.exit(2);
}
const checkouts = {
  other: resolve(other),
  this: fileURLToPath(new URL('../../../', import.meta.url)),
};
const servers = { other: await serve(checkouts.other), this: await serve(checkouts.this) };
const browser = await puppeteer.launch(chromiumLaunch);
const results = { other: [], this: [] };
try {
  for (let i = 0; i < Number(rounds); i++) {
    // Alternate which goes first, so neither always runs on a browser just warmed by the other.
    for (const which of i % 2 ? ['other', 'this'] : ['this', 'other']) {
      results[which].push(await runOnce(browser, servers[which].url, peer, name, options));
    }
  }
} finally {
  await browser.close();
  for (const server of Object.values(servers)) server.close();
}
for (const which of ['other', 'this']) {
  const drawn = median(results[which].map((r) => r.drawn));
  const painted = median(results[which].map((r) => r.painted));
  console.log(
    `${which.padEnd(5)} ${checkouts[which]}: ${peer} ${name}, median of ${rounds}: drawn ${drawn.toFixed(1)} ms, drawn + frame ${painted.toFixed(1)} ms`,
  );
}
