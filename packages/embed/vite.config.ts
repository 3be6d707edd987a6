import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { applyEdits, templateEdits } from '../../scripts/minify-templates.js';

const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

// Lit's BSD-3-Clause licence asks that its copyright notice travel with it; the minifier drops Lit's own.
const banner = `/*! sundhedsaftale-widgets ${version}, MIT; includes Lit, Copyright 2017 Google LLC, BSD-3-Clause */`;

/**
 * Lit creates its Trusted Types policy as "lit-html". A page that already runs Lit has taken that name,
 * so the bundle asks for its own, "sundhedsaftale" (docs/security.md), which a page allows with
 * `trusted-types sundhedsaftale`; the comparison's own file asks for "sundhedsaftale-comparison", since it
 * carries its own copy of Lit beside the bundle's. The call is also guarded:
 * - A second copy of the bundle on the page (loaded twice, or the module beside the classic script) cannot
 *   create the same name again without `'allow-duplicates'`, and trying is a CSP violation (Firefox reports
 *   it). The first copy leaves a marker (a flag, never the policy itself, which would let any script make
 *   TrustedHTML), and later copies skip the call: their elements are never registered, since the first
 *   copy's tags win, so they need no policy.
 * - A page whose CSP does not allow the name gets a clear console message instead of an exception.
 */
function renameTrustedTypesPolicy(policy: string): Plugin {
  const helper =
    `const __saCreatePolicy=(tt,name,rules)=>{const k=Symbol.for("${policy}.trustedTypesPolicy");` +
    'if(globalThis[k])return void 0;' +
    'try{const p=tt.createPolicy(name,rules);globalThis[k]=!0;return p}catch(e){' +
    `console.error("sundhedsaftale: the page's Content-Security-Policy must allow the Trusted Types policy \\"${policy}\\" (trusted-types ${policy}).",e);` +
    'return void 0}};';
  return {
    name: 'sundhedsaftale:trusted-types-policy',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/].*lit-html\.js$/.test(id)) return null;
      const renamed = code.replace(
        /([\w$.]+)\.createPolicy\(\s*(["'])lit-html\2\s*,/g,
        `__saCreatePolicy($1,"${policy}",`,
      );
      if (renamed === code) this.error(`No Trusted Types policy found to rename in ${id}`);
      return { code: helper + renamed, map: null };
    },
  };
}

/**
 * The elements' build minifies their templates (scripts/minify-templates.js); this does it again for the
 * bundle (no change when it already has been), so a dist built by a bare `tsc -b` ships minified too.
 */
function minifyTemplates(): Plugin {
  return {
    name: 'sundhedsaftale:minify-templates',
    transform(code, id) {
      if (!/[\\/]elements[\\/]dist[\\/].*\.js$/.test(id)) return null;
      const edits = templateEdits(code);
      return edits.length ? { code: applyEdits(code, edits), map: null } : null;
    },
  };
}

/**
 * Moves every element's stylesheet text to the end of the script. gzip looks back 32 KB for repeats, and
 * the bundle is about 100 KB: CSS placed among the JavaScript finds few repeats, all of it together finds
 * many (about 0.2 KB min+gzip less). Each `*.styles.js` module's one css`…` (a template without `${}`)
 * becomes `unsafeCSS(__saCss(i))`, and `__saCss` is a function declaration in the chunk's outro: hoisted,
 * so it can be called before the line that declares it, and inside the IIFE wrapper of the classic build.
 * `i` is the sheet's place among every `*.styles.js` of the elements' dist in name order, fixed whatever
 * order the modules are transformed in; a sheet this build leaves out is a hole in the list.
 */
function stylesLast(): Plugin {
  const dist = fileURLToPath(new URL('../elements/dist/', import.meta.url));
  let names: string[] = [];
  const sheets: (string | undefined)[] = [];
  return {
    name: 'sundhedsaftale:styles-last',
    buildStart() {
      names = readdirSync(dist, { recursive: true, encoding: 'utf8' })
        .map((file) => file.replace(/\\/g, '/'))
        .filter((file) => file.endsWith('.styles.js'))
        .map((file) => file.slice(0, -'.styles.js'.length))
        .sort();
      sheets.length = 0;
    },
    transform(code, id) {
      const name = /[\\/]elements[\\/]dist[\\/](.*)\.styles\.js$/
        .exec(id)?.[1]
        ?.replace(/\\/g, '/');
      if (!name) return null;
      const index = names.indexOf(name);
      let n = 0;
      const moved = code.replace(/\bcss\s*`([^`$\\]*)`/g, (_match, text: string) => {
        n++;
        sheets[index] = text;
        return `css(__saCss(${index}))`;
      });
      // A one-part css`…` is unsafeCSS() of its text: the same stylesheet, without css()'s code for
      // interpolated values and its error message.
      const imported = moved.replace(
        /import\s*\{\s*css\s*\}\s*from\s*(["'])lit\1/,
        'import{unsafeCSS as css}from"lit"',
      );
      if (index < 0 || n !== 1 || imported === moved || /\bcss\s*`/.test(imported)) {
        this.error(`Expected import { css } from 'lit' and one css\`…\` without \${} in ${id}`);
      }
      return { code: imported, map: null };
    },
    outro() {
      // Holes (sheets this build has no element for) cost a comma each.
      const table = Array.from(sheets, (text) => (text === undefined ? '' : `\`${text}\``)).join(
        ',',
      );
      return `function __saCss(i){return[${table}][i]}`;
    },
  };
}

/** Prints each script's min+gzip size, the figure the size budget is about. */
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

/** Copies the iframe page and its stylesheet into dist as they are (no inline script or style: strict CSP). */
function embedPage(): Plugin {
  return {
    name: 'sundhedsaftale:embed-page',
    generateBundle() {
      for (const fileName of ['embed.html', 'embed.css']) {
        const source = readFileSync(new URL(`./src/${fileName}`, import.meta.url), 'utf8');
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
  };
}

/**
 * Six builds, one per `--mode` (see package.json): each output is one file with nothing shared, so no
 * build can split a chunk off the editor's single script.
 * - `bundle`: `sundhedsaftale.js`, the self-contained ES module editors link.
 * - `classic`: `sundhedsaftale.iife.js`, the same as a classic script, for CMSs that drop `type="module"`.
 * - `comparison` and `comparison-classic`: `sundhedsaftale-comparison.js` and its classic twin, the same
 *   for `<sa-area-comparison>` (and `<sa-agreement>`), which does not fit in the bundle's size budget
 *   (docs/decisions/0008-d3-modules.md).
 * - `page`: `embed.js` and `embed.html`, the iframe page (which loads `sundhedsaftale.js` beside it).
 * - `host`: `embed-host.js`, the host page's classic script that sizes embed.html iframes.
 */
export default defineConfig(({ mode }): UserConfig => {
  const comparison = 'src/sundhedsaftale-comparison.ts';
  const builds = {
    bundle: { entry: 'src/sundhedsaftale.ts', format: 'es', fileName: 'sundhedsaftale.js' },
    classic: { entry: 'src/sundhedsaftale.ts', format: 'iife', fileName: 'sundhedsaftale.iife.js' },
    comparison: { entry: comparison, format: 'es', fileName: 'sundhedsaftale-comparison.js' },
    'comparison-classic': {
      entry: comparison,
      format: 'iife',
      fileName: 'sundhedsaftale-comparison.iife.js',
    },
    page: { entry: 'src/embed.ts', format: 'es', fileName: 'embed.js' },
    host: { entry: 'src/embed-host.ts', format: 'iife', fileName: 'embed-host.js' },
  } as const;
  const build = builds[mode as keyof typeof builds] ?? builds.bundle;
  return {
    plugins: [
      renameTrustedTypesPolicy(
        build.entry === comparison ? 'sundhedsaftale-comparison' : 'sundhedsaftale',
      ),
      minifyTemplates(),
      stylesLast(),
      reportSize(),
      ...(mode === 'page' ? [embedPage()] : []),
    ],
    // The bundle draws lines only: d3-path's Path with just what line() calls (src/d3-path-lite.ts).
    resolve: {
      alias: [
        {
          find: /^d3-path$/,
          replacement: fileURLToPath(new URL('./src/d3-path-lite.ts', import.meta.url)),
        },
      ],
    },
    logLevel: 'warn',
    build: {
      target: 'es2022',
      outDir: 'dist',
      // The first build (`bundle`) empties dist; the others add to it.
      emptyOutDir: build === builds.bundle,
      sourcemap: true,
      minify: true,
      lib: {
        entry: build.entry,
        formats: [build.format],
        name: 'sundhedsaftale',
        fileName: () => build.fileName,
      },
      // Vite leaves whitespace in ES libraries so consumers' bundlers can tree-shake them; these files are
      // final, so they are minified in full.
      // Pure annotations only help a bundler that reads this file, and none does.
      rolldownOptions: {
        output: { postBanner: banner, minify: true, comments: { legal: false, annotation: false } },
      },
    },
  };
});
