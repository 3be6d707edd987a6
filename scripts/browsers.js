// Where the test browsers live. Debian's packages by default; CHROME_PATH / FIREFOX_PATH override.
import { existsSync } from 'node:fs';

const firstExisting = (paths) => paths.find((p) => p && existsSync(p));

export const chromePath = firstExisting([
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
]);

export const firefoxPath = firstExisting([
  process.env.FIREFOX_PATH,
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
]);

/** Flags Chromium needs as root on a machine with no outside network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Test pages run side by side; a page in a background tab must not lose its timers and frames.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

/** puppeteer.launch() options for headless Debian Chromium, shared by the scripts, bench and tests. */
export const chromiumLaunch = { executablePath: chromePath, headless: true, args: chromiumArgs };

/** puppeteer.launch() options for headless Debian Firefox ESR, shared by the bench and tests. */
export const firefoxLaunch = { browser: 'firefox', executablePath: firefoxPath, headless: true };
