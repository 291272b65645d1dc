import { expect } from '@open-wc/testing';
import { NARROW_BELOW } from '../src/chart/layout.js';
import { BALANCE_RATINGS, STRESS_LEVELS } from '../src/contract/schema.js';
import { en } from '../src/i18n/en.js';
import {
  balanceLayout,
  balanceMetersHeight,
  balanceTextHeight,
  hasWorkLife,
  type WorkLife,
} from '../src/balance/balance.layout.js';
import { sampleGuide } from './support/guides.js';
import { reflected } from './support/reflect.js';

const messages = en;
const sample = (): WorkLife => sampleGuide().workLife!;
const layoutAt = (width: number, workLife: WorkLife = sample(), locale = 'en-US') => balanceLayout(workLife, { width, locale, messages });

// border 1 + padding 12, twice; label 18; word 24 + 8; marker 6 + 3, segments 14, 4 + end words 16.
const CARD = 119;
const SCALE = 43;

describe('balance layout', () => {
  describe('wide (720px)', () => {
    const layout = layoutAt(720);
    const [stress, balance] = layout.meters;

    it('puts the two meters side by side in equal cards', () => {
      expect(layout.narrow).to.equal(false);
      expect(layout.columns).to.equal(2);
      expect(layout.cardWidth).to.equal(354);
      expect(layout.cardHeight).to.equal(CARD);
      expect(layout.metersHeight).to.equal(CARD);
      expect(layout.scale).to.deep.equal({ width: 354 - 2 * 17, height: SCALE });
      expect(layout.meters.map((meter) => [meter.row, meter.column])).to.deep.equal([
        [0, 0],
        [0, 1],
      ]);
    });

    it('divides each scale into five equal segments across its width, with equal gaps', () => {
      for (const meter of layout.meters) {
        const { segments } = meter;
        expect(segments).to.have.length(5);
        expect(segments[0]!.x).to.be.closeTo(0, 1e-9);
        expect(segments[4]!.x + segments[4]!.width).to.be.closeTo(320, 1e-9);
        const step = 320 / (5 - 0.12);
        segments.forEach((segment, i) => {
          expect(segment.x).to.be.closeTo(i * step, 1e-9);
          expect(segment.width).to.be.closeTo(step * 0.88, 1e-9);
          expect(segment.y).to.equal(9);
          expect(segment.height).to.equal(14);
        });
      }
    });

    it('fills the segments up to the level, and no further', () => {
      expect(stress!.segments.map((segment) => segment.filled)).to.deep.equal([true, true, true, true, false]);
      expect(balance!.segments.map((segment) => segment.filled)).to.deep.equal([true, true, false, false, false]);
    });

    it('points a marker at the level’s segment', () => {
      const segment = stress!.segments[3]!;
      const centre = segment.x + segment.width / 2;
      expect(stress!.marker).to.equal(`M${centre - 6},0H${centre + 6}L${centre},6Z`);
    });

    it('writes the level and the ends of each scale in words', () => {
      expect(layout.meters.map((meter) => [meter.id, meter.name, meter.word, meter.index, meter.count])).to.deep.equal([
        ['stress', 'Stress level', 'Moderate to high', 4, 5],
        ['balance', 'Work-life balance', 'Challenging', 2, 5],
      ]);
      expect(stress!.ends.map((end) => [end.text, end.x, end.anchor])).to.deep.equal([
        ['Low', 0, 'start'],
        ['High', 320, 'end'],
      ]);
      expect(balance!.ends.map((end) => end.text)).to.deep.equal(['Poor', 'Excellent']);
      expect(stress!.ends[0].y).to.equal(39);
    });

    it('summarises what the meters are, leaving their levels to them', () => {
      expect(layout.title).to.equal('Work-life balance and stress');
      expect(layout.summary).to.equal('Rated on scales of 5 steps: Stress level, Work-life balance.');
    });

    it('reserves room for the text under the meters, at a readable measure', () => {
      expect(layout.text.paragraphs).to.deep.equal(sample().text);
      expect(layout.text.width).to.equal(680);
      // 636 characters wrapped at 680px with widths that err wide: 8 lines of 21px, after an 8px gap.
      expect(layout.text.height).to.equal(8 + 8 * 21);
      expect(layout.height).to.equal(CARD + 8 + 8 * 21);
    });
  });

  describe('narrow (340px)', () => {
    const layout = layoutAt(340);

    it('stacks the meters in full-width cards', () => {
      expect(layout.narrow).to.equal(true);
      expect(layout.columns).to.equal(1);
      expect(layout.cardWidth).to.equal(340);
      expect(layout.scale.width).to.equal(340 - 2 * 13);
      expect(layout.metersHeight).to.equal(2 * CARD + 12);
      expect(layout.meters.map((meter) => [meter.row, meter.column])).to.deep.equal([
        [0, 0],
        [1, 0],
      ]);
      expect(layout.meters[0]!.ends[1].x).to.equal(314);
    });

    it('reserves more lines for the text', () => {
      expect(layout.text.width).to.equal(340);
      expect(layout.text.height).to.equal(8 + 16 * 21);
    });
  });

  it('switches to stacked below the threshold', () => {
    expect(layoutAt(NARROW_BELOW - 1).columns).to.equal(1);
    expect(layoutAt(NARROW_BELOW).columns).to.equal(2);
  });

  describe('every level of each scale', () => {
    STRESS_LEVELS.forEach((level, i) => {
      it(`stress ${level}: ${i + 1} of 5 filled`, () => {
        const meter = layoutAt(720, { stress: level }).meters[0]!;
        expect(meter.index).to.equal(i + 1);
        expect(meter.segments.filter((segment) => segment.filled)).to.have.length(i + 1);
        expect(meter.segments.findIndex((segment) => !segment.filled)).to.equal(i === 4 ? -1 : i + 1);
      });
    });
    const words = ['Poor', 'Challenging', 'Fair', 'Good', 'Excellent'];
    BALANCE_RATINGS.forEach((rating, i) => {
      it(`balance ${rating}: “${words[i]}”, ${i + 1} of 5`, () => {
        const meter = layoutAt(340, { balance: rating }).meters[0]!;
        expect(meter.word).to.equal(words[i]);
        expect([meter.index, meter.count]).to.deep.equal([i + 1, 5]);
      });
    });
  });

  describe('partial sections', () => {
    it('gives a single meter the full width', () => {
      const layout = layoutAt(720, { balance: 'good' });
      expect(layout.meters.map((meter) => meter.id)).to.deep.equal(['balance']);
      expect(layout.columns).to.equal(1);
      expect(layout.cardWidth).to.equal(720);
      expect(layout.metersHeight).to.equal(CARD);
      expect(layout.text.height).to.equal(0);
      expect(layout.height).to.equal(CARD);
      expect(layout.summary).to.equal('Rated on scales of 5 steps: Work-life balance.');
    });

    it('shows text alone, without a gap above it', () => {
      const layout = layoutAt(720, { text: ['Short.', 'Another short one.'] });
      expect(layout.meters).to.have.length(0);
      expect(layout.metersHeight).to.equal(0);
      expect(layout.text.gap).to.equal(0);
      expect(layout.text.height).to.equal(2 * 21 + 10);
    });

    it('knows when there is nothing to show', () => {
      expect(hasWorkLife(undefined)).to.equal(false);
      expect(hasWorkLife({})).to.equal(false);
      expect(hasWorkLife({ text: [] })).to.equal(false);
      expect(hasWorkLife({ text: ['Some.'] })).to.equal(true);
      expect(hasWorkLife({ stress: 'low' })).to.equal(true);
    });
  });

  it('writes numbers in the reader’s numerals', () => {
    expect(layoutAt(720, sample(), 'ar-EG').summary).to.equal('Rated on scales of ٥ steps: Stress level, Work-life balance.');
  });

  it('adds up meter and text heights', () => {
    expect(balanceMetersHeight(0, 720)).to.equal(0);
    expect(balanceMetersHeight(1, 340)).to.equal(CARD);
    expect(balanceTextHeight([], 720)).to.equal(0);
    expect(balanceTextHeight(['x'], 720, false)).to.equal(21);
  });
});

describe('balance layout, right to left: each meter’s scale mirrored (x → width − x), anchors swapped', () => {
  for (const width of [720, 360]) {
    it(`fills from the right at ${width}px, low end on the right; the cards stay in place (HTML follows the page)`, () => {
      const ltr = layoutAt(width);
      const rtl = balanceLayout(sample(), { width, locale: 'en-US', messages, rtl: true });
      const w = ltr.scale.width;
      rtl.meters.forEach((meter, i) => {
        const before = ltr.meters[i]!;
        expect(meter.segments).to.deep.equal(before.segments.map((segment) => ({ ...segment, x: w - segment.x - segment.width })));
        expect(meter.ends).to.deep.equal(before.ends.map((end) => reflected(end, w)));
        // Filled segments are the rightmost ones.
        const filled = meter.segments.filter((segment) => segment.filled).map((segment) => segment.x);
        const empty = meter.segments.filter((segment) => !segment.filled).map((segment) => segment.x);
        if (empty.length) expect(Math.min(...filled)).to.be.greaterThan(Math.max(...empty));
        // The marker's first point, mirrored.
        const first = (path: string) => Number(/^M(-?[\d.]+)/.exec(path)![1]);
        expect(first(meter.marker)).to.be.closeTo(w - first(before.marker), 1e-3);
        expect([meter.row, meter.column]).to.deep.equal([before.row, before.column]);
      });
      expect(rtl.summary).to.equal(ltr.summary);
    });
  }
});
