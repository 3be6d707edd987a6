import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { compareAreas, hasAreaData, latestByArea } from './compare.js';
import { seriesFor } from './series.js';
import type { Agreement, Indicator, SeriesPoint } from './types.js';

const areas = [
  { id: '1082', name: 'Region Midtjylland', kind: 'region' as const },
  { id: '751', name: 'Aarhus Kommune', kind: 'municipality' as const },
  { id: '730', name: 'Randers Kommune', kind: 'municipality' as const },
  { id: '741', name: 'Samsø Kommune', kind: 'municipality' as const },
  {
    id: '706',
    name: { da: 'Syddjurs Kommune', en: 'Syddjurs Municipality' },
    kind: 'municipality' as const,
  },
  { id: 'rhg', name: 'Regionshospitalet Gødstrup', kind: 'hospital' as const },
];
const doc: Agreement = { schemaVersion: '1.0', id: 't', title: 'T', areas };
const point = (area: string | undefined, period: string, value: number | null): SeriesPoint =>
  area ? { area, period, value } : { period, value };
const ind = (series: SeriesPoint[], over: Partial<Indicator> = {}): Indicator => ({
  id: 'x',
  name: 'X',
  desiredDirection: 'down',
  series,
  ...over,
});
const series = [
  point(undefined, '2021', 14),
  point('751', '2021', 13.5),
  point('730', '2019', 18),
  point('730', '2021', 16),
  point('741', '2021', 12),
  point('706', '2019', 15),
];
const ids = (rows: { area: { id: string } }[]) => rows.map((r) => r.area.id);

describe('compareAreas()', () => {
  it("compareAreas(doc, down) puts the lowest value first, the region's latest as reference", () => {
    const c = compareAreas(doc, ind(series));
    expect(ids(c.rows)).to.deep.equal(['741', '751', '706', '730']);
    expect(c.rows.map((r) => r.value)).to.deep.equal([12, 13.5, 15, 16]);
    expect(c.region).to.deep.equal({ value: 14, period: '2021' });
    expect(c.direction).to.equal('down');
    // The region listed among the areas is the reference, never a row, even with points of its own.
    const withRegionPoint = compareAreas(doc, ind([...series, point('1082', '2021', 1)]));
    expect(ids(withRegionPoint.rows)).not.to.include('1082');
    expect(withRegionPoint.missing.map((m) => m.area.id)).not.to.include('1082');
  });

  it('compareAreas(doc, up) puts the highest value first; none orders by value, highest first', () => {
    expect(ids(compareAreas(doc, ind(series, { desiredDirection: 'up' })).rows)).to.deep.equal([
      '730',
      '706',
      '751',
      '741',
    ]);
    const none = compareAreas(doc, ind(series, { desiredDirection: 'none' }));
    expect(none.direction).to.equal('none');
    expect(ids(none.rows)[0]).to.equal('730');
  });

  it("compareAreas(…, 'name', lang) sorts by the name in the language's collation", () => {
    const da = compareAreas(doc, ind(series), 'name', 'da');
    // Danish collation reads "Aa" as "Å", the last letter.
    expect(da.rows.map((r) => r.name)).to.deep.equal([
      'Randers Kommune',
      'Samsø Kommune',
      'Syddjurs Kommune',
      'Aarhus Kommune',
    ]);
    const en = compareAreas(doc, ind(series), 'name', 'en');
    expect(en.rows.map((r) => r.name)).to.include('Syddjurs Municipality');
    // Danish collation puts Å after Z; English sorts it with A.
    const aa: Agreement = {
      ...doc,
      areas: [
        { id: '1', name: 'Åbenrå' },
        { id: '2', name: 'Zeta' },
      ],
    };
    const s = [point('1', '2021', 1), point('2', '2021', 2)];
    expect(compareAreas(aa, ind(s), 'name', 'da').rows.map((r) => r.name)).to.deep.equal([
      'Zeta',
      'Åbenrå',
    ]);
    expect(compareAreas(aa, ind(s), 'name', 'en').rows.map((r) => r.name)).to.deep.equal([
      'Åbenrå',
      'Zeta',
    ]);
  });

  it('compareAreas() marks an area whose latest period differs from the majority', () => {
    const c = compareAreas(doc, ind(series));
    expect(c.period).to.equal('2021');
    expect(c.rows.filter((r) => r.otherPeriod).map((r) => [r.area.id, r.period])).to.deep.equal([
      ['706', '2019'],
    ]);
  });

  it('compareAreas() lists areas without a value apart, never as 0, and skips other kinds', () => {
    const c = compareAreas(
      doc,
      ind([...series.filter((p) => p.area !== '741'), point('741', '2021', null)]),
    );
    expect(ids(c.rows)).not.to.include('741');
    expect(c.missing.map((m) => m.area.id)).to.deep.equal(['741']);
    expect(c.missing[0]!.name).to.equal('Samsø Kommune');
    // The hospital unit has no value either, but it is not a municipality: not missing from this comparison.
    expect(c.missing.map((m) => m.area.id)).not.to.include('rhg');
  });

  it("compareAreas() takes an area's latest value, not a later gap, and areas named only in the series", () => {
    const c = compareAreas(
      doc,
      ind([point('751', '2019', 10), point('751', '2021', null), point('999', '2021', 3)]),
    );
    expect(c.rows.find((r) => r.area.id === '751')).to.include({ value: 10, period: '2019' });
    expect(c.rows.find((r) => r.area.id === '999')!.name).to.equal('999');
    expect(c.region).to.equal(null);
  });

  it('compareAreas() breaks a period tie toward the latest period, and ties in value by name', () => {
    const c = compareAreas(doc, ind([point('741', '2019', 5), point('730', '2021', 5)]));
    expect(c.period).to.equal('2021');
    expect(ids(c.rows)).to.deep.equal(['730', '741']);
  });

  it('compareAreas(without area data) has no rows and no missing areas to list; hasAreaData() says so', () => {
    const regionOnly = ind([point(undefined, '2021', 14)]);
    expect(hasAreaData(regionOnly)).to.equal(false);
    expect(hasAreaData(ind(series))).to.equal(true);
    const c = compareAreas(doc, regionOnly);
    expect(c.rows).to.deep.equal([]);
    expect(c.missing).to.deep.equal([]);
    expect(c.period).to.equal(null);
  });

  it('compareAreas() survives a hostile document: no areas list, broken points', () => {
    const broken = {
      schemaVersion: '1.0',
      id: 't',
      title: 'T',
      areas: 'nope',
    } as unknown as Agreement;
    const s = [
      null,
      { area: 5, period: '2021', value: 1 },
      point('751', 'x', 1),
      point('751', '2021', 2),
    ];
    const c = compareAreas(broken, ind(s as SeriesPoint[]));
    expect(ids(c.rows)).to.deep.equal(['751']);
  });
});

describe('latestByArea()', () => {
  /** What the comparison showed before: each area's series as `seriesFor()` reads it, its last value. */
  function latestOf(indicator: Indicator, area: string | null) {
    const { points, area: shown } = seriesFor(indicator, area);
    if (shown !== area) return undefined;
    for (let i = points.length - 1; i >= 0; i--)
      if (points[i]!.value !== null) return { value: points[i]!.value, period: points[i]!.period };
    return undefined;
  }

  it('finds in one pass what seriesFor() finds area by area: out of order, duplicates, gaps, junk', () => {
    const periods = ['2019', '2020', '2021', '2021-H1', '2021-H2', '2022-Q3', '2022-05', 'x', ''];
    const value = fc.oneof(
      fc.constant(null),
      fc.double({ noNaN: false }),
      fc.integer({ min: -5, max: 5 }),
      fc.constant('7' as unknown as number),
    );
    const pointArb = fc.record(
      {
        area: fc.constantFrom(undefined, '', '751', '730', '741'),
        period: fc.constantFrom(...periods),
        value,
      },
      { requiredKeys: ['period', 'value'] },
    );
    fc.assert(
      fc.property(fc.array(pointArb, { maxLength: 30 }), (points) => {
        const indicator = ind(points as SeriesPoint[]);
        const latest = latestByArea(indicator);
        for (const area of [null, '751', '730', '741'])
          expect(latest.get(area), String(area)).to.deep.equal(latestOf(indicator, area));
      }),
      { numRuns: 500 },
    );
  });
});
