import { expect } from '@open-wc/testing';
import { NARROW_BELOW } from '../src/chart/layout.js';
import type { Salary, Tier } from '../src/contract/schema.js';
import { textWidth, wrapText } from '../src/chart/text.js';
import { formatYears } from '../src/chart/years.js';
import { en } from '../src/i18n/en.js';
import { DETAILS, tiersDomain, tiersLayout, type TiersLayout } from '../src/tiers/tiers.layout.js';
import { sampleGuide } from './support/guides.js';
import { reflected, swappedAnchor } from './support/reflect.js';

const messages = en;
const sampleTiers = (): Tier[] => sampleGuide().tiers!;
const sampleSalary = (): Salary => sampleGuide().salary!;
/** `salary: null` lays out without the guide's salary. */
const layoutAt = (width: number, tiers = sampleTiers(), { locale = 'en-US', salary = sampleSalary() }: { locale?: string; salary?: Salary | null } = {}) =>
  tiersLayout(tiers, { width, locale, messages, salary: salary ?? undefined });
const texts = (layout: TiersLayout, index: number, kind: string) =>
  layout.marks[index]!.labels.filter((label) => label.kind === kind).map((label) => label.text);

describe('tiers layout', () => {
  describe('wide (720px): gantt rows on a horizontal axis', () => {
    const layout = layoutAt(720);
    const x = (years: number) => layout.plot.x0 + (years / layout.domain[1]) * (layout.plot.x1 - layout.plot.x0);

    it('runs the axis from zero to a nice bound with room for the open-ended tier', () => {
      expect(layout.narrow).to.equal(false);
      expect(layout.domain).to.deep.equal([0, 10]);
      expect(layout.plot.x1).to.equal(719);
      expect(layout.plot.x0).to.be.within(150, 720 * 0.4);
    });

    it('puts whole-year ticks along the plot, labelled with numbers, and titles the axis', () => {
      expect(layout.ticks.map((tick) => tick.value)).to.deep.equal([0, 2, 4, 6, 8, 10]);
      expect(layout.ticks.map((tick) => tick.label)).to.deep.equal(['0', '2', '4', '6', '8', '10']);
      expect(layout.ticks[0]!.position).to.equal(layout.plot.x0);
      expect(layout.ticks.at(-1)!.position).to.equal(layout.plot.x1);
      expect(layout.ticks.at(-1)!.anchor).to.equal('end');
      expect(layout.axisTitle).to.have.length(1);
      expect(layout.axisTitle[0]).to.deep.include({ text: 'Years of experience', anchor: 'end', y: layout.tickLabelAt });
      expect(layout.axisTitle[0]!.x).to.be.lessThan(layout.plot.x0);
    });

    it('has one row per tier, 60px apart, and a height from the count alone', () => {
      expect(layout.marks.map((mark) => mark.id)).to.deep.equal(['junior', 'mid', 'senior', 'lead']);
      expect(layout.marks.map((mark) => mark.bar.y)).to.deep.equal([26, 86, 146, 206]);
      expect(layout.height).to.equal(8 + 4 * 60 + 34);
    });

    it('draws each tier from its first to its last year', () => {
      const spans: [number, number][] = [
        [0, 2],
        [2, 5],
        [5, 8],
      ];
      spans.forEach(([min, max], index) => {
        const bar = layout.marks[index]!.bar;
        expect(bar.x).to.be.closeTo(x(min), 1e-9);
        expect(bar.x + bar.width).to.be.closeTo(x(max), 1e-9);
        expect(layout.marks[index]!.path).to.match(/^M[\d.]+,[\d.]+h[\d.]+v24h-[\d.]+Z$/);
      });
    });

    it('draws the open-ended tier to the edge of the plot, ending in a point', () => {
      const lead = layout.marks[3]!;
      expect(lead.open).to.equal(true);
      expect(lead.bar.x).to.be.closeTo(x(8), 1e-9);
      expect(lead.bar.x + lead.bar.width).to.equal(layout.plot.x1);
      expect(lead.path).to.match(/l12,12l-12,12h/);
      expect(lead.yearsText).to.equal('8+ years');
    });

    it('writes titles and pay in the label column, years on the bars', () => {
      for (const mark of layout.marks) {
        for (const label of mark.labels.filter((l) => l.kind === 'title' || l.kind === 'salary')) {
          expect(label.x).to.equal(0);
          expect(textWidth(label.text, label.kind === 'title' ? 14 : 12, label.kind === 'title')).to.be.at.most(layout.plot.x0 - 16);
        }
      }
      expect(texts(layout, 0, 'title')).to.deep.equal(['Junior Operations Engineer']);
      expect(texts(layout, 3, 'title').join(' ')).to.equal('Lead Operations Engineer / Site Reliability Engineer (SRE)');
      expect(layout.marks.map((mark) => mark.salaryText)).to.deep.equal(['Entry-Level · $79,000', 'Mid-Level · $100,000', 'Senior-Level · $121,000', undefined]);
      expect(texts(layout, 0, 'salary')).to.deep.equal(['Entry-Level · $79,000']);
      expect(texts(layout, 0, 'years-inside')).to.deep.equal(['0–2 years']);
      expect(texts(layout, 3, 'years-inside')).to.deep.equal(['8+ years']);
    });

    it('centres each row’s words on its bar', () => {
      for (const mark of layout.marks) {
        const ys = mark.labels.filter((l) => l.kind !== 'years-inside').map((label) => label.y);
        const middle = (Math.min(...ys) - 13 + Math.max(...ys)) / 2;
        expect(Math.abs(middle - (mark.bar.y + mark.bar.height / 2))).to.be.below(5);
      }
    });

    it('keeps rows and focus areas apart', () => {
      for (let i = 1; i < layout.marks.length; i += 1) {
        const above = layout.marks[i - 1]!;
        expect(layout.marks[i]!.focus.y).to.be.at.least(above.focus.y + above.focus.height);
      }
    });

    it('summarises the data in words', () => {
      expect(layout.title).to.equal('Career path tiers');
      expect(layout.subtitle).to.equal('Salaries per year, United States (USD)');
      // What the tiers do not say one by one; their names say the years and pay.
      expect(layout.summary).to.equal('4 career tiers by years of experience, the last one open-ended. Pay rises from tier to tier.');
      expect(layout.marks[0]!.ariaLabel).to.equal('Junior Operations Engineer, 0 to 2 years, Entry-Level $79,000');
      expect(layout.marks[0]!.exact).to.equal('Junior Operations Engineer · 0–2 years · Entry-Level · $79,000');
      expect(layout.marks[3]!.meta).to.equal('8+ years');
    });

    it('lists every tier with years, pay and summary for the table', () => {
      expect(layout.table.map(({ tier, years, salary }) => [tier, years, salary])).to.deep.equal([
        ['Junior Operations Engineer', '0 to 2 years', 'Entry-Level · $79,000'],
        ['Operations Engineer', '2 to 5 years', 'Mid-Level · $100,000'],
        ['Senior Operations Engineer', '5 to 8 years', 'Senior-Level · $121,000'],
        ['Lead Operations Engineer / Site Reliability Engineer (SRE)', '8+ years', ''],
      ]);
      expect(layout.table.map((row) => row.summary)).to.deep.equal(sampleTiers().map((tier) => tier.summary));
    });
  });

  describe('narrow (340px): a top-to-bottom timeline', () => {
    const layout = layoutAt(340);
    const y = (years: number) => layout.plot.top + (years / layout.domain[1]) * (layout.plot.bottom - layout.plot.top);

    it('runs the years down the left side', () => {
      expect(layout.narrow).to.equal(true);
      expect(layout.domain).to.deep.equal([0, 10]);
      expect(layout.ticks.map((tick) => tick.value)).to.deep.equal([0, 2, 4, 6, 8, 10]);
      expect(layout.ticks[0]!.position).to.equal(layout.plot.top);
      expect(layout.ticks.at(-1)!.position).to.equal(layout.plot.bottom);
      expect(layout.tickLabelAt).to.be.lessThan(layout.plot.x0);
      expect(layout.axisTitle).to.have.length(1);
      expect(layout.axisTitle[0]).to.deep.include({ text: 'Years of experience', x: 0, anchor: 'start' });
    });

    it('draws each tier down from its first year to its last, a pixel apart', () => {
      [
        [0, 2],
        [2, 5],
        [5, 8],
      ].forEach(([min, max], index) => {
        const bar = layout.marks[index]!.bar;
        expect(bar.x).to.equal(layout.plot.x0);
        expect(bar.y).to.be.closeTo(y(min!) + 1, 1e-9);
        expect(bar.y + bar.height).to.be.closeTo(y(max!) - 1, 1e-9);
      });
      const lead = layout.marks[3]!;
      expect(lead.bar.y + lead.bar.height).to.equal(layout.plot.bottom - 1);
      expect(lead.path).to.match(/l6,12l6,-12v/); // pointing down, off the end
    });

    it('gives every tier room for its words: 33px a year for two-year tiers', () => {
      expect((layout.plot.bottom - layout.plot.top) / layout.domain[1]).to.equal(33);
      expect(layout.height).to.equal(layout.plot.bottom + 8);
      for (const [index, mark] of layout.marks.entries()) {
        const next = layout.marks[index + 1];
        const lastLine = Math.max(...mark.labels.map((label) => label.y));
        expect(mark.labels.every((label) => label.y > mark.bar.y)).to.equal(true);
        if (next) expect(lastLine).to.be.below(next.bar.y);
      }
    });

    it('writes titles (two lines at most) and years with pay beside the bars, within the width', () => {
      for (const mark of layout.marks) {
        for (const label of mark.labels) {
          expect(label.x).to.be.greaterThan(layout.plot.x1);
          expect(label.x + textWidth(label.text, label.kind === 'title' ? 14 : 12, label.kind === 'title')).to.be.at.most(340);
        }
        expect(texts(layout, layout.marks.indexOf(mark), 'title').length).to.be.within(1, 2);
      }
      expect(texts(layout, 0, 'meta')).to.deep.equal(['0–2 years · Entry-Level · $79,000']);
      expect(texts(layout, 3, 'meta')).to.deep.equal(['8+ years']);
    });

    it('keeps the pay’s context in the caption, on the lines it takes, and in the table’s', () => {
      expect(layout.subtitle).to.equal('Salaries per year, United States (USD)');
      expect(layout.captionLines).to.equal(2);
      expect(layout.tableCaption).to.equal('Career tiers: Salaries per year, United States (USD)');
    });
  });

  it('switches to the timeline below the threshold', () => {
    expect(layoutAt(NARROW_BELOW - 1).narrow).to.equal(true);
    expect(layoutAt(NARROW_BELOW).narrow).to.equal(false);
  });

  it('reserves the panel for the longest summary, in 20px lines', () => {
    const layout = layoutAt(720);
    expect(layout.detailsHeight).to.equal(175);
    expect((layout.detailsHeight - DETAILS.rule - DETAILS.pad - DETAILS.metaGap) % DETAILS.line).to.equal(0);
    expect(layoutAt(340).detailsHeight).to.be.greaterThan(layout.detailsHeight);
  });

  it('formats years and pay in the given locale', () => {
    const layout = layoutAt(720, sampleTiers(), { locale: 'de-DE' });
    expect(layout.marks.map((mark) => mark.yearsText)).to.deep.equal(['0–2 Jahre', '2–5 Jahre', '5–8 Jahre', '8+ Jahre']);
    expect(layout.marks[0]!.salaryText).to.equal('Entry-Level · 79.000\u00a0$');
    expect(layout.subtitle).to.equal('Salaries per year, Vereinigte Staaten (USD)');
  });

  it('shows no pay and no subtitle without the guide’s salary', () => {
    const layout = layoutAt(720, sampleTiers(), { salary: null });
    expect(layout.marks.map((mark) => mark.salaryText)).to.deep.equal([undefined, undefined, undefined, undefined]);
    expect(layout.subtitle).to.equal(undefined);
    expect(layout.summary).to.equal('4 career tiers by years of experience, the last one open-ended.');
  });

  it('copes with one tier, no id, no summary, no link', () => {
    const layout = layoutAt(720, [{ title: 'Apprentice', years: { min: 0, max: 3 } }]);
    expect(layout.marks).to.have.length(1);
    expect(layout.marks[0]!.id).to.equal('0');
    expect(layout.domain).to.deep.equal([0, 3]);
    expect(layout.detailsHeight).to.equal(0);
    expect(layout.summary).to.equal('1 career tier by years of experience.');
    expect(layout.table).to.deep.equal([{ tier: 'Apprentice', years: '0 to 3 years', salary: '', summary: '', span: { min: 0, max: 3 }, amount: undefined }]);
  });

  it('gives an open-ended tier a quarter of its start, at least two years, past its start', () => {
    expect(tiersDomain([{ min: 0, max: null }], 6)).to.deep.equal([0, 2]);
    expect(tiersDomain([{ min: 8, max: null }], 6)).to.deep.equal([0, 10]);
    expect(tiersDomain([{ min: 20, max: null }], 6)).to.deep.equal([0, 25]);
    expect(tiersDomain([{ min: 0, max: 0 }], 6)).to.deep.equal([0, 1]);
  });

  it('keeps a zero-year tier visible and its words clear of the next tier’s, when narrow', () => {
    const tiers: Tier[] = [
      { title: 'Intern', years: { min: 0, max: 0 } },
      { title: 'Engineer', years: { min: 0, max: 4 } },
      { title: 'Lead', years: { min: 4, max: null } },
    ];
    const layout = layoutAt(340, tiers);
    expect(layout.marks[0]!.bar.height).to.be.at.least(3);
    const lastLineOfFirst = Math.max(...layout.marks[0]!.labels.map((label) => label.y));
    const firstLineOfSecond = Math.min(...layout.marks[1]!.labels.map((label) => label.y));
    expect(firstLineOfSecond - 13).to.be.above(lastLineOfFirst);
    expect(layout.height).to.be.at.least(lastLineOfFirst + 4);
  });

  for (const width of [340, 720]) {
    it(`writes a title of any length whole, on the lines it takes, its row as tall as they are (${width}px)`, () => {
      const title = 'Principal Distinguished Site Reliability and Platform Operations Engineering Manager of Everything';
      const tiers: Tier[] = [
        { title, years: { min: 0, max: 5 }, summary: 'Runs things.' },
        { title: 'Next', years: { min: 5, max: null } },
      ];
      const layout = layoutAt(width, tiers);
      const lines = texts(layout, 0, 'title');
      expect(lines.join(' ')).to.equal(title);
      expect(lines.length).to.be.above(2);
      const words = layout.marks[0]!.labels.filter((label) => label.kind !== 'years-inside');
      const bottom = Math.max(...words.map((label) => label.y));
      // Every line inside the tier's band, above the next tier's words.
      expect(bottom).to.be.below(layout.marks[0]!.row.y + layout.marks[0]!.row.height);
      expect(Math.min(...layout.marks[1]!.labels.map((label) => label.y)) - 13).to.be.above(bottom);
    });
  }
});

describe('text estimates', () => {
  it('wraps at spaces within the width, and cuts what is longer than a line', () => {
    const lines = wrapText('one two three four five six seven', 60, 14);
    expect(lines.join(' ')).to.equal('one two three four five six seven');
    for (const line of lines) expect(textWidth(line, 14)).to.be.at.most(60);
    expect(wrapText('Supercalifragilistic', 50, 14).join('')).to.equal('Supercalifragilistic');
  });

  it('breaks after a dash where a line must end, as browsers do, and never ends a line with an ellipsis', () => {
    expect(wrapText('9:00 AM–12:00 PM', textWidth('9:00 AM–12', 12), 12)).to.deep.equal(['9:00 AM–', '12:00 PM']);
    expect(wrapText('9:00 AM–12:00 PM', 500, 12)).to.deep.equal(['9:00 AM–12:00 PM']);
    // A hyphen holds its word together where it can.
    expect(wrapText('Entry-Level pay', textWidth('Entry-Level', 14), 14)).to.deep.equal(['Entry-Level', 'pay']);
    const long = wrapText('Lead Operations Engineer / Site Reliability Engineer (SRE)', 100, 14, { bold: true });
    expect(long.join(' ')).to.equal('Lead Operations Engineer / Site Reliability Engineer (SRE)');
    expect(long.some((line) => line.includes('…'))).to.equal(false);
  });
});

describe('years formatting', () => {
  const table: [number, number | null, string, string][] = [
    [0, 2, 'en-US', '0–2 years'],
    [8, null, 'en-US', '8+ years'],
    [1, 1, 'en-US', '1 year'],
    [2.5, 5, 'en-US', '2.5–5 years'],
    [0, 2, 'de-DE', '0–2 Jahre'],
    [8, null, 'de-DE', '8+ Jahre'],
    [8, null, 'fr-FR', '8+ ans'],
  ];
  for (const [min, max, locale, expected] of table) {
    it(`${min}–${max} in ${locale}: ${expected}`, () => {
      expect(formatYears(min, max, locale, '+')).to.equal(expected);
    });
  }
});

describe('tiers layout, right to left: the left-to-right geometry mirrored (x → width − x), anchors swapped', () => {
  const startX = (path: string) => Number(/^M(-?[\d.e-]+)/.exec(path)![1]);
  for (const width of [720, 360]) {
    describe(`${width}px`, () => {
      const ltr = layoutAt(width);
      const rtl = tiersLayout(sampleTiers(), { width, locale: 'en-US', messages, salary: sampleSalary(), rtl: true });

      it(ltr.narrow ? 'puts the timeline on the right, tick labels anchored at their start' : 'runs the years leftwards: zero on the right', () => {
        expect(rtl.rtl).to.equal(true);
        expect(rtl.narrow).to.equal(ltr.narrow);
        expect(rtl.ticks.map((tick) => tick.anchor)).to.deep.equal(ltr.ticks.map((tick) => swappedAnchor(tick.anchor)));
        // Wide, ticks stand along x and mirror; narrow, they run down the page and keep their y.
        expect(rtl.ticks.map((tick) => tick.position)).to.deep.equal(ltr.ticks.map((tick) => (ltr.narrow ? tick.position : width - tick.position)));
        expect(rtl.plot.x0).to.equal(width - ltr.plot.x0);
        expect(rtl.tickLabelAt).to.equal(ltr.narrow ? width - ltr.tickLabelAt : ltr.tickLabelAt);
        if (ltr.tickRule) expect(rtl.tickRule).to.deep.equal({ x1: width - ltr.tickRule.x1, x2: width - ltr.tickRule.x2 });
        expect(rtl.axisTitle).to.deep.equal(ltr.axisTitle.map((line) => reflected(line, width)));
      });

      it('mirrors every bar, band, focus ring and text, and keeps the words', () => {
        rtl.marks.forEach((mark, i) => {
          const before = ltr.marks[i]!;
          for (const key of ['bar', 'row', 'focus'] as const) expect(mark[key]).to.deep.equal({ ...before[key], x: width - before[key].x - before[key].width });
          expect(mark.labels).to.deep.equal(before.labels.map((label) => reflected(label, width)));
          expect(startX(mark.path)).to.be.closeTo(width - startX(before.path), 1e-3);
        });
        expect(rtl.summary).to.equal(ltr.summary);
      });

      it('clips no text: anchored starts and ends stay within the chart', () => {
        for (const label of rtl.marks.flatMap((mark) => mark.labels)) {
          if (label.anchor === 'end') expect(label.x).to.be.at.most(width);
          if (label.anchor === 'start') expect(label.x).to.be.at.least(0);
        }
      });
    });
  }
});
