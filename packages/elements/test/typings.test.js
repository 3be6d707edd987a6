// The shipped declarations as an app's TypeScript sees them, and every code example in
// docs/developers.md run as written: an app that installs the packed tarballs type-checks (strict) the
// framework test apps, typings fixtures (whose @ts-expect-error lines must stay errors) and the doc's
// TypeScript, TSX and Vue examples; its shell example runs. Its HTML examples render in
// frameworks/docs-examples.test.ts (browser). Run after `npm run build`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPackedApp, repo } from './frameworks/packed-app.js';
import { frameworkDeps } from './frameworks/build-apps.js';

const here = new URL('./frameworks/', import.meta.url).pathname;
const fixtures = [
  'typings-check.tsx',
  'typings-vue.ts',
  'widgets.tsx',
  'react-app.tsx',
  'react-ssr.tsx',
  'vue-app.ts',
  'vue-ssr.ts',
];

/** The fenced code blocks of a Markdown file, with their language; blocks marked "not run" left out. */
export function codeBlocks(markdown) {
  const blocks = [];
  const re = /(<!-- not run:[^>]*-->\s*)?```(\w+)\n([\s\S]*?)```/g;
  for (const [, skip, lang, code] of markdown.matchAll(re)) if (!skip) blocks.push({ lang, code });
  return blocks;
}

const doc = readFileSync(join(repo, 'docs/developers.md'), 'utf8');
const blocks = codeBlocks(doc);
let app;

before(() => {
  app = createPackedApp([...frameworkDeps, '@types/node', 'vite', '@vitejs/plugin-vue']);
  for (const file of fixtures) copyFileSync(join(here, file), join(app.dir, file));
});
after(() => app?.remove());

const tsc = () =>
  execFileSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', app.dir], {
    cwd: app.dir,
    encoding: 'utf8',
  });

test("developers.md's examples: every block but the marked Angular one is run here or in the browser", () => {
  const langs = blocks.map((b) => b.lang);
  // The `js` block, the Lit SSR recipe, runs in packages/cli/src/static/lit-ssr-recipe.test.ts.
  for (const lang of langs)
    assert.ok(['sh', 'ts', 'tsx', 'html', 'css', 'vue', 'js'].includes(lang), lang);
  assert.equal(langs.filter((l) => l === 'js').length, 1, 'the Lit SSR recipe');
  assert.ok(langs.filter((l) => l === 'tsx').length >= 2, 'the React examples');
  assert.ok(!doc.includes('dagligrygere'), 'no id that only the 2019–2023 sample has');
});

test('the declarations, the framework apps and the doc examples type-check (strict) in an app', async () => {
  const { parse, compileTemplate } = await import(
    join(repo, 'node_modules/vue/compiler-sfc/index.mjs')
  );
  blocks.forEach(({ lang, code }, i) => {
    if (lang === 'ts' || lang === 'tsx') writeFileSync(join(app.dir, `doc-${i}.${lang}`), code);
    if (lang === 'vue') {
      const { descriptor, errors } = parse(code, { filename: `doc-${i}.vue` });
      assert.deepEqual(errors, []);
      // The template compiles (custom elements known as such); the script type-checks with the rest.
      const template = compileTemplate({
        id: `doc-${i}`,
        filename: `doc-${i}.vue`,
        source: descriptor.template.content,
        compilerOptions: { isCustomElement: (tag) => tag.startsWith('sa-'), isTS: true },
      });
      assert.deepEqual(template.errors, []);
      assert.doesNotMatch(template.code, /resolveComponent/, 'sa-* tags are custom elements');
      writeFileSync(join(app.dir, `doc-${i}.vue.ts`), descriptor.scriptSetup.content);
    }
  });
  writeFileSync(
    join(app.dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        moduleDetection: 'force',
        types: ['node'],
        // As app templates set it: the data package's own dependencies bring conflicting Node types.
        skipLibCheck: true,
      },
      include: ['*.ts', '*.tsx'],
    }),
  );
  try {
    tsc();
  } catch (error) {
    assert.fail(error.stdout || String(error));
  }
});

test("developers.md's shell example runs as written and writes each page", () => {
  const sh = blocks.filter((b) => b.lang === 'sh' && b.code.includes('sundhedsaftale render'));
  assert.equal(sh.length, 1);
  const cli = join(repo, 'node_modules/.bin/sundhedsaftale');
  const script = sh[0].code.replaceAll('npx sundhedsaftale', cli);
  execFileSync('bash', ['-euo', 'pipefail', '-c', script], { cwd: app.dir, stdio: 'pipe' });
  for (const [, file] of sh[0].code.matchAll(/> (\S+\.html)/g)) {
    assert.ok(statSync(join(app.dir, file)).size > 1000, `${file} is written`);
    assert.match(readFileSync(join(app.dir, file), 'utf8'), /<sa-|<table|<svg/);
  }
});
