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
    '| peer | runs | drawn + frame, ms: median (min–max) | × plain SVG: median (min–max) | drawn, ms: median |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const peer of Object.keys(results)) {
    if (results[peer].some((r) => r.timedOut)) {
      const limit = results[peer][0].painted;
      lines.push(
        `| ${peers[peer].label} | ${results[peer].length} | timed out (> ${limit / 1000} s) | > ${ratio(median(ratios(results, peer)))} | |`,
      );
      continue;
    }
    const painted = results[peer].map((r) => r.painted);
    const [lo, hi] = range(painted);
    const rs = ratios(results, peer);
    const [rlo, rhi] = range(rs);
    lines.push(
      `| ${peers[peer].label} | ${painted.length} | ${ms(median(painted))} (${ms(lo)}–${ms(hi)}) | ${ratio(median(rs))} (${ratio(rlo)}–${ratio(rhi)}) | ${ms(median(results[peer].map((r) => r.drawn)))} |`,
    );
  }
  return lines.join('\n');
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

function targets(browser, sizes) {
  const rows = ['| target | measured | |', '| --- | --- | --- |'];
  const { small, large } = browser.cases;
  const timedOut = (results, ours) => results[ours].some((r) => r.timedOut);
  const shown = (results, ours, x) =>
    timedOut(results, ours) ? `> ${ratio(x)} (timed out)` : ratio(x);
  // The full element, and variant="line", which shows the same content as the baseline.
  const variants = [
    ['ours', ''],
    ['ours-line', ', `variant="line"`'],
  ];
  for (const [ours, which] of variants) {
    if (small?.[ours]) {
      const smallRatio = median(ratios(small, ours));
      rows.push(
        `| 1,000 × 8${which}: at most 1.5× plain SVG | ${shown(small, ours, smallRatio)} | ${ok(smallRatio <= 1.5)} |`,
      );
      const oursMedian = median(small[ours].map((r) => r.painted));
      const slower = ['plot', 'uplot', 'chartjs', 'echarts'].filter(
        (p) => small[p] && median(small[p].map((r) => r.painted)) <= oursMedian,
      );
      rows.push(
        `| 1,000 × 8${which}: faster than every peer | ${slower.length ? `not faster than ${slower.join(', ')}` : 'faster than all four'} | ${ok(!slower.length)} |`,
      );
    }
    if (large?.[ours]) {
      const largeRatio = median(ratios(large, ours));
      rows.push(
        `| 1,000 × 200${which}: at most 2× plain SVG | ${shown(large, ours, largeRatio)} | ${ok(largeRatio <= 2)} |`,
      );
    }
    if (browser.heap?.[ours]?.length) {
      const above = median(browser.heap[ours]) - median(browser.heap.empty);
      rows.push(
        `| heap after 1,000 sparklines${which}: under 3 MB above empty | ${mb(above)} | ${ok(above < 3 * 1024 * 1024)} |`,
      );
    }
  }
  for (const [name, results, target] of [
    ['1,000 × 8', small, 1.5],
    ['1,000 × 200', large, 2],
  ]) {
    // Not a target: the least any element of ours can measure, the Lit floor plus the data work alone,
    // added round by round. A target below it cannot be met by a Lit element that validates its data.
    if (results?.['lit-floor'] && results['data-work']) {
      const data = ratios(results, 'data-work');
      const x = median(ratios(results, 'lit-floor').map((floor, i) => floor + data[i]));
      rows.push(
        `| ${name}: the least possible for ours (Lit floor + data work, added per round) | ${ratio(x)} | ${x > target ? `the ${target}× target is below it` : '–'} |`,
      );
    }
    // Proposed in docs/performance.md, not yet the issue's: the line variant against the least a Lit
    // element can do (the floor), measured in the same rounds.
    if (results?.['ours-line'] && results['lit-floor']) {
      const x = median(ratios(results, 'ours-line', 'painted', 'lit-floor'));
      rows.push(
        `| ${name}, \`variant="line"\`: at most 2× the Lit element floor (proposed) | ${ratio(x)} | ${ok(x <= 2)} |`,
      );
    }
  }
  rows.push(
    `| \`sundhedsaftale.js\`: at most 30 KB min+gzip | ${kb(sizes.oursBundle.gzip)} | ${ok(sizes.oursBundle.gzip <= 30 * 1024)} |`,
  );
  if (!browser.overview) {
    // not run (BENCH_CASES)
  } else if (browser.overview.unavailable) {
    rows.push(
      '| 300-indicator overview: under 500 ms | not available (`<sa-overview>` not in the bundle yet) | – |',
    );
  } else {
    const o = median(browser.overview.runs.map((r) => r.painted));
    const late = browser.overview.runs.some((r) => r.timedOut) ? ' (timed out)' : '';
    rows.push(
      `| 300-indicator overview: under 500 ms | ${late ? '>' : ''} ${ms(o)} ms${late} | ${ok(o < 500)} |`,
    );
  }
  return rows.join('\n');
}

export function renderReport({
  browsers,
  sizes,
  peers,
  cases,
  overview,
  runs,
  warmups,
  cpus,
  date,
  seconds,
  candidate,
}) {
  const measured = browsers.filter((b) => !b.error);
  const out = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` on ${date}; ${cpus}; ${runs} interleaved rounds per case after ${warmups} warm-up round(s); the whole run took ${seconds} s.`,
    ...(candidate ? [`**Ours is a candidate build**: \`${candidate}\` (BENCH_OURS_BUNDLE).`] : []),
    `Browsers: ${browsers.map((b) => (b.error ? `${b.kind} (not run: ${b.error})` : b.version)).join('; ')}.`,
    '',
    '**drawn + frame**: from the start of rendering until every chart has been drawn by its library (see',
    "`docs/performance.md` for each peer's signal) and the next frame has been produced (style, layout and",
    'paint included). **× plain SVG**: the median (and range) of the per-round ratios to the hand-written SVG',
    'baseline measured in the same round; absolute milliseconds vary between machines, ratios are what we',
    'compare. **drawn**: script time only, until the library said it had drawn.',
    'Every page renders the same agreement from `generateAgreement()` (seed 2026).',
  ];
  for (const b of measured) {
    out.push('', `## Targets, ${b.version}`, '', targets(b, sizes));
  }
  for (const b of measured) {
    out.push('', `## ${b.version}`);
    for (const [name, c] of Object.entries(cases)) {
      if (b.cases[name]) out.push('', `### ${c.title}`, '', sparklineTable(b.cases[name], peers));
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
        `First complete render (the overview and every element inside it updated, then the next frame): median ${ms(median(painted))} ms (${ms(lo)}–${ms(hi)}); drawn, script only: ${ms(median(b.overview.runs.map((r) => r.drawn)))} ms. No baseline: an absolute figure against the 500 ms target.`,
      );
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
