import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { finiteExtent, niceAxis, scaleLinear } from './scale.js';

const finite = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 0, -0),
);
const extreme = fc.oneof(
  fc.double(),
  fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 0, -0),
);

describe('chart scale', () => {
  it('finiteExtent([3, null, NaN, -Infinity, 1]) is [1, 3]; finiteExtent([]) is null', () => {
    expect(finiteExtent([3, null, NaN, -Infinity, 1, undefined])).to.deep.equal([1, 3]);
    expect(finiteExtent([])).to.equal(null);
    expect(finiteExtent([null, NaN])).to.equal(null);
  });

  it('scaleLinear([0, 10], [0, 100]) maps linearly and clamps to the range', () => {
    const x = scaleLinear([0, 10], [0, 100]);
    expect([x(0), x(2.5), x(10), x(20), x(-5)]).to.deep.equal([0, 25, 100, 100, 0]);
    const y = scaleLinear([0, 10], [100, 0]);
    expect([y(0), y(10)]).to.deep.equal([100, 0]);
  });

  it('scaleLinear(flat domain) and scaleLinear(…)(NaN) give the middle of the range', () => {
    expect(scaleLinear([5, 5], [0, 100])(5)).to.equal(50);
    expect(scaleLinear([0, 10], [0, 100])(NaN)).to.equal(50);
  });

  it('scaleLinear([-1e308, 1e308], [0, 100]), whose span overflows, maps the ends and the middle', () => {
    const x = scaleLinear([-1e308, 1e308], [0, 100]);
    expect([x(-1e308), x(0), x(1e308)]).to.deep.equal([0, 50, 100]);
  });

  it('scaleLinear(any domain)(any value) is finite and inside the range (fast-check)', () => {
    fc.assert(
      fc.property(extreme, extreme, extreme, (d0, d1, v) => {
        const r = scaleLinear([d0, d1], [10, 390])(v);
        expect(r).to.be.within(10, 390);
      }),
    );
  });

  it('niceAxis(2.3, 17.8) has nice ticks over a nice domain', () => {
    expect(niceAxis(2.3, 17.8)).to.deep.equal({
      domain: [0, 20],
      ticks: [0, 5, 10, 15, 20],
      decimals: 0,
    });
    expect(niceAxis(0.12, 0.31).decimals).to.equal(2);
    expect(niceAxis(12.5, 12.5).ticks.length).to.be.greaterThan(1);
    expect(niceAxis(NaN, Infinity).domain).to.deep.equal([0, 1]);
  });

  it('niceAxis(any two finite numbers) is finite, ordered and covers them (fast-check)', () => {
    fc.assert(
      fc.property(finite, finite, (a, b) => {
        const axis = niceAxis(a, b);
        const [lo, hi] = axis.domain;
        expect(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi, `${lo} ${hi}`).to.equal(true);
        expect(lo <= Math.min(a, b) && hi >= Math.max(a, b)).to.equal(true);
        expect(axis.ticks.every(Number.isFinite)).to.equal(true);
        expect(axis.ticks.length).to.be.within(2, 12);
        expect(axis.decimals).to.be.within(0, 20);
      }),
    );
  });
});
