import { expect } from '@open-wc/testing';
import { LINE_POINTS, rowHeights, wrappedLines } from './row-height.js';
import type { OutSheet } from './export.js';

describe('wrappedLines()', () => {
  it('counts one line for a short text and one per paragraph', () => {
    expect(wrappedLines('', 10)).to.equal(1);
    expect(wrappedLines('kort', 10)).to.equal(1);
    expect(wrappedLines('a\nb\nc', 10)).to.equal(3);
  });
  it('wraps at spaces, and breaks a word longer than the column', () => {
    // width 10 holds 10 characters a line (10 × 1.15, less one).
    expect(wrappedLines('aaaa bbbb cccc', 10)).to.equal(2);
    expect(wrappedLines('x'.repeat(25), 10)).to.equal(3);
    expect(wrappedLines(`${'x'.repeat(25)} y`, 10)).to.equal(3);
    expect(wrappedLines(`y ${'x'.repeat(25)}`, 10)).to.equal(4);
  });
});

describe('rowHeights()', () => {
  const sheet: OutSheet = {
    name: 'Test',
    key: 'indicators',
    orientation: 'portrait',
    columns: [
      { header: 'id', width: 10 },
      { header: 'en lang overskrift', width: 10, wrap: true },
    ],
    rows: [
      ['a', 'kort'],
      // A column that does not wrap keeps its row at one line, however long the text.
      ['en lang tekst i en kolonne uden ombrydning', null],
      ['b', 'aaaa bbbb cccc dddd eeee ffff'],
    ],
  };
  it('sets each row to its tallest wrapped cell, the header row first', () => {
    expect(rowHeights(sheet, true)).to.deep.equal([2, 1, 1, 3].map((n) => n * LINE_POINTS));
    expect(rowHeights(sheet, false)).to.deep.equal([1, 1, 3].map((n) => n * LINE_POINTS));
  });
});
