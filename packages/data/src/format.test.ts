import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { decimalsFor, formatChange, formatNumber, formatValue } from './format.js';
import type { Indicator } from './types.js';

const MINUS = '\u2212';

describe('formatNumber()', () => {
  it("formatNumber(1234, 'da') groups with a dot, decimals with a comma", () => {
    expect(formatNumber(1234, 'da')).to.equal('1.234');
    expect(formatNumber(12.5, 'da')).to.equal('12,5');
    expect(formatNumber(1234567.891, 'da')).to.equal('1.234.567,89');
  });
  it("formatNumber(1234, 'en') groups with a comma, decimals with a dot", () => {
    expect(formatNumber(1234, 'en')).to.equal('1,234');
    expect(formatNumber(12.5, 'en')).to.equal('12.5');
  });
  it('formatNumber(v, lang, decimals) pads and rounds to exactly that many decimals', () => {
    expect(formatNumber(16, 'da', 1)).to.equal('16,0');
    expect(formatNumber(2.345, 'en', 0)).to.equal('2');
  });
  it('formatNumber(negative) uses a real minus sign, and never signs a zero', () => {
    expect(formatNumber(-3.5, 'da')).to.equal(`${MINUS}3,5`);
    expect(formatNumber(-0.001, 'da', 1)).to.equal('0,0');
    expect(formatNumber(-0, 'en')).to.equal('0');
  });
  it("formatNumber(NaN/Infinity) is '–', never 'NaN'", () => {
    expect(formatNumber(NaN, 'da')).to.equal('–');
    expect(formatNumber(Infinity, 'en')).to.equal('–');
    expect(formatNumber('7' as never, 'en')).to.equal('–');
  });
  it('formatNumber(huge) writes every digit', () => {
    expect(formatNumber(1e21, 'en')).to.equal('1,000,000,000,000,000,000,000');
    expect(formatNumber(-Number.MAX_VALUE, 'da')).to.match(/^\u2212179\.769/);
  });
});

describe('formatValue()', () => {
  it("formatValue(12.5, '%', 'da') has a space before %, English has none", () => {
    expect(formatValue(12.5, '%', 'da')).to.equal('12,5 %');
    expect(formatValue(12.5, '%', 'en')).to.equal('12.5%');
  });
  it('formatValue(v, unit) appends other units after a space', () => {
    expect(formatValue(3.2, 'dage', 'da')).to.equal('3,2 dage');
    expect(formatValue(1234, 'pr. 100.000', 'da')).to.equal('1.234 pr. 100.000');
    expect(formatValue(7, undefined, 'da')).to.equal('7');
  });
  it("formatValue(null) is '–' (a gap)", () => {
    expect(formatValue(null, '%', 'da')).to.equal('–');
    expect(formatValue(undefined, '%', 'en')).to.equal('–');
  });
});

describe('formatChange()', () => {
  it("formatChange(d, '%') is in percentage points", () => {
    expect(formatChange(-1.2, '%', 'da', 1)).to.equal(`${MINUS}1,2 procentpoint`);
    expect(formatChange(1.25, '%', 'en', 1)).to.equal('+1.3 percentage points');
    expect(formatChange(1, '%', 'en')).to.equal('+1 percentage point');
  });
  it('formatChange(d, unit) is signed with the unit', () => {
    expect(formatChange(3, 'dage', 'da')).to.equal('+3 dage');
    expect(formatChange(-1500, undefined, 'da')).to.equal(`${MINUS}1.500`);
  });
  it("formatChange(0) has no sign; formatChange(null) is '–'", () => {
    expect(formatChange(0, 'dage', 'da')).to.equal('0 dage');
    expect(formatChange(-0.001, 'dage', 'da', 1)).to.equal('0,0 dage');
    expect(formatChange(null, '%', 'da')).to.equal('–');
  });
});

describe('decimalsFor()', () => {
  const ind = (over: Partial<Indicator>): Indicator => ({
    id: 'x',
    name: 'x',
    desiredDirection: 'down',
    ...over,
  });
  it('decimalsFor(indicator) uses indicator.decimals when given', () => {
    expect(decimalsFor(ind({ decimals: 3, series: [{ period: '2020', value: 1.5 }] }))).to.equal(3);
  });
  it('decimalsFor(one value) counts the decimals the value is written with, at most 2', () => {
    // The count as written, from the shortest decimal string (what JSON and the spreadsheet show).
    const written = (v: number) => {
      const s = String(Math.abs(v));
      if (s.includes('e')) return s.includes('e-') ? 2 : 0;
      return Math.min(2, s.split('.')[1]?.length ?? 0);
    };
    const value = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 10),
      fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 100),
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
      // Near 2^52, where v × 10 is no longer exact (fast-check found 3604971015617875.5).
      fc.integer({ min: 2 ** 50, max: 2 ** 52 }).map((n) => n + 0.5),
      fc.constant(3604971015617875.5),
    );
    fc.assert(
      fc.property(value, (v) => {
        expect(decimalsFor(ind({ series: [{ period: '2020', value: v }] })), String(v)).to.equal(
          written(v),
        );
      }),
      { numRuns: 2000 },
    );
  });
  it('decimalsFor(indicator) infers from values and target, at most 2', () => {
    expect(
      decimalsFor(
        ind({
          series: [
            { period: '2020', value: 1 },
            { period: '2021', value: 2.25 },
          ],
        }),
      ),
    ).to.equal(2);
    expect(decimalsFor(ind({ series: [{ period: '2020', value: 1 / 3 }] }))).to.equal(2);
    expect(
      decimalsFor(ind({ series: [{ period: '2020', value: 4 }], target: { value: 3.5 } })),
    ).to.equal(1);
    expect(
      decimalsFor(
        ind({
          series: [
            { period: '2020', value: null },
            { period: '2021', value: 1e25 },
          ],
        }),
      ),
    ).to.equal(0);
  });
  it("decimalsFor(indicator) gives shares (unit '%') at least one decimal", () => {
    expect(decimalsFor(ind({ unit: '%', series: [{ period: '2017', value: 16 }] }))).to.equal(1);
  });
});
