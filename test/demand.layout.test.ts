import { expect } from '@open-wc/testing';
import { NARROW_BELOW } from '../src/chart/layout.js';
import type { DemandLevel } from '../src/contract/schema.js';
import { en } from '../src/i18n/en.js';
import { GAUGE_WIDTH, TEXT, demandLayout, type Box, type DemandInput, type DemandLayout } from '../src/demand/demand.layout.js';
import { sampleGuide } from './support/guides.js';

const messages = en;
const sample = (): DemandInput => {
  const { demand, outlook, facts } = sampleGuide();
  return { demand: demand!, outlook, facts };
};
const layoutAt = (width: number, input = sample(), locale = 'en-US') => demandLayout(input, { width, locale, messages });

const bottom = (box: Box) => box.y + box.height;
const right = (box: Box) => box.x + box.width;
/** The points an SVG path of M, L, A and Z commands (absolute) goes through: each command's end. */
const points = (path: string) =>
  [...path.matchAll(/([MLA])([^MLAZ]*)/g)].map(([, , args]) => {
    const n = (args!.match(/-?\d*\.?\d+(e-?\d+)?/g) ?? []).map(Number);
    return [n.at(-2)!, n.at(-1)!] as const;
  });

/** Checks that hold for every layout: blocks inside the chart, none overlapping. */
function expectSound(layout: DemandLayout): void {
  const boxes = [layout.gauge.box, layout.growth?.box, layout.note?.box].filter((box): box is Box => box !== undefined);
  for (const [i, a] of boxes.entries()) {
    expect(a.x).to.be.at.least(0);
    expect(right(a)).to.be.at.most(layout.width + 1e-9);
    expect(bottom(a)).to.be.at.most(layout.height);
    for (const b of boxes.slice(i + 1)) expect(a.x < right(b) && b.x < right(a) && a.y < bottom(b) && b.y < bottom(a)).to.equal(false);
  }
}

describe('demand layout', () => {
  describe('wide (720px): the gauge, and the text beside it', () => {
    const layout = layoutAt(720);
    const { gauge } = layout;

    it('draws a semicircle of the full gauge width, hub at the centre of its base', () => {
      expect(layout.narrow).to.equal(false);
      expect(gauge.box).to.deep.include({ x: 0, y: 0, width: GAUGE_WIDTH });
      expect(gauge.width).to.equal(240);
      expect(gauge.outer).to.equal(116);
      expect(gauge.inner).to.be.closeTo(69.6, 1e-9);
      expect([gauge.cx, gauge.cy]).to.deep.equal([120, 120]);
      expect(gauge.height).to.equal(120 + 6 + TEXT.end.line);
      expect(gauge.box.height).to.equal(gauge.height + TEXT.word.line);
    });

    it('has three segments, low to high, left to right, the current one marked', () => {
      expect(gauge.segments.map((segment) => [segment.level, segment.current])).to.deep.equal([
        ['low', false],
        ['moderate', false],
        ['high', true],
      ]);
      // Every segment is on the upper half, between the inner and outer radius.
      const xs = gauge.segments.map((segment) => points(segment.path).map(([x]) => x));
      for (const segment of gauge.segments) {
        for (const [x, y] of points(segment.path)) {
          expect(y).to.be.at.most(0.01);
          expect(Math.hypot(x, y)).to.be.at.most(gauge.outer + 0.01);
        }
      }
      expect(Math.max(...xs[0]!)).to.be.lessThan(0); // low: left of the hub
      expect(Math.min(...xs[2]!)).to.be.greaterThan(0); // high: right of it
      expect(Math.min(...xs[1]!)).to.be.lessThan(0);
      expect(Math.max(...xs[1]!)).to.be.greaterThan(0);
    });

    it('points the needle at the middle of the high segment', () => {
      expect(gauge.angle).to.be.closeTo(Math.PI / 3, 1e-12);
      const tip = points(gauge.needle)[1]!;
      expect(tip[0]).to.be.closeTo(Math.sin(Math.PI / 3) * 110, 0.01);
      expect(tip[1]).to.be.closeTo(-Math.cos(Math.PI / 3) * 110, 0.01);
    });

    it('labels the ends of the scale and writes the level in words', () => {
      const mid = (116 + 69.6) / 2;
      expect(gauge.ends.map((end) => end.text)).to.deep.equal(['Low', 'High']);
      expect(gauge.ends[0].x).to.be.closeTo(120 - mid, 1e-9);
      expect(gauge.ends[1].x).to.be.closeTo(120 + mid, 1e-9);
      expect(gauge.ends[0].y).to.equal(120 + 6 + 12);
      expect(layout.word).to.equal('High');
      expect(layout.level).to.equal('high');
      expect(layout.levelIndex).to.equal(2);
    });

    it('shows the projected growth with its outlook and source beside the gauge, the note under it', () => {
      expect(layout.growth).to.deep.include({
        value: '9%',
        label: 'projected growth',
        status: 'Growing faster than average',
        source: 'Source: U.S. Bureau of Labor Statistics',
      });
      expect(layout.growth!.box).to.deep.equal({ x: 280, y: 0, width: 440, height: 34 + 20 + 20 + 4 + 18 });
      expect(layout.note!.box.x).to.equal(280);
      expect(layout.note!.box.y).to.equal(bottom(layout.growth!.box) + 16);
      expect(layout.note!.box.height % TEXT.note.line).to.equal(0);
      expect(layout.height).to.equal(Math.max(bottom(gauge.box), bottom(layout.note!.box)));
      expectSound(layout);
    });

    it('names the gauge with its level; the summary says what the element shows, leaving the figures to the gauge and the growth', () => {
      expect(layout.title).to.equal('Market demand');
      expect(layout.gaugeLabel).to.equal('Market demand: High, on a scale from Low to High');
      expect(layout.summary).to.equal('Market demand, projected growth.');
    });
  });

  describe('narrow (340px): stacked, the gauge centred', () => {
    const layout = layoutAt(340);

    it('centres the gauge and stacks the growth and the note under it, full width', () => {
      expect(layout.narrow).to.equal(true);
      expect(layout.gauge.box).to.deep.include({ x: 50, y: 0, width: 240 });
      expect(layout.growth!.box).to.deep.include({ x: 0, y: bottom(layout.gauge.box) + 16, width: 340 });
      expect(layout.note!.box).to.deep.include({ x: 0, y: bottom(layout.growth!.box) + 16, width: 340 });
      expect(layout.height).to.equal(bottom(layout.note!.box));
      expectSound(layout);
    });

    it('shrinks the gauge in a container narrower than it', () => {
      const small = layoutAt(200);
      expect(small.gauge.box).to.deep.include({ x: 0, width: 200 });
      expect(small.gauge.outer).to.equal(96);
      expect(small.gauge.cx).to.equal(100);
      expectSound(small);
    });
  });

  it('switches to narrow below the threshold', () => {
    expect(layoutAt(NARROW_BELOW - 1).narrow).to.equal(true);
    expect(layoutAt(NARROW_BELOW).narrow).to.equal(false);
  });

  const levels: [DemandLevel, number, string][] = [
    ['low', -Math.PI / 3, 'Low'],
    ['moderate', 0, 'Moderate'],
    ['high', Math.PI / 3, 'High'],
  ];
  for (const [level, angle, word] of levels) {
    it(`points at ${level} and says "${word}"`, () => {
      const layout = layoutAt(720, { demand: { level } });
      expect(layout.gauge.angle).to.be.closeTo(angle, 1e-12);
      expect(layout.gauge.segments.filter((segment) => segment.current).map((segment) => segment.level)).to.deep.equal([level]);
      expect(layout.word).to.equal(word);
      expect(layout.gaugeLabel).to.equal(`Market demand: ${word}, on a scale from Low to High`);
    });
  }

  it('formats the growth rate and dates in the locale', () => {
    const input: DemandInput = { ...sample(), outlook: { ...sample().outlook, growthRate: { value: 4.5, unit: 'percent' }, asOf: '2024-05' } };
    const layout = layoutAt(720, input, 'de-DE');
    expect(layout.growth!.value).to.equal('4,5\u00a0%');
    expect(layout.growth!.source).to.equal('Source: U.S. Bureau of Labor Statistics, Mai 2024');
  });

  it('falls back to the headline facts’ growth rate, labelled as such', () => {
    const input: DemandInput = { demand: { level: 'moderate' }, facts: { growthRate: { value: 9, unit: 'percent' }, source: { name: 'Survey' } } };
    const layout = layoutAt(720, input);
    expect(layout.growth).to.deep.include({ value: '9%', label: 'growth rate', status: undefined, source: 'Source: Survey' });
    expect(layout.summary).to.equal('Market demand, growth rate.');
  });

  it('prefers the outlook’s projection over the facts’ rate', () => {
    const input: DemandInput = { ...sample(), facts: { growthRate: { value: 3, unit: 'percent' } } };
    expect(layoutAt(720, input).growth!.value).to.equal('9%');
  });

  it('shows the demand’s own source and date under the level', () => {
    const input: DemandInput = { demand: { level: 'high', source: { name: 'Example Survey' }, asOf: '2024' } };
    const layout = layoutAt(720, input);
    expect(layout.demandSource).to.equal('Source: Example Survey, 2024');
    expect(layout.gauge.box.height).to.equal(layout.gauge.height + TEXT.word.line + TEXT.source.line);
    // The gauge's name says the level; the summary, where it comes from, which the gauge only shows.
    expect(layout.summary).to.equal('Market demand. Source: Example Survey, 2024.');
  });

  it('is the gauge alone without growth or note', () => {
    for (const width of [320, 720]) {
      const layout = layoutAt(width, { demand: { level: 'low' } });
      expect(layout.growth).to.equal(undefined);
      expect(layout.note).to.equal(undefined);
      expect(layout.height).to.equal(layout.gauge.box.height);
      expect(layout.summary).to.equal('Market demand.');
    }
  });

  it('gives a long note the lines it needs', () => {
    const note = 'Demand varies by region and industry. '.repeat(30).trim();
    const layout = layoutAt(720, { demand: { level: 'high', note } });
    expect(layout.note!.box.height).to.be.greaterThan(5 * TEXT.note.line);
    expect(layout.height).to.equal(bottom(layout.note!.box));
    expectSound(layout);
  });
});

describe('demand layout, right to left: the gauge mirrored, Low on the right and High on the left', () => {
  for (const width of [720, 360]) {
    it(`mirrors the drawing at ${width}px and leaves the HTML boxes to the page`, () => {
      const ltr = layoutAt(width);
      const rtl = demandLayout(sample(), { width, locale: 'en-US', messages, rtl: true });
      const g = ltr.gauge;
      expect(rtl.gauge.angle).to.equal(-g.angle);
      expect(rtl.gauge.ends).to.deep.equal(g.ends.map((end) => ({ ...end, x: g.width - end.x })));
      expect(rtl.gauge.ends[0].x).to.be.greaterThan(rtl.gauge.ends[1].x);
      // Every point of every segment and of the needle has its x negated around the hub.
      const expectReflected = (after: string, before: string) => {
        const [mirrored, original] = [points(after), points(before)];
        expect(mirrored.length).to.equal(original.length);
        mirrored.forEach(([x, y], k) => {
          expect(x).to.be.closeTo(-original[k]![0], 0.01);
          expect(y).to.be.closeTo(original[k]![1], 0.01);
        });
      };
      rtl.gauge.segments.forEach((segment, i) => expectReflected(segment.path, g.segments[i]!.path));
      expectReflected(rtl.gauge.needle, g.needle);
      expect([rtl.gauge.box, rtl.growth?.box, rtl.note?.box]).to.deep.equal([g.box, ltr.growth?.box, ltr.note?.box]);
      expect(rtl.summary).to.equal(ltr.summary);
    });
  }
});
