import { expect } from '@open-wc/testing';
import {
  normalizeCell,
  readBoolean,
  readIdList,
  readNumber,
  readPeriod,
  readText,
  readWord,
  type Read,
} from './cell.js';
import { DIRECTION, FREQUENCY } from './layout.js';

const value = <T>(r: Read<T>) => (r.ok ? r.value : `problem: ${r.problem[0]}`);

describe('normalizeCell()', () => {
  it('normalizeCell() reads what exceljs hands over: text, number, formula result, rich text, link', () => {
    expect(normalizeCell(null)).to.deep.equal({ kind: 'empty' });
    expect(normalizeCell('  ')).to.deep.equal({ kind: 'empty' });
    expect(normalizeCell(' 12,5\u00a0')).to.deep.equal({ kind: 'text', value: '12,5' });
    expect(normalizeCell(3)).to.deep.equal({ kind: 'number', value: 3 });
    expect(normalizeCell({ formula: 'A1*2', result: 6 })).to.deep.equal({
      kind: 'number',
      value: 6,
    });
    expect(normalizeCell({ richText: [{ text: 'Andel ' }, { text: 'rygere' }] })).to.deep.equal({
      kind: 'text',
      value: 'Andel rygere',
    });
    expect(normalizeCell({ text: 'https://x.dk', hyperlink: 'https://x.dk' })).to.deep.equal({
      kind: 'text',
      value: 'https://x.dk',
    });
    expect(normalizeCell({ error: '#N/A' })).to.deep.equal({ kind: 'error', value: '#N/A' });
    expect(normalizeCell({ percent: 0.125 })).to.deep.equal({
      kind: 'number',
      value: 0.125,
      percent: true,
    });
  });
});

describe('cell → value', () => {
  it('readNumber() of an empty cell is undefined (a gap), of a number cell the number', () => {
    expect(value(readNumber(normalizeCell(null)))).to.equal(undefined);
    expect(value(readNumber(normalizeCell(13.8)))).to.equal(13.8);
    expect(value(readNumber(normalizeCell('1.234,5')))).to.equal(1234.5);
  });
  it('readNumber() explains "12,5%", "1.234", percent-formatted cells, dates and #DIV/0!', () => {
    expect(value(readNumber(normalizeCell('12,5%')))).to.match(/^problem: "12,5%" er ikke et tal/);
    expect(value(readNumber(normalizeCell('tolv')))).to.equal('problem: "tolv" er ikke et tal');
    expect(value(readNumber(normalizeCell('1.234')))).to.match(
      /tvetydigt: skriv 1234 .* eller 1,234/,
    );
    expect(value(readNumber(normalizeCell({ percent: 0.07 })))).to.match(
      /procent \(0,07 vises som 7 %\)/,
    );
    expect(value(readNumber(normalizeCell(new Date(Date.UTC(2024, 0, 1)))))).to.equal(
      'problem: 2024-01-01 er ikke et tal',
    );
    expect(value(readNumber(normalizeCell({ error: '#DIV/0!' })))).to.equal(
      'problem: indeholder fejlen #DIV/0!',
    );
    expect(value(readNumber(normalizeCell({ formula: 'A1' })))).to.match(
      /formel uden gemt resultat/,
    );
  });
  it('readText() of an area code typed as a number is its digits', () => {
    expect(value(readText(normalizeCell(751)))).to.equal('751');
  });
  it('readPeriod() takes 2024 as a number, refuses a date', () => {
    expect(value(readPeriod(normalizeCell(2024)))).to.equal('2024');
    expect(value(readPeriod(normalizeCell('2024-H1')))).to.equal('2024-H1');
    expect(value(readPeriod(normalizeCell(new Date(Date.UTC(2024, 2, 1)))))).to.match(/er en dato/);
  });
  it('readWord() takes Danish or English words in any case, and names the allowed ones', () => {
    expect(value(readWord(normalizeCell('Ned'), DIRECTION))).to.equal('down');
    expect(value(readWord(normalizeCell('up'), DIRECTION))).to.equal('up');
    expect(value(readWord(normalizeCell('Hvert  fjerde år'), FREQUENCY))).to.equal('quadrennial');
    expect(value(readWord(normalizeCell('aarligt'), FREQUENCY))).to.equal('annual');
    expect(value(readWord(normalizeCell('semiannual'), FREQUENCY))).to.equal('semiannual');
    expect(value(readWord(normalizeCell('sidelæns'), DIRECTION))).to.equal(
      'problem: "sidelæns" skal være en af "ned", "op", "ingen"',
    );
  });
  it('readBoolean() takes ja/nej, yes/no and TRUE/FALSE cells', () => {
    expect(
      ['ja', 'Nej', 'yes', 'no'].map((s) => value(readBoolean(normalizeCell(s)))),
    ).to.deep.equal([true, false, true, false]);
    expect(value(readBoolean(normalizeCell(true)))).to.equal(true);
    expect(value(readBoolean(normalizeCell(null)))).to.equal(undefined);
  });
  it('readIdList() splits on commas, semicolons and spaces', () => {
    expect(value(readIdList(normalizeCell('a, b;c  d')))).to.deep.equal(['a', 'b', 'c', 'd']);
  });
});
