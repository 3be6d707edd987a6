import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromiumLaunch, firefoxLaunch } from './scripts/browsers.js';
import { summaryReporter } from './scripts/summary-reporter.js';
import { testServer } from './scripts/test-server.js';

const only = process.env.WTR_BROWSERS?.split(',');

/** With CI set, fast-check uses a fixed seed (scripts/fast-check-seed.js); locally, new inputs each run. */
const seedScript = process.env.CI
  ? '<script type="module" src="/scripts/fast-check-seed.js"></script>'
  : '';

const browsers = [
  chromeLauncher({ launchOptions: chromiumLaunch }),
  puppeteerLauncher({ launchOptions: firefoxLaunch }),
].filter((b) => !only || only.some((name) => b.name.toLowerCase().includes(name)));

export default {
  files: [
    'packages/*/src/**/*.test.ts',
    'packages/elements/test/frameworks/*.test.ts',
    'stories/**/*.test.ts',
  ],
  nodeResolve: { exportConditions: ['production', 'default'] },
  // One page at a time per browser: a background tab gets no animation frames (fixture() waits for one)
  // and no keyboard focus.
  concurrency: 1,
  middleware: [testServer],
  testsFinishTimeout: 240000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' })],
  testFramework: {
    // A focused (.only) or skipped test fails the run.
    config: { forbidOnly: true, forbidPending: true, timeout: 10000 },
  },
  browsers,
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head>${seedScript}</head><body><script type="module" src="${testFramework}"></script></body></html>`,
  reporters: [defaultReporter(), summaryReporter()],
};
