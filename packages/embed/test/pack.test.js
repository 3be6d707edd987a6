// The packed tarballs, as npm would publish them: their file lists, what installing them costs a user
// (packages and bytes of node_modules, printed), and a scratch project that installs them and imports,
// type-checks, defines and renders the elements.
//
// Offline: scripts/packed-install.js installs the tarballs with npm from the local cache.
// Run after `npm run build`: node --test packages/embed/test/pack.test.js
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromePath, chromiumLaunch } from '../../../scripts/browsers.js';
import { installWithNpm, pack, repo } from '../../../scripts/packed-install.js';
import { serve } from '../../../scripts/static-server.js';

const bin = (name) => join(repo, 'node_modules', '.bin', name);
let tmp;
let app;
const packed = {};
const footprints = {};

/** A scratch project in tmp that installs the packed tarballs of `names` (data, elements) with npm. */
function installScratch(dirName, names) {
  const dir = join(tmp, dirName);
  installWithNpm(
    dir,
    names.map((n) => packed[n]),
  );
  return dir;
}

/** Every package under `dir`/node_modules (nested ones too) and the bytes of all their files. */
function footprint(dir) {
  const names = [];
  const size = (path) =>
    readdirSync(path, { withFileTypes: true }).reduce((sum, e) => {
      const p = join(path, e.name);
      return sum + (e.isDirectory() ? size(p) : e.isFile() ? statSync(p).size : 0);
    }, 0);
  const walk = (modules) => {
    for (const e of readdirSync(modules, { withFileTypes: true })) {
      if (e.name.startsWith('.') || !e.isDirectory()) continue;
      if (e.name.startsWith('@')) {
        for (const s of readdirSync(join(modules, e.name))) visit(join(modules, e.name, s));
      } else visit(join(modules, e.name));
    }
  };
  const visit = (pkgDir) => {
    names.push(JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).name);
    try {
      walk(join(pkgDir, 'node_modules'));
    } catch {
      // no nested node_modules
    }
  };
  walk(join(dir, 'node_modules'));
  return { names: names.sort(), bytes: size(join(dir, 'node_modules')) };
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

const node = (code) =>
  execFileSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: app,
    encoding: 'utf8',
  });

before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'sa-pack-'));
  for (const name of ['data', 'elements', 'embed']) packed[name] = pack(name, tmp);
  footprints.data = footprint(installScratch('data-only', ['data']));
  app = installScratch('app', ['elements', 'data']);
  footprints.elements = footprint(app);
});

after(() => rmSync(tmp, { recursive: true, force: true }));

/** What a page that imports the elements may install: Lit's own packages and d3 modules. */
const LIT_AND_D3 =
  /^(lit|lit-html|lit-element|@lit\/reactive-element|@lit-labs\/ssr-dom-shim|@types\/trusted-types|d3-[a-z-]+|internmap)$/;

test('installed footprint: @sundhedsaftale/data is one package, itself', () => {
  const { names, bytes } = footprints.data;
  console.log(`npm install @sundhedsaftale/data: ${names.length} package, ${mb(bytes)}`);
  assert.deepEqual(names, ['@sundhedsaftale/data']);
});

test('installed footprint: @sundhedsaftale/elements is itself, data, Lit and d3 modules: at most 14 packages and 10 MB', () => {
  const { names, bytes } = footprints.elements;
  console.log(
    `npm install @sundhedsaftale/elements: ${names.length} packages, ${mb(bytes)}: ${names.join(', ')}`,
  );
  const elements = JSON.parse(readFileSync(join(repo, 'packages/elements/package.json'), 'utf8'));
  // TypeScript's decorator helper, while the compiled elements import it (see the next test).
  const helpers = 'tslib' in (elements.dependencies ?? {}) ? ['tslib'] : [];
  assert.deepEqual(
    names.filter(
      (n) => !LIT_AND_D3.test(n) && !helpers.includes(n) && !n.startsWith('@sundhedsaftale/'),
    ),
    [],
  );
  assert.deepEqual(
    names.filter((n) => n.startsWith('@sundhedsaftale/')),
    ['@sundhedsaftale/data', '@sundhedsaftale/elements'],
  );
  assert.ok(names.length <= 14, `${names.length} packages`);
  assert.ok(bytes <= 10e6, mb(bytes));
});

test('every runtime dependency of data and elements is imported by its published code', () => {
  for (const name of ['data', 'elements']) {
    const dir = join(app, 'node_modules/@sundhedsaftale', name);
    const { dependencies = {} } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const code = packed[name].files
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    for (const dep of Object.keys(dependencies))
      assert.match(
        code,
        new RegExp(`(from|import)\\s*["']${dep.replace(/[/.]/g, '\\$&')}(/[^"']*)?["']`),
        `${name} declares ${dep} but never imports it`,
      );
  }
});

/** Files that must never be published: sources, tests, fixtures, build caches. */
const unwanted = (f) =>
  /^src\/|(^|\/)test\/|\.test\.|\/fixtures\/|tsbuildinfo|\.stories\.|node_modules/.test(f);

test('the data tarball: dist, schema and samples, no sources, tests or command line', () => {
  const { files } = packed.data;
  assert.deepEqual(files.filter(unwanted), []);
  for (const f of [
    'package.json',
    'dist/index.js',
    'dist/index.d.ts',
    'schema/sundhedsaftale.schema.json',
    'samples/midt-2019-2023.json',
    'samples/midt-2024-2027.json',
    'dist/testing.js',
    'dist/testing.d.ts',
  ]) {
    assert.ok(files.includes(f), `${f} is packed`);
  }
  assert.deepEqual(
    files.filter((f) => /^(bin|templates)\/|^dist\/(cli|sheet|static)/.test(f)),
    [],
  );
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
      'dist/sundhedsaftale-comparison.iife.js',
      'dist/sundhedsaftale-comparison.js',
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
