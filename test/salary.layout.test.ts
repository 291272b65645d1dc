import { expect } from '@open-wc/testing';
import { NARROW_BELOW } from '../src/chart/layout.js';
import type { Salary } from '../src/contract/schema.js';
import { en } from '../src/i18n/en.js';
import { de } from '../src/i18n/de.js';
import { textWidth } from '../src/chart/text.js';
import { salaryChartHeight, salaryLayout, type Box } from '../src/salary/salary.layout.js';
import { sampleGuide } from './support/guides.js';
import { reflected, swappedAnchor } from './support/reflect.js';

const messages = en;
const sample = (): Salary => sampleGuide().salary!;
const layoutAt = (width: number, salary = sample(), locale = 'en-US') => salaryLayout(salary, { width, locale, messages });

describe('salary layout', () => {
  describe('wide (720px)', () => {
    const layout = layoutAt(720);
    const x = (value: number) => layout.plot.x0 + ((value - layout.domain[0]) / (layout.domain[1] - layout.domain[0])) * (layout.plot.x1 - layout.plot.x0);

    it('starts the axis at zero and ends on a nice value above every figure', () => {
      expect(layout.domain[0]).to.equal(0);
      expect(layout.domain[1]).to.equal(150_000);
      expect(layout.narrow).to.equal(false);
    });

    it('puts nice ticks with full currency labels along the plot', () => {
      expect(layout.ticks.map((tick) => tick.value)).to.deep.equal([0, 50_000, 100_000, 150_000]);
      expect(layout.ticks[0]!.position).to.equal(layout.plot.x0);
      expect(layout.ticks.at(-1)!.position).to.equal(layout.plot.x1);
      expect(layout.ticks.map((tick) => tick.label)).to.deep.equal(['$0', '$50,000', '$100,000', '$150,000']);
    });

    it('has one mark per row, in order: range, levels, top earners', () => {
      expect(layout.marks.map((mark) => mark.id)).to.deep.equal(['range', 'entry', 'mid', 'senior', 'top']);
      expect(layout.height).to.equal(salaryChartHeight(5, 720));
    });

    it('draws the range from min to max and levels from zero to their amount', () => {
      const [range, entry, mid, senior] = layout.marks;
      expect(range!.bar.x).to.be.closeTo(x(70_000), 1e-9);
      expect(range!.bar.x + range!.bar.width).to.be.closeTo(x(130_000), 1e-9);
      expect(entry!.bar.x).to.equal(layout.plot.x0);
      expect(entry!.bar.width).to.be.closeTo(x(79_000) - layout.plot.x0, 1e-9);
      expect(mid!.bar.width).to.be.closeTo(x(100_000) - layout.plot.x0, 1e-9);
      expect(senior!.bar.width).to.be.closeTo(x(121_000) - layout.plot.x0, 1e-9);
      // Rows do not overlap.
      for (let i = 1; i < layout.marks.length; i += 1) {
        const above = layout.marks[i - 1]!.bar;
        expect(layout.marks[i]!.bar.y).to.be.greaterThan(above.y + above.height);
      }
    });

    it('draws the top earners open-ended from their threshold to the end of the plot', () => {
      const top = layout.marks[4]!;
      expect(top.bar.x).to.be.closeTo(x(130_000), 1e-9);
      expect(top.bar.x + top.bar.width).to.equal(layout.plot.x1);
      expect(top.path).to.match(/l8,9l-8,9/); // the arrow end
      expect(top.value.text).to.equal('$130,000+');
    });

    it('marks the median across the plot', () => {
      expect(layout.median!.x).to.be.closeTo(x(100_000), 1e-9);
      expect(layout.median!.label.text).to.equal('Median $100,000');
      expect(layout.median!.y2).to.equal(layout.plot.bottom);
    });

    it('writes full amounts and exact figures', () => {
      expect(layout.marks.map((mark) => mark.value.text)).to.deep.equal(['$70,000–$130,000', '$79,000', '$100,000', '$121,000', '$130,000+']);
      expect(layout.marks[1]!.exact).to.equal('Entry-Level: $79,000 per year');
      expect(layout.marks[1]!.ariaLabel).to.equal('Entry-Level: $79,000 per year');
    });

    it('summarises what the bars do not say: how much pay rises, where the median lies', () => {
      expect(layout.title).to.equal('Annual salary');
      expect(layout.subtitle).to.equal('United States · USD');
      expect(layout.summary).to.equal(
        'Salary per year in United States. Pay rises 53% from Entry-Level to Senior-Level. The median lies in the middle third of the range.',
      );
    });

    it('says the median’s third of the range, and no rise where pay does not rise', () => {
      const low = layoutAt(720, { ...sample(), median: 75_000, levels: [{ id: 'a', label: 'A', amount: 90_000 }, { id: 'b', label: 'B', amount: 80_000 }] });
      expect(low.summary).to.equal('Salary per year in United States. The median lies in the lower third of the range.');
      const high = layoutAt(720, { ...sample(), median: 125_000, levels: undefined, topEarners: undefined });
      expect(high.summary).to.equal('Salary per year in United States. The median lies in the upper third of the range.');
      expect(layoutAt(720, { ...sample(), median: undefined, levels: undefined }).summary).to.equal('Salary per year in United States.');
    });

    it('lists every exact figure for the table', () => {
      // In words for the table, in numbers for its downloads (no upper bound for the top earners).
      expect(layout.table).to.deep.equal([
        { label: 'Range (typical range)', value: '$70,000 to $130,000', from: 70_000, to: 130_000 },
        { label: 'Median', value: '$100,000', from: 100_000, to: 100_000 },
        { label: 'Entry-Level', value: '$79,000', from: 79_000, to: 79_000 },
        { label: 'Mid-Level', value: '$100,000', from: 100_000, to: 100_000 },
        { label: 'Senior-Level', value: '$121,000', from: 121_000, to: 121_000 },
        { label: 'Top 10%', value: 'from $130,000', from: 130_000 },
      ]);
    });
  });

  describe('narrow (320px)', () => {
    const layout = layoutAt(320);

    it('stacks labels above full-width bars', () => {
      expect(layout.narrow).to.equal(true);
      expect(layout.plot.x0).to.equal(0);
      for (const mark of layout.marks) expect(mark.label.y).to.be.lessThan(mark.bar.y);
    });

    it('writes compact amounts on bars and ticks, exact ones on focus', () => {
      expect(layout.marks.map((mark) => mark.value.text)).to.deep.equal(['$70K–$130K', '$79K', '$100K', '$121K', '$130K+']);
      expect(layout.ticks.map((tick) => tick.label)).to.deep.equal(['$0', '$50K', '$100K', '$150K']);
      expect(layout.marks[1]!.exact).to.equal('Entry-Level: $79,000 per year');
    });

    it('keeps tick labels inside the chart', () => {
      expect(layout.ticks[0]!.anchor).to.equal('start');
      expect(layout.ticks.at(-1)!.anchor).to.equal('end');
    });

    it('is taller than wide', () => {
      expect(layout.height).to.be.greaterThan(layoutAt(720).height);
    });
  });

  it('switches to narrow below the threshold', () => {
    expect(layoutAt(NARROW_BELOW - 1).narrow).to.equal(true);
    expect(layoutAt(NARROW_BELOW).narrow).to.equal(false);
  });

  it('formats in the given locale', () => {
    const layout = layoutAt(720, sample(), 'de-DE');
    expect(layout.marks[1]!.value.text).to.equal('79.000\u00a0$');
    expect(layout.subtitle).to.equal('Vereinigte Staaten · USD');
  });

  it('formats other currencies and hourly pay', () => {
    const hourly: Salary = { country: 'GB', currency: 'GBP', period: 'hour', range: { min: 12, max: 30.5, basis: 'min-max' } };
    const layout = layoutAt(720, hourly, 'en-GB');
    expect(layout.title).to.equal('Hourly pay');
    expect(layout.marks).to.have.length(1);
    expect(layout.marks[0]!.exact).to.equal('Range (lowest to highest): £12–£30.50 per hour');
    expect(layout.median).to.equal(undefined);
  });

  it('draws the interquartile band and takes the median from p50 when given percentiles', () => {
    const salary: Salary = {
      ...sample(),
      median: undefined,
      percentiles: { p10: 70_000, p25: 85_000, p50: 98_000, p75: 112_000, p90: 130_000 },
    };
    const layout = layoutAt(720, salary);
    const band = layout.marks[0]!.band!;
    const x = (value: number) => layout.plot.x0 + (value / layout.domain[1]) * (layout.plot.x1 - layout.plot.x0);
    expect(band.x).to.be.closeTo(x(85_000), 1e-9);
    expect(band.x + band.width).to.be.closeTo(x(112_000), 1e-9);
    expect(layout.median!.label.text).to.equal('Median $98,000');
    expect(layout.table.map((row) => row.label)).to.include.members(['10th percentile', '90th percentile']);
  });

  it('copes with a zero-width range and zero amounts', () => {
    const layout = layoutAt(400, { country: 'US', currency: 'USD', period: 'year', range: { min: 0, max: 0, basis: 'typical' } });
    expect(layout.domain[1]).to.be.greaterThan(0);
    expect(layout.marks[0]!.bar.width).to.be.at.least(1);
    for (const tick of layout.ticks) expect(Number.isFinite(tick.position)).to.equal(true);
  });
});

describe('salary layout, right to left: the left-to-right geometry mirrored (x → width − x), anchors swapped', () => {
  const startX = (path: string) => Number(/^M(-?[\d.e-]+)/.exec(path)![1]);
  for (const width of [720, 360]) {
    describe(`${width}px`, () => {
      const ltr = layoutAt(width);
      const rtl = salaryLayout(sample(), { width, locale: 'en-US', messages, rtl: true });

      it('runs the amount axis leftwards: zero on the right', () => {
        expect(rtl.ticks.map((tick) => tick.position)).to.deep.equal(ltr.ticks.map((tick) => width - tick.position));
        expect(rtl.ticks.map((tick) => tick.anchor)).to.deep.equal(ltr.ticks.map((tick) => swappedAnchor(tick.anchor)));
        expect(rtl.ticks.map((tick) => tick.label)).to.deep.equal(ltr.ticks.map((tick) => tick.label));
        expect(rtl.plot.x0).to.equal(width - ltr.plot.x0);
        expect(rtl.plot.x0).to.be.greaterThan(rtl.plot.x1);
      });

      it('mirrors every bar, band, focus ring and text, and keeps the words', () => {
        rtl.marks.forEach((mark, i) => {
          const before = ltr.marks[i]!;
          for (const key of ['bar', 'focus', 'band'] as const) {
            const box = before[key];
            if (box) expect(mark[key]).to.deep.equal({ ...box, x: width - box.x - box.width });
          }
          for (const key of ['label', 'value'] as const) {
            expect(mark[key]).to.deep.equal(reflected(before[key], width));
          }
          expect(startX(mark.path)).to.be.closeTo(width - startX(before.path), 1e-3);
        });
        expect(rtl.marks[0]!.label.anchor).to.equal('end');
        expect(rtl.summary).to.equal(ltr.summary);
      });

      it('draws the top earners’ arrow pointing left', () => {
        const top = rtl.marks.find((mark) => mark.kind === 'top')!;
        // Walk the path (M, then relative h and l): the leftmost point it reaches is the tip.
        let x = 0;
        const xs = [...top.path.matchAll(/([Mhl])(-?[\d.]+)/g)].map(([, command, value]) => (x = command === 'M' ? Number(value) : x + Number(value)));
        expect(Math.min(...xs)).to.be.closeTo(top.bar.x, 1e-3);
        expect(startX(top.path)).to.be.closeTo(top.bar.x + top.bar.width, 1e-3);
      });

      it('mirrors the median and keeps its label inside the chart', () => {
        const [before, after] = [ltr.median!, rtl.median!];
        expect(after.x).to.equal(width - before.x);
        expect(after.marker.x).to.equal(width - before.marker.x - before.marker.width);
        expect(after.label).to.deep.equal(reflected(before.label, width));
      });
    });
  }
});

describe('salary layout, extreme and close data (issue 17)', () => {
  const year = (range: [number, number], extra: Partial<Salary> = {}): Salary => ({
    country: 'US',
    currency: 'USD',
    period: 'year',
    range: { min: range[0], max: range[1], basis: 'typical' },
    ...extra,
  });
  /** What an en-US label says, as a number: `$1.5M` → 1,500,000, `$1,200,000` → 1,200,000. */
  const readAmount = (label: string) => {
    const match = /^\$([\d,.]+)([KMB]?)\+?$/.exec(label);
    expect(match, label).to.not.equal(null);
    const scale = { '': 1, K: 1e3, M: 1e6, B: 1e9 }[match![2] as '' | 'K' | 'M' | 'B'];
    return Number(match![1]!.replaceAll(',', '')) * scale;
  };
  /** The box a label's text takes, by the same text model as the layouts, at `size` px. */
  const boxOf = (label: { text: string; x: number; y: number; anchor: string }, size: number) => {
    const width = textWidth(label.text, size, true);
    const x = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
    return { x, y: label.y - size * 0.8, width, height: size * 1.05 };
  };
  const overlaps = (a: Box, b: Box) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const wide = year([20_000, 950_000], { median: 100_000, topEarners: { percent: 10, from: 950_000 } });

  for (const width of [900, 720, 519, 464, 400, 360, 320]) {
    it(`labels each tick of a $20k–$950k salary with its exact value, once, at ${width}px`, () => {
      const { ticks } = layoutAt(width, wide);
      expect(ticks.length).to.be.at.least(2);
      for (const tick of ticks) expect(readAmount(tick.label), tick.label).to.equal(tick.value);
      // No padding zeros: `$1.5M`, not `$1.50M`.
      for (const tick of ticks) expect(tick.label).to.not.match(/\.\d*0(?!\d)/);
      expect(new Set(ticks.map((tick) => tick.label)).size).to.equal(ticks.length);
      // Neighbouring labels do not run into each other.
      for (let i = 1; i < ticks.length; i += 1) {
        const [a, b] = [ticks[i - 1]!, ticks[i]!].map((tick) => boxOf({ text: tick.label, x: tick.position, y: 0, anchor: tick.anchor }, 12)) as [Box, Box];
        expect(a.x + a.width, `${ticks[i - 1]!.label} / ${ticks[i]!.label}`).to.be.at.most(b.x);
      }
    });
  }

  for (const width of [900, 320]) {
    it(`keeps a $99k–$101k range visible beside the median diamond at ${width}px`, () => {
      const layout = layoutAt(width, year([99_000, 101_000], { median: 100_000 }));
      const bar = layout.marks[0]!.bar;
      const marker = layout.median!.marker;
      expect(bar.x, 'left of the diamond').to.be.at.most(marker.x - 4);
      expect(bar.x + bar.width, 'right of the diamond').to.be.at.least(marker.x + marker.width + 4);
      // Still centred on the range.
      expect(bar.x + bar.width / 2).to.be.closeTo(layout.median!.x, 1e-9);
    });

    it(`writes $99.5k, $100k and $100.5k as three different labels at ${width}px`, () => {
      const levels = [99_500, 100_000, 100_500].map((amount, i) => ({ id: `l${i}`, label: `L${i}`, amount }));
      const layout = layoutAt(width, year([99_000, 101_000], { levels }));
      const values = layout.marks.filter((mark) => mark.kind === 'level').map((mark) => mark.value.text);
      expect(new Set(values).size, values.join(' ')).to.equal(3);
      for (const [i, value] of values.entries()) expect(readAmount(value)).to.equal(levels[i]!.amount);
    });
  }

  for (const width of [320, 360, 400]) {
    it(`keeps the median line and label off every text at ${width}px`, () => {
      const layout = layoutAt(width);
      const median = layout.median!;
      const texts = layout.marks.flatMap((mark) => [boxOf(mark.value, 14), boxOf(mark.label, 14)]);
      for (const segment of median.segments) {
        const line = { x: median.x - 1, y: segment.y1, width: 2, height: segment.y2 - segment.y1 };
        for (const text of texts) expect(overlaps(line, text), JSON.stringify(text)).to.equal(false);
      }
      for (const text of texts) expect(overlaps(boxOf(median.label, 12), text)).to.equal(false);
      // The line still runs from the top of the plot to its bottom, across every bar.
      expect(median.segments[0]!.y1).to.equal(median.y1);
      expect(median.segments.at(-1)!.y2).to.equal(median.y2);
      for (const mark of layout.marks) {
        const middle = mark.bar.y + mark.bar.height / 2;
        expect(median.segments.some((s) => s.y1 <= middle && middle <= s.y2)).to.equal(true);
      }
    });
  }
});

describe('salary layout, provenance and meaning on screen (issue 17)', () => {
  const cited = (): Salary => ({ ...sample(), range: { min: 70_000, max: 130_000, basis: 'p10-p90' }, source: { name: 'U.S. Bureau of Labor Statistics' }, asOf: '2024-05' });

  it('names the occupation in the title, which is also the table’s caption', () => {
    const layout = salaryLayout(sample(), { width: 720, locale: 'en-US', messages, occupation: 'Operations Engineer' });
    expect(layout.title).to.equal('Annual salary: Operations Engineer');
    expect(layout.tableCaption).to.equal('Salary figures: Annual salary: Operations Engineer, United States · USD');
    expect(layoutAt(720).title).to.equal('Annual salary');
  });

  it('says what the range means and what the open arrow means', () => {
    // The open arrow's note explains the arrow; its amount is the bar's, which its name says.
    expect(layoutAt(720).notes).to.deep.equal(['Range: typical pay, as the source gives it', 'Top 10%: no upper limit, as the arrow shows']);
    const { notes } = layoutAt(320, { ...sample(), range: { min: 70_000, max: 130_000, basis: 'p25-p75' }, topEarners: undefined });
    expect(notes).to.deep.equal(['Range: the middle half of pay, 25th to 75th percentile']);
  });

  const provenance: [string, Partial<Salary>, string | undefined][] = [
    ['source and date', {}, 'Source: U.S. Bureau of Labor Statistics · as of May 2024'],
    ['source only', { asOf: undefined }, 'Source: U.S. Bureau of Labor Statistics'],
    ['date only', { source: undefined }, 'As of May 2024'],
    ['neither', { source: undefined, asOf: undefined }, undefined],
  ];
  for (const [name, change, line] of provenance) {
    it(`shows the source and its date when the guide has them: ${name}`, () => {
      const { notes } = layoutAt(720, { ...cited(), ...change });
      expect(notes[0]).to.equal('Range: the middle 80% of pay, 10th to 90th percentile');
      expect(notes[2]).to.equal(line);
    });
  }

  it('writes the notes in the reader’s language', () => {
    const layout = salaryLayout(cited(), { width: 720, locale: 'de-DE', messages: de, occupation: 'Operations Engineer' });
    expect(layout.title).to.equal('Jahresgehalt: Operations Engineer');
    expect(layout.notes).to.deep.equal([
      'Spanne: die mittleren 80\u00a0% der Gehälter, 10. bis 90. Perzentil',
      'Obere 10\u00a0%: ohne Obergrenze, wie der Pfeil zeigt',
      'Quelle: U.S. Bureau of Labor Statistics · Stand: Mai 2024',
    ]);
  });

  it('keeps room for the notes, the wrapped caption and the readout’s lines in its block height', () => {
    for (const width of [280, 320, 720]) {
      const layout = salaryLayout(cited(), { width, locale: 'en-US', messages, occupation: 'Operations Engineer' });
      expect(layout.notesHeight).to.be.at.least(3 * 18);
      const frameLines = layout.captionLines - 1 + layout.readoutLines - 1;
      expect(layout.blockHeight).to.be.closeTo(layout.height + layout.notesHeight + frameLines * 1.4 * 14, 1e-9);
    }
    expect(salaryLayout(cited(), { width: 280, locale: 'en-US', messages, occupation: 'Operations Engineer' }).captionLines).to.be.greaterThan(1);
  });
});
