/** The shared bar mark: rectangles and open-ended bars as SVG path data. */
import { expect } from '@open-wc/testing';
import { barPath } from '../src/chart/bar.js';

describe('barPath', () => {
  const box = { x: 10, y: 20, width: 100, height: 16 };
  const cases = [
    { name: 'a rectangle', open: undefined, path: 'M10,20h100v16h-100Z' },
    { name: 'open to the right, ending in a point', open: { end: 'right', arrow: 8 }, path: 'M10,20h92l8,8l-8,8h-92Z' },
    { name: 'open downwards, ending in a point', open: { end: 'down', arrow: 8 }, path: 'M10,20v8l50,8l50,-8v-8Z' },
  ] as const;
  for (const { name, open, path } of cases) {
    it(`draws ${name}`, () => expect(barPath(box, open)).to.equal(path));
  }

  it('keeps the point inside the box: the tip sits on the far edge, centred', () => {
    const right = barPath(box, { end: 'right', arrow: 8 });
    // Start + straight run + arrow run reaches x + width at the box's middle.
    expect(right).to.match(/^M10,20h92l8,8/);
    expect(10 + 92 + 8).to.equal(box.x + box.width);
  });
});
