// The built bundle, read as it ships: no code from strings, no HTML-string sinks but Lit's own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

for (const file of ['sundhedsaftale.js', 'sundhedsaftale.iife.js']) {
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

  test(`${file} assigns innerHTML once: Lit's template element, through the "sundhedsaftale" policy`, () => {
    assert.equal((code.match(/\.innerHTML\s*=/g) ?? []).length, 1);
    assert.match(code, /createElement\(\s*`template`\s*\);\s*return\s+\w+\.innerHTML\s*=\s*\w+/);
    assert.match(code, /`sundhedsaftale`|"sundhedsaftale"/);
    assert.doesNotMatch(code, /createPolicy\(\s*["'`]lit-html/);
  });

  test(`${file} keeps no whitespace between the tags of a sparkline's chart (each would be a text node per sparkline)`, () => {
    const charts = code.match(/<svg (?:class|part)="chart"[\s\S]*?<\/svg\s*>/g) ?? [];
    assert.equal(charts.length, 2, 'the full and the line variant');
    for (const chart of charts) assert.doesNotMatch(chart, />\s+(<|\$\{)|\}\s+</);
  });
}
