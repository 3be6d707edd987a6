import { expect } from '@open-wc/testing';
import { CsvQuoteError, detectSeparator, formatCsv, parseCsv } from './csv.js';

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
  it('parseCsv() refuses a quote that is never closed, at the line and field where it opens', () => {
    const error = (text: string) => {
      try {
        parseCsv(text);
      } catch (e) {
        return e;
      }
      return undefined;
    };
    const open = error('id;navn\r\nx;"y\r\nz;w\r\n');
    expect(open).to.be.instanceOf(CsvQuoteError);
    expect(open).to.include({ line: 2, column: 1, closedAt: undefined });
    // Closed by the next line's opening quote and followed by text: a stray quote, not one field.
    const stray = error('id;navn\nx;"y\nz;w\nv;"u"\n');
    expect(stray).to.include({ line: 2, column: 1, closedAt: 4 });
    // Line breaks inside a properly quoted field are counted: the quote opens on line 3.
    expect(error('a;"1\n2"\r\nb;c\rd;"e\n')).to.include({ line: 4, column: 1 });
    // A quoted field across lines that ends at a separator is fine; so is "a"b on one line.
    expect(parseCsv('"a\nb";c\n"d"e;f\n')).to.deep.equal([
      ['a\nb', 'c'],
      ['de', 'f'],
    ]);
  });
});
