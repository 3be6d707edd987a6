import { expect } from '@open-wc/testing';
import { generateAgreement } from './generate.js';
import { indicatorRows } from './rows.js';
import { validate } from './validate.js';

describe('generateAgreement()', () => {
  it('generateAgreement({ indicators: 300, points: 40 }) is a valid agreement of that size', () => {
    const doc = generateAgreement({ indicators: 300, points: 40, seed: 7 });
    const result = validate(doc);
    expect(result.ok, JSON.stringify(result.ok ? '' : result.errors.slice(0, 3))).to.equal(true);
    expect(doc.indicators).to.have.length(300);
    const active = doc.indicators!.find((i) => i.state === 'active')!;
    expect(active.series!.filter((p) => !p.area)).to.have.length(40);
    expect(doc.illustrative).to.equal(true);
  });
  it('generateAgreement() places every indicator in exactly one goal', () => {
    const rows = indicatorRows(generateAgreement({ indicators: 120, points: 4 }));
    expect(rows).to.have.length(120);
    expect(rows.every((r) => r.placements.length === 1)).to.equal(true);
  });
  it('generateAgreement({ seed }) is deterministic', () => {
    const a = generateAgreement({ indicators: 20, points: 10, seed: 3 });
    expect(generateAgreement({ indicators: 20, points: 10, seed: 3 })).to.deep.equal(a);
    expect(generateAgreement({ indicators: 20, points: 10, seed: 4 })).not.to.deep.equal(a);
  });
  it('generateAgreement({ indicators: 0 }) is still valid', () => {
    expect(validate(generateAgreement({ indicators: 0 })).ok).to.equal(true);
  });
});
