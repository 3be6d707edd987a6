// A scratch app that installs the packed @sundhedsaftale/data and @sundhedsaftale/elements tarballs, as an
// npm user would get them, with their third-party dependencies (and the app's own: react, vue, …) linked
// from the repository's node_modules, so no registry is needed. Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const repo = new URL('../../../../', import.meta.url).pathname.replace(/\/$/, '');

/** Where the repository's install put a package, from the point of view of `from`. */
function resolveDir(dep, from) {
  for (let dir = from; dir.startsWith(repo) && dir.length >= repo.length; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', dep);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
  }
  throw new Error(`${dep} is not installed in the repository`);
}

/**
 * Packs data and elements into a new temporary folder and installs them into `<folder>/app`, with `deps`
 * (and every dependency of theirs) linked flat, as npm would install them.
 * @returns {{ dir: string, remove: () => void }}
 */
export function createPackedApp(deps = []) {
  const tmp = mkdtempSync(join(tmpdir(), 'sa-app-'));
  const dir = join(tmp, 'app');
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'app', private: true, type: 'module' }),
  );
  const seen = new Set();
  const link = (dep, from) => {
    if (seen.has(dep) || dep.startsWith('@sundhedsaftale/')) return;
    seen.add(dep);
    const source = resolveDir(dep, from);
    const target = join(dir, 'node_modules', dep);
    if (!existsSync(target)) {
      mkdirSync(dirname(target), { recursive: true });
      symlinkSync(source, target, 'dir');
    }
    const { dependencies = {} } = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));
    for (const next of Object.keys(dependencies)) link(next, source);
  };
  for (const name of ['data', 'elements']) {
    const out = execFileSync('npm', ['pack', '--json', '--pack-destination', tmp], {
      cwd: join(repo, 'packages', name),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const tarball = join(tmp, JSON.parse(out)[0].filename);
    const target = join(dir, 'node_modules', '@sundhedsaftale', name);
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
    const { dependencies = {} } = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8'));
    for (const dep of Object.keys(dependencies)) link(dep, join(repo, 'packages', name));
  }
  for (const dep of deps) link(dep, repo);
  return { dir, remove: () => rmSync(tmp, { recursive: true, force: true }) };
}
