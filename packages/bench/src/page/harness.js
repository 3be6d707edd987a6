/* global window, document, customElements, requestAnimationFrame */
// Runs inside every bench page: generates the agreement (the same seed gives the same data in every
// page), loads the page's peer module, and times one case when the runner calls `window.bench.run()`.
import { generateAgreement } from '/packages/data/dist/testing.js';

/** Resolves after the next frame has been produced: rAF, then a task (style, layout and paint done). */
const nextFrame = () =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * `count` sparklines of `points` values on the same generated data for every peer: the generator makes
 * every tenth indicator a development one (no series), so it is asked for enough indicators and the first
 * `count` active ones are kept. No focus areas, so the trimmed document still validates.
 */
export function sparklineAgreement({ count, points, seed }) {
  const full = generateAgreement({ indicators: Math.ceil(count / 0.9) + 10, points, seed });
  const indicators = full.indicators.filter((i) => i.state !== 'development').slice(0, count);
  return { ...full, indicators, focusAreas: [] };
}

/**
 * Watches for long tasks from just before the timing starts: the Long Tasks API where the browser has it
 * (Chromium), else the longest gap between the ticks of a timer chain (Firefox has no `longtask` entries;
 * a timer cannot fire inside a task, so a gap is at least that task). `stop()` returns the longest, in ms.
 */
function watchTasks() {
  if (PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
    let longest = 0;
    const take = (entries) => {
      for (const e of entries) longest = Math.max(longest, e.duration);
    };
    const observer = new PerformanceObserver((list) => take(list.getEntries()));
    observer.observe({ type: 'longtask' });
    return {
      by: 'longtask',
      stop: async () => {
        await new Promise((r) => setTimeout(r, 0)); // the last task's entry is queued after it ends
        take(observer.takeRecords());
        observer.disconnect();
        return longest;
      },
    };
  }
  let longest = 0;
  let last = performance.now();
  let timer;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    timer = setTimeout(tick, 0);
  };
  timer = setTimeout(tick, 0);
  return {
    by: 'timer',
    stop: async () => {
      tick();
      clearTimeout(timer);
      return longest;
    },
  };
}

/**
 * The engine's one-off loading of Danish locale data (number formats about 12 ms, the collation the
 * comparison's order by name uses 20–30 ms, in a fresh Chromium page), done before a clock starts: a page
 * pays it once, whatever it shows.
 */
function loadLocaleData() {
  new Intl.NumberFormat('da').format(1.5);
  new Intl.Collator('da', { numeric: true }).compare('a', 'b');
}

/** Resolves when `el` itself fires `sa-load`, rejects when it fires `sa-error`. */
function whenLoaded(el) {
  return new Promise((resolve, reject) => {
    el.addEventListener('sa-load', (e) => e.composedPath()[0] === el && resolve());
    el.addEventListener(
      'sa-error',
      (e) => e.composedPath()[0] === el && reject(new Error(e.detail?.message)),
    );
  });
}

async function runSparklines(peer, options) {
  const agreement = sparklineAgreement(options);
  window.keptAgreement = agreement; // the empty page keeps the same data alive for the heap figure
  const root = document.getElementById('root');
  // Every peer's label is Danish number formatting; the peers share a formatter made when their module
  // loads. No page pays the locale data inside the timing.
  loadLocaleData();
  // Work a page does before its clock starts, e.g. the data-work page writes the document as JSON text.
  peer.prepare?.(agreement);
  await nextFrame();
  const tasks = watchTasks();
  const t0 = performance.now();
  await peer.render(root, agreement);
  const drawn = performance.now() - t0;
  // A page that draws nothing (the data work alone) has no frame of its own to wait for: waiting would
  // add the time to the next vsync (0–16 ms) and nothing else.
  if (!peer.drawsNothing) await nextFrame();
  const painted = performance.now() - t0;
  const longestTask = await tasks.stop();
  return {
    drawn,
    painted,
    longestTask,
    tasksBy: tasks.by,
    ...peer.details?.(),
    count: peer.count(root),
    expected: agreement.indicators.length,
  };
}

/** Every Lit element in the tree, through shadow roots. */
function litElements(node, out = []) {
  for (const el of node.querySelectorAll('*')) {
    if ('updateComplete' in el) out.push(el);
    if (el.shadowRoot) litElements(el.shadowRoot, out);
  }
  return out;
}

async function runOverview(options) {
  await customElements.whenDefined('sa-indicator-sparkline');
  if (!customElements.get('sa-overview')) return { unavailable: true };
  const agreement = generateAgreement(options);
  const root = document.getElementById('root');
  await nextFrame();
  const t0 = performance.now();
  const el = document.createElement('sa-overview');
  const loaded = whenLoaded(el);
  el.data = agreement;
  root.append(el);
  await loaded;
  // Complete = the overview and every element inside it (sparklines, cards) have finished updating.
  for (let settled = false; !settled;) {
    const pending = litElements(root);
    const results = await Promise.all(pending.map((e) => e.updateComplete));
    settled = results.every(Boolean) && litElements(root).length === pending.length;
  }
  const drawn = performance.now() - t0;
  await nextFrame();
  const painted = performance.now() - t0;
  const lines = litElements(root).filter((e) =>
    e.shadowRoot?.querySelector('path[part~="line"]'),
  ).length;
  return { drawn, painted, count: lines, expected: null };
}

/**
 * `<sa-area-comparison>` of one indicator across `areas` areas: from creating the element until it has
 * fired `sa-load` (its dot plot and table are in its shadow root), then the next frame.
 */
async function runComparison(peer, { areas, points, seed }) {
  const floor = peer.renderComparison;
  if (!floor) await customElements.whenDefined('sa-area-comparison');
  const ids = Array.from({ length: areas }, (_, i) => String(101 + i));
  const agreement = generateAgreement({ indicators: 3, points, seed, areas: ids });
  // The generator gives every third indicator, the first among them, a series per area.
  const indicator = agreement.indicators[0];
  const root = document.getElementById('root');
  loadLocaleData();
  await nextFrame();
  const t0 = performance.now();
  if (floor) {
    floor(root, agreement, indicator);
  } else {
    const el = document.createElement('sa-area-comparison');
    const loaded = whenLoaded(el);
    el.setAttribute('indicator', indicator.id);
    el.data = agreement;
    root.append(el);
    await loaded;
  }
  const drawn = performance.now() - t0;
  await nextFrame();
  const painted = performance.now() - t0;
  const table = root.querySelector('sa-area-comparison')?.shadowRoot ?? root;
  return { drawn, painted, count: table.querySelectorAll('tbody tr').length, expected: null };
}

export async function start(peerUrl) {
  const peer = await import(peerUrl);
  window.bench = {
    run: (name, options) =>
      name === 'overview'
        ? runOverview(options)
        : name === 'comparison'
          ? runComparison(peer, options)
          : runSparklines(peer, options),
  };
  window.benchReady = true;
}
