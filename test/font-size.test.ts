/**
 * The reader's font size (Chartability "user's text adjustments"; WCAG 1.4.4): with the browser's
 * text at 16, 24 and 32 px, every element draws every word, none over another, none cut, none
 * outside the element, in a wide column and in a 320 px one (1280 px at 400 % zoom), with a mark
 * focused so that its readout shows; and its text grows with the reader's: the smallest line of
 * text is at least three quarters of the root size tall (12 px text at 16 px), as at the default.
 *
 * The browser's font-size setting changes the root element's font size, which is what the
 * elements follow (their text is in rem, their drawings scale with it); a page cannot change the
 * setting, so each test sets the root's size, which the elements see the same way.
 */
import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { GuideElement } from '../src/element/guide-element.js';
import { ELEMENTS } from '../src/registry.js';
import { mount, settled, shadow } from './support/dom.js';
import { sampleGuide } from './support/guides.js';
import { smallestTextHeight, textFitProblems } from './support/text-fit.js';

const FONT_SIZES = [16, 24, 32];
const WIDTHS = [900, 320];

/** Text that may hold an ellipsis: the guide's own. */
const allowed = JSON.stringify(sampleGuide());

/** The chart's first mark focused, so that its readout line shows a figure too. */
async function focusFirstMark(el: GuideElement): Promise<void> {
  const stop = shadow(el).querySelector<HTMLElement | SVGElement>('[tabindex="0"]');
  if (!stop) return;
  stop.focus();
  await el.updateComplete;
}

/** The charts an element shows: itself, or those <career-guide> composes. */
async function chartsOf(el: GuideElement): Promise<GuideElement[]> {
  if (el.localName !== 'career-guide') return [el];
  const inner = [...shadow(el).querySelectorAll<GuideElement>('*')].filter((node) => 'state' in node);
  for (const chart of inner) await settled(chart);
  return inner;
}

for (const fontSize of FONT_SIZES) {
  describe(`with the reader's text at ${fontSize} px`, () => {
    before(() => (document.documentElement.style.fontSize = `${fontSize}px`));
    after(() => document.documentElement.style.removeProperty('font-size'));

    for (const width of WIDTHS) {
      for (const element of ELEMENTS) {
        it(`<career-${element.name}> at ${width} px: every word drawn whole, none over another, none smaller than ${fontSize * 0.75} px`, async function () {
          this.timeout(30_000);
          const el = await settled(await mount(`career-${element.name}`, width));
          const problems: string[] = [];
          let smallest = Infinity;
          for (const chart of await chartsOf(el)) {
            await focusFirstMark(chart);
            problems.push(...textFitProblems(chart, { allowed }).map((problem) => problem.message));
            smallest = Math.min(smallest, smallestTextHeight(chart));
          }
          expect(problems).to.deep.equal([]);
          expect(smallest, 'the smallest line of text, in px tall').to.be.at.least(fontSize * 0.75);
        });
      }
    }
  });
}
