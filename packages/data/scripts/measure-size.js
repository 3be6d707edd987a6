#!/usr/bin/env node
// Measures what a browser bundle pulls from @sundhedsaftale/data (esbuild --bundle --minify
// --format=esm, then gzip -9), and what an ajv-based validator would cost instead.
// Run from the repository root after `npx tsc -b packages/data`:
//   node packages/data/scripts/measure-size.js
// Figures go into docs/decisions/0002-validator.md.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const schema = JSON.parse(
  readFileSync(new URL('../schema/sundhedsaftale.schema.json', import.meta.url), 'utf8'),
);

const ELEMENTS_API = `validate, SCHEMA_VERSION, parsePeriod, comparePeriods, formatPeriod, formatNumber,
  formatValue, formatChange, decimalsFor, seriesFor, summarize, status, describe, statusCounts, label,
  safeUrl, text`;

const ajvStandalone = (allErrors) => {
  const ajv = new Ajv2020({ code: { source: true, esm: true }, allErrors });
  return standaloneCode(ajv, ajv.compile(schema));
};

const entries = {
  'validate() only': `export { validate } from './dist/index.js';`,
  'validate() + validateJson()': `export { validate, validateJson } from './dist/index.js';`,
  'derivations, labels, formatting (no validate)': `export { parsePeriod, comparePeriods, formatPeriod,
    formatNumber, formatValue, formatChange, decimalsFor, seriesFor, summarize, status, describe,
    statusCounts, label, safeUrl, text } from './dist/index.js';`,
  'everything the elements import': `export { ${ELEMENTS_API} } from './dist/index.js';`,
  'whole package (export *)': `export * from './dist/index.js';`,
  'ajv standalone, all errors (AOT-compiled schema; no messages, no reference checks)':
    ajvStandalone(true),
  'ajv standalone, first error only': ajvStandalone(false),
  'ajv 2020 runtime + compile in the browser (needs unsafe-eval)': `import Ajv from 'ajv/dist/2020.js';
    const schema = ${JSON.stringify(schema)};
    export const validate = new Ajv({ allErrors: true }).compile(schema);`,
};

const rows = [];
for (const [name, contents] of Object.entries(entries)) {
  const result = await build({
    stdin: { contents, resolveDir: pkgDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  rows.push([name, code.length, gzipSync(code, { level: 9 }).length]);
}

const kb = (n) => `${(n / 1024).toFixed(2)} kB`;
console.log('| entry | min | min+gzip |\n| --- | ---: | ---: |');
for (const [name, min, gz] of rows) console.log(`| ${name} | ${kb(min)} | ${kb(gz)} |`);
