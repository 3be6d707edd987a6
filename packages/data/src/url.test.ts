import { expect } from '@open-wc/testing';
import { safeUrl, URL_PATTERN } from './url.js';

describe('safeUrl()', () => {
  it('safeUrl(http/https/relative) returns the url', () => {
    for (const ok of [
      'https://www.rm.dk/a?b=1#c',
      'http://example.org',
      'HTTPS://X.DK',
      'docs/a.pdf',
      '../a',
      '/a',
      '?q=1',
      '#top',
      'a:b/../c'.replace(':', ''),
    ]) {
      expect(safeUrl(ok), ok).to.equal(ok);
    }
  });
  it('safeUrl(other schemes) is null', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
      'mailto:a@b.dk',
      'blob:https://x/1',
    ]) {
      expect(safeUrl(bad), bad).to.equal(null);
    }
  });
  it('safeUrl strips control characters and whitespace the way browsers do before judging', () => {
    expect(safeUrl('java\tscript:alert(1)')).to.equal(null);
    expect(safeUrl('java\nscript:alert(1)')).to.equal(null);
    expect(safeUrl(' \u0001javascript:alert(1)')).to.equal(null);
    expect(safeUrl('  https://rm.dk  ')).to.equal('https://rm.dk');
    expect(safeUrl('ht\ttps://rm.dk')).to.equal('https://rm.dk');
  });
  it('safeUrl(protocol-relative) is null', () => {
    for (const bad of [
      '//evil.example',
      '\\\\evil.example',
      '/\\evil.example',
      ' //evil',
      '/\t/evil',
    ]) {
      expect(safeUrl(bad), JSON.stringify(bad)).to.equal(null);
    }
  });
  it('safeUrl(non-string or empty) is null', () => {
    for (const bad of [null, undefined, 42, {}, '', '   ']) expect(safeUrl(bad)).to.equal(null);
  });
  it('safeUrl(relative, base) resolves against the data file', () => {
    expect(safeUrl('kilde.pdf', 'https://rm.dk/data/aftale.json')).to.equal(
      'https://rm.dk/data/kilde.pdf',
    );
    expect(safeUrl('https://a.dk/x', 'https://rm.dk/')).to.equal('https://a.dk/x');
    expect(safeUrl('x', 'not a url')).to.equal(null);
  });
  it('safeUrl agrees with what the browser does with an <a href>', () => {
    for (const raw of [
      'java\tscript:x',
      ' https://rm.dk',
      'docs/x',
      '\u0000javascript:x',
      'jav\rascript:x',
    ]) {
      const a = document.createElement('a');
      a.href = raw;
      const browserSafe = a.protocol === 'http:' || a.protocol === 'https:';
      expect(safeUrl(raw) !== null, JSON.stringify(raw)).to.equal(browserSafe);
    }
  });
});

describe('URL_PATTERN', () => {
  it('URL_PATTERN accepts http(s) and relative links without spaces', () => {
    for (const ok of ['https://www.rm.dk/a?b=1', 'docs/a.pdf', '/a', '#x', 'a/b:c'])
      expect(URL_PATTERN.test(ok), ok).to.equal(true);
  });
  it('URL_PATTERN refuses what safeUrl refuses, and spaces and control characters', () => {
    for (const bad of [
      '',
      'javascript:x',
      '//evil',
      '\\\\evil',
      ' https://rm.dk',
      'a b',
      'java\tscript:x',
      'mailto:x',
    ]) {
      expect(URL_PATTERN.test(bad), JSON.stringify(bad)).to.equal(false);
    }
  });
});
