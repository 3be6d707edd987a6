import { expect } from '@open-wc/testing';
import { validateJson } from './validate.js';
import { buildCorpus, hugeText } from '../test/hostile-corpus.js';
import type { Agreement } from './types.js';

describe('validateJson() on the bad-input corpus', () => {
  let sample: Agreement;
  before(async () => {
    sample = await (await fetch('/packages/data/samples/midt-2019-2023.json')).json();
  });

  it('the corpus holds at least 40 documents, each with a note', () => {
    const corpus = buildCorpus(sample);
    expect(corpus.length).to.be.at.least(40);
    for (const c of corpus) expect(c.note, c.id).to.be.a('string').and.not.equal('');
    expect(new Set(corpus.map((c) => c.id)).size).to.equal(corpus.length);
  });

  it('gives each document the verdict its note promises, never throwing or polluting', () => {
    for (const c of buildCorpus(sample)) {
      const result = validateJson(c.text);
      const errors = result.ok ? [] : result.errors;
      if (c.expect === 'valid')
        expect(result.ok, `${c.id}: ${JSON.stringify(errors[0])}`).to.equal(true);
      else expect(result.ok, c.id).to.equal(false);
      if (c.pointer !== undefined) {
        expect(
          errors.map((e) => e.pointer),
          c.id,
        ).to.include(c.pointer);
      }
      // A parse error quotes the file itself, which may say NaN; other messages must not leak values.
      for (const e of c.expect === 'not-json' ? [] : errors) {
        expect(e.da, c.id)
          .to.be.a('string')
          .and.not.match(/undefined|NaN|\[object Object\]/);
        expect(e.en, c.id)
          .to.be.a('string')
          .and.not.match(/undefined|NaN|\[object Object\]/);
      }
      expect(({} as Record<string, unknown>).saPolluted, c.id).to.equal(undefined);
    }
  });

  it('names expected and found version for an unknown major', () => {
    const c = buildCorpus(sample).find((x) => x.id === 'unknown-major')!;
    const result = validateJson(c.text);
    expect(result.ok).to.equal(false);
    const issue = !result.ok && result.errors.find((e) => e.pointer === '/schemaVersion');
    expect(issue && issue.da)
      .to.contain('1.')
      .and.to.contain('2.0');
  });

  it('reads a 20 MB document without throwing', () => {
    const result = validateJson(hugeText(sample));
    expect(result.ok).to.equal(true);
  });
});
