// Test endpoints for the browser tests' network cases (Koa middleware for @web/test-runner).
import { readFile } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { execFile } from 'node:child_process';

const counts = new Map();
/** The framework test apps, built once per test run when a test first asks for them. */
let frameworkApps;
const sample = (name) =>
  readFile(new URL(`../packages/data/samples/${name}.json`, import.meta.url));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const htmlPage = (title) =>
  `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1></body></html>`;

export async function testServer(ctx, next) {
  const match = ctx.path.match(/^\/__test__\/([a-z-]+)(?:\/([^/]+))?(?:\/([^/]+))?$/);
  if (!match) return next();
  const [, route, a, b] = match;
  const bump = (key) => counts.set(key, (counts.get(key) ?? 0) + 1);

  switch (route) {
    case 'status':
      ctx.status = Number(a);
      ctx.type = 'text/html';
      ctx.body = htmlPage(`Error ${a}`);
      return;
    case 'html':
      ctx.type = 'text/html';
      ctx.body = htmlPage('Log ind');
      return;
    case 'embed-dist': {
      // The embed folder as an editor might upload it: everything but the comparison's own file.
      if (a === 'sundhedsaftale-comparison.js' || !/^[\w.-]+$/.test(a ?? '')) {
        ctx.status = 404;
        return;
      }
      ctx.type = a.slice(a.lastIndexOf('.'));
      ctx.body = await readFile(new URL(`../packages/embed/dist/${a}`, import.meta.url));
      return;
    }
    case 'login-as-json': // a login page, served with a JSON content type
      ctx.type = 'application/json';
      ctx.body = htmlPage('Log ind');
      return;
    case 'text':
      ctx.type = 'text/plain';
      ctx.body = '{"schemaVersion": "1.0", "id": "truncated", ';
      return;
    case 'hang':
      await sleep(3_000);
      ctx.status = 204;
      return;
    case 'sample': // /__test__/sample/<name>/<counter key>
      if (b) bump(b);
      ctx.type = 'application/json';
      ctx.body = await sample(a);
      return;
    case 'delay': // /__test__/delay/<ms>/<name>
      await sleep(Number(a));
      ctx.type = 'application/json';
      ctx.body = await sample(b);
      return;
    case 'flaky': // 503 on the first request per key, then the sample
      bump(`flaky-${a}`);
      if (counts.get(`flaky-${a}`) === 1) {
        ctx.status = 503;
        ctx.type = 'text/html';
        ctx.body = htmlPage('Unavailable');
        return;
      }
      ctx.type = 'application/json';
      ctx.body = await sample('midt-2019-2023');
      return;
    case 'flip': // the sample on the first request per key, then 500s: a refresh that fails
      bump(`flip-${a}`);
      if (counts.get(`flip-${a}`) > 1) {
        ctx.status = 500;
        ctx.type = 'text/html';
        ctx.body = htmlPage('Server error');
        return;
      }
      ctx.type = 'application/json';
      ctx.body = await sample('midt-2019-2023');
      return;
    case 'trickle': {
      // the sample, a few bytes at a time
      const body = await sample('midt-2019-2023');
      const stream = new PassThrough();
      ctx.type = 'application/json';
      ctx.body = stream;
      (async () => {
        for (let i = 0; i < body.length; i += 4096) {
          stream.write(body.subarray(i, i + 4096));
          await sleep(5);
        }
        stream.end();
      })();
      return;
    }
    case 'static':
    case 'report': {
      // /__test__/static/<sample>?widget=…&focus-area=…: `sundhedsaftale render` output;
      // /__test__/report/<sample>?period=…&area=…: `sundhedsaftale report` output
      const cli = new URL('../packages/cli/bin/sundhedsaftale.js', import.meta.url).pathname;
      const file = new URL(`../packages/data/samples/${a}.json`, import.meta.url).pathname;
      const args = [cli, route === 'static' ? 'render' : 'report', file];
      for (const [k, v] of new URLSearchParams(ctx.querystring)) args.push(`--${k}`, v);
      const page = await new Promise((resolve, reject) =>
        execFile('node', args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
          error ? reject(new Error(stderr || String(error))) : resolve(stdout),
        ),
      );
      ctx.type = 'text/html';
      ctx.body = page;
      return;
    }
    case 'lit-ssr-recipe': {
      // /__test__/lit-ssr-recipe/<area>: docs/developers.md's Lit SSR recipe, run as written
      const { runLitSsrRecipe } = await import('./lit-ssr-recipe.js');
      ctx.type = 'text/html';
      ctx.body = await runLitSsrRecipe(a);
      return;
    }
    case 'frameworks': {
      // /__test__/frameworks/<file>: the React and Vue apps built from the packed tarballs
      const { buildFrameworkApps } =
        await import('../packages/elements/test/frameworks/build-apps.js');
      frameworkApps ??= buildFrameworkApps();
      if (!/^[\w-]+\.js$/.test(a)) return next();
      ctx.type = 'text/javascript';
      ctx.body = await readFile(`${await frameworkApps}/${a}`);
      return;
    }
    case 'count':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ count: counts.get(a) ?? 0 });
      return;
    case 'huge': {
      // A body far past the cap, with no Content-Length.
      const stream = new PassThrough();
      ctx.type = 'application/json';
      ctx.body = stream;
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < 20 * 1024 * 1024) {
          sent += chunk.length;
          if (!stream.write(chunk)) return stream.once('drain', pump);
        }
        stream.end();
      };
      stream.on('error', () => {});
      pump();
      return;
    }
    default:
      return next();
  }
}
