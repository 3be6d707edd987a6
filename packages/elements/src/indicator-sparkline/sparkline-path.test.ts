import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { line } from 'd3-shape';
import { linePath, sparklineGeometry } from './sparkline-path.js';

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
    expect(g.line).to.equal('M50,10Z'); // d3's line closes a one-point segment
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

  it('sparklineGeometry(±1e308, and a range that overflows when subtracted) stays finite', () => {
    for (const values of [
      [-1e308, 1e308],
      [Number.MAX_VALUE, -Number.MAX_VALUE, 0],
      [1e308, 1e308],
      [-1.7e308, null, 1.7e308],
    ]) {
      const g = sparklineGeometry(series(...values), 2000, 480, 1e308, 30);
      expect(`${g.line} ${g.dots} ${g.targetY}`, String(values)).not.to.match(/NaN|Infinity/);
      expect(g.line).to.match(/^M30,\d+/);
    }
    const g = sparklineGeometry(series(-1e308, 1e308), 100, 20, null, 0);
    expect(g.line).to.equal('M0,20L100,0');
  });

  it('sparklineGeometry(any doubles, nulls and target) draws only finite whole numbers (fast-check)', () => {
    const value = fc.oneof(
      fc.double(),
      fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, -0),
      fc.constant(null),
    );
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 12 }),
        fc.option(fc.double(), { nil: null }),
        (values, target) => {
          const g = sparklineGeometry(series(...values), 2000, 480, target, 30);
          const numbers = `${g.line}${g.dots}`.match(/-?[\d.e+]+|NaN|Infinity/g) ?? [];
          for (const n of [...numbers, g.targetY ?? 0, g.last?.x ?? 0, g.last?.y ?? 0]) {
            expect(Number.isInteger(Number(n)), String(n)).to.equal(true);
            expect(Number(n)).to.be.within(0, 2000);
          }
          // Every drawn value has a point: the line breaks only at gaps.
          const drawn = values.filter((v) => v !== null && Number.isFinite(v)).length;
          const points = (g.line.match(/[ML]/g) ?? []).length;
          expect(points).to.equal(drawn);
        },
      ),
    );
  });

  it('linePath(whole numbers and gaps) writes what d3-shape writes with its own path (fast-check)', () => {
    const d3Line = line<[number, number]>().defined((p) => !Number.isNaN(p[1]));
    const coordinate = fc.integer({ min: -3000, max: 3000 });
    const point = fc.tuple(coordinate, fc.oneof(coordinate, fc.constant(NaN), fc.constant(-0)));
    fc.assert(
      fc.property(fc.array(point, { maxLength: 20 }), (xy) => {
        expect(linePath(xy)).to.equal(d3Line(xy) ?? '');
      }),
    );
  });
});
