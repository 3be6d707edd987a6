// The built bundle, read as it ships: no code from strings, no HTML-string sinks but Lit's own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const files = {
  'sundhedsaftale.js': 'sundhedsaftale',
  'sundhedsaftale.iife.js': 'sundhedsaftale',
  'sundhedsaftale-comparison.js': 'sundhedsaftale-comparison',
  'sundhedsaftale-comparison.iife.js': 'sundhedsaftale-comparison',
};

for (const [file, policy] of Object.entries(files)) {
  const code = readFileSync(new URL(`../dist/${file}`, import.meta.url), 'utf8');

  test(`${file} has no eval, new Function, string timers, document.write or HTML-string sinks`, () => {
    for (const pattern of [
      /\beval\s*\(/,
      /new\s+Function\b/,
      /set(Timeout|Interval)\(\s*['"`]/,
      /document\.write/,
      /insertAdjacentHTML/,
      /outerHTML\s*=/,
      /unsafeHTML|unsafeSVG|unsafeStatic/,
    ]) {
      assert.doesNotMatch(code, pattern);
    }
  });

  test(`${file} assigns innerHTML once: Lit's template element, through the "${policy}" policy`, () => {
    assert.equal((code.match(/\.innerHTML\s*=/g) ?? []).length, 1);
    assert.match(code, /createElement\(\s*`template`\s*\);\s*return\s+\w+\.innerHTML\s*=\s*\w+/);
    assert.ok(code.includes(`"${policy}"`) || code.includes(`\`${policy}\``), `names ${policy}`);
    assert.ok(code.includes(`${policy}.trustedTypesPolicy`), 'its own marker');
    assert.doesNotMatch(code, /createPolicy\(\s*["'`]lit-html/);
  });

  if (policy !== 'sundhedsaftale') continue;

  test(`${file} keeps no whitespace between the tags of a sparkline's chart (each would be a text node per sparkline)`, () => {
    const charts = code.match(/<svg (?:class|part)="chart"[\s\S]*?<\/svg\s*>/g) ?? [];
    assert.equal(charts.length, 2, 'the full and the line variant');
    for (const chart of charts) assert.doesNotMatch(chart, />\s+(<|\$\{)|\}\s+</);
  });

  test(`${file} keeps no whitespace beside the sparkline's block tags (it never renders, yet is cloned)`, () => {
    const sparkline = code.match(/<div class="sparkline" part="base"><div class="head">[\s\S]*?`/);
    assert.ok(sparkline, "the sparkline's template");
    // `<div class="chart"><svg`: a block tag right after another, and a block start tag after a binding.
    assert.match(sparkline[0], /<div class="body"><div class="chart"><svg /);
    assert.doesNotMatch(sparkline[0], /<\/?(div|p)\b[^<>]*>\s+[<$]|\s<\/?(div|p)\b/);
  });
}
