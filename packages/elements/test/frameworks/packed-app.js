// A scratch app that installs the packed @sundhedsaftale/data and @sundhedsaftale/elements tarballs, as an
// npm user would get them, with their third-party dependencies (and the app's own: react, vue, …) linked
// from the repository's node_modules, so no registry is needed (scripts/packed-install.js). Run after
// `npm run build`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installLinked, pack, repo } from '../../../../scripts/packed-install.js';

export { repo };

/**
 * Packs data and elements into a new temporary folder and installs them into `<folder>/app`, with `deps`
 * (and every dependency of theirs) linked flat, as npm would install them.
 * @returns {{ dir: string, remove: () => void }}
 */
export function createPackedApp(deps = []) {
  const tmp = mkdtempSync(join(tmpdir(), 'sa-app-'));
  const dir = join(tmp, 'app');
  installLinked(
    dir,
    ['data', 'elements'].map((name) => pack(name, tmp)),
    deps,
  );
  return { dir, remove: () => rmSync(tmp, { recursive: true, force: true }) };
}
