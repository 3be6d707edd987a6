// Turns the raw measurements into the Markdown of results.md: medians, ranges, and ratios to the
// plain-SVG baseline of the same round.

/** The middle value (the mean of the middle two for an even count); `xs` is left as it is. */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const range = (xs) => [Math.min(...xs), Math.max(...xs)];
const ms = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const ratio = (x) => `${x.toFixed(2)}×`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const ok = (pass) => (pass ? '✅ met' : '❌ missed');

/** Per-round ratio of a peer to the baseline (or to `reference`) measured in the same round. */
function ratios(results, peer, key = 'painted', reference = 'svg') {
  return results[peer].map((r, i) => r[key] / results[reference][i][key]);
}

function sparklineTable(results, peers) {
  const lines = [
    '| peer | runs | drawn + frame, ms: median (min–max) | × plain SVG: median (min–max) | drawn, ms: median | longest task, ms: median (max) |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const peer of Object.keys(results)) {
    if (results[peer].some((r) => r.timedOut)) {
      const limit = results[peer][0].painted;
      lines.push(
        `| ${peers[peer].label} | ${results[peer].length} | timed out (> ${limit / 1000} s) | > ${ratio(median(ratios(results, peer)))} | | |`,
      );
      continue;
    }
    const painted = results[peer].map((r) => r.painted);
    const [lo, hi] = range(painted);
    const rs = ratios(results, peer);
    const [rlo, rhi] = range(rs);
    const tasks = results[peer].map((r) => r.longestTask).filter((t) => t !== undefined);
    const longest = tasks.length ? `${ms(median(tasks))} (${ms(Math.max(...tasks))})` : '';
    lines.push(
      `| ${peers[peer].label} | ${painted.length} | ${ms(median(painted))} (${ms(lo)}–${ms(hi)}) | ${ratio(median(rs))} (${ratio(rlo)}–${ratio(rhi)}) | ${ms(median(results[peer].map((r) => r.drawn)))} | ${longest} |`,
    );
  }
  return lines.join('\n');
}

/** The data-work page's own split: `JSON.parse` of the document's text, then each step, per round. */
function dataWorkTable(results) {
  const runs = results['data-work'].filter((r) => r.parse !== undefined);
  const col = (key) => ms(median(runs.map((r) => r[key])));
  return [
    '| `JSON.parse` of the text, ms | `validate()` in place, ms | `validate()` × `JSON.parse`: median (min–max) | `summarize()`, ms | `describe()`, ms | `formatValue()`, ms |',
    '| --- | --- | --- | --- | --- | --- |',
    `| ${col('parse')} | ${col('validate')} | ${ratio(median(runs.map((r) => r.validate / r.parse)))} (${range(
      runs.map((r) => r.validate / r.parse),
    )
      .map(ratio)
      .join('–')}) | ${col('summarize')} | ${col('describe')} | ${col('formatValue')} |`,
  ].join('\n');
}

function heapTable(heap, peers) {
  const empty = median(heap.empty);
  const above = (p) => median(heap[p]) - empty;
  const lines = [
    '| peer | JS heap above the empty page: median of up to 3 | × plain SVG |',
    '| --- | --- | --- |',
    `| ${peers.empty.label} | ${mb(empty)} (absolute) | |`,
  ];
  for (const peer of Object.keys(heap).filter((p) => p !== 'empty')) {
    if (!heap[peer].length) {
      lines.push(`| ${peers[peer].label} | not measured (timed out) | |`);
      continue;
    }
    lines.push(
      `| ${peers[peer].label} | ${mb(above(peer))} | ${ratio(above(peer) / above('svg'))} |`,
    );
  }
  return lines.join('\n');
}

function sizeTable(sizes, peers) {
  const base = sizes.svg.gzip;
  const row = (label, s) => `| ${label} | ${kb(s.min)} | ${kb(s.gzip)} | ${ratio(s.gzip / base)} |`;
  return [
    '| bundle | min | min+gzip | × plain SVG |',
    '| --- | --- | --- | --- |',
    row('`sundhedsaftale.js` (every element and Lit inlined; what editors link)', sizes.oursBundle),
    row(
      'sundhedsaftale sparkline only (`indicator-sparkline/define.js`, esbuild)',
      sizes.oursSparklineOnly,
    ),
    ...Object.keys(sizes)
      .filter((p) => peers[p] && !p.startsWith('ours'))
      .map((p) => row(`${peers[p].label}, with its sparkline code`, sizes[p])),
  ].join('\n');
}

/** Peers in the sense of the issue: the chart libraries an editor would pick instead. */
const LIBRARIES = ['plot', 'uplot', 'chartjs', 'echarts'];
/** The bundle budget of `scripts/size-budget.js`, which `npm test` enforces. */
const BUNDLE_BUDGET_KB = 32;

/** The targets of issue 19, each judged on medians of one run (ratios per round, then their median). */
function targets(browser, sizes) {
  const rows = ['| target | measured | |', '| --- | --- | --- |'];
  const chromium = browser.kind === 'chromium';
  const cases = [
    ['1,000 × 8', browser.cases.small, 0.25],
    ['1,000 × 200', browser.cases.large, 0.35],
  ];
  const timedOut = (results, p) => results[p].some((r) => r.timedOut);
  const shown = (results, p, x) => (timedOut(results, p) ? `> ${ratio(x)} (timed out)` : ratio(x));
  for (const [name, results, dataTarget] of cases) {
    const work = results?.['data-work']?.filter((r) => r.parse !== undefined);
    if (work?.length) {
      const x = median(work.map((r) => r.validate / r.parse));
      rows.push(
        `| ${name}: \`validate()\` at most 1.0× \`JSON.parse\` of the same text (in place, as for \`src\`) | ${ratio(x)} | ${ok(x <= 1)} |`,
      );
    }
    if (results?.['data-work']) {
      const x = median(ratios(results, 'data-work'));
      rows.push(
        `| ${name}: data work at most ${dataTarget}× plain SVG | ${ratio(x)} | ${ok(x <= dataTarget)} |`,
      );
    }
  }
  for (const [name, results] of cases) {
    if (!results?.ours) continue;
    const oursMedian = median(results.ours.map((r) => r.painted));
    const libraries = LIBRARIES.filter((p) => results[p]);
    if (!libraries.length) continue; // not run (BENCH_PEERS)
    const slower = libraries.filter((p) => median(results[p].map((r) => r.painted)) <= oursMedian);
    // How many rounds ours beat the fastest library of that round, for the "every round" reading.
    const rounds = results.ours.filter((r, i) =>
      libraries.every((p) => !results[p][i] || r.painted < results[p][i].painted),
    ).length;
    rows.push(
      `| ${name}: the full element faster than every library | ${slower.length ? `not faster than ${slower.join(', ')}` : `faster than all ${libraries.length}`} (faster than all in ${rounds} of ${results.ours.length} rounds) | ${ok(!slower.length)} |`,
    );
  }
  const domTarget = chromium ? 2 : 2.5;
  for (const [name, results] of cases) {
    if (results?.ours && results['dom-floor']) {
      const x = median(ratios(results, 'ours', 'painted', 'dom-floor'));
      rows.push(
        `| ${name}: the full element at most ${domTarget}× the plain-DOM floor | ${shown(results, 'ours', x)} | ${ok(x <= domTarget)} |`,
      );
    }
  }
  for (const [name, results] of cases) {
    if (results?.ours && results['lit-full-floor'] && results['dom-floor']) {
      const floor = median(ratios(results, 'lit-full-floor', 'painted', 'dom-floor'));
      const ours = median(ratios(results, 'ours', 'painted', 'lit-full-floor'));
      rows.push(
        `| ${name}: (floor, not a target) Lit with the same content, × the plain-DOM floor; the full element × it | ${ratio(floor)}; ${ratio(ours)} | – |`,
      );
    }
  }
  for (const [name, results] of cases) {
    if (results?.['ours-line'] && results['lit-floor']) {
      const x = median(ratios(results, 'ours-line', 'painted', 'lit-floor'));
      rows.push(
        `| ${name}, \`variant="line"\`: at most 2× the Lit element floor | ${shown(results, 'ours-line', x)} | ${ok(x <= 2)} |`,
      );
    }
  }
  if (browser.heap?.ours?.length) {
    const above = median(browser.heap.ours) - median(browser.heap.empty);
    rows.push(
      `| heap after 1,000 full sparklines: at most 3.5 MB above the empty page | ${mb(above)} | ${ok(above <= 3.5 * 1024 * 1024)} |`,
    );
  }
  if (browser.overview?.runs) {
    const o = median(browser.overview.runs.map((r) => r.painted));
    const late = browser.overview.runs.some((r) => r.timedOut) ? ' (timed out)' : '';
    rows.push(
      chromium
        ? `| 300-indicator overview: first complete render at most 50 ms | ${late ? '>' : ''} ${ms(o)} ms${late} | ${ok(o <= 50)} |`
        : `| 300-indicator overview (the 50 ms target is Chromium's) | ${ms(o)} ms${late} | – |`,
    );
  }
  if (browser.comparison?.runs) {
    const c = median(browser.comparison.runs.map((r) => r.painted));
    const floor = browser.comparison.floor?.map((r) => r.painted);
    const floorNote = floor?.length ? ` (plain-DOM floor ${ms(median(floor))} ms)` : '';
    rows.push(
      chromium
        ? `| comparison of 100 areas: rendered in under 20 ms | ${ms(c)} ms${floorNote} | ${ok(c < 20)} |`
        : `| comparison of 100 areas (the 20 ms target is Chromium's) | ${ms(c)} ms${floorNote} | – |`,
    );
  }
  for (const [name, results] of cases) {
    const tasks = results?.ours?.map((r) => r.longestTask).filter((t) => t !== undefined);
    if (!tasks?.length) continue;
    const x = median(tasks);
    const by = results.ours[0].tasksBy === 'timer' ? ', from timer gaps' : '';
    rows.push(
      `| ${name}: no task over 200 ms while the full sparklines render | longest ${ms(x)} ms (median; max ${ms(Math.max(...tasks))}${by}) | ${ok(x <= 200)} |`,
    );
  }
  rows.push(
    `| \`sundhedsaftale.js\`: at most ${BUNDLE_BUDGET_KB} KB min+gzip | ${kb(sizes.oursBundle.gzip)} | ${ok(sizes.oursBundle.gzip <= BUNDLE_BUDGET_KB * 1024)} |`,
  );
  return rows.join('\n');
}

export function renderReport({
  browsers,
  sizes,
  peers,
  cases,
  overview,
  comparison,
  runs,
  warmups,
  cpus,
  date,
  seconds,
  candidate,
  load,
}) {
  const measured = browsers.filter((b) => !b.error);
  const out = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` on ${date}; ${cpus}; ${runs} interleaved rounds per case after ${warmups} warm-up round(s); the whole run took ${seconds} s.`,
    ...(load
      ? [
          `Load average (1 minute) at the start ${load[0].toFixed(1)}, at the end ${load[1].toFixed(1)}: above the core count, other work shared the machine and absolute times are inflated; compare ratios.`,
        ]
      : []),
    ...(candidate ? [`**Ours is a candidate build**: \`${candidate}\` (BENCH_OURS_BUNDLE).`] : []),
    `Browsers: ${browsers.map((b) => (b.error ? `${b.kind} (not run: ${b.error})` : b.version)).join('; ')}.`,
    '',
    '**drawn + frame**: from the start of rendering until every chart has been drawn by its library (see',
    "`docs/performance.md` for each peer's signal) and the next frame has been produced (style, layout and",
    'paint included). **× plain SVG**: the median (and range) of the per-round ratios to the hand-written SVG',
    'baseline measured in the same round; absolute milliseconds vary between machines, ratios are what we',
    'compare. **drawn**: script time only, until the library said it had drawn. **longest task**: the longest',
    'task from the start of rendering until the frame: from a `PerformanceObserver` of long tasks where the',
    'browser has one (Chromium; it reports only tasks over 50 ms, so 0 means none), else (Firefox) the longest',
    'gap between the ticks of a timer chain, which no task can interrupt. The **plain-DOM floor** builds the',
    "full element's visible content by hand; the **data work** page draws nothing, so it waits for no frame.",
    'Every page renders the same agreement from `generateAgreement()` (seed 2026).',
  ];
  for (const b of measured) {
    out.push('', `## Targets, ${b.version}`, '', targets(b, sizes));
  }
  for (const b of measured) {
    out.push('', `## ${b.version}`);
    for (const [name, c] of Object.entries(cases)) {
      if (!b.cases[name]) continue;
      out.push('', `### ${c.title}`, '', sparklineTable(b.cases[name], peers));
      if (b.cases[name]['data-work']?.some((r) => r.parse !== undefined))
        out.push(
          '',
          `Data work alone, step by step (medians of the same rounds): the document is parsed from its JSON text before the clock starts, then validated in place (as a document loaded from \`src\` is), summarized, described and formatted.`,
          '',
          dataWorkTable(b.cases[name]),
        );
    }
    out.push(
      '',
      `### \`<sa-overview>\`, ${overview.indicators} indicators × ${overview.points} points`,
      '',
    );
    if (!b.overview) {
      out.push('Not run.');
    } else if (b.overview.unavailable) {
      out.push('Not available: the bundle does not register `<sa-overview>` yet.');
    } else {
      const painted = b.overview.runs.map((r) => r.painted);
      const [lo, hi] = range(painted);
      out.push(
        `First complete render (the overview and every element inside it updated, then the next frame): median ${ms(median(painted))} ms (${ms(lo)}–${ms(hi)}); drawn, script only: ${ms(median(b.overview.runs.map((r) => r.drawn)))} ms. No baseline: an absolute figure against the 50 ms target (Chromium).`,
      );
    }
    out.push(
      '',
      `### \`<sa-area-comparison>\`, ${comparison.areas} areas × ${comparison.points} points`,
      '',
    );
    if (!b.comparison) {
      out.push('Not run.');
    } else {
      const painted = b.comparison.runs.map((r) => r.painted);
      const [lo, hi] = range(painted);
      out.push(
        `One indicator's latest value for every area (dot plot and table), from creating the element until \`sa-load\`, then the next frame: median ${ms(median(painted))} ms (${ms(lo)}–${ms(hi)}); drawn, script only: ${ms(median(b.comparison.runs.map((r) => r.drawn)))} ms; ${b.comparison.runs[0].count} table rows.`,
      );
      if (b.comparison.floor?.length) {
        const floor = b.comparison.floor.map((r) => r.painted);
        const [flo, fhi] = range(floor);
        const x = median(
          b.comparison.runs.map((r, i) => r.painted / b.comparison.floor[i].painted),
        );
        out.push(
          '',
          `Its floor, the same content built with plain DOM calls in light DOM (no framework, shadow root or validation; \`comparison-floor\`), in the same rounds: median ${ms(median(floor))} ms (${ms(flo)}–${ms(fhi)}); drawn, script only: ${ms(median(b.comparison.floor.map((r) => r.drawn)))} ms; ${b.comparison.floor[0].count} table rows. Ours is ${ratio(x)} the floor (median of the rounds' ratios).`,
        );
      }
    }
    out.push('', '### JS heap after 1,000 × 8 (forced GC)', '');
    if (b.heap) {
      out.push(
        'V8 heap used (`JSHeapUsedSize`) after three `gc()` calls, minus the empty page (same harness, same',
        'generated data kept alive, nothing rendered). Canvas backing stores are not in it; DOM nodes are only as far as V8 counts them.',
        '',
        heapTable(b.heap, peers),
      );
    } else if (b.kind === 'chromium') {
      out.push('Not run.');
    } else {
      out.push(
        'Not measured in this browser: forced GC and heap metrics need the Chrome DevTools Protocol.',
      );
    }
  }
  out.push('', '## Bundle size (min+gzip, gzip level 9)', '', sizeTable(sizes, peers), '');
  return out.join('\n');
}
