// Fixes fast-check's seed where a run must be reproducible: every property then starts from one seed, so
// a CI run cannot fail on an input no one has seen. Local runs draw new inputs each time and print the
// seed of any failure. Browsers load it when CI is set (web-test-runner.config.js); Node with --import.
import fc from 'fast-check';

const node = typeof process !== 'undefined';
if (!node || process.env.CI) fc.configureGlobal({ seed: 2026 });
