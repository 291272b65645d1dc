/**
 * Every element keeps the height it will have once drawn, from before its script has run until
 * it draws, so that a page does not move: cdn/career-widgets.css holds it before the element is
 * defined, the placeholder while the guide loads. Both are generated from the layouts on the
 * bundled guide (scripts/reserved-sheets.ts). Checked here: that the generated files are what the
 * layouts give in this browser at every width, and, at widths either side of the narrow
 * breakpoint, that each reservation is the height the browser draws.
 */
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { NARROW_BELOW } from '../src/chart/layout.js';
import type { GuideElement } from '../src/element/guide-element.js';
import { elementCss, measure, pageSheet } from '../scripts/reserved-sheets.js';
import { salaryReserved } from '../src/salary/salary.reserved.js';
import { tiersReserved } from '../src/tiers/tiers.reserved.js';
import { skillsReserved } from '../src/skills/skills.reserved.js';
import { demandReserved } from '../src/demand/demand.reserved.js';
import { factsReserved } from '../src/facts/facts.reserved.js';
import { dayReserved } from '../src/day/day.reserved.js';
import { balanceReserved } from '../src/balance/balance.reserved.js';
import { guideReserved } from '../src/guide/guide.reserved.js';
import { sampleGuide } from './support/guides.js';
import { CHARTS as REGISTERED_CHARTS } from '../src/registry.js';
import { container, frames, settled, shadow } from './support/dom.js';

const CHARTS = REGISTERED_CHARTS.map((chart) => chart.name);
/** Element widths: a small phone, phones, either side of the breakpoint (and a fraction under it), tablets and desktops. */
const WIDTHS = [280, 360, 412, NARROW_BELOW - 40, NARROW_BELOW - 1, NARROW_BELOW - 0.5, NARROW_BELOW, NARROW_BELOW + 40, 768, 1000];
/** Sub-pixel rounding of the browser's layout, well under any visible move. */
const TOLERANCE = 0.5;

const SHEETS: Record<string, { cssText: string }> = {
  salary: salaryReserved,
  tiers: tiersReserved,
  skills: skillsReserved,
  demand: demandReserved,
  facts: factsReserved,
  day: dayReserved,
  balance: balanceReserved,
  guide: guideReserved,
};

const pageCss = await (await fetch('/cdn/career-widgets.css')).text();

/**
 * cdn/career-widgets.css for tags that are never defined (`x-career-salary`…): its rules for
 * not-yet-defined elements then hold for good, to be measured.
 */
const undefinedTwins = new CSSStyleSheet();
undefinedTwins.replaceSync(pageCss.replace(/\bcareer-/g, 'x-career-'));
document.adoptedStyleSheets = [...document.adoptedStyleSheets, undefinedTwins];

/** The height of `element` in a container `width` px wide. */
async function heightIn(width: number, element: HTMLElement): Promise<number> {
  const box = await container(width);
  box.append(element);
  return element.getBoundingClientRect().height;
}

describe('reserved sizes', () => {
  describe('generated from the layouts', () => {
    // Node wrote them; the browser's Intl formats the numbers that wrap in the layouts.
    const measured = measure(sampleGuide());

    for (const element of measured) {
      it(`<career-${element.name}>'s sheet is what the layouts give in this browser`, () => {
        expect(SHEETS[element.name]!.cssText).to.equal(elementCss(element));
      });
    }

    it('cdn/career-widgets.css is what the layouts give in this browser', () => {
      expect(pageCss).to.equal(pageSheet(measured));
    });
  });

  for (const name of CHARTS) {
    const tag = `career-${name}`;
    describe(`<${tag}>`, () => {
      for (const width of WIDTHS) {
        it(`is as tall before it is defined and while it loads as drawn, ${width}px wide`, async () => {
          const early = await heightIn(width, document.createElement(`x-${tag}`));
          // No guide yet: the placeholder.
          const el = document.createElement(tag) as GuideElement;
          await heightIn(width, el);
          await el.updateComplete;
          await frames(1);
          expect(shadow(el).querySelector('[part="placeholder"]'), 'no placeholder').to.exist;
          const loading = el.getBoundingClientRect().height;
          el.data = sampleGuide();
          await settled(el);
          const drawn = el.getBoundingClientRect().height;
          expect(Math.abs(early - drawn), `before it is defined: ${early}px, drawn ${drawn}px`).to.be.at.most(TOLERANCE);
          expect(Math.abs(loading - drawn), `loading: ${loading}px, drawn ${drawn}px`).to.be.at.most(TOLERANCE);
        });
      }
    });
  }

  // A chart whose only button is Download has no row of buttons with downloads off: it reserves none.
  for (const { name } of measure(sampleGuide()).filter((element) => element.downloadsRow)) {
    const tag = `career-${name}`;
    for (const width of [360, 768]) {
      it(`<${tag} downloads="off"> is as tall before it is defined, while it loads and drawn, ${width}px wide`, async () => {
        const twin = document.createElement(`x-${tag}`);
        twin.setAttribute('downloads', 'off');
        const early = await heightIn(width, twin);
        const el = document.createElement(tag) as GuideElement;
        el.setAttribute('downloads', 'off');
        await heightIn(width, el);
        await el.updateComplete;
        await frames(1);
        const loading = el.getBoundingClientRect().height;
        el.data = sampleGuide();
        await settled(el);
        const drawn = el.getBoundingClientRect().height;
        expect(shadow(el).querySelector('.table-toggle'), 'no row').to.equal(null);
        expect(Math.abs(early - drawn), `before it is defined: ${early}px, drawn ${drawn}px`).to.be.at.most(TOLERANCE);
        expect(Math.abs(loading - drawn), `loading: ${loading}px, drawn ${drawn}px`).to.be.at.most(TOLERANCE);
      });
    }
  }

  it('keeps a screen for <career-guide>, which is always taller', async () => {
    expect(await heightIn(800, document.createElement('x-career-guide'))).to.be.at.least(600);
  });

  it('holds the space under whatever a page puts inside an element before it is defined', async () => {
    const el = document.createElement('x-career-salary');
    el.innerHTML = '<p style="margin: 0; height: 40px">Salary: $79,000 to $165,000</p>';
    const reserved = await heightIn(700, document.createElement('x-career-salary'));
    expect(await heightIn(700, el)).to.equal(reserved);
    el.querySelector('p')!.style.height = `${reserved + 100}px`;
    expect(el.getBoundingClientRect().height).to.equal(reserved + 100);
  });
});
