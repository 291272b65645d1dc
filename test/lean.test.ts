/** The drop-in build's number-only d3 stand-ins agree with the real modules on numbers. */
import { expect } from '@open-wc/testing';
import * as real from 'd3-interpolate';
import { scaleLinear } from 'd3-scale';
import * as lean from '../src/chart/lean/d3-interpolate.js';
import * as leanFormat from '../src/chart/lean/d3-format.js';

describe('lean d3 stand-ins', () => {
  const pairs: [number, number][] = [[0, 1], [10, -4], [70_000, 130_000], [0.5, 0.5]];
  const ts = [0, 0.25, 0.5, 0.9, 1];

  it('interpolate numbers as d3-interpolate does', () => {
    for (const [a, b] of pairs) {
      for (const t of ts) {
        expect(lean.interpolate(a, b)(t)).to.be.closeTo(real.interpolate(a, b)(t), 1e-9);
        expect(lean.interpolateRound(a, b)(t)).to.equal(real.interpolateRound(a, b)(t));
      }
    }
  });

  it('interpolate piecewise as d3-interpolate does', () => {
    const values = [0, 10, 40, 100];
    for (const t of ts) expect(lean.piecewise(lean.interpolateNumber, values)(t)).to.be.closeTo(real.piecewise(real.interpolateNumber, values)(t) as number, 1e-9);
  });

  it('give a scale built on them the same positions as d3', () => {
    const realScale = scaleLinear().domain([0, 150_000]).range([128, 560]);
    const leanScale = scaleLinear().domain([0, 150_000]).range([128, 560]).interpolate(lean.interpolate);
    for (const value of [0, 70_000, 100_000, 150_000]) expect(leanScale(value)).to.be.closeTo(realScale(value), 1e-9);
  });

  it('refuse d3-format calls with a clear message', () => {
    expect(() => leanFormat.format()).to.throw(/format numbers with Intl/);
  });
});
