import { expect } from '@open-wc/testing';
import { sparklineGeometry } from './sparkline-path.js';

const series = (...values: (number | null)[]) =>
  values.map((value, i) => ({ period: String(2010 + i), value }));

describe('sparklineGeometry()', () => {
  it('sparklineGeometry(rising, 100, 20) runs left to right, bottom to top, inside the padding', () => {
    const g = sparklineGeometry(series(1, 2, 3), 100, 20, null, 3);
    expect(g.line).to.equal('M3,17L50,10L97,3');
    expect(g.dots).to.equal('');
    expect(g.last).to.deep.equal({ x: 97, y: 3 });
  });

  it('sparklineGeometry(with a null) breaks the line, never drawing the gap as zero', () => {
    const g = sparklineGeometry(series(1, 2, null, 2, 1), 100, 20, null, 0);
    expect(g.line).to.equal('M0,20L25,0M75,0L100,20');
  });

  it('sparklineGeometry(one point) draws a dot in the middle', () => {
    const g = sparklineGeometry(series(5), 100, 20, null, 0);
    expect(g.line).to.equal('M50,10');
    expect(g.dots).to.equal('M50,10h0');
  });

  it('sparklineGeometry(isolated point between gaps) draws it as a dot', () => {
    const g = sparklineGeometry(series(1, null, 2, null, 3), 100, 20, null, 0);
    expect(g.dots.match(/h0/g)!.length).to.equal(3);
  });

  it('sparklineGeometry(all null or empty) draws nothing', () => {
    expect(sparklineGeometry(series(null, null), 100, 20).line).to.equal('');
    expect(sparklineGeometry([], 100, 20).last).to.equal(null);
  });

  it('sparklineGeometry(…, target) puts the target on the same scale', () => {
    const g = sparklineGeometry(series(10, 20), 100, 20, 0, 0);
    expect(g.targetY).to.equal(20);
    expect(g.line).to.equal('M0,10L100,0');
  });

  it('sparklineGeometry(huge and negative values) stays finite', () => {
    const g = sparklineGeometry(series(-1e9, 1e9, 0), 100, 20);
    expect(g.line).not.to.match(/NaN|Infinity/);
  });
});
