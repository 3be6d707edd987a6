/* global document -- page.evaluate() runs in the browser */
// Shared by the CLI's Node tests: the bin file run as users run it, the samples, a temporary folder,
// and a page printed to PDF by headless Chromium with JavaScript off. Run after `npm run build`.
import { after } from 'node:test';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's folder. */
export const pkg = fileURLToPath(new URL('..', import.meta.url));
export const bin = join(pkg, 'bin/sundhedsaftale.js');

/** The path of a sample agreement of @sundhedsaftale/data. */
export const samplePath = (name) =>
  fileURLToPath(import.meta.resolve(`@sundhedsaftale/data/samples/${name}.json`));

/** Runs the CLI and resolves to { code, stdout, stderr }, never rejecting on a non-zero exit. */
export const run = (...args) =>
  new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });

/**
 * A temporary folder, removed after the test file: `dir`, and `tmp(name)`, a fresh path in it
 * (numbered, so two tests never share a file).
 */
export function tempFolder(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  after(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  return { dir, tmp: (name) => join(dir, `${++n}-${name}`) };
}

/**
 * Prints `htmlFile` to `pdfFile` as a reader would print it: JavaScript off, print media, in a
 * `viewport` as wide as the printed page. Resolves to how many pixels the content is wider than the
 * page (anything wider would be cut off on paper).
 */
export async function printToPdf(htmlFile, pdfFile, viewport, pdfOptions) {
  const { default: puppeteer } = await import('puppeteer-core');
  const { chromiumLaunch } = await import('../../../scripts/browsers.js');
  const browser = await puppeteer.launch(chromiumLaunch);
  try {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`file://${htmlFile}`, { waitUntil: 'load' });
    await page.emulateMediaType('print');
    await page.setViewport(viewport);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    await page.pdf({ path: pdfFile, printBackground: true, ...pdfOptions });
    return overflow;
  } finally {
    await browser.close();
  }
}
