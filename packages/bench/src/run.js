/* global window */
// `npm run bench`: builds the peer bundles, serves the pages, drives Debian Chromium (and Firefox ESR)
// headless through puppeteer-core, and prints/writes a Markdown table of ratios to the plain-SVG baseline.
//
// Environment: BENCH_RUNS (measured rounds per case, default 5), BENCH_WARMUPS (default 1),
// BENCH_BROWSERS (default "chromium,firefox"), BENCH_CASES (default all: small,large,overview,comparison,heap),
// BENCH_OURS_BUNDLE (a candidate sundhedsaftale.js to measure instead of the built one),
// BENCH_PEERS (which pages, default all), BENCH_RESULTS (where to write the Markdown; default packages/bench/results.md, none for a candidate),
// BENCH_KEEP_BUILD=1 keeps packages/bench/.build.
import puppeteer from 'puppeteer-core';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  chromePath,
  chromiumArgs,
  chromiumLaunch,
  firefoxLaunch,
  firefoxPath,
} from '../../../scripts/browsers.js';
import { BUILD_DIR, PEERS, buildAll } from './build.js';
import { serve } from '../../../scripts/static-server.js';
import { renderReport } from './report.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const WARMUPS = Number(process.env.BENCH_WARMUPS ?? 1);
const HEAP_RUNS = 3;
/** A single run longer than this is stopped and reported as timed out. */
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 30_000);
/** A peer whose warm-up took longer than this is not run again: its warm-up is its one measurement. */
const SLOW_MS = 5_000;
const BROWSERS = (process.env.BENCH_BROWSERS ?? 'chromium,firefox').split(',');
const ONLY = process.env.BENCH_CASES?.split(','); // e.g. "small,overview" for a quick look
const wanted = (name) => !ONLY || ONLY.includes(name);
const SEED = 2026;
const ROUND = process.env.BENCH_PEERS?.split(',') ?? [
  'ours',
  'ours-line',
  'svg',
  'dom-floor',
  'lit-full-floor',
  'lit-floor',
  'data-work',
  'plot',
  'uplot',
  'chartjs',
  'echarts',
];

export const CASES = {
  small: { title: '1,000 sparklines × 8 points', options: { count: 1000, points: 8, seed: SEED } },
  large: {
    title: '1,000 sparklines × 200 points',
    options: { count: 1000, points: 200, seed: SEED },
  },
};
export const OVERVIEW = { indicators: 300, points: 40, seed: SEED };
export const COMPARISON = { areas: 100, points: 8, seed: SEED };

const root = fileURLToPath(new URL('../../../', import.meta.url));
const log = (...args) => console.error(...args);

export async function runOnce(
  browser,
  base,
  peer,
  name,
  options,
  { heap = false, limit = TIMEOUT_MS } = {},
) {
  const page = await browser.newPage();
  let timer;
  try {
    await page.goto(`${base}/packages/bench/.build/${peer}.html`, { waitUntil: 'load' });
    await page.waitForFunction('window.benchReady === true', { timeout: 60_000 });
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => resolve({ timedOut: true }), limit);
    });
    const result = await Promise.race([
      page.evaluate((n, o) => window.bench.run(n, o), name, options),
      timeout,
    ]);
    if (result.timedOut) return { timedOut: true, drawn: limit, painted: limit };
    if (result.unavailable) return result;
    if (peer !== 'empty' && result.expected !== null && result.count !== result.expected) {
      throw new Error(`${peer}: drew ${result.count} of ${result.expected}`);
    }
    if (heap) {
      await page.evaluate(async () => {
        for (let i = 0; i < 3; i++) {
          window.gc();
          await new Promise((r) => setTimeout(r, 50));
        }
      });
      result.heap = (await page.metrics()).JSHeapUsedSize;
    }
    return result;
  } finally {
    clearTimeout(timer);
    await page.close().catch(() => {});
  }
}

/** Warm-ups, then RUNS interleaved rounds; each round starts at a different peer. */
async function sparklineCase(browser, base, name, options) {
  const results = Object.fromEntries(ROUND.map((p) => [p, []]));
  const slow = new Set();
  for (let w = 0; w < WARMUPS; w++) {
    for (const peer of ROUND) {
      const warm = await runOnce(browser, base, peer, name, options);
      if (warm.painted > SLOW_MS && !slow.has(peer)) {
        slow.add(peer);
        results[peer].push(warm);
      }
    }
  }
  if (slow.size)
    log(`  ${name}: slow (> ${SLOW_MS / 1000} s), measured once: ${[...slow].join(', ')}`);
  for (let r = 0; r < RUNS; r++) {
    const order = ROUND.map((_, i) => ROUND[(i + r) % ROUND.length]);
    for (const peer of order) {
      if (slow.has(peer)) continue;
      results[peer].push(await runOnce(browser, base, peer, name, options));
    }
    const last = (p) => results[p][r]?.painted.toFixed(0) ?? '–';
    log(`  ${name} round ${r + 1}/${RUNS}: ${ROUND.map((p) => `${p} ${last(p)}`).join(', ')}`);
  }
  return results;
}

async function overviewCase(browser, base) {
  const first = await runOnce(browser, base, 'ours', 'overview', OVERVIEW);
  if (first.unavailable) return { unavailable: true };
  const runs = first.painted > SLOW_MS ? [first] : [];
  while (runs.length < (runs[0]?.painted > SLOW_MS ? 1 : RUNS)) {
    runs.push(await runOnce(browser, base, 'ours', 'overview', OVERVIEW));
  }
  log(`  overview: ${runs.map((x) => x.painted.toFixed(0)).join(', ')} ms`);
  return { runs };
}

/**
 * `<sa-area-comparison>` of one indicator across 100 areas, and its plain-DOM floor, from their own pages
 * (build.js), alternating within each round.
 */
async function comparisonCase(browser, base) {
  const runs = [];
  const floor = [];
  for (let r = 0; r < WARMUPS + RUNS; r++) {
    const ours = await runOnce(browser, base, 'ours-comparison', 'comparison', COMPARISON);
    const dom = await runOnce(browser, base, 'comparison-floor', 'comparison', COMPARISON);
    if (r < WARMUPS) continue;
    runs.push(ours);
    floor.push(dom);
  }
  const list = (xs) => xs.map((x) => x.painted.toFixed(1)).join(', ');
  log(`  comparison: ${list(runs)} ms; plain-DOM floor: ${list(floor)} ms`);
  return { runs, floor };
}

async function heapCase(browser, base) {
  const heap = {};
  const slowHeap = new Set();
  for (const peer of ['empty', ...ROUND]) heap[peer] = [];
  for (let r = 0; r < HEAP_RUNS; r++) {
    for (const peer of Object.keys(heap)) {
      if (slowHeap.has(peer)) continue;
      const result = await runOnce(browser, base, peer, 'small', CASES.small.options, {
        heap: true,
      });
      if (result.timedOut) continue;
      heap[peer].push(result.heap);
      if (result.painted > SLOW_MS) slowHeap.add(peer);
    }
  }
  log(
    `  heap: ${Object.entries(heap)
      .map(([p, v]) => `${p} ${(Math.min(...v) / 1e6).toFixed(1)} MB`)
      .join(', ')}`,
  );
  return heap;
}

async function launch(kind) {
  if (kind === 'chromium') {
    if (!chromePath) throw new Error('No Chromium found (set CHROME_PATH)');
    return puppeteer.launch({
      ...chromiumLaunch,
      args: [...chromiumArgs, '--js-flags=--expose-gc'],
      protocolTimeout: 300_000,
    });
  }
  if (!firefoxPath) throw new Error('No Firefox found (set FIREFOX_PATH)');
  return puppeteer.launch({ ...firefoxLaunch, protocolTimeout: 300_000 });
}

async function main() {
  const started = Date.now();
  const loadAtStart = loadavg()[0];
  log('Building peer bundles …');
  const sizes = await buildAll();
  const server = await serve(root);
  const browsers = [];
  try {
    for (const kind of BROWSERS) {
      let browser;
      try {
        browser = await launch(kind);
      } catch (error) {
        log(`${kind}: cannot launch (${error.message}); skipped`);
        browsers.push({ kind, error: error.message });
        continue;
      }
      try {
        const version = await browser.version();
        log(`${version}: ${RUNS} rounds after ${WARMUPS} warm-up(s)`);
        const entry = { kind, version, cases: {} };
        for (const [name, c] of Object.entries(CASES)) {
          if (wanted(name))
            entry.cases[name] = await sparklineCase(browser, server.url, name, c.options);
        }
        if (wanted('overview')) entry.overview = await overviewCase(browser, server.url);
        if (wanted('comparison')) entry.comparison = await comparisonCase(browser, server.url);
        if (kind === 'chromium' && wanted('heap')) entry.heap = await heapCase(browser, server.url);
        browsers.push(entry);
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
    if (!process.env.BENCH_KEEP_BUILD) await rm(BUILD_DIR, { recursive: true, force: true });
  }
  const markdown = renderReport({
    browsers,
    sizes,
    peers: PEERS,
    cases: CASES,
    overview: OVERVIEW,
    comparison: COMPARISON,
    runs: RUNS,
    warmups: WARMUPS,
    cpus: `${availableParallelism()} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`,
    candidate: process.env.BENCH_OURS_BUNDLE,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    seconds: Math.round((Date.now() - started) / 1000),
    load: [loadAtStart, loadavg()[0]],
  });
  // A candidate bundle's figures never overwrite the committed results.md unless BENCH_RESULTS asks.
  const file =
    process.env.BENCH_RESULTS ??
    (process.env.BENCH_OURS_BUNDLE
      ? null
      : fileURLToPath(new URL('../results.md', import.meta.url)));
  const formatted = await formatMarkdown(markdown, file ?? 'results.md');
  console.log(formatted);
  if (file) {
    await writeFile(file, formatted);
    log(`Wrote ${file}`);
  }
}

/** The repository's Prettier style, so `npm run format:check` accepts the committed results.md. */
async function formatMarkdown(markdown, file) {
  try {
    const prettier = await import('prettier');
    const config = (await prettier.resolveConfig(file)) ?? {};
    return await prettier.format(markdown, { ...config, filepath: file });
  } catch {
    return markdown;
  }
}

// Run when started as a script; profile.js and compare.js import from it.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
