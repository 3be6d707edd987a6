import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';

const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

// Lit's BSD-3-Clause licence asks that its copyright notice travel with it; the minifier drops Lit's own.
const banner = `/*! sundhedsaftale-widgets ${version} | MIT | https://github.com/sundhedsaftale/sundhedsaftale-widgets | includes Lit, Copyright 2017 Google LLC, BSD-3-Clause */`;

/**
 * Lit creates its Trusted Types policy as "lit-html". A page that already runs Lit has taken that name,
 * so the bundle asks for its own, "sundhedsaftale" (DESIGN.md), which a page allows with
 * `trusted-types sundhedsaftale`. The call is also guarded:
 * - A second copy of the bundle on the page (loaded twice, or the module beside the classic script) cannot
 *   create the same name again without `'allow-duplicates'`, and trying is a CSP violation (Firefox reports
 *   it). The first copy leaves a marker (a flag, never the policy itself, which would let any script make
 *   TrustedHTML), and later copies skip the call: their elements are never registered, since the first
 *   copy's tags win, so they need no policy.
 * - A page whose CSP does not allow the name gets a clear console message instead of an exception.
 */
function renameTrustedTypesPolicy(): Plugin {
  const helper =
    'const __saCreatePolicy=(tt,name,rules)=>{const k=Symbol.for("sundhedsaftale.trustedTypesPolicy");' +
    'if(globalThis[k])return void 0;' +
    'try{const p=tt.createPolicy(name,rules);globalThis[k]=!0;return p}catch(e){' +
    'console.error("sundhedsaftale: the page\'s Content-Security-Policy must allow the Trusted Types policy \\"sundhedsaftale\\" (trusted-types sundhedsaftale).",e);' +
    'return void 0}};';
  return {
    name: 'sundhedsaftale:trusted-types-policy',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/].*lit-html\.js$/.test(id)) return null;
      const renamed = code.replace(
        /([\w$.]+)\.createPolicy\(\s*(["'])lit-html\2\s*,/g,
        '__saCreatePolicy($1,"sundhedsaftale",',
      );
      if (renamed === code) this.error(`No Trusted Types policy found to rename in ${id}`);
      return { code: helper + renamed, map: null };
    },
  };
}

/**
 * Tags whose box is a block, list item, table part or the like: whitespace beside their start or end
 * tags never renders (it is collapsed at a line's start or end), so indentation there can go, and with it
 * a text node per line. Inline elements (span, a, svg, button, label, code) keep their spaces.
 */
const BLOCK =
  'address|article|aside|caption|dd|details|div|dl|dt|fieldset|figcaption|figure|footer|h[1-6]|header|legend|li|main|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul';
// The tag after is only looked at (not consumed), so a block tag right after another is matched too.
const besideBlockTag = new RegExp(
  `\\s*\\n\\s*(?=<\\/?(?:${BLOCK})\\b)|(<\\/?(?:${BLOCK})\\b[^<>]*>)\\s*\\n\\s*`,
  'g',
);

/** Stands for an expression while a template's markup is minified whole: never in template text. */
const HOLE = '\u0000';

/**
 * Collapses whitespace in markup; the elements use no `<pre>` and no `white-space: pre`, so it is safe.
 * Indentation beside block-level tags goes entirely.
 */
const minifyMarkup = (raw: string) =>
  raw
    .replace(besideBlockTag, (_, tag = '') => tag)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[ \t]{2,}/g, ' ');

/**
 * A template's markup, minified whole with a hole for each expression, so a tag cut by an attribute
 * binding (`<p data-status=${…}>`) is still seen as the block tag it is.
 */
function minifyHtml(texts: string[]): string[] {
  const minified = minifyMarkup(texts.join(HOLE)).split(HOLE);
  if (minified.length !== texts.length) throw new Error('A template lost an expression');
  return minified;
}

/**
 * Drops comments, the whitespace around braces, semicolons, commas and child combinators, after colons
 * (never before one: in a selector, `a :focus` and `a:focus` differ), the last semicolon of each block,
 * quotes around identifier attribute values and leading zeros. The styles hold no strings with these
 * characters in them.
 */
const minifyCss = (raw: string) =>
  raw
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    // [variant='compact'] → [variant=compact]: an identifier needs no quotes.
    .replace(/(\[[\w-]+[~|^$*]?=)'([a-z][\w-]*)'\]/gi, '$1$2]')
    // 0.75em → .75em
    .replace(/([\s:,(-])0\.(\d)/g, '$1.$2');

/**
 * Inside an `<svg>`, whitespace between tags is a text node that draws nothing (the charts have no
 * `<text>`), yet every sparkline clones and walks it: it goes. `texts` are a template's static parts in
 * order (expressions between them); `inSvg` is true for Lit's svg`` templates, which are SVG throughout.
 * A small scanner keeps track of tags and quoted attribute values, so text inside a tag is never touched.
 */
function dropSvgWhitespace(texts: string[], inSvg: boolean): string[] {
  let depth = inSvg ? 1 : 0;
  let inTag = false;
  let quote = '';
  return texts.map((text) => {
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (inTag) {
        if (quote) quote = c === quote ? '' : quote;
        else if (c === '"' || c === "'") quote = c;
        else if (c === '>') inTag = false;
      } else if (c === '<') {
        inTag = true;
        const name = /^<(\/?)svg\b/.exec(text.slice(i, i + 6));
        if (name) depth += name[1] ? -1 : 1;
      } else if (depth > 0 && /\s/.test(c)) {
        continue;
      }
      out += c;
    }
    return out;
  });
}

/**
 * Minifies the static parts of Lit's html``, svg`` and css`` templates in the elements: the JS minifier
 * keeps template text as it is, and indentation is most of it. Parsed with TypeScript, so expressions
 * (`${…}`) and nested templates are never touched.
 */
function minifyTemplates(): Plugin {
  return {
    name: 'sundhedsaftale:minify-templates',
    transform(code, id) {
      if (!/[\\/]elements[\\/]dist[\\/].*\.js$/.test(id)) return null;
      const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
      const edits: [number, number, string][] = [];
      const visit = (node: ts.Node): void => {
        if (
          ts.isTaggedTemplateExpression(node) &&
          ts.isIdentifier(node.tag) &&
          ['html', 'svg', 'css'].includes(node.tag.text)
        ) {
          const tag = node.tag.text;
          const t = node.template;
          const parts = ts.isNoSubstitutionTemplateLiteral(t)
            ? [t]
            : [t.head, ...t.templateSpans.map((span) => span.literal)];
          // Text sits between "`" or "}" and "`" or "${".
          const spans = parts.map((part): [number, number] => {
            const start = part.getStart(file) + 1;
            const opensExpression = ts.isTemplateHead(part) || ts.isTemplateMiddle(part);
            return [start, part.getEnd() - (opensExpression ? 2 : 1)];
          });
          const texts = spans.map(([start, end]) => code.slice(start, end));
          const minified =
            tag === 'css'
              ? texts.map(minifyCss)
              : dropSvgWhitespace(minifyHtml(texts), tag === 'svg');
          spans.forEach(([start, end], i) => edits.push([start, end, minified[i]!]));
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
        out = out.slice(0, start) + text + out.slice(end);
      }
      return { code: out, map: null };
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
 * Four builds, one per `--mode` (see package.json): each output is one file with nothing shared, so no
 * build can split a chunk off the editor's single script.
 * - `bundle`: `sundhedsaftale.js`, the self-contained ES module editors link.
 * - `classic`: `sundhedsaftale.iife.js`, the same as a classic script, for CMSs that drop `type="module"`.
 * - `page`: `embed.js` and `embed.html`, the iframe page (which loads `sundhedsaftale.js` beside it).
 * - `host`: `embed-host.js`, the host page's classic script that sizes embed.html iframes.
 */
export default defineConfig(({ mode }): UserConfig => {
  const builds = {
    bundle: { entry: 'src/sundhedsaftale.ts', format: 'es', fileName: 'sundhedsaftale.js' },
    classic: { entry: 'src/sundhedsaftale.ts', format: 'iife', fileName: 'sundhedsaftale.iife.js' },
    page: { entry: 'src/embed.ts', format: 'es', fileName: 'embed.js' },
    host: { entry: 'src/embed-host.ts', format: 'iife', fileName: 'embed-host.js' },
  } as const;
  const build = builds[mode as keyof typeof builds] ?? builds.bundle;
  return {
    plugins: [
      renameTrustedTypesPolicy(),
      minifyTemplates(),
      reportSize(),
      ...(mode === 'page' ? [embedPage()] : []),
    ],
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
