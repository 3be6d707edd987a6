import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

/**
 * Lit creates its Trusted Types policy as "lit-html". A page that already runs Lit has taken that name,
 * so the bundle asks for its own, "sundhedsaftale" (DESIGN.md), which a page allows with
 * `trusted-types sundhedsaftale`.
 */
function renameTrustedTypesPolicy(): Plugin {
  return {
    name: 'sundhedsaftale:trusted-types-policy',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/].*lit-html\.js$/.test(id)) return null;
      const renamed = code.replace(
        /createPolicy\((["'])lit-html\1/g,
        'createPolicy("sundhedsaftale"',
      );
      if (renamed === code) this.error(`No Trusted Types policy found to rename in ${id}`);
      return { code: renamed, map: null };
    },
  };
}

/** Prints the bundle's min+gzip size, the figure the size budget is about. */
function reportSize(): Plugin {
  return {
    name: 'sundhedsaftale:report-size',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const gzip = gzipSync(chunk.code, { level: 9 }).length;
        console.log(
          `${chunk.fileName}: ${(chunk.code.length / 1024).toFixed(1)} KB min, ${(gzip / 1024).toFixed(1)} KB min+gzip`,
        );
      }
    },
  };
}

export default defineConfig({
  plugins: [renameTrustedTypesPolicy(), reportSize()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: true,
    lib: {
      entry: 'src/sundhedsaftale.ts',
      formats: ['es'],
      fileName: () => 'sundhedsaftale.js',
    },
    rolldownOptions: {
      output: {
        banner: `/*! sundhedsaftale-widgets ${version} | MIT | https://github.com/sundhedsaftale/sundhedsaftale-widgets */`,
      },
    },
  },
});
