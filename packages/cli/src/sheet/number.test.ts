import { expect } from '@open-wc/testing';
import { formatDanishNumber, isAmbiguousNumber, parseDanishNumber } from './number.js';

describe('parseDanishNumber()', () => {
  it("parseDanishNumber('12,5') is 12.5", () => {
    expect(parseDanishNumber('12,5')).to.equal(12.5);
  });
  it("parseDanishNumber('1.234,5') is 1234.5", () => {
    expect(parseDanishNumber('1.234,5')).to.equal(1234.5);
    expect(parseDanishNumber('1.234.567,25')).to.equal(1234567.25);
    expect(parseDanishNumber('1 234,5')).to.equal(1234.5);
    expect(parseDanishNumber('1\u00a0234,5')).to.equal(1234.5);
  });
  it("parseDanishNumber('-3,2') and ('−3,2') with a real minus sign are -3.2", () => {
    expect(parseDanishNumber('-3,2')).to.equal(-3.2);
    expect(parseDanishNumber('\u22123,2')).to.equal(-3.2);
    expect(parseDanishNumber('\u20133,2')).to.equal(-3.2);
    expect(parseDanishNumber('+3,2')).to.equal(3.2);
  });
  it("parseDanishNumber('12.5'), ('16'), ('0.125'), ('1e-7') read plain numbers", () => {
    expect(parseDanishNumber('12.5')).to.equal(12.5);
    expect(parseDanishNumber(' 16 ')).to.equal(16);
    expect(parseDanishNumber('0.125')).to.equal(0.125);
    expect(parseDanishNumber('1e-7')).to.equal(1e-7);
    expect(parseDanishNumber('1.234.567')).to.equal(1234567);
    expect(parseDanishNumber('1 234')).to.equal(1234);
  });
  it("parseDanishNumber('-0') is 0, not -0", () => {
    expect(Object.is(parseDanishNumber('-0'), 0)).to.equal(true);
  });
  it("parseDanishNumber('1.234') is undefined: a thousand or a decimal, we don't guess", () => {
    expect(parseDanishNumber('1.234')).to.equal(undefined);
    expect(isAmbiguousNumber('1.234')).to.equal(true);
    expect(isAmbiguousNumber('-1.234')).to.equal(true);
    expect(isAmbiguousNumber('0.234')).to.equal(false);
    expect(isAmbiguousNumber('1,234')).to.equal(false);
  });
  it('parseDanishNumber() of units, percent signs, text and malformed groups is undefined', () => {
    for (const s of [
      '12,5%',
      '12,5 %',
      '12 dage',
      'abc',
      '',
      ' ',
      ',5',
      '1,2,3',
      '12.345,6.7',
      '1.23,4',
      '- 3',
      'NaN',
      'Infinity',
      '0x10',
      '1_000',
    ])
      expect(parseDanishNumber(s), s).to.equal(undefined);
    expect(parseDanishNumber(12 as never)).to.equal(undefined);
  });
});

describe('formatDanishNumber()', () => {
  it("formatDanishNumber(1234.5) is '1234,5' (no grouping, decimal comma)", () => {
    expect(formatDanishNumber(1234.5)).to.equal('1234,5');
    expect(formatDanishNumber(-3.2)).to.equal('-3,2');
    expect(formatDanishNumber(16)).to.equal('16');
  });
  it('formatDanishNumber() is read back exactly by parseDanishNumber()', () => {
    for (const n of [
      0,
      1,
      -1,
      0.1,
      0.02,
      12.5,
      1234.5,
      1 / 3,
      -2.675,
      1e-7,
      123456789.123,
      1.234,
      4000,
    ])
      expect(parseDanishNumber(formatDanishNumber(n)), String(n)).to.equal(n);
  });
});
