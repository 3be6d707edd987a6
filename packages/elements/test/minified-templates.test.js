// The elements' dist as npm ships it: templates minified by scripts/minify-templates.js after tsc, with
// source maps that still point at the TypeScript.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { decode, encode } from '@jridgewell/sourcemap-codec';
import { applyEdits, moveMappings, templateEdits } from '../../../scripts/minify-templates.js';

const dist = new URL('../dist/indicator-sparkline/indicator-sparkline.js', import.meta.url);
const src = new URL('../src/indicator-sparkline/indicator-sparkline.ts', import.meta.url);
const code = readFileSync(dist, 'utf8');
const map = JSON.parse(readFileSync(new URL(`${dist.href}.map`), 'utf8'));

/** The 0-based source line a generated offset maps to, as a debugger would look it up. */
function sourceLineAt(mappings, text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  const column = offset - (before.lastIndexOf('\n') + 1);
  const segments = decode(mappings)[line].filter((s) => s[0] <= column);
  return segments[segments.length - 1][2];
}

test('the sparkline ships its template without indentation (each would be a text node per sparkline)', () => {
  assert.match(code, /<div class="sparkline" part="base"><div class="head"><span class="name"/);
  assert.deepEqual(templateEdits(code), [], 'minifying again changes nothing');
});

test('the source map still leads from the minified JavaScript to the TypeScript line', () => {
  const source = readFileSync(src, 'utf8').split('\n');
  // Methods that come after the long templates, whose lines the minifier removed.
  for (const name of ['#renderValues(', '#onToggle() {', '#renderSource(']) {
    const offset = code.indexOf(`    ${name}`) + 4;
    assert.ok(offset > 4, name);
    const line = sourceLineAt(map.mappings, code, offset);
    assert.ok(source[line].trimStart().startsWith(name), `${name} maps to "${source[line]}"`);
  }
});

test('moveMappings keeps positions before, inside and after a minified text', () => {
  const before = 'x = html`<div>\n    <p>${a}</p>\n  </div>`;\ny = 1;\n';
  const edits = templateEdits(before);
  const after = applyEdits(before, edits);
  assert.equal(after, 'x = html`<div><p>${a}</p></div>`;\ny = 1;\n');
  // x; the expression `a`; the closing tags' text (minified); y.
  const lines = [[[0, 0, 0, 0]], [[9, 0, 1, 9]], [[2, 0, 2, 2]], [[0, 0, 3, 0]]];
  const moved = decode(moveMappings(encode(lines), before, edits));
  assert.equal(moved.length, 3, 'three lines after');
  assert.deepEqual(moved[0], [
    [0, 0, 0, 0],
    [after.indexOf('a}'), 0, 1, 9],
    [after.indexOf('</p>'), 0, 2, 2],
  ]);
  assert.deepEqual(moved[1], [[0, 0, 3, 0]], 'y keeps its source line, one line up');
});
