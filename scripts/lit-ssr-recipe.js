// docs/developers.md's Lit SSR recipe ("Lit SSR in your own server"), run as written: its `js` block is
// saved as a module in a scratch folder inside the repository (so it imports the workspace's
// @sundhedsaftale/cli as an app would import the installed one), with the sample it reads at the path it
// names, and its page function's HTML is returned. Used by the test server for
// packages/cli/src/static/lit-ssr-recipe.test.ts. Run after `npm run build`.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const repo = new URL('../', import.meta.url).pathname;

/** The recipe: the doc's one `js` block that uses renderWidget(). */
export function litSsrRecipe() {
  const doc = readFileSync(join(repo, 'docs/developers.md'), 'utf8');
  const recipes = [...doc.matchAll(/```js\n([\s\S]*?)```/g)]
    .map((m) => m[1])
    .filter((code) => code.includes('renderWidget('));
  if (recipes.length !== 1) throw new Error(`${recipes.length} Lit SSR recipes in developers.md`);
  return recipes[0];
}

/** Runs the recipe in a new Node process and resolves to `focusAreaPage(area)`'s HTML. */
export async function runLitSsrRecipe(area) {
  const cache = join(repo, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'lit-ssr-recipe-'));
  try {
    writeFileSync(join(dir, 'widget-page.js'), litSsrRecipe());
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
    const [, file] = /readFile\('([^']+)'/.exec(litSsrRecipe()) ?? [];
    mkdirSync(join(dir, 'data'), { recursive: true });
    copyFileSync(join(repo, 'packages/data/samples', file.replace(/^data\//, '')), join(dir, file));
    const run = `const { focusAreaPage } = await import('./widget-page.js');
process.stdout.write(await focusAreaPage(${JSON.stringify(area)}));`;
    return await new Promise((resolve, reject) =>
      execFile(
        process.execPath,
        ['--input-type=module', '-e', run],
        { cwd: dir, maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) =>
          error ? reject(new Error(stderr || String(error))) : resolve(stdout),
      ),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
