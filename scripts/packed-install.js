// The packed tarballs, installed into a scratch project as an npm user would get them, with no registry:
// the tarballs from `npm pack`, and their third-party dependencies (plus the project's own, e.g. react) at
// the versions the repository's package-lock.json pins. Two ways to install them:
// - installWithNpm(): npm itself, offline, from a lock file built here (npm cannot pick versions for a
//   range offline: the registry's package documents are not in the cache after `npm ci`), so the tree is
//   npm's real layout (packages/embed/test/pack.test.js measures it);
// - installLinked(): the tarballs unpacked, everything else linked to the repository's install: fast, for
//   apps with many development dependencies (packages/elements/test/frameworks/packed-app.js).
// Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const repo = new URL('../', import.meta.url).pathname.replace(/\/$/, '');
const repoLock = () => JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8')).packages;

/**
 * `npm pack` of packages/<name> into `dest`: the tarball's path, its integrity, its file list and its
 * package.json.
 */
export function pack(name, dest) {
  const dir = `packages/${name}`;
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dest], {
    cwd: join(repo, dir),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [info] = JSON.parse(out);
  return {
    name: `@sundhedsaftale/${name}`,
    dir,
    tarball: join(dest, info.filename),
    integrity: info.integrity,
    files: info.files.map((f) => f.path).sort(),
    pkg: JSON.parse(readFileSync(join(repo, dir, 'package.json'), 'utf8')),
  };
}

/**
 * Every third-party package that `packed` (pack() results) and the project's own `deps` need, flat: each
 * dependency and required peer, as Node resolves it in the repository. Maps a name to its lock key (its
 * folder in the repository) and lock entry; `conflicts` lists names wanted at two versions.
 */
export function flatDependencies(packed, deps = []) {
  const lock = repoLock();
  const found = new Map();
  const conflicts = [];
  const ours = new Set(packed.map((p) => p.name));
  const add = (dep, from) => {
    if (ours.has(dep)) return;
    if (dep.startsWith('@sundhedsaftale/')) throw new Error(`${dep} is not packed`);
    let key;
    for (let dir = from; ; dir = dirname(dir)) {
      key = `${dir === '.' ? '' : `${dir}/`}node_modules/${dep}`;
      if (lock[key]) break;
      if (dir === '.') throw new Error(`${dep} (needed from ${from}) is not in package-lock.json`);
    }
    const entry = lock[key];
    const seen = found.get(dep);
    if (seen) {
      if (seen.entry.version !== entry.version) conflicts.push(dep);
      return;
    }
    found.set(dep, { key, entry });
    const optional = entry.peerDependenciesMeta ?? {};
    for (const next of [
      ...Object.keys(entry.dependencies ?? {}),
      ...Object.keys(entry.peerDependencies ?? {}).filter((d) => !optional[d]?.optional),
    ])
      add(next, key);
  };
  for (const p of packed) for (const dep of Object.keys(p.pkg.dependencies ?? {})) add(dep, p.dir);
  for (const dep of deps) add(dep, '.');
  return { found, conflicts };
}

const writePackageJson = (dir, dependencies = {}) =>
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'scratch', private: true, type: 'module', dependencies }),
  );

/** Installs `packed` into the project `dir` with npm, offline, from a lock file of the repository's versions. */
export function installWithNpm(dir, packed) {
  mkdirSync(dir, { recursive: true });
  const dependencies = Object.fromEntries(packed.map((p) => [p.name, `file:${p.tarball}`]));
  const packages = { '': { name: 'scratch', dependencies } };
  for (const p of packed) {
    const { version, dependencies: d, peerDependencies, peerDependenciesMeta } = p.pkg;
    packages[`node_modules/${p.name}`] = {
      version,
      resolved: `file:${p.tarball}`,
      integrity: p.integrity,
      ...(d && { dependencies: d }),
      ...(peerDependencies && { peerDependencies }),
      ...(peerDependenciesMeta && { peerDependenciesMeta }),
    };
  }
  const { found, conflicts } = flatDependencies(packed);
  if (conflicts.length) throw new Error(`two versions of ${conflicts.join(', ')}`);
  for (const [dep, { entry }] of found) {
    const { dev: _d, peer: _p, devOptional: _o, extraneous: _e, ...clean } = entry;
    packages[`node_modules/${dep}`] = clean;
  }
  writePackageJson(dir, dependencies);
  writeFileSync(
    join(dir, 'package-lock.json'),
    JSON.stringify({ name: 'scratch', lockfileVersion: 3, requires: true, packages }),
  );
  execFileSync(
    'npm',
    ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'],
    { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

/**
 * Unpacks `packed` into `dir`/node_modules and links every third-party package they and `deps` need to
 * the repository's install (the first version found, where two are wanted: Node resolves a linked
 * package's own dependencies from where it really is).
 */
export function installLinked(dir, packed, deps = []) {
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  writePackageJson(dir);
  for (const p of packed) {
    const target = join(dir, 'node_modules', p.name);
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-xzf', p.tarball, '-C', target, '--strip-components=1']);
  }
  for (const [dep, { key }] of flatDependencies(packed, deps).found) {
    const target = join(dir, 'node_modules', dep);
    if (existsSync(target)) continue;
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(join(repo, key), target, 'dir');
  }
}
