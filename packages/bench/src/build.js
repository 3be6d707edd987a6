// Bundles each peer's sparkline module with esbuild (minified, tree-shaken, one file each) into
// packages/bench/.build/, writes one HTML page per peer there, and measures min+gzip sizes.
import { build } from 'esbuild';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { head as domFloorHead } from './peers/dom-floor.js';
import { head as comparisonFloorHead } from './peers/comparison-floor.js';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
export const BUILD_DIR = here('../.build/');
/**
 * The bundle "ours" runs: the built `sundhedsaftale.js`, or a candidate build named by BENCH_OURS_BUNDLE
 * (any path; it is copied into .build/ and served from there), to measure a proposed change.
 */
export const OURS_BUNDLE =
  process.env.BENCH_OURS_BUNDLE ?? here('../../embed/dist/sundhedsaftale.js');
const OURS_URL = process.env.BENCH_OURS_BUNDLE
  ? '/packages/bench/.build/candidate-sundhedsaftale.js'
  : '/packages/embed/dist/sundhedsaftale.js';

/** Peers in the order they run in a round; `svg` is the baseline every figure is divided by. */
export const PEERS = {
  ours: { label: 'sundhedsaftale (`<sa-indicator-sparkline>`)', head: ours() },
  'ours-line': { label: 'sundhedsaftale, `variant="line"`', head: ours() },
  svg: { label: 'plain SVG (baseline)' },
  'dom-floor': {
    label:
      'plain DOM, same content as the full element (no framework, no validation; not a library)',
    head: domFloorHead,
  },
  'lit-full-floor': {
    label:
      'Lit, same content as the full element (shadow root; no validation, description or states; not a library)',
  },
  'lit-floor': { label: 'Lit element floor (shadow root, line and value; not a library)' },
  'data-work': {
    label: 'data work alone (validate in place, summarize, describe; no DOM; not a library)',
    sizeless: true,
  },
  plot: { label: 'Observable Plot' },
  uplot: {
    label: 'uPlot',
    head: '<link rel="stylesheet" href="/node_modules/uplot/dist/uPlot.min.css" />',
  },
  chartjs: { label: 'Chart.js (tree-shaken)' },
  echarts: { label: 'ECharts (core + LineChart + GridSimple + SVGRenderer)' },
  empty: { label: 'empty page', sizeless: true },
};

function ours() {
  return `<script type="module" src="${OURS_URL}"></script>`;
}

const page = (name, head = '') => `<!doctype html>
<html lang="da">
  <head>
    <meta charset="utf-8" />
    <title>bench: ${name}</title>
    <style>
      body { margin: 0; font: 14px/1.3 system-ui, sans-serif; color: #1a1a1a; }
      #root { display: flex; flex-wrap: wrap; gap: 4px; padding: 4px; }
      #root > * { width: 264px; }
      .item { display: flex; align-items: center; gap: 4px; }
      .value { white-space: nowrap; }
    </style>
    ${head}
  </head>
  <body>
    <main id="root"></main>
    <script type="module">
      import { start } from '/packages/bench/src/page/harness.js';
      start('/packages/bench/.build/${name}.js');
    </script>
  </body>
</html>
`;

export const gzipBytes = (code) => gzipSync(code, { level: 9 }).length;

/** How every bundle here is built: one minified, tree-shaken ES module, kept in memory. */
const MINIFIED = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  legalComments: 'none',
  logLevel: 'error',
};

/** Builds every peer; returns `{ [peer]: { min, gzip } }` plus `oursBundle` and `oursSparklineOnly`. */
export async function buildAll() {
  await rm(BUILD_DIR, { recursive: true, force: true });
  await mkdir(BUILD_DIR, { recursive: true });
  const sizes = {};
  for (const [name, peer] of Object.entries(PEERS)) {
    const result = await build({ ...MINIFIED, entryPoints: [here(`./peers/${name}.js`)] });
    const code = result.outputFiles[0].contents;
    await writeFile(`${BUILD_DIR}${name}.js`, code);
    await writeFile(`${BUILD_DIR}${name}.html`, page(name, peer.head));
    if (!peer.sizeless) sizes[name] = { min: code.length, gzip: gzipBytes(code) };
  }
  // The comparison's own pages, ours and its floor (its case only; no size row: the element is measured
  // in the bundle).
  for (const [name, head] of [
    ['ours-comparison', ''],
    ['comparison-floor', comparisonFloorHead],
  ]) {
    const result = await build({ ...MINIFIED, entryPoints: [here(`./peers/${name}.js`)] });
    await writeFile(`${BUILD_DIR}${name}.js`, result.outputFiles[0].contents);
    await writeFile(`${BUILD_DIR}${name}.html`, page(name, head));
  }
  // Ours: the self-contained bundle editors link (every element and Lit inlined) ...
  const bundle = await readFile(OURS_BUNDLE);
  if (process.env.BENCH_OURS_BUNDLE)
    await writeFile(`${BUILD_DIR}candidate-sundhedsaftale.js`, bundle);
  sizes.oursBundle = { min: bundle.length, gzip: gzipBytes(bundle) };
  // ... and the smallest bundle a developer's build makes for the sparkline alone.
  const only = await build({
    ...MINIFIED,
    stdin: {
      contents: "import '@sundhedsaftale/elements/indicator-sparkline/define.js';",
      resolveDir: here('.'),
    },
  });
  const onlyCode = only.outputFiles[0].contents;
  sizes.oursSparklineOnly = { min: onlyCode.length, gzip: gzipBytes(onlyCode) };
  return sizes;
}
