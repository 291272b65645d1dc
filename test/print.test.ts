/**
 * Printing (issue 19, point 5): <career-guide> printed to PDF by Chromium and Firefox, on A4
 * and Letter paper, reads as a document. Every section's heading is printed; each chart's table of exact
 * figures after the chart; the sources with their "as of" dates and their URLs; the FAQ's
 * answers; no button. And no chart is cut at the paper's edge: while the page is laid out for
 * paper, every box of every chart stays inside the chart, and the chart inside the paper's
 * printable width.
 *
 * The page under test is printed through a test runner command (test/support/print.mjs), with
 * the engine's own print path (Chromium's CDP Page.printToPDF, Firefox's WebDriver BiDi
 * browsingContext.print), and the PDF's text is read back with pdfjs-dist; WebKitGTK's driver
 * cannot print, and the suite says so there. No run of text in the PDF reaches past the margins.
 * The boxes of the charts are measured while the page is laid out for paper, in Chromium: Firefox
 * lays out a copy of the page for paper, never the page itself.
 * The guide is the bundled one with what it lacks to show printed links and dates: a source
 * with a URL and a date for the salary and the outlook, and a list of sources, one with a URL
 * longer than the paper is wide.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/guide/guide.js';
import type { CareerGuide } from '../src/guide/guide.js';
import type { GuideElement } from '../src/element/guide-element.js';
import { formatAsOf } from '../src/chart/as-of.js';
import { guideSections } from '../src/guide/guide.sections.js';
import { enCommon, enGuide } from '../src/i18n/en.js';
import type { Guide } from '../src/contract/schema.js';
import { CHARTS } from '../src/registry.js';
import { settled, shadow } from './support/dom.js';
import { sampleGuide } from './support/guides.js';
import { emulateMedia, setViewport, skipBecause } from './support/engine.js';

/** Paper sizes in CSS pixels (96 per inch), less Chromium's default margins (see print.mjs). */
const PAPER = {
  A4: { width: (210 / 25.4 - 0.8) * 96 },
  Letter: { width: (8.5 - 0.8) * 96 },
} as const;
type Paper = keyof typeof PAPER;

const LONG_URL = `https://www.bls.gov/ooh/computer-and-information-technology/${'network-and-computer-systems-administrators-'.repeat(3)}.htm`;

/** The bundled guide with sources that have URLs and dates. */
function guideWithSources(): Guide {
  const guide = sampleGuide();
  return {
    ...guide,
    salary: { ...guide.salary!, source: { name: 'U.S. Bureau of Labor Statistics', url: 'https://www.bls.gov/oes/' }, asOf: '2024-05' },
    outlook: { ...guide.outlook!, source: { name: 'U.S. Bureau of Labor Statistics', url: 'https://www.bls.gov/ooh/' }, asOf: '2024-09-04' },
    sources: [
      { title: 'Occupational Outlook Handbook', url: LONG_URL },
      { title: 'Occupational Employment and Wage Statistics', url: 'https://www.bls.gov/oes/current/oes_nat.htm' },
    ],
  };
}

/**
 * How far a box may reach past its chart's side, in CSS pixels: text set against the edge
 * measures up to a pixel past it (glyphs' side bearings), and is not cut.
 */
const TOLERANCE = 1.5;

/** What a chart's box held while the page was laid out for paper. */
interface PrintedChart {
  readonly tag: string;
  /** The printable width, and whether the page was in print media, when measured. */
  readonly pageWidth: number;
  readonly inPrint: boolean;
  /** The chart's box, left and right. */
  readonly left: number;
  readonly right: number;
  /** Boxes inside the chart that reach past its sides: a class and how far. */
  readonly outside: readonly string[];
}

/**
 * Measures `charts` the first time the page is laid out for paper: the browser lays the page
 * out for paper after `beforeprint`, in which the charts drew for it, and tells print media
 * queries' listeners.
 */
function measureWhenPrinted(charts: readonly GuideElement[]): Promise<PrintedChart[]> {
  const print = matchMedia('print');
  return new Promise((resolve) => {
    const measure = () => {
      if (!print.matches) return;
      print.removeEventListener('change', measure);
      // The charts drew for paper in `beforeprint`, before this: measured at once, while the
      // page is laid out for paper (Firefox prints a copy of it taken right after).
      resolve(charts.map((chart) => measureChart(chart)));
    };
    print.addEventListener('change', measure);
  });
}

function measureChart(chart: GuideElement): PrintedChart {
  const content = shadow(chart).querySelector('.content')!;
  const box = content.getBoundingClientRect();
  const outside: string[] = [];
  // What is drawn and seen: boxes with nothing inside, text and shapes; not the groups around
  // them, whose boxes take in the focus rings, hidden and given room of their own (the clip margin).
  for (const node of content.querySelectorAll(':not(:has(*))')) {
    if (node.matches('.visually-hidden') || !node.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    const rect = node.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    const past = Math.max(box.left - rect.left, rect.right - box.right);
    if (past > TOLERANCE) outside.push(`${node.localName}.${node.getAttribute('class') ?? ''} by ${past.toFixed(1)}px`);
  }
  return { tag: chart.localName, pageWidth: document.documentElement.clientWidth, inPrint: matchMedia('print').matches, left: box.left, right: box.right, outside };
}

/** The charts inside a guide. */
const chartsOf = (guide: CareerGuide) => [...shadow(guide).querySelectorAll<GuideElement>('.chart > *')];

/** Each chart measured in print at the paper's printable width, inside it, nothing past its sides. */
function expectUncut(charts: readonly PrintedChart[], paper: Paper): void {
  for (const chart of charts) {
    expect(chart.inPrint, `${chart.tag} measured in print`).to.equal(true);
    expect(chart.pageWidth, `${chart.tag}: the printable width`).to.be.closeTo(PAPER[paper].width, 16);
    expect(chart.right, `${chart.tag}'s right edge`).to.be.at.most(chart.pageWidth + 0.5);
    expect(chart.outside, `${chart.tag}: boxes past its sides`).to.deep.equal([]);
  }
}

/** What the print-pdf command answers: each page's text, and the runs of text past the margins. */
interface Printed {
  readonly pages: string[];
  readonly pastMargins: string[];
}

/**
 * Skips a test of the charts' boxes on paper in Firefox: it lays out a copy of the page for
 * paper, never the page itself, whose width stays the screen's while print media matches. The
 * PDF's text is checked against the margins there instead.
 */
function measuredOnPaper(test: Mocha.Context): void {
  if (navigator.userAgent.includes('Firefox')) skipBecause(test, 'Firefox lays out a copy of the page for paper, not the page: its boxes cannot be measured on paper (the PDF has no text past the margins)');
}

/** Text without any white space, so that words and URLs match across line breaks. */
const compact = (text: string) => text.replace(/\s+/g, '');

describe('<career-guide> printed to PDF', function () {
  this.timeout(60_000);
  let guide: CareerGuide;
  const data = guideWithSources();

  before(async () => {
    // Wider than any paper, as a desktop browser is: the charts are drawn for the screen first.
    await setViewport({ width: 1280, height: 900 });
    // On the page itself, not in a fixture, which is taken away after each test.
    guide = document.createElement('career-guide');
    guide.data = data;
    document.body.append(guide);
    await settled(guide);
    for (const chart of chartsOf(guide)) await settled(chart);
  });

  after(() => guide.remove());

  for (const paper of Object.keys(PAPER) as Paper[]) {
    describe(`on ${paper} paper`, () => {
      let pages: string[] = [];
      let pastMargins: string[] = [];
      let text = '';
      let charts: PrintedChart[] = [];

      before(async function () {
        const printed = measureWhenPrinted(chartsOf(guide));
        const answer = await executeServerCommand<Printed | string, { format: Paper }>('print-pdf', { format: paper });
        if (typeof answer === 'string') skipBecause(this, answer);
        ({ pages, pastMargins } = answer);
        text = compact(pages.join('\n'));
        charts = await printed;
      });

      it('has no text past the margins', () => {
        expect(pastMargins).to.deep.equal([]);
      });

      it('takes a sane number of pages', () => {
        // The sample guide is a long article: about a dozen pages. Far fewer means content was
        // lost; far more, pages left blank by breaks.
        expect(pages.length).to.be.within(8, 20);
        for (const [index, page] of pages.entries()) expect(compact(page), `page ${index + 1} is blank`).not.to.equal('');
      });

      it('keeps each heading and each chart’s caption with what follows: none ends a page', function () {
        if (navigator.userAgent.includes('Firefox')) skipBecause(this, 'Firefox has no break-after: avoid on paper, and ends pages with headings; this runs in Chromium');
        const headings = guideSections(data, undefined).map((id) => enGuide.sections[id]);
        const captions = chartsOf(guide).map((chart) => shadow(chart).querySelector('.title')!.textContent.trim());
        const endings = pages.slice(0, -1).map((page) => page.split('\n').map((line) => line.trim()).filter(Boolean).at(-1) ?? '');
        const stranded = endings.flatMap((line, index) => (headings.includes(line) || captions.some((caption) => line.startsWith(caption)) ? [`page ${index + 1} ends with "${line}"`] : []));
        expect(stranded).to.deep.equal([]);
      });

      it('draws every chart on paper, those off screen too (WebKit prints a skipped one blank)', async function () {
        // Off screen, above or below: where the browser skips a chart (content-visibility: auto).
        const offScreen = chartsOf(guide).filter((chart) => {
          const box = chart.getBoundingClientRect();
          return box.bottom < 0 || box.top > innerHeight;
        });
        expect(offScreen.length, 'charts off screen').to.be.at.least(3);
        const done = await emulateMedia({ type: 'print' });
        if (done !== true) skipBecause(this, done);
        try {
          const skippable = chartsOf(guide).map((chart) => [chart.localName, getComputedStyle(shadow(chart).querySelector('.content')!).contentVisibility]).filter(([, value]) => value !== 'visible');
          expect(skippable).to.deep.equal([]);
        } finally {
          await emulateMedia({ type: null });
        }
      });

      it("has every section's heading", () => {
        const missing = guideSections(data, undefined).filter((id) => !text.includes(compact(enGuide.sections[id])));
        expect(missing).to.deep.equal([]);
      });

      it("has every chart's table of exact figures, cell by cell", () => {
        const tables = chartsOf(guide).flatMap((chart) => [...shadow(chart).querySelectorAll('[part="table"]')]);
        expect(tables.length, 'charts with a table').to.be.at.least(3);
        const missing = tables.flatMap((table) => [...table.querySelectorAll('caption, th, td')].map((cell) => (cell.textContent ?? '').trim()).filter((cell) => cell && !text.includes(compact(cell))));
        expect(missing).to.deep.equal([]);
      });

      it('has the sources with their "as of" dates and their URLs, long ones too', () => {
        const expected = [
          'Source: U.S. Bureau of Labor Statistics',
          formatAsOf(data.salary!.asOf!, 'en-US'),
          formatAsOf(data.outlook!.asOf!, 'en-US'),
          data.outlook!.source!.url!,
          ...data.sources!.flatMap((source) => [source.title, source.url!]),
        ];
        expect(expected.filter((words) => !text.includes(compact(words)))).to.deep.equal([]);
      });

      it("has every FAQ answer, and no button's words", () => {
        expect(data.faq!.filter((entry) => !text.includes(compact(entry.answer))).map((entry) => entry.question)).to.deep.equal([]);
        expect(text.includes(compact(enCommon.showTable)), `"${enCommon.showTable}" printed`).to.equal(false);
      });

      it('cuts no chart: each is drawn for the paper, inside its printable width', function () {
        measuredOnPaper(this);
        expect(charts.length, 'charts measured while printing').to.equal(chartsOf(guide).length);
        expectUncut(charts, paper);
      });
    });
  }
});

describe('charts printed on their own, without <career-guide>', function () {
  this.timeout(60_000);
  const data = guideWithSources();
  let charts: GuideElement[] = [];
  let text = '';
  let pastMargins: string[] = [];
  let printed: PrintedChart[] = [];

  before(async function () {
    await setViewport({ width: 1280, height: 900 });
    charts = CHARTS.map(({ tag }) => {
      const chart = document.createElement(tag) as GuideElement;
      chart.data = data;
      return chart;
    });
    document.body.append(...charts);
    for (const chart of charts) await settled(chart);
    const measured = measureWhenPrinted(charts);
    const answer = await executeServerCommand<Printed | string, { format: Paper }>('print-pdf', { format: 'A4' });
    if (typeof answer === 'string') skipBecause(this, answer);
    text = compact(answer.pages.join('\n'));
    ({ pastMargins } = answer);
    printed = await measured;
  });

  after(() => {
    for (const chart of charts) chart.remove();
  });

  it('print their tables and their sources with their dates, and no button', () => {
    const cells = charts.flatMap((chart) => [...shadow(chart).querySelectorAll('[part="table"] :is(caption, th, td)')].map((cell) => (cell.textContent ?? '').trim()));
    expect(cells.length).to.be.above(0);
    expect(cells.filter((cell) => !text.includes(compact(cell)))).to.deep.equal([]);
    expect(text).to.include(compact(`Source: ${data.salary!.source!.name}`));
    expect(text).to.include(compact(formatAsOf(data.salary!.asOf!, 'en-US')));
    expect(text.includes(compact(enCommon.showTable)), `"${enCommon.showTable}" printed`).to.equal(false);
  });

  it("print the addresses of their figures' sources, which the screen does not show", () => {
    for (const { source } of [data.salary!, data.outlook!]) expect(text).to.include(compact(enCommon.sourceAt(source!.name, source!.url!)));
    const salary = charts.find((chart) => chart.localName === 'career-salary')!;
    const addresses = shadow(salary).querySelector('.source-addresses')!;
    expect(addresses.textContent).to.equal(enCommon.sourceAt(data.salary!.source!.name, data.salary!.source!.url!));
    expect(addresses.getClientRects().length, 'shown on screen').to.equal(0);
  });

  it('has no text past the margins', () => {
    expect(pastMargins).to.deep.equal([]);
  });

  it('are drawn for the paper, inside its printable width, the page not widened', function () {
    measuredOnPaper(this);
    expect(printed.map((chart) => chart.tag)).to.deep.equal(charts.map((chart) => chart.localName));
    expectUncut(printed, 'A4');
  });
});
