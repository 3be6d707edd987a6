// Lints the published shape of every package: publint (package.json, exports, files) and Are the Types
// Wrong (types resolve for every export under node16 and bundler resolution). Exits 1 on any problem.
// Usage: node scripts/check-packages.js [package-dir…]   (after `npm run build`)
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const packages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['packages/data', 'packages/elements', 'packages/cli', 'packages/embed'];

/** A script bundle and an HTML page: nothing in it is imported for its types. */
const attwIgnore = { 'packages/embed': ['untyped-resolution'] };

const bin = (name) => join(root, 'node_modules', '.bin', name);

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Every subpath the exports map offers, with `*` patterns expanded over the files that exist. */
function entrypoints(dir) {
  const { exports } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const all = files(dir)
    .filter((f) => !f.includes('node_modules'))
    .map((f) => `./${relative(dir, f)}`);
  return Object.entries(exports).flatMap(([key, value]) => {
    if (!key.includes('*')) return [key];
    const target = typeof value === 'string' ? value : value.default;
    const [prefix, suffix] = target.split('*');
    return all
      .filter(
        (f) =>
          f.startsWith(prefix) && f.endsWith(suffix) && f.length > prefix.length + suffix.length,
      )
      .filter((f) => !/\.test\./.test(f))
      .map((f) => key.replace('*', f.slice(prefix.length, f.length - suffix.length)));
  });
}

let failed = 0;
for (const pkg of packages) {
  const dir = join(root, pkg);
  const run = (label, file, args) => {
    try {
      const out = execFileSync(file, args, { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
      console.log(`✔ ${pkg}: ${label}`);
      if (process.env.VERBOSE) console.log(out);
    } catch (error) {
      failed++;
      console.error(`✘ ${pkg}: ${label}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    }
  };
  run('publint --strict', bin('publint'), ['--strict', '.']);
  const entries = entrypoints(dir);
  run(`attw (${entries.length} entry points)`, bin('attw'), [
    '--pack',
    '.',
    '--profile',
    'esm-only',
    '--format',
    'ascii',
    '--entrypoints',
    ...entries,
    ...(attwIgnore[pkg] ? ['--ignore-rules', ...attwIgnore[pkg]] : []),
  ]);
}
process.exitCode = failed ? 1 : 0;
