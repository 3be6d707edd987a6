import { expect } from '@open-wc/testing';
import {
  describe as sentence,
  status,
  statusBasis,
  statusCounts,
  statusText,
  summarize,
} from './derive.js';
import type { Indicator, SeriesPoint } from './types.js';

const smokers: Indicator = {
  id: 'dagligrygere',
  name: { da: 'Andel dagligrygere', en: 'Share of daily smokers' },
  unit: '%',
  desiredDirection: 'down',
  frequency: 'quadrennial',
  series: [
    { period: '2017', value: 16.0 },
    { period: '2021', value: 13.0 },
    { period: '2021', value: 14.2, area: '751' },
  ],
  target: { value: 12.0, period: '2023' },
};

const ind = (series: SeriesPoint[], over: Partial<Indicator> = {}): Indicator => ({
  id: 'x',
  name: { da: 'Ventetid', en: 'Waiting time' },
  unit: 'dage',
  desiredDirection: 'down',
  series,
  ...over,
});
const years = (...values: (number | null)[]): SeriesPoint[] =>
  values.map((value, i) => ({ period: String(2015 + i), value }));

describe('status()', () => {
  it("status(-3, 16, 'down') is 'improving'; status(+3, 16, 'down') is 'worsening'", () => {
    expect(status(-3, 16, 'down')).to.equal('improving');
    expect(status(3, 16, 'down')).to.equal('worsening');
  });
  it("status(+3, 16, 'up') is 'improving'; status(-3, 16, 'up') is 'worsening'", () => {
    expect(status(3, 16, 'up')).to.equal('improving');
    expect(status(-3, 16, 'up')).to.equal('worsening');
  });
  it("status(change, ref, dir) is 'stable' within the default 2 % of |ref|", () => {
    expect(status(0.3, 16, 'down')).to.equal('stable'); // 0.3 ≤ 0.32
    expect(status(0.33, 16, 'down')).to.equal('worsening');
    expect(status(-0.3, -16, 'up')).to.equal('stable'); // |reference| for negative values
    expect(status(0, 0, 'up')).to.equal('stable');
  });
  it('status(change, ref, dir, stableWithin) uses the larger of absolute and relative', () => {
    expect(status(1, 100, 'up', { absolute: 1.5 })).to.equal('stable');
    expect(status(1, 100, 'up', { relative: 0 })).to.equal('improving');
    expect(status(4, 100, 'up', { relative: 0.05, absolute: 1 })).to.equal('stable');
    expect(status(6, 100, 'up', { relative: 0.05, absolute: 1 })).to.equal('improving');
    expect(status(0.1, null, 'up', { relative: 0.5 })).to.equal('improving'); // no reference: no relative slack
  });
  it("status(change, ref, 'none') is 'stable' whatever the change: no desired direction, no judgement", () => {
    expect(status(-50, 16, 'none')).to.equal('stable');
    expect(status(50, 16, 'none')).to.equal('stable');
  });
  it("status(null | NaN | Infinity, …) is 'no-data'", () => {
    expect(status(null, 16, 'down')).to.equal('no-data');
    expect(status(NaN, 16, 'down')).to.equal('no-data');
    expect(status(Infinity, 16, 'down')).to.equal('no-data');
  });
});

describe('summarize()', () => {
  it('summarize(indicator) gives latest, previous, first, changes, status and progress', () => {
    const s = summarize(smokers);
    expect(s.latest).to.deep.equal({ period: '2021', value: 13 });
    expect(s.previous).to.deep.equal({ period: '2017', value: 16 });
    expect(s.first).to.deep.equal({ period: '2017', value: 16 });
    expect(s.change).to.equal(-3);
    expect(s.changeSinceFirst).to.equal(-3);
    expect(s.status).to.equal('improving');
    expect(s.progress).to.equal(0.75); // 16 → 13 of the way to 12
    expect(s.decimals).to.equal(1);
    expect(s).to.include({ area: null, fallback: false });
  });
  it("summarize(indicator, '751') uses the area's points", () => {
    const s = summarize(smokers, '751');
    expect(s.latest?.value).to.equal(14.2);
    expect(s.first).to.equal(s.latest);
    expect(s).to.include({
      area: '751',
      change: null,
      changeSinceFirst: null,
      status: 'no-data',
      progress: 0,
    });
  });
  it("summarize(indicator, '999') falls back to the region", () => {
    expect(summarize(smokers, '999')).to.include({
      area: null,
      fallback: true,
      status: 'improving',
    });
  });
  it('summarize(indicator) skips gaps: latest and previous are the last values, change spans the gap', () => {
    const s = summarize(ind(years(10, null, 8, null)));
    expect(s.latest).to.deep.equal({ period: '2017', value: 8 });
    expect(s.previous).to.deep.equal({ period: '2015', value: 10 });
    expect(s.change).to.equal(-2);
    expect(s.points).to.have.length(4);
  });
  it("summarize(one-point indicator) has no change and status 'no-data'", () => {
    const s = summarize(ind(years(7)));
    expect(s).to.include({
      change: null,
      changeSinceFirst: null,
      previous: null,
      status: 'no-data',
    });
    expect(s.latest).to.equal(s.first);
  });
  it("summarize(empty or all-gap indicator) is all null with status 'no-data'", () => {
    for (const series of [[], years(null, null)]) {
      const s = summarize(ind(series, { target: { value: 1 } }));
      expect(s).to.include({
        latest: null,
        previous: null,
        first: null,
        change: null,
        progress: null,
        status: 'no-data',
      });
    }
  });
  it('summarize(indicator) sorts unsorted periods and lets the last duplicate win', () => {
    const s = summarize(
      ind([
        { period: '2020', value: 5 },
        { period: '2018', value: 9 },
        { period: '2020', value: 6 },
        { period: '2019', value: 7 },
      ]),
    );
    expect(s.points.map((p) => p.value)).to.deep.equal([9, 7, 6]);
    expect(s).to.include({ change: -1, changeSinceFirst: -3 });
  });
  it('summarize(indicator) judges the status since the first value, not the last step', () => {
    const s = summarize(ind(years(16, 12, 13))); // down overall, up in the last step
    expect(s.change).to.equal(1);
    expect(s.changeSinceFirst).to.equal(-3);
    expect(s.status).to.equal('improving');
  });
  it('summarize(mixed-frequency indicator) orders halves and years by their midpoints', () => {
    const s = summarize(
      ind([
        { period: '2023', value: 10 },
        { period: '2024-H1', value: 9 },
        { period: '2022-H2', value: 11 },
      ]),
    );
    expect(s.points.map((p) => p.period)).to.deep.equal(['2022-H2', '2023', '2024-H1']);
    expect(s.first?.value).to.equal(11);
    expect(s.latest?.value).to.equal(9);
  });
  it("summarize(direction 'none') is 'stable' and still has a progress toward its target", () => {
    const s = summarize(ind(years(10, 20), { desiredDirection: 'none', target: { value: 30 } }));
    expect(s).to.include({ status: 'stable', progress: 0.5 });
  });
  it("summarize(development indicator) is 'no-data'", () => {
    expect(summarize(ind(years(1, 2), { state: 'development' })).status).to.equal('no-data');
  });
  it('summarize(negative values) judges and measures correctly', () => {
    const s = summarize(ind(years(-10, -5), { desiredDirection: 'up', target: { value: 0 } }));
    expect(s).to.include({ change: 5, status: 'improving', progress: 0.5 });
  });
  it('summarize(huge values) keeps every number finite or null', () => {
    const s = summarize(
      ind(years(-Number.MAX_VALUE, Number.MAX_VALUE), { target: { value: Number.MAX_VALUE } }),
    );
    expect(s.change).to.equal(null); // the difference overflows
    expect(s.changeSinceFirst).to.equal(null);
    expect(s.progress).to.equal(1);
    expect(s.status).to.equal('no-data');
  });
  it('summarize(indicator) progress is clamped to 0..1', () => {
    expect(summarize(ind(years(10, 12), { target: { value: 5 } })).progress).to.equal(0); // moved away
    expect(summarize(ind(years(10, 2), { target: { value: 5 } })).progress).to.equal(1); // beyond the target
    expect(summarize(ind(years(5, 4), { target: { value: 5 } })).progress).to.equal(1); // started at target, still there
    expect(summarize(ind(years(5, 6), { target: { value: 5 } })).progress).to.equal(0);
  });
});

describe('describe()', () => {
  it("describe(smokers, summary, 'da') is the issue's sentence", () => {
    expect(sentence(smokers, summarize(smokers), 'da')).to.equal(
      'Andel dagligrygere faldt fra 16,0 % i 2017 til 13,0 % i 2021 – en forbedring.',
    );
  });
  it("describe(smokers, summary, 'en') in English", () => {
    expect(sentence(smokers, summarize(smokers), 'en')).to.equal(
      'Share of daily smokers fell from 16.0% in 2017 to 13.0% in 2021 – an improvement.',
    );
  });
  it('describe(rising, down-is-better) says it got worse', () => {
    const i = ind(years(3, 5));
    expect(sentence(i, summarize(i), 'da')).to.equal(
      'Ventetid steg fra 3 dage i 2015 til 5 dage i 2016 – en forværring.',
    );
    expect(sentence(i, summarize(i), 'en')).to.equal(
      'Waiting time rose from 3 dage in 2015 to 5 dage in 2016 – a deterioration.',
    );
  });
  it('describe(one point) states the value', () => {
    const i = { ...smokers, series: [{ period: '2021-H1', value: 13 }] };
    expect(sentence(i, summarize(i), 'da')).to.equal(
      'Andel dagligrygere var 13,0 % i 2021 1. halvår.',
    );
    expect(sentence(i, summarize(i), 'en')).to.equal(
      'Share of daily smokers was 13.0% in H1 2021.',
    );
  });
  it('describe(no data) and describe(development) say so', () => {
    const none = ind([]);
    expect(sentence(none, summarize(none), 'da')).to.equal('Der er endnu ingen data for Ventetid.');
    const dev = ind([], { state: 'development' });
    expect(sentence(dev, summarize(dev), 'da')).to.equal(
      'Ventetid er under udvikling – der er ingen data endnu.',
    );
    expect(sentence(dev, summarize(dev), 'en')).to.equal(
      'Waiting time is in development – there is no data yet.',
    );
  });
  it('describe(stable) says broadly unchanged', () => {
    const i = ind(years(100, 101));
    expect(sentence(i, summarize(i), 'da')).to.equal(
      'Ventetid var stort set uændret: 100 dage i 2015 og 101 dage i 2016.',
    );
  });
  it("describe(direction 'none') describes the move without judging it", () => {
    const i = ind(years(10, 20), { desiredDirection: 'none' });
    expect(sentence(i, summarize(i), 'en')).to.equal(
      'Waiting time rose from 10 dage in 2015 to 20 dage in 2016.',
    );
  });
  it('describe(…, areaName) names the area, or says the region is shown instead', () => {
    expect(sentence(smokers, summarize(smokers, '751'), 'da', 'Aarhus Kommune')).to.equal(
      'Andel dagligrygere i Aarhus Kommune var 14,2 % i 2021.',
    );
    expect(sentence(smokers, summarize(smokers, '101'), 'da', 'København')).to.equal(
      'Andel dagligrygere (hele regionen; ingen tal for København) faldt fra 16,0 % i 2017 til 13,0 % i 2021 – en forbedring.',
    );
  });
  it('describe(huge values) never says NaN or Infinity', () => {
    const i = ind(years(-Number.MAX_VALUE, Number.MAX_VALUE));
    expect(sentence(i, summarize(i), 'en')).to.match(
      /^Waiting time rose from −179,769,313[\d,]+ dage in 2015 to 179,769/,
    );
  });
});

describe('statusBasis() and statusText()', () => {
  // The row: 5.7 in 2018, 4.6 in 2022 and 2023. Judged since 2018 it improved; since the
  // previous value it did not move. The reader must see both, each with its period.
  const rate = ind(
    [
      { period: '2018', value: 5.7 },
      { period: '2022', value: 4.6 },
      { period: '2023', value: 4.6 },
    ],
    { name: { da: 'Indlæggelser', en: 'Admissions' }, unit: 'pr. 1.000' },
  );
  it("statusText(summary) names the baseline: 'Forbedret siden 2018'", () => {
    const s = summarize(rate);
    expect(s.change).to.equal(0);
    expect(statusBasis(s, 'da')).to.equal('siden 2018');
    expect(statusText(s, 'da')).to.equal('Forbedret siden 2018');
    expect(statusText(s, 'en')).to.equal('Improving since 2018');
  });
  it('describe(…) says the move since the baseline and the change since the previous value', () => {
    expect(sentence(rate, summarize(rate), 'da')).to.equal(
      'Indlæggelser faldt fra 5,7 pr. 1.000 i 2018 til 4,6 pr. 1.000 i 2023 – en forbedring. Uændret siden 2022.',
    );
    const later = { ...rate, series: [...rate.series!, { period: '2024', value: 4.2 }] };
    expect(sentence(later, summarize(later), 'en')).to.equal(
      'Admissions fell from 5.7 pr. 1.000 in 2018 to 4.2 pr. 1.000 in 2024 – an improvement. Change since 2023: −0.4 pr. 1.000.',
    );
  });
  it("statusText(one value) is 'Kun én måling', not 'Uden data'", () => {
    const one = summarize(ind([{ period: '2021', value: 46 }]));
    expect(one.status).to.equal('no-data');
    expect(statusBasis(one)).to.equal('');
    expect(statusText(one, 'da')).to.equal('Kun én måling');
    expect(statusText(one, 'en')).to.equal('Only one measurement');
  });
  it("statusText(no values) is 'Uden data' with no basis; a half-year basis is written out", () => {
    expect(statusText(summarize(ind([])), 'da')).to.equal('Uden data');
    const halves = summarize(
      ind([
        { period: '2019-H2', value: 10 },
        { period: '2020-H1', value: 20 },
      ]),
    );
    expect(statusText(halves, 'da')).to.equal('Forværret siden 2019 2. halvår');
    expect(statusText(halves, 'en')).to.equal('Worsening since H2 2019');
  });
});

describe('statusCounts()', () => {
  it('statusCounts(indicators) counts each status', () => {
    const list = [smokers, ind(years(1, 2)), ind([]), ind(years(5, 5)), null as never];
    expect(statusCounts(list)).to.deep.equal({
      improving: 1,
      worsening: 1,
      stable: 1,
      'no-data': 1,
    });
  });
  it("statusCounts(indicators, '751') counts for that area", () => {
    expect(statusCounts([smokers], '751')).to.deep.equal({
      improving: 0,
      worsening: 0,
      stable: 0,
      'no-data': 1,
    });
  });
  it('statusCounts(not a list) is all zero', () => {
    expect(statusCounts(undefined as never)).to.deep.equal({
      improving: 0,
      worsening: 0,
      stable: 0,
      'no-data': 0,
    });
  });
});
