/**
 * Each figure is said once per route, unless the reader asks for it again (issue 17, item 8):
 * a screen reader used to hear every figure of a chart three times, in the summary, in the marks
 * and in a table kept for it while collapsed.
 *
 * The routes (test/support/accessible-text.ts has the model of what is read):
 * - reading: the element from top to bottom, as a screen reader's reading mode goes through it:
 *   caption, summary, the chart's name and description, its marks, what follows them;
 * - stepping: Tab into the chart and the arrows through every mark: the marks' container's name
 *   and description, then each mark's name and description;
 * - the table, which the reader opens: read alone.
 *
 * The figures are those of the bundled guide, written here from its JSON with Intl as an
 * English page shows them ("$79,000", "0 to 2 years", "9:00 AM", "9%"). A figure is said as often
 * as it is a fact: as many times as the table says it ("$100,000" is the median and the mid
 * level's pay, "12:00 PM" ends one block and starts the next), once where there is no table.
 * Reading and stepping must say each one exactly that often: never more (said twice) and never
 * less (the marks carry every figure of the table, which is out of the way until opened). The
 * DOM is read with dom-accessibility-api in every engine, and Chromium's own accessibility tree
 * is read the same way and must agree.
 */
import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { Guide } from '../src/contract/schema.js';
import type { GuideElement } from '../src/element/guide-element.js';
import { enBalance } from '../src/i18n/en.js';
import { ELEMENTS } from '../src/registry.js';
import { browserRoutes, domRoutes, figureCounts, type Routes } from './support/accessible-text.js';
import { mount, settled, shadow, uniqueKey } from './support/dom.js';
import { sampleGuide } from './support/guides.js';

const usd = (amount: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(amount);
const clock = (time: string) => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2000, 0, 1, hours, minutes));
};
const years = ({ min, max }: { min: number; max: number | null }) => (max === null ? `${min}+ years` : `${min} to ${max} years`);
const unique = (figures: readonly string[]) => [...new Set(figures)];

/** The figures each element says, from the guide. Words where the element's facts are words. */
const FIGURES: Readonly<Record<string, (guide: Guide) => string[]>> = {
  'career-salary': ({ salary }) =>
    unique([salary!.range.min, salary!.range.max, salary!.median!, ...salary!.levels!.map((level) => level.amount), salary!.topEarners!.from].map(usd)),
  'career-tiers': ({ tiers, salary }) =>
    unique([...tiers!.map((tier) => years(tier.years)), ...tiers!.flatMap((tier) => salary!.levels!.filter((level) => level.id === tier.salaryLevel).map((level) => usd(level.amount)))]),
  'career-day': ({ day }) => unique(day!.blocks.flatMap((block) => [clock(block.start), clock(block.end)])),
  'career-facts': ({ facts, outlook }) => [`${facts!.growthRate!.value}%`, usd(facts!.medianSalary!.amount), 'Remote-friendly', outlook!.status!],
  'career-demand': ({ outlook }) => [`${outlook!.growthRate!.value}%`, outlook!.status!],
  'career-balance': ({ workLife }) => [enBalance.stress.levels[workLife!.stress!], enBalance.balance.levels[workLife!.balance!]],
  // The skills; the levels' titles are the map's headings, which a relation may name again
  // ("Builds on Foundational Skills.").
  'career-skills': ({ skillMap }) => skillMap!.levels.flatMap((level) => level.skills),
};

/** Elements left out, with the reason. */
const ELSEWHERE: Readonly<Record<string, string>> = {
  'career-guide': 'it composes the charts checked here, beside the guide’s own text sections, which repeat headline figures as the source page does',
};

/** How often the opened table says each figure, or undefined for an element without a table; the table is closed again. */
async function tableCounts(element: GuideElement, figures: readonly string[]): Promise<Record<string, number> | undefined> {
  const button = shadow(element).querySelector<HTMLButtonElement>('[part="table-toggle"]');
  if (!button) return undefined;
  button.click();
  await element.updateComplete;
  const table = shadow(element).querySelector('[part="table"]')!;
  const counts = figureCounts(domRoutes(table).reading, figures);
  button.click();
  await element.updateComplete;
  return counts;
}

/** Every figure once. */
const once = (figures: readonly string[]) => Object.fromEntries(figures.map((figure) => [figure, 1]));

/** Why this engine reads the DOM only, said once. */
let saidWhy = false;

describe('each figure is said once per route', () => {
  it('covers every element of the registry, or says why not', () => {
    const tags = ELEMENTS.map((element) => element.tag);
    expect(tags.filter((tag) => !(tag in FIGURES) && !(tag in ELSEWHERE))).to.deep.equal([]);
  });

  for (const [tag, figuresOf] of Object.entries(FIGURES)) {
    for (const width of [720, 320]) {
      it(`<${tag}> at ${width}px: reading and stepping say each figure as often as the table does, or once`, async () => {
        const guide = sampleGuide();
        const figures = figuresOf(guide);
        const element: GuideElement = await settled(await mount(tag, width, (el) => ((el.data = guide), (el.id = uniqueKey()))));
        const table = await tableCounts(element, figures);
        if (table) expect(Object.values(table).every((count) => count > 0), `the table has every figure: ${JSON.stringify(table)}`).to.equal(true);
        const expected = table ?? once(figures);
        const marks = shadow(element).querySelectorAll('[data-mark]').length;

        const check = (routes: Routes, by: string) => {
          expect(figureCounts(routes.reading, figures), `${by}, reading`).to.deep.equal(expected);
          if (marks > 0) expect(figureCounts(routes.stepping, figures), `${by}, stepping through the marks`).to.deep.equal(expected);
          else expect(routes.stepping, `${by}: no marks to step through`).to.deep.equal([]);
        };
        check(domRoutes(element), 'the DOM');
        const browser = await browserRoutes(element.id);
        if (typeof browser !== 'string') check(browser, 'the browser’s accessibility tree');
        else if (!saidWhy) {
          saidWhy = true;
          console.log(`checked in the DOM only: ${browser}`);
        }
      });
    }
  }

  it('counts a figure said twice, and one not said, so the checks above can fail', () => {
    expect(figureCounts(['Entry-Level: $79,000 per year', 'Entry-Level $79,000; Senior-Level $121,000'], ['$79,000', '$121,000', '$130,000'])).to.deep.equal({
      '$79,000': 2,
      '$121,000': 1,
      '$130,000': 0,
    });
    // A range said with a dash or with "to" is the same figure; a longer number is another.
    expect(figureCounts(['0–2 years', '0 to 2 years', '10 to 2 years', '$1,130,000'], ['0 to 2 years', '$130,000'])).to.deep.equal({ '0 to 2 years': 2, '$130,000': 0 });
  });
});
