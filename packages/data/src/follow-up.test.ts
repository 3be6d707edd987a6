import { expect } from '@open-wc/testing';
import { asOf, previousPeriod, valuesSince } from './follow-up.js';
import { summarize } from './derive.js';
import type { Agreement, Indicator } from './types.js';

const indicator: Indicator = {
  id: 'x',
  name: 'X',
  desiredDirection: 'down',
  series: [
    { period: '2024-H1', value: 10 },
    { period: '2024-H2', value: 9 },
    { period: '2024', value: 9.5 },
    { period: '2025-H1', value: null },
    { period: '2025-H2', value: 8 },
    { period: '2025-H1', value: 7, area: '751' },
  ],
};
const doc = { id: 'a', title: 'A', indicators: [indicator] } as unknown as Agreement;

describe('follow-up', () => {
  it("previousPeriod('2025-H1') is '2024-H2', and so on for every kind", () => {
    expect(previousPeriod('2025-H1')).to.equal('2024-H2');
    expect(previousPeriod('2025-H2')).to.equal('2025-H1');
    expect(previousPeriod('2025')).to.equal('2024');
    expect(previousPeriod('2025-Q1')).to.equal('2024-Q4');
    expect(previousPeriod('2025-Q3')).to.equal('2025-Q2');
    expect(previousPeriod('2025-01')).to.equal('2024-12');
    expect(previousPeriod('2025-10')).to.equal('2025-09');
    expect(previousPeriod('H1 2025')).to.equal(null);
  });
  it("asOf(doc, '2025-H1') drops the values of later periods, and leaves the document alone", () => {
    const then = asOf(doc, '2025-H1');
    expect(then.indicators![0]!.series!.map((p) => p.period)).to.deep.equal([
      '2024-H1',
      '2024-H2',
      '2024',
      '2025-H1',
      '2025-H1',
    ]);
    expect(summarize(then.indicators![0]!).latest?.value).to.equal(9); // 2024-H2, after the year 2024
    expect(indicator.series).to.have.length(6);
    // A half-year report does not know the whole year yet.
    expect(asOf(doc, '2024-H1').indicators![0]!.series!.map((p) => p.value)).to.deep.equal([10]);
  });
  it('valuesSince(indicator, previous, period) lists the new values, without gaps, per area', () => {
    // In period order: a year sits before its second half (midpoints).
    expect(valuesSince(indicator, '2024-H1', '2024-H2').map((p) => p.period)).to.deep.equal([
      '2024',
      '2024-H2',
    ]);
    expect(valuesSince(indicator, '2024-H2', '2025-H1')).to.deep.equal([]); // a gap is no value
    expect(valuesSince(indicator, '2024-H2', '2025-H1', '751').map((p) => p.value)).to.deep.equal([
      7,
    ]);
    expect(valuesSince(indicator, null, '2024-H1').map((p) => p.value)).to.deep.equal([10]);
  });
});
