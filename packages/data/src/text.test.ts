import { expect } from '@open-wc/testing';
import { text } from './text.js';

describe('text()', () => {
  it("text('Rygning', 'en') returns a plain string as it is", () => {
    expect(text('Rygning', 'en')).to.equal('Rygning');
  });
  it("text({ da, en }, 'en') picks the language asked for", () => {
    expect(text({ da: 'Rygning', en: 'Smoking' }, 'en')).to.equal('Smoking');
  });
  it("text({ da }, 'en') falls back to the other language", () => {
    expect(text({ da: 'Rygning' }, 'en')).to.equal('Rygning');
  });
  it('text(non-text) returns an empty string, never [object Object]', () => {
    expect(text({ da: 5 } as never)).to.equal('');
    expect(text(42 as never)).to.equal('');
    expect(text(undefined)).to.equal('');
  });
});
