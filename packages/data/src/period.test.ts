import { expect } from '@open-wc/testing';
import { comparePeriods, formatPeriod, parsePeriod } from './period.js';

describe('parsePeriod()', () => {
  it("parsePeriod('2024') is the whole year: months 2024*12 … +11", () => {
    expect(parsePeriod('2024')).to.deep.equal({
      year: 2024,
      kind: 'year',
      index: 1,
      start: 2024 * 12,
      end: 2024 * 12 + 11,
    });
  });
  it("parsePeriod('2024-H2') covers July to December", () => {
    expect(parsePeriod('2024-H2')).to.include({
      kind: 'half',
      index: 2,
      start: 2024 * 12 + 6,
      end: 2024 * 12 + 11,
    });
  });
  it("parsePeriod('2024-Q3') covers July to September", () => {
    expect(parsePeriod('2024-Q3')).to.include({
      kind: 'quarter',
      index: 3,
      start: 2024 * 12 + 6,
      end: 2024 * 12 + 8,
    });
  });
  it("parsePeriod('2024-03') is March", () => {
    expect(parsePeriod('2024-03')).to.include({
      kind: 'month',
      index: 3,
      start: 2024 * 12 + 2,
      end: 2024 * 12 + 2,
    });
  });
  it('parsePeriod(x) is null for anything that is not a period', () => {
    for (const bad of [
      '2024-H3',
      '2024-Q5',
      '2024-13',
      '2024-00',
      '24',
      '2024-h1',
      ' 2024',
      '2024-1',
      '2024/H1',
      '',
      2024,
      null,
      undefined,
      {},
    ]) {
      expect(parsePeriod(bad), String(bad)).to.equal(null);
    }
  });
});

describe('comparePeriods()', () => {
  it('comparePeriods sorts periods of one frequency chronologically', () => {
    expect(['2021', '2017', '2019'].sort(comparePeriods)).to.deep.equal(['2017', '2019', '2021']);
    expect(['2024-12', '2024-02', '2023-11'].sort(comparePeriods)).to.deep.equal([
      '2023-11',
      '2024-02',
      '2024-12',
    ]);
  });
  it('comparePeriods places a year between its own halves (mixed frequency)', () => {
    expect(['2024-H2', '2024', '2024-H1', '2023-Q4', '2024-07'].sort(comparePeriods)).to.deep.equal(
      ['2023-Q4', '2024-H1', '2024', '2024-07', '2024-H2'],
    );
  });
  it('comparePeriods(a, a) is 0 and unparseable periods sort last', () => {
    expect(comparePeriods('2024-Q1', '2024-Q1')).to.equal(0);
    expect(['x', '2024', 'a'].sort(comparePeriods)).to.deep.equal(['2024', 'a', 'x']);
  });
});

describe('formatPeriod()', () => {
  it("formatPeriod(p, 'da') writes Danish labels", () => {
    expect(formatPeriod('2024', 'da')).to.equal('2024');
    expect(formatPeriod('2024-H1', 'da')).to.equal('2024 1. halvår');
    expect(formatPeriod('2024-Q2', 'da')).to.equal('2. kvt. 2024');
    expect(formatPeriod('2024-03', 'da')).to.equal('marts 2024');
  });
  it("formatPeriod(p, 'en') writes English labels", () => {
    expect(formatPeriod('2024', 'en')).to.equal('2024');
    expect(formatPeriod('2024-H1', 'en')).to.equal('H1 2024');
    expect(formatPeriod('2024-Q2', 'en')).to.equal('Q2 2024');
    expect(formatPeriod('2024-03', 'en')).to.equal('March 2024');
  });
  it("formatPeriod(p, lang, 'short') abbreviates halves and months", () => {
    expect(formatPeriod('2024-H1', 'da', 'short')).to.equal('1. hå. 2024');
    expect(formatPeriod('2024-03', 'da', 'short')).to.equal('mar. 2024');
    expect(formatPeriod('2024-05', 'da', 'short')).to.equal('maj 2024');
    expect(formatPeriod('2024-H1', 'en', 'short')).to.equal('H1 2024');
    expect(formatPeriod('2024-03', 'en', 'short')).to.equal('Mar 2024');
  });
  it('formatPeriod(unparseable) returns the input string', () => {
    expect(formatPeriod('efterår 2024', 'da')).to.equal('efterår 2024');
    expect(formatPeriod(undefined as never, 'da')).to.equal('');
  });
});
