import { expect } from '@open-wc/testing';
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
});
