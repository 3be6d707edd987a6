import { expect } from '@open-wc/testing';
import { jsonErrorOffset, lineAndColumn } from './json-error-offset.js';

describe('jsonErrorOffset()', () => {
  it('jsonErrorOffset(valid JSON) is -1', () => {
    for (const ok of [
      '{}',
      '[]',
      ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e6"], "b": {}} ',
      '"s"',
      '0',
    ]) {
      expect(jsonErrorOffset(ok), ok).to.equal(-1);
      expect(() => JSON.parse(ok)).not.to.throw();
    }
  });
  it('jsonErrorOffset(broken JSON) is where the engine would stop', () => {
    const cases: [string, number][] = [
      ['', 0],
      ['{"a": 1,}', 8],
      ['[1, 2,]', 6],
      ['{"a" 1}', 5],
      ["{'a': 1}", 1],
      ['{"a": 01}', 7],
      ['{"a": 1} x', 9],
      ['{"a": [1}', 8],
      ['{"a": "tab\there"}', 6],
      ['{"a": 1', 7],
    ];
    for (const [json, offset] of cases) {
      expect(jsonErrorOffset(json), json).to.equal(offset);
      expect(() => JSON.parse(json), json).to.throw();
    }
  });
  it('jsonErrorOffset(100,000-deep arrays) does not overflow the stack', () => {
    expect(jsonErrorOffset(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).to.equal(-1);
    expect(jsonErrorOffset(`${'['.repeat(100_000)}}`)).to.equal(100_000);
  });
  it('lineAndColumn(s, offset) is 1-based', () => {
    expect(lineAndColumn('{\n  "a": x', 9)).to.deep.equal([2, 8]);
    expect(lineAndColumn('x', 0)).to.deep.equal([1, 1]);
  });
});
