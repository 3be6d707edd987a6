// The packed tarballs, as npm would publish them: their file lists, and a scratch project that installs
// them and imports, type-checks, defines and renders the elements. Offline: the packed packages are
// unpacked into the scratch project's node_modules, their third-party dependencies (lit)
// linked from the repository's node_modules, so no registry is needed.
// Run after `npm run build`: node --test packages/embed/test/pack.test.js
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromePath, chromiumLaunch } from '../../../scripts/browsers.js';
import { serve } from '../../../scripts/static-server.js';

const repo = new URL('../../../', import.meta.url).pathname.replace(/\/$/, '');
const bin = (name) => join(repo, 'node_modules', '.bin', name);
let tmp;
let app;
const packed = {};

/** `npm pack` into tmp: the tarball's path and its file list. */
function pack(name) {
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', tmp], {
    cwd: join(repo, 'packages', name),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [info] = JSON.parse(out);
  return { tarball: join(tmp, info.filename), files: info.files.map((f) => f.path).sort() };
}

/** Where the repository's install put a package, from the point of view of `from`. */
function resolveDir(dep, from) {
  for (let dir = from; dir.startsWith(repo) && dir.length >= repo.length; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', dep);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
  }
  throw new Error(`${dep} is not installed in the repository`);
}

/** Links `dep` and, recursively, its dependencies into the scratch project (flat, as npm would). */
function link(dep, from, seen = new Set()) {
  if (seen.has(dep) || dep.startsWith('@sundhedsaftale/')) return;
  seen.add(dep);
  const dir = resolveDir(dep, from);
  const target = join(app, 'node_modules', dep);
  if (!existsSync(target)) {
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(dir, target, 'dir');
  }
  const { dependencies = {} } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  for (const next of Object.keys(dependencies)) link(next, dir, seen);
}

function install(name, tarball) {
  const dir = join(app, 'node_modules', '@sundhedsaftale', name);
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', dir, '--strip-components=1']);
  const { dependencies = {} } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  for (const dep of Object.keys(dependencies)) link(dep, join(repo, 'packages', name));
}

const node = (code) =>
  execFileSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: app,
    encoding: 'utf8',
  });

before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'sa-pack-'));
  app = join(tmp, 'app');
  mkdirSync(join(app, 'node_modules'), { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'scratch', private: true, type: 'module' }),
  );
  for (const name of ['data', 'elements', 'embed']) packed[name] = pack(name);
  install('data', packed.data.tarball);
  install('elements', packed.elements.tarball);
});

after(() => rmSync(tmp, { recursive: true, force: true }));

/** Files that must never be published: sources, tests, fixtures, build caches. */
const unwanted = (f) =>
  /^src\/|(^|\/)test\/|\.test\.|\/fixtures\/|tsbuildinfo|\.stories\.|node_modules/.test(f);

test('the data tarball: dist, schema, samples and CLI, no sources or tests', () => {
  const { files } = packed.data;
  assert.deepEqual(files.filter(unwanted), []);
  for (const f of [
    'package.json',
    'dist/index.js',
    'dist/index.d.ts',
    'schema/sundhedsaftale.schema.json',
    'samples/midt-2019-2023.json',
    'samples/midt-2024-2027.json',
    'bin/sundhedsaftale.js',
  ]) {
    assert.ok(files.includes(f), `${f} is packed`);
  }
});

test('the elements tarball: dist with types, every define file, and the manifest', () => {
  const { files } = packed.elements;
  assert.deepEqual(files.filter(unwanted), []);
  for (const f of [
    'package.json',
    'custom-elements.json',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/define.js',
    'dist/define.d.ts',
    'dist/agreement/define.js',
    'dist/indicator-sparkline/define.js',
    'dist/indicator-sparkline/define.d.ts',
  ]) {
    assert.ok(files.includes(f), `${f} is packed`);
  }
  const manifest = JSON.parse(
    readFileSync(join(app, 'node_modules/@sundhedsaftale/elements/custom-elements.json'), 'utf8'),
  );
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName);
  assert.ok(tags.includes('sa-indicator-sparkline'), 'the manifest lists the elements');
});

test('the embed tarball: the bundles, the iframe page and the host script, nothing else', () => {
  const { files } = packed.embed;
  assert.deepEqual(files.filter(unwanted), []);
  assert.deepEqual(
    files.filter((f) => !f.endsWith('.map')),
    [
      'README.md',
      'dist/embed-host.js',
      'dist/embed.css',
      'dist/embed.html',
      'dist/embed.js',
      'dist/sundhedsaftale.iife.js',
      'dist/sundhedsaftale.js',
      'package.json',
    ].filter((f) => f !== 'README.md' || files.includes(f)),
  );
});

test('installed: @sundhedsaftale/data imports in Node without a DOM and validates its sample', () => {
  const out = node(`
    import { readFileSync } from 'node:fs';
    import { createRequire } from 'node:module';
    import { validate, summarize } from '@sundhedsaftale/data';
    const require = createRequire(import.meta.url);
    const doc = JSON.parse(readFileSync(require.resolve('@sundhedsaftale/data/samples/midt-2019-2023.json'), 'utf8'));
    const result = validate(doc);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const smokers = result.agreement.indicators.find((i) => i.id === 'dagligrygere');
    console.log(typeof summarize(smokers).status);
  `);
  assert.equal(out.trim(), 'string');
});

test('installed: the types resolve for a TypeScript consumer (node16 resolution)', () => {
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'Node16',
        moduleResolution: 'Node16',
        strict: true,
        noEmit: true,
        lib: ['ES2022', 'DOM'],
        types: [],
      },
      files: ['consumer.ts'],
    }),
  );
  writeFileSync(
    join(app, 'consumer.ts'),
    `import '@sundhedsaftale/elements/define.js';
import '@sundhedsaftale/elements/indicator-sparkline/define.js';
import { SaIndicatorSparkline, SaErrorEvent } from '@sundhedsaftale/elements';
import { validate, type Agreement } from '@sundhedsaftale/data';
const el: SaIndicatorSparkline = document.createElement('sa-indicator-sparkline');
el.indicator = 'dagligrygere';
el.addEventListener('sa-error', (e: SaErrorEvent) => console.log(e.detail.message));
const result = validate({});
const a: Agreement | undefined = result.ok ? result.agreement : undefined;
console.log(el, a);
`,
  );
  execFileSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', app], {
    cwd: app,
    encoding: 'utf8',
  });
});

test('installed: a bundler build of define.js renders the elements in a browser', async (t) => {
  if (!chromePath) return t.skip('no Chromium');
  writeFileSync(join(app, 'entry.js'), "import '@sundhedsaftale/elements/define.js';\n");
  execFileSync(
    bin('esbuild'),
    ['entry.js', '--bundle', '--format=esm', '--conditions=production', '--outfile=out.js'],
    { cwd: app, stdio: 'pipe' },
  );
  cpSync(join(app, 'node_modules/@sundhedsaftale/data/samples'), join(app, 'samples'), {
    recursive: true,
  });
  writeFileSync(
    join(app, 'index.html'),
    `<!doctype html><html lang="da"><title>scratch</title>
<script type="module" src="out.js"></script>
<sa-agreement src="samples/midt-2019-2023.json">
  <sa-indicator-sparkline indicator="dagligrygere"></sa-indicator-sparkline>
  <sa-focus-area-card focus-area="forebyggelse"></sa-focus-area-card>
  <sa-overview></sa-overview>
</sa-agreement>`,
  );
  const server = await serve(app);
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch(chromiumLaunch);
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/index.html`);
    const rendered = await page.waitForFunction(
      // Runs in the page.
      /* global document, customElements */
      () => {
        const tags = ['sa-indicator-sparkline', 'sa-focus-area-card', 'sa-overview'].filter((tag) =>
          customElements.get(tag),
        );
        const done = tags.every((tag) => {
          const root = document.querySelector(tag)?.shadowRoot;
          return (
            root && !root.querySelector('[part="skeleton"], .skeleton') && root.textContent.trim()
          );
        });
        return (
          done &&
          tags.map((tag) => [
            tag,
            !!document.querySelector(tag).shadowRoot.querySelector('[role="alert"]'),
          ])
        );
      },
      { timeout: 10000 },
    );
    const result = await rendered.jsonValue();
    assert.ok(
      result.some(([tag]) => tag === 'sa-indicator-sparkline'),
      'the sparkline is defined',
    );
    assert.deepEqual(
      result.filter(([, alert]) => alert),
      [],
      'no element shows an error',
    );
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
