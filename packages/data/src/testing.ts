/**
 * `@sundhedsaftale/data/testing`: helpers for tests, stories and benchmarks, kept out of the main entry
 * so that no page bundles them.
 */
export { generateAgreement, type GenerateOptions } from './generate.js';
