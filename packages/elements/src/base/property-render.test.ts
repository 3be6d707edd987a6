import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import type { Agreement } from '@sundhedsaftale/data';
import '../define.js';
import { renderedStrings, sample } from '../../test/helpers.js';

type Json = Record<string, unknown>;

/** One change somewhere in a valid document: an indicator's field, or a point of its series. */
const mutation = fc.oneof(
  fc.record({
    indicator: fc.nat(20),
    field: fc.constantFrom(
      'name',
      'unit',
      'series',
      'desiredDirection',
      'target',
      'source',
      'state',
      'stableWithin',
      'decimals',
      'illustrative',
    ),
    value: fc.jsonValue({ maxDepth: 2 }),
  }),
  fc.record({
    indicator: fc.nat(20),
    point: fc.nat(20),
    field: fc.constantFrom('period', 'value', 'area'),
    value: fc.oneof(
      fc.double(),
      fc.integer(),
      fc.string(),
      fc.constant(null),
      fc.constantFrom('2024-H1', '2024-Q3', '2024-07', '-0', '1e308'),
    ),
  }),
);

function apply(
  doc: Agreement,
  m: { indicator: number; field: string; value: unknown; point?: number },
): Json {
  const copy = structuredClone(doc) as unknown as Json;
  const indicators = copy.indicators as Json[];
  const indicator = indicators[m.indicator % indicators.length]!;
  if (m.point === undefined) indicator[m.field] = m.value;
  else {
    const series = (indicator.series as Json[] | undefined) ?? [];
    if (series.length) series[m.point % series.length]![m.field] = m.value;
  }
  return copy;
}

const TAGS = [
  ['sa-indicator-sparkline', (d: Agreement) => ({ indicator: d.indicators![0]!.id })],
  ['sa-focus-area-card', (d: Agreement) => ({ 'focus-area': d.focusAreas![1]!.id })],
  ['sa-overview', () => ({})],
] as const;

async function renderSafely(tag: string, attrs: Record<string, string>, data: unknown) {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  window.addEventListener('error', onError);
  try {
    const el = document.createElement(tag) as HTMLElement & {
      data: unknown;
      updateComplete: Promise<unknown>;
    };
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.data = data;
    const host = await fixture(html`<div></div>`);
    host.append(el);
    await el.updateComplete;
    const leaked = renderedStrings(el.shadowRoot!).filter((s) =>
      /\bNaN\b|\bInfinity\b|\bundefined\b|\[object Object\]/.test(s),
    );
    const shown = el.shadowRoot!.querySelector('[part~=base], [role=alert]') !== null;
    host.remove();
    return { leaked, errors, shown };
  } finally {
    window.removeEventListener('error', onError);
  }
}

describe('every element renders any document (fast-check)', () => {
  let consultation: Agreement;
  before(async () => {
    consultation = await sample('midt-2019-2023');
  });

  for (const [tag, attrsFor] of TAGS) {
    it(`<${tag}> with one random mutation of a valid document shows data or an error, and leaks nothing`, async function () {
      this.timeout(120_000);
      await fc.assert(
        fc.asyncProperty(mutation, async (m) => {
          const result = await renderSafely(tag, attrsFor(consultation), apply(consultation, m));
          expect(result.errors, JSON.stringify(m)).to.deep.equal([]);
          expect(result.leaked, JSON.stringify(m)).to.deep.equal([]);
          expect(result.shown, JSON.stringify(m)).to.equal(true);
        }),
        { numRuns: tag === 'sa-overview' ? 25 : 60 },
      );
    });

    it(`<${tag}> with an arbitrary JSON value as its data shows an error`, async function () {
      this.timeout(60_000);
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), async (doc) => {
          const result = await renderSafely(tag, attrsFor(consultation), doc);
          expect(result.errors).to.deep.equal([]);
          expect(result.leaked).to.deep.equal([]);
          expect(result.shown).to.equal(true);
        }),
        { numRuns: 25 },
      );
    });
  }
});
