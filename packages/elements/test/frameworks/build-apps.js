// Builds the framework test apps (React 19, Vue 3) with esbuild from the packed tarballs, as an app's
// bundler would: scripts/test-server.js serves them to the browser tests under /__test__/frameworks/.
import { build } from 'esbuild';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPackedApp } from './packed-app.js';

export const frameworkDeps = ['react', 'react-dom', '@types/react', '@types/react-dom', 'vue'];
const here = new URL('.', import.meta.url).pathname;
const entries = ['react-app.tsx', 'react-ssr.tsx', 'vue-app.ts', 'vue-ssr.ts'];

/** Bundles each app into a new folder and returns its path; the scratch install is removed. */
export async function buildFrameworkApps() {
  const app = createPackedApp(frameworkDeps);
  const outdir = mkdtempSync(join(tmpdir(), 'sa-framework-apps-'));
  try {
    for (const file of [...entries, 'widgets.tsx']) cpSync(join(here, file), join(app.dir, file));
    await build({
      absWorkingDir: app.dir,
      entryPoints: entries,
      outdir,
      bundle: true,
      format: 'esm',
      splitting: true,
      target: 'es2022',
      jsx: 'automatic',
      // A development build: React and Vue warn (console.error) about hydration mismatches only there.
      define: {
        'process.env.NODE_ENV': '"development"',
        __VUE_OPTIONS_API__: 'true',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'true',
      },
      // Vue's full build compiles the in-DOM template at run time (`vue` alone: not vue/server-renderer).
      plugins: [
        {
          name: 'vue-full-build',
          setup(b) {
            b.onResolve({ filter: /^vue$/ }, (args) =>
              b.resolve('vue/dist/vue.esm-bundler.js', {
                kind: args.kind,
                resolveDir: args.resolveDir,
              }),
            );
          },
        },
      ],
      logLevel: 'error',
    });
  } finally {
    app.remove();
  }
  return outdir;
}
