// Fails fast, with the fix, when a test browser is missing.
import { chromePath, firefoxPath } from './browsers.js';

const missing = [];
if (!chromePath)
  missing.push('Chromium (set CHROME_PATH, or install the Debian package "chromium")');
if (!firefoxPath)
  missing.push('Firefox ESR (set FIREFOX_PATH, or install the Debian package "firefox-esr")');

if (missing.length > 0) {
  console.error(`The browser tests need:\n  - ${missing.join('\n  - ')}`);
  console.error('On Debian/Ubuntu: sudo apt-get install -y chromium firefox-esr');
  process.exit(1);
}
