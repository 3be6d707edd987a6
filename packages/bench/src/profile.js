/* global window */
// A CPU profile of one bench case for one peer in Chromium, summarised by self time per function.
// Usage: BENCH_KEEP_BUILD=1 npm run bench … first (or with a build in .build/), then
//   node packages/bench/src/profile.js <peer> <small|large> [top=25]
//   node packages/bench/src/profile.js ours-comparison comparison
//   node packages/bench/src/profile.js ours overview
// For readable names, build ours unminified and point BENCH_OURS_BUNDLE at it. BENCH_PROFILE_OUT=<file>
// also writes the whole profile there (open it in Chromium's DevTools, Performance panel).
import puppeteer from 'puppeteer-core';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumLaunch } from '../../../scripts/browsers.js';
import { serve } from '../../../scripts/static-server.js';
import { CASES, COMPARISON, OVERVIEW } from './run.js';

const [peer = 'ours', name = 'small', top = '25'] = process.argv.slice(2);
const options =
  name === 'comparison' ? COMPARISON : name === 'overview' ? OVERVIEW : CASES[name].options;
const root = fileURLToPath(new URL('../../../', import.meta.url));
const server = await serve(root);
const browser = await puppeteer.launch(chromiumLaunch);
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/packages/bench/.build/${peer}.html`, { waitUntil: 'load' });
  await page.waitForFunction('window.benchReady === true');
  // One run to warm up, in a fresh page the profiled one.
  await page.evaluate((n, o) => window.bench.run(n, o), name, options);
  await page.reload({ waitUntil: 'load' });
  await page.waitForFunction('window.benchReady === true');
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const result = await page.evaluate((n, o) => window.bench.run(n, o), name, options);
  const { profile } = await cdp.send('Profiler.stop');
  if (process.env.BENCH_PROFILE_OUT)
    writeFileSync(process.env.BENCH_PROFILE_OUT, JSON.stringify(profile));
  const dt = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    dt.set(key, (dt.get(key) ?? 0) + profile.timeDeltas[i] / 1000);
  }
  console.log(
    `${peer} ${name}: drawn ${result.drawn.toFixed(0)} ms, painted ${result.painted.toFixed(0)} ms`,
  );
  for (const [k, v] of [...dt].sort((a, b) => b[1] - a[1]).slice(0, Number(top)))
    console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
} finally {
  await browser.close();
  server.close();
}
