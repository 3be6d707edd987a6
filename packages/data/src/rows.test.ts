import { expect } from '@open-wc/testing';
import {
  filterByStatus,
  indicatorRows,
  indicatorsForNationalGoal,
  sortIndicators,
} from './rows.js';
import type { Agreement, Indicator } from './types.js';

const ind = (id: string, values: (number | null)[], over: Partial<Indicator> = {}): Indicator => ({
  id,
  name: id,
  desiredDirection: 'down',
  series: values.map((value, i) => ({ period: String(2020 + i), value })),
  ...over,
});

const doc: Agreement = {
  schemaVersion: '1.0',
  id: 'test',
  title: 'Test',
  focusAreas: [
    {
      id: 'b-omraade',
      title: 'Børn',
      goals: [{ id: 'g1', statement: 'Færre', indicatorIds: ['c', 'a'] }],
    },
    {
      id: 'a-omraade',
      title: 'Ældre',
      goals: [
        { id: 'g2', statement: 'Bedre', indicatorIds: ['a', 'b'] },
        { id: 'g3', statement: 'Mindre', indicatorIds: ['findes-ikke'] },
      ],
    },
  ],
  indicators: [
    ind('a', [10, 8], { frequency: 'annual', nationalGoalIds: ['n1'] }),
    ind('b', [5, 6], { frequency: 'semiannual', source: { name: 'Øst' } }),
    ind('c', [], { frequency: 'quadrennial', nationalGoalIds: ['n1', 'n2'] }),
    ind('d', [20, 20], { source: { name: 'Bornholm' }, illustrative: true }),
  ],
};

describe('indicatorRows()', () => {
  it('indicatorRows(doc) is one row per indicator, in goal order, unlisted ones last', () => {
    const rows = indicatorRows(doc);
    expect(rows.map((r) => r.indicator.id)).to.deep.equal(['c', 'a', 'b', 'd']);
  });
  it('indicatorRows(doc) keeps every placement of an indicator listed by several goals', () => {
    const a = indicatorRows(doc).find((r) => r.indicator.id === 'a')!;
    expect(a.placements.map((p) => p.goal.id)).to.deep.equal(['g1', 'g2']);
    expect(indicatorRows(doc).find((r) => r.indicator.id === 'd')!.placements).to.deep.equal([]);
  });
  it('indicatorRows(doc, area) summarizes each indicator for the area', () => {
    const withArea = structuredClone(doc);
    withArea.indicators![0]!.series!.push({ period: '2021', value: 3, area: '751' });
    const a = indicatorRows(withArea, '751').find((r) => r.indicator.id === 'a')!;
    expect(a.summary.latest?.value).to.equal(3);
    expect(a.summary.area).to.equal('751');
  });
});

describe('indicatorsForNationalGoal()', () => {
  it("indicatorsForNationalGoal(doc, 'n1') lists the indicators that name it", () => {
    expect(indicatorsForNationalGoal(doc, 'n1').map((i) => i.id)).to.deep.equal(['a', 'c']);
    expect(indicatorsForNationalGoal(doc, 'n2').map((i) => i.id)).to.deep.equal(['c']);
    expect(indicatorsForNationalGoal(doc, 'x')).to.deep.equal([]);
  });
});

describe('filterByStatus()', () => {
  it("filterByStatus(rows, ['improving']) keeps only improving rows; [] keeps all", () => {
    const rows = indicatorRows(doc);
    expect(filterByStatus(rows, ['improving']).map((r) => r.indicator.id)).to.deep.equal(['a']);
    expect(filterByStatus(rows, ['no-data', 'stable']).map((r) => r.indicator.id)).to.deep.equal([
      'c',
      'd',
    ]);
    expect(filterByStatus(rows, [])).to.have.length(4);
  });
});

describe('sortIndicators()', () => {
  const ids = (rows: { indicator: Indicator }[]) => rows.map((r) => r.indicator.id);
  const rows = indicatorRows(doc);

  it("sortIndicators(rows, 'latest') sorts numerically, rows without a value last", () => {
    expect(ids(sortIndicators(rows, 'latest'))).to.deep.equal(['b', 'a', 'd', 'c']);
    expect(ids(sortIndicators(rows, 'latest', 'descending'))).to.deep.equal(['d', 'a', 'b', 'c']);
  });
  it("sortIndicators(rows, 'change') sorts by the change since the previous value", () => {
    expect(ids(sortIndicators(rows, 'change'))).to.deep.equal(['a', 'd', 'b', 'c']);
  });
  it("sortIndicators(rows, 'focusArea') sorts by the Danish alphabet (æ after z)", () => {
    expect(ids(sortIndicators(rows, 'focusArea'))).to.deep.equal(['c', 'a', 'b', 'd']);
    expect(ids(sortIndicators(rows, 'focusArea', 'descending'))).to.deep.equal([
      'b',
      'c',
      'a',
      'd',
    ]);
  });
  it("sortIndicators(rows, 'source') puts Ø after B and rows without a source last", () => {
    expect(ids(sortIndicators(rows, 'source'))).to.deep.equal(['d', 'b', 'c', 'a']);
  });
  it("sortIndicators(rows, 'frequency') goes from most to least frequent", () => {
    expect(ids(sortIndicators(rows, 'frequency'))).to.deep.equal(['b', 'a', 'c', 'd']);
  });
  it("sortIndicators(rows, 'status') orders improving, worsening, stable, no data", () => {
    expect(ids(sortIndicators(rows, 'status'))).to.deep.equal(['a', 'b', 'd', 'c']);
  });
  it("sortIndicators(rows, 'indicator') does not change its input", () => {
    const before = ids(rows);
    sortIndicators(rows, 'indicator', 'descending');
    expect(ids(rows)).to.deep.equal(before);
  });
});
