// Fails fast, with the fix, when a test browser (or pdftotext for the print tests, or LibreOffice for the
// workbook's print test) is missing.
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

try {
  execFileSync('soffice', ['--version'], { stdio: 'ignore' });
} catch {
  missing.push(
    'LibreOffice (the workbook print test converts it to PDF: install the Debian package "libreoffice-calc-nogui")',
  );
}

if (missing.length > 0) {
  console.error(`The browser tests need:\n  - ${missing.join('\n  - ')}`);
  console.error(
    'On Debian/Ubuntu: sudo apt-get install -y chromium firefox-esr poppler-utils libreoffice-calc-nogui',
  );
  process.exit(1);
}
