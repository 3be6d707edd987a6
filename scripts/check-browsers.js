// Fails fast, with the fix, when a test browser (or pdftotext, for the print test) is missing.
import { execFileSync } from 'node:child_process';
import { chromePath, firefoxPath } from './browsers.js';

const missing = [];
if (!chromePath)
  missing.push('Chromium (set CHROME_PATH, or install the Debian package "chromium")');
if (!firefoxPath)
  missing.push('Firefox ESR (set FIREFOX_PATH, or install the Debian package "firefox-esr")');

try {
  execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
} catch {
  missing.push(
    'pdftotext (the print test reads the PDF with it: install the Debian package "poppler-utils")',
  );
}

if (missing.length > 0) {
  console.error(`The browser tests need:\n  - ${missing.join('\n  - ')}`);
  console.error('On Debian/Ubuntu: sudo apt-get install -y chromium firefox-esr poppler-utils');
  process.exit(1);
}
