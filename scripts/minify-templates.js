// Minifies the static text of Lit's html``, svg`` and css`` templates in built JavaScript and moves each
// file's source map with it. The elements' build runs it on their dist after tsc, so npm users and the
// bundle get the same templates: a JS minifier keeps template text as it is, and every indentation text
// node would be cloned into every element (about 7 % of a thousand sparklines' time, measured).
// Usage: node scripts/minify-templates.js <dir>   (every .js file below it, in place; run again: no change)
import ts from 'typescript';
import { decode, encode } from '@jridgewell/sourcemap-codec';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
 * @param {string} raw
 */
const minifyMarkup = (raw) =>
  raw
    .replace(besideBlockTag, (_, tag = '') => tag)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[ \t]{2,}/g, ' ');

/**
 * A template's markup, minified whole with a hole for each expression, so a tag cut by an attribute
 * binding (`<p data-status=${…}>`) is still seen as the block tag it is.
 * @param {string[]} texts
 */
function minifyHtml(texts) {
  const minified = minifyMarkup(texts.join(HOLE)).split(HOLE);
  if (minified.length !== texts.length) throw new Error('A template lost an expression');
  return minified;
}

/**
 * Drops comments, the whitespace around braces, semicolons, commas and child combinators, inside
 * parentheses' ends, at the ends of the text, after colons
 * (never before one: in a selector, `a :focus` and `a:focus` differ), the last semicolon of each block,
 * quotes around identifier attribute values and leading zeros. The styles hold no strings with these
 * characters in them.
 * @param {string} raw
 */
const minifyCss = (raw) =>
  raw
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    // [variant='compact'] → [variant=compact]: an identifier needs no quotes.
    .replace(/(\[[\w-]+[~|^$*]?=)'([a-z][\w-]*)'\]/gi, '$1$2]')
    // 0.75em → .75em
    .replace(/([\s:,(-])0\.(\d)/g, '$1.$2')
    // repeat( auto-fit, … ) → repeat(auto-fit, …)
    .replace(/\( | \)/g, (m) => m.trim())
    .trim();

/**
 * Inside an `<svg>`, whitespace between tags is a text node that draws nothing (the charts have no
 * `<text>`), yet every sparkline clones and walks it: it goes. So does a space before a tag's `>`
 * (`<button @click=${…}\n>` as Prettier writes it, `</span\n>`), which is never content. `texts` are a
 * template's static parts in order (expressions between them); `inSvg` is true for Lit's svg`` templates,
 * which are SVG throughout. A small scanner keeps track of tags and quoted attribute values, so text
 * inside a quoted value is never touched.
 * @param {string[]} texts
 * @param {boolean} inSvg
 */
function dropSvgWhitespace(texts, inSvg) {
  let depth = inSvg ? 1 : 0;
  let inTag = false;
  let quote = '';
  return texts.map((text) => {
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (inTag) {
        if (quote) quote = c === quote ? '' : quote;
        else if (c === '"' || c === "'") quote = c;
        else if (c === '>') inTag = false;
        else if (/\s/.test(c) && text[i + 1] === '>') continue;
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

/** @typedef {[start: number, end: number, text: string]} Edit */

/**
 * The edits that minify the templates of one JavaScript file, in order. Parsed with TypeScript, so
 * expressions (`${…}`) and nested templates are never touched.
 * @param {string} code
 * @returns {Edit[]}
 */
export function templateEdits(code) {
  const file = ts.createSourceFile('x.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  /** @type {Edit[]} */
  const edits = [];
  /** @param {ts.Node} node */
  const visit = (node) => {
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
      const spans = parts.map((part) => {
        const opensExpression = ts.isTemplateHead(part) || ts.isTemplateMiddle(part);
        return [part.getStart(file) + 1, part.getEnd() - (opensExpression ? 2 : 1)];
      });
      const texts = spans.map(([start, end]) => code.slice(start, end));
      const minified =
        tag === 'css' ? texts.map(minifyCss) : dropSvgWhitespace(minifyHtml(texts), tag === 'svg');
      spans.forEach(([start, end], i) => {
        if (minified[i] !== texts[i]) edits.push([start, end, minified[i]]);
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return edits.sort((a, b) => a[0] - b[0]);
}

/**
 * @param {string} code
 * @param {Edit[]} edits in order, not overlapping
 */
export function applyEdits(code, edits) {
  let out = '';
  let at = 0;
  for (const [start, end, text] of edits) {
    out += code.slice(at, start) + text;
    at = end;
  }
  return out + code.slice(at);
}

/** @param {string} text offsets where each line starts */
const lineStarts = (text) => {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
};

/**
 * A source map's mappings moved from `code` to `applyEdits(code, edits)`: every generated position keeps
 * pointing at the same source position; one inside a minified text points at that text's start.
 * @param {string} mappings VLQ mappings of a map whose generated file is `code`
 * @param {string} code
 * @param {Edit[]} edits
 */
export function moveMappings(mappings, code, edits) {
  const oldStarts = lineStarts(code);
  const newStarts = lineStarts(applyEdits(code, edits));
  /** @param {number} offset */
  const moved = (offset) => {
    let delta = 0;
    for (const [start, end, text] of edits) {
      if (offset < start) break;
      if (offset < end) return start + delta;
      delta += text.length - (end - start);
    }
    return offset + delta;
  };
  /** @type {ReturnType<typeof decode>} */
  const lines = newStarts.map(() => []);
  decode(mappings).forEach((segments, line) => {
    for (const segment of segments) {
      const offset = moved(oldStarts[line] + segment[0]);
      let newLine = newStarts.length - 1;
      while (newStarts[newLine] > offset) newLine--;
      lines[newLine].push([offset - newStarts[newLine], ...segment.slice(1)]);
    }
  });
  for (const segments of lines) segments.sort((a, b) => a[0] - b[0]);
  return encode(lines);
}

/**
 * Minifies one file's templates in place, with its `.map` beside it if there is one.
 * @param {string} path
 * @returns {number} characters of template text removed
 */
export function minifyFile(path) {
  const code = readFileSync(path, 'utf8');
  const edits = templateEdits(code);
  if (edits.length === 0) return 0;
  const out = applyEdits(code, edits);
  const mapPath = `${path}.map`;
  if (existsSync(mapPath)) {
    const map = JSON.parse(readFileSync(mapPath, 'utf8'));
    map.mappings = moveMappings(map.mappings, code, edits);
    writeFileSync(mapPath, JSON.stringify(map));
  }
  writeFileSync(path, out);
  return code.length - out.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/minify-templates.js <dir>');
    process.exit(2);
  }
  let files = 0;
  let saved = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.js')) continue;
    const bytes = minifyFile(join(dir, name));
    if (bytes > 0) files++;
    saved += bytes;
  }
  console.log(
    `minify-templates: ${files} files in ${dir}, ${saved} characters of template text less`,
  );
}
