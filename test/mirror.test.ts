import { expect } from '@open-wc/testing';
import { arc, linkHorizontal } from 'd3-shape';
import { mirrorAnchor, mirrorBox, mirrorLabel, mirrorPath, mirrorTick, mirrorX } from '../src/chart/mirror.js';

/** Every absolute point a path visits, in order (enough for the paths the tests use). */
const numbers = (path: string) => (path.match(/-?\d*\.?\d+(e-?\d+)?/g) ?? []).map(Number);

describe('mirror', () => {
  it('reflects x, boxes, labels and ticks across the centre line', () => {
    expect(mirrorX(30, 200)).to.equal(170);
    expect(mirrorBox({ x: 10, y: 5, width: 40, height: 8 }, 200)).to.deep.equal({ x: 150, y: 5, width: 40, height: 8 });
    expect(mirrorLabel({ text: '$79,000', x: 0, y: 9, anchor: 'start' }, 200)).to.deep.equal({ text: '$79,000', x: 200, y: 9, anchor: 'end' });
    expect(mirrorTick({ value: 0, position: 128, label: '$0', anchor: 'middle' }, 720)).to.deep.equal({ value: 0, position: 592, label: '$0', anchor: 'middle' });
  });

  it('swaps start and end, keeps middle', () => {
    expect(['start', 'middle', 'end'].map((anchor) => mirrorAnchor(anchor as 'start'))).to.deep.equal(['end', 'middle', 'start']);
  });

  const paths: [name: string, path: string, width: number, expected: string][] = [
    ['absolute moves and lines', 'M10,20L30,40Z', 100, 'M90,20L70,40Z'],
    ['relative lines and horizontals change sign', 'M10,5h20v8h-20Z', 100, 'M90,5h-20v8h20Z'],
    ['an arrow', 'M0,0h12l8,4l-8,4h-12Z', 50, 'M50,0h-12l-8,4l8,4h12Z'],
    ['implicit repetitions', 'M1,2 3,4 5,6', 10, 'M9,2,7,4,5,6'],
    ['absolute H and cubic curves', 'M0,0H10C1,2,3,4,5,6', 10, 'M10,0H0C9,2,7,4,5,6'],
    ['arcs turn the other way', 'M0,-10A10,10,0,0,1,10,0', 0, 'M0,-10A10,10,0,0,0,-10,0'],
    ['exponents', 'M1e-15,2L3,4', 0, 'M0,2L-3,4'],
  ];
  for (const [name, path, width, expected] of paths) {
    it(`mirrors path data: ${name}`, () => {
      expect(mirrorPath(path, width)).to.equal(expected);
    });
  }

  it('mirrors twice back to the same path (d3-shape arcs and links)', () => {
    const segment = arc<{ startAngle: number; endAngle: number }>().innerRadius(40).outerRadius(60).cornerRadius(3).padAngle(0.02)({ startAngle: -1.5, endAngle: -0.5 })!;
    const link = linkHorizontal()({ source: [10, 20], target: [90, 60] })!;
    for (const [path, width] of [[segment, 0], [link, 300]] as const) {
      const twice = numbers(mirrorPath(mirrorPath(path, width), width));
      numbers(path).forEach((value, i) => expect(twice[i]).to.be.closeTo(value, 1e-3));
    }
  });

  it('reflects an arc segment: every point’s x negated around the hub', () => {
    const segment = arc<{ startAngle: number; endAngle: number }>().innerRadius(40).outerRadius(60)({ startAngle: -1.5, endAngle: -0.5 })!;
    const mirrored = arc<{ startAngle: number; endAngle: number }>().innerRadius(40).outerRadius(60)({ startAngle: 0.5, endAngle: 1.5 })!;
    // The same shape drawn from the other end: compare the sets of end points.
    const ends = (path: string) => [...path.matchAll(/[MLA][^MLAZ]*/g)].map(([command]) => numbers(command).slice(-2).map((n) => Math.round(n * 10) / 10).join(',')).sort();
    expect(ends(mirrorPath(segment, 0))).to.deep.equal(ends(mirrored));
  });
});
