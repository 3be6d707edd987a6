/* global document */
// Screenshots Storybook stories in headless Chromium, to look at them as a reader would.
// Usage: node scripts/screenshot.js <out-dir> <width> <story-id>...   (after `npm run build-storybook`)
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumLaunch } from './browsers.js';
import { serve } from './static-server.js';

const [outDir = '/tmp/shots', width = '1280', ...ids] = process.argv.slice(2);
const server = await serve(join(process.cwd(), 'storybook-static'));

const browser = await puppeteer.launch(chromiumLaunch);
try {
  for (const id of ids) {
    const page = await browser.newPage();
    page.on('console', (m) => m.type() === 'error' && console.error(`[${id}] ${m.text()}`));
    page.on(
      'response',
      (r) => r.status() >= 400 && console.error(`[${id}] ${r.status()} ${r.url()}`),
    );
    page.on('pageerror', (e) => console.error(`[${id}] ${e.message}`));
    await page.setViewport({ width: Number(width), height: 800 });
    await page.goto(
      `${server.url}/iframe.html?id=${id}&viewMode=${id.endsWith('--docs') ? 'docs' : 'story'}`,
      {
        waitUntil: 'networkidle0',
      },
    );
    await page
      .waitForSelector('#storybook-root > *, #storybook-docs > *', { timeout: 10000 })
      .catch(() => {});
    await new Promise((r) => setTimeout(r, 500));
    // A full-page screenshot keeps the 800 px viewport, and `content-visibility: auto` leaves what is far
    // below it unpainted: make the viewport as tall as the page, as a reader scrolling down would see it.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewport({
      width: Number(width),
      height: Math.max(800, Math.min(height, 16000)),
    });
    await new Promise((r) => setTimeout(r, 300));
    const file = join(outDir, `${id}-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
