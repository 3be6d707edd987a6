import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { line } from 'd3-shape';
import { Path } from './d3-path-lite.js';

type Point = [number, number];
const defined = (p: Point) => !Number.isNaN(p[1]);
const coordinate = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
);
const points = fc.array(fc.tuple(coordinate, fc.oneof(coordinate, fc.constant(NaN))), {
  maxLength: 30,
});

/** The bundle's line: d3-shape's line() writing into the lite Path instead of d3-path's. */
function liteLine(data: Point[], digits: number | null): string | null {
  const path = new Path(digits);
  line<Point>()
    .defined(defined)
    .context(path as never)(data);
  return path.toString() || null;
}

describe('d3-path-lite (the bundle resolves d3-path to it)', () => {
  it("line().defined() draws the same path with it as with d3-path's Path (fast-check)", () => {
    fc.assert(
      fc.property(points, fc.constantFrom(0, 1, 3, null), (data, digits) => {
        const d3 = line<Point>().defined(defined).digits(digits)(data);
        expect(liteLine(data, digits)).to.equal(d3);
      }),
    );
  });

  it('draws gaps as breaks and a lone point as a closed one-point segment, as d3-path does', () => {
    const data: Point[] = [
      [0, 1],
      [1, NaN],
      [2, 2.00049],
      [3, 3],
    ];
    expect(liteLine(data, 3)).to.equal('M0,1ZM2,2L3,3');
    expect(liteLine(data, 3)).to.equal(line<Point>().defined(defined)(data));
  });
});
