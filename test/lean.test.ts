/**
 * d3-scale runs on the number-only stand-ins of src/chart/lean/ everywhere (the builds, the dev
 * server, Storybook, these tests), and they agree with the real d3-interpolate on numbers.
 */
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

  it('are what d3-scale runs on here, as in every build', () => {
    // Real d3 would interpolate the colors and format the ticks; the stand-ins do neither.
    expect(scaleLinear<string>().range(['red', 'blue'])(0.5)).to.be.NaN;
    expect(() => scaleLinear().tickFormat()).to.throw(/format numbers with Intl/);
  });

  it('give a scale the same positions as d3-interpolate does', () => {
    const onReal = scaleLinear().domain([0, 150_000]).range([128, 560]).interpolate(real.interpolate);
    const onLean = scaleLinear().domain([0, 150_000]).range([128, 560]);
    const roundedOnReal = scaleLinear().domain([0, 150_000]).range([128, 560]).interpolate(real.interpolateRound);
    const roundedOnLean = scaleLinear().domain([0, 150_000]).rangeRound([128, 560]);
    for (const value of [0, 33_333, 70_000, 100_000, 150_000]) {
      expect(onLean(value)).to.be.closeTo(onReal(value), 1e-9);
      expect(roundedOnLean(value)).to.equal(roundedOnReal(value));
      expect(onLean.invert(onLean(value))).to.be.closeTo(value, 1e-6);
    }
  });

  it('refuse d3-format calls with a clear message', () => {
    expect(() => leanFormat.format()).to.throw(/format numbers with Intl/);
  });
});
