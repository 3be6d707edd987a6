import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { comparePeriods, parsePeriod } from './period.js';
import { seriesFor } from './series.js';
import type { Indicator, SeriesPoint } from './types.js';

const indicator = (series: SeriesPoint[]): Indicator => ({
  id: 'x',
  name: 'x',
  desiredDirection: 'down',
  series,
});
const periods = (points: SeriesPoint[]) => points.map((p) => p.period);

describe('seriesFor()', () => {
  const data = indicator([
    { period: '2021', value: 13 },
    { period: '2017', value: 16 },
    { period: '2021', value: 14.2, area: '751' },
    { period: '2017', value: 17, area: '751' },
  ]);

  it('seriesFor(indicator) is the region: points without area, sorted', () => {
    const s = seriesFor(data);
    expect(periods(s.points)).to.deep.equal(['2017', '2021']);
    expect(s.points.map((p) => p.value)).to.deep.equal([16, 13]);
    expect(s).to.include({ area: null, fallback: false });
  });
  it("seriesFor(indicator, '751') is that area's points", () => {
    const s = seriesFor(data, '751');
    expect(s.points.map((p) => p.value)).to.deep.equal([17, 14.2]);
    expect(s).to.include({ area: '751', fallback: false });
  });
  it("seriesFor(indicator, '101') falls back to the region when the area has no points", () => {
    const s = seriesFor(data, '101');
    expect(s.points.map((p) => p.value)).to.deep.equal([16, 13]);
    expect(s).to.include({ area: null, fallback: true });
  });
  it("seriesFor(indicator, '') and seriesFor(indicator, null) mean the region, without fallback", () => {
    expect(seriesFor(data, '')).to.include({ area: null, fallback: false });
    expect(seriesFor(data, null)).to.include({ area: null, fallback: false });
  });
  it('seriesFor(indicator) keeps one point per period: the last duplicate wins', () => {
    const s = seriesFor(
      indicator([
        { period: '2020', value: 1 },
        { period: '2021', value: 2 },
        { period: '2020', value: 3 },
      ]),
    );
    expect(s.points.map((p) => [p.period, p.value])).to.deep.equal([
      ['2020', 3],
      ['2021', 2],
    ]);
  });
  it('seriesFor(indicator) keeps gaps (null) and drops unparseable periods and non-numbers', () => {
    const s = seriesFor(
      indicator([
        { period: '2019', value: null },
        { period: '2020-H3', value: 1 },
        { period: '2020', value: NaN },
        { period: '2021', value: '5' as never },
        { period: '2022', value: 4 },
        null as never,
      ]),
    );
    expect(s.points.map((p) => [p.period, p.value])).to.deep.equal([
      ['2019', null],
      ['2022', 4],
    ]);
  });
  it('seriesFor(indicator) orders mixed frequencies by their midpoints', () => {
    const s = seriesFor(
      indicator([
        { period: '2022-H2', value: 1 },
        { period: '2022', value: 2 },
        { period: '2022-H1', value: 3 },
      ]),
    );
    expect(periods(s.points)).to.deep.equal(['2022-H1', '2022', '2022-H2']);
  });
  it('seriesFor(indicator without series) is empty, not an exception', () => {
    expect(seriesFor({ id: 'x', name: 'x', desiredDirection: 'up' }).points).to.deep.equal([]);
    expect(seriesFor({ series: 'nope' } as never, '751')).to.deep.equal({
      points: [],
      area: null,
      fallback: true,
    });
  });
  it('seriesFor(indicator, area) is the last usable point per period, sorted, whatever the order', () => {
    // The definition, step by step; seriesFor() skips the last two steps for a series already in order.
    const expected = (series: SeriesPoint[], area: string | null) => {
      const byPeriod = new Map<string, SeriesPoint>();
      for (const p of series) {
        const usable = parsePeriod(p.period) && (p.value === null || Number.isFinite(p.value));
        if (usable && (p.area || null) === area) byPeriod.set(p.period, p);
      }
      return [...byPeriod.values()].sort((a, b) => comparePeriods(a.period, b.period));
    };
    const point = fc.record(
      {
        period: fc.constantFrom('2020', '2020-H1', '2020-H2', '2020-Q3', '2021', '2021-05', 'x'),
        value: fc.oneof(fc.integer(), fc.constant(null), fc.constant(NaN)),
        area: fc.constantFrom('751', '730', ''),
      },
      { requiredKeys: ['period', 'value'] },
    );
    const inOrder = (series: SeriesPoint[]) =>
      [...series].sort((a, b) => comparePeriods(a.period, b.period));
    const series = fc.oneof(fc.array(point), fc.array(point).map(inOrder));
    fc.assert(
      fc.property(series, fc.constantFrom(undefined, '751', '999'), (points, areaId) => {
        const s = seriesFor(indicator(points), areaId);
        const want = expected(points, s.area);
        expect(s.points).to.have.length(want.length);
        s.points.forEach((p, i) => expect(p).to.equal(want[i])); // the very same objects
      }),
      { numRuns: 500 },
    );
  });
});
