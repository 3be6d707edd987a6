import { expect } from '@open-wc/testing';
import { detectSeparator, formatCsv, parseCsv } from './csv.js';

describe('parseCsv()', () => {
  it('parseCsv() splits on semicolons as Danish Excel writes them', () => {
    expect(parseCsv('a;b;c\r\n1;2,5;\r\n')).to.deep.equal([
      ['a', 'b', 'c'],
      ['1', '2,5', ''],
    ]);
  });
  it('parseCsv() detects commas and tabs from the header line', () => {
    expect(detectSeparator('a,b,c\n1;2;3')).to.equal(',');
    expect(detectSeparator('a\tb\n')).to.equal('\t');
    expect(detectSeparator('"a;b",c,d\n')).to.equal(',');
    expect(parseCsv('a,b\n1,2')).to.deep.equal([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
  it('parseCsv() reads RFC 4180 quotes: separators, line breaks and doubled quotes inside', () => {
    expect(parseCsv('"a;1";"say ""hi""";"two\nlines"\n')).to.deep.equal([
      ['a;1', 'say "hi"', 'two\nlines'],
    ]);
  });
  it('parseCsv() ignores a byte order mark and a missing final line break', () => {
    expect(parseCsv('\uFEFFid;navn\nx;y')).to.deep.equal([
      ['id', 'navn'],
      ['x', 'y'],
    ]);
  });
  it('parseCsv() keeps empty lines as rows with one empty field, and mixed line ends', () => {
    expect(parseCsv('a\r\n\r\nb\rc\n')).to.deep.equal([['a'], [''], ['b'], ['c']]);
  });
  it('parseCsv(formatCsv(rows)) gives the rows back', () => {
    const rows = [
      ['id', 'navn', 'beskrivelse'],
      ['x', 'a;b', 'he said "no"\r\nand left'],
      ['', ' padded ', 'æøå – €'],
    ];
    expect(parseCsv(formatCsv(rows))).to.deep.equal(rows);
    expect(parseCsv(formatCsv(rows, ','), ',')).to.deep.equal(rows);
  });
});
