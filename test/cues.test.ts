/**
 * Cues and roles that tell the truth (issue 17, item 8): a sighted reader sees how to use every
 * interactive chart, selecting a mark changes what is seen and heard, charts that offer nothing
 * to select take no tab stop, and every interactive target is at least 24 × 24 CSS pixels.
 *
 * The interactive charts (salary, tiers, day, skills) share one model (MarksController): the
 * readout line says how to use the marks while it shows none; hover and focus show a mark;
 * click, Enter or Space select it, which stays marked (and, but for the tiers, whose panel shows
 * it, in the readout) until Escape or another selection. The options of a listbox carry
 * `aria-selected`; the skill map, a headed list, carries `aria-current`.
 */
import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { GuideElement } from '../src/element/guide-element.js';
import { en, type Messages } from '../src/i18n/en.js';
import { de } from '../src/i18n/de.js';
import { es } from '../src/i18n/es.js';
import { fr } from '../src/i18n/fr.js';
import { ELEMENTS } from '../src/registry.js';
import { hoverAway, mount, press, settled, shadow, text } from './support/dom.js';
import { sampleGuide } from './support/guides.js';

/** The interactive charts: the readout's cue in a language's words, and the state a selected mark carries. */
const INTERACTIVE: Readonly<Record<string, { cue: (words: Messages) => string; state: 'aria-selected' | 'aria-current' }>> = {
  'career-salary': { cue: (words) => words.cue, state: 'aria-selected' },
  'career-tiers': { cue: (words) => words.tiers.hint, state: 'aria-selected' },
  'career-day': { cue: (words) => words.cue, state: 'aria-selected' },
  'career-skills': { cue: (words) => words.cue, state: 'aria-current' },
};
/** Elements that show every word and figure as text and offer nothing to select. */
const STILL = ['career-facts', 'career-balance', 'career-demand'];
const LANGUAGES: [string, Messages][] = [
  ['en-US', en],
  ['de-DE', de],
  ['es-ES', es],
  ['fr-FR', fr],
];

const marks = (element: Element) => [...shadow(element).querySelectorAll<HTMLElement>('[data-mark]')];
const readout = (element: Element) => shadow(element).querySelector<HTMLElement>('.readout')!;

/**
 * How wide `words` are on one line in the readout's font: a probe span beside the readout, with
 * its font, that never wraps. The readout keeps its line whatever it holds (its box is not this
 * file's business), so the cue must fit that line at the narrowest width.
 */
function oneLineWidth(line: HTMLElement, words: string): number {
  const probe = document.createElement('span');
  probe.textContent = words;
  probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap;font:inherit;letter-spacing:inherit';
  line.append(probe);
  const width = probe.getBoundingClientRect().width;
  probe.remove();
  return width;
}

describe('cues and roles', () => {
  it('sorts every element of the registry as interactive or still', () => {
    expect(ELEMENTS.map((element) => element.tag).filter((tag) => !(tag in INTERACTIVE) && !STILL.includes(tag) && tag !== 'career-guide')).to.deep.equal([]);
  });

  for (const [tag, { cue, state }] of Object.entries(INTERACTIVE)) {
    describe(`<${tag}>`, () => {
      for (const [locale, words] of LANGUAGES) {
        it(`shows how to use it, in ${locale}, on one line of the readout at 320px, until a mark is shown`, async () => {
          const element: GuideElement = await settled(await mount(tag, 320, (el) => ((el.data = sampleGuide()), el.setAttribute('locale', locale))));
          const line = readout(element);
          expect(text(line)).to.equal(cue(words));
          expect(getComputedStyle(line.querySelector('.cue')!).visibility).to.equal('visible');
          expect(oneLineWidth(line, cue(words)), `"${cue(words)}" on one line`).to.be.at.most(line.clientWidth);
          marks(element)[1]!.focus();
          await element.updateComplete;
          expect(line.querySelector('.cue')).to.equal(null);
          expect(text(line)).to.not.equal('');
        });
      }

      it(`selects with Enter: the mark is ${state}, visibly marked, and stays so after focus leaves, until Escape or another selection`, async () => {
        const element: GuideElement = await settled(await mount(tag, 720));
        const all = marks(element);
        const selected = () => all.filter((mark) => mark.getAttribute(state) === 'true').map((mark) => all.indexOf(mark));
        const required = tag === 'career-tiers';
        expect(selected(), 'selected at first').to.deep.equal(required ? [0] : []);
        const look = () => snapshot(all[1]!);
        all[1]!.focus();
        await element.updateComplete;
        const focused = look();
        press(all[1]!, 'Enter');
        await element.updateComplete;
        // What it looks like once its transitions (the tiers' tint fades in) are over.
        await Promise.all(shadow(element).getAnimations().map((animation) => animation.finished));
        expect(selected()).to.deep.equal([1]);
        expect(look(), 'selecting the focused mark changes how it looks').to.not.equal(focused);
        if (state === 'aria-selected') expect(all.every((mark) => ['true', 'false'].includes(mark.getAttribute(state)!)), 'every option says whether it is selected').to.equal(true);
        else expect(all.filter((mark) => mark.hasAttribute(state))).to.have.length(1);
        await expect(element, 'axe, with a mark selected').to.be.accessible();
        const pinned = text(readout(element));
        // Focus leaves the chart: the selection stays, seen and (for all but the tiers, whose panel shows it) in the readout.
        all[1]!.blur();
        await hoverAway();
        await element.updateComplete;
        expect(selected()).to.deep.equal([1]);
        if (!required) expect(text(readout(element)), 'pinned in the readout').to.equal(pinned);
        // Another selection moves it; Escape clears it (the tiers keep one: their panel shows it).
        all[2]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        await element.updateComplete;
        expect(selected()).to.deep.equal([2]);
        press(all[2]!, 'Escape');
        await element.updateComplete;
        expect(selected()).to.deep.equal(required ? [2] : []);
        if (!required) expect(readout(element).querySelector('.cue'), 'the cue is back').to.not.equal(null);
      });
    });
  }

  for (const tag of STILL) {
    it(`<${tag}> shows every figure as text and offers nothing to select: no tab stop, no cue, no keyboard hint`, async () => {
      const element: GuideElement = await settled(await mount(tag, 720));
      expect(shadow(element).querySelectorAll('[tabindex], [data-mark], [role="option"], [role="listbox"]')).to.have.length(0);
      expect(shadow(element).querySelector('.cue, [id^="hint"]')).to.equal(null);
      expect(text(readout(element))).to.equal('');
    });
  }

  describe('every interactive target is at least 24 × 24 CSS pixels (WCAG 2.5.8)', () => {
    /**
     * The charts' targets: focusable marks, options and buttons. (The guide's own links, in its
     * contents and text, are left to its own tests.)
     */
    const targets = (root: ParentNode): Element[] => [...root.querySelectorAll('[tabindex], [role="option"], [role="button"], button')];
    for (const { tag } of ELEMENTS) {
      for (const width of [720, 320]) {
        it(`<${tag}> at ${width}px`, async () => {
          const element: GuideElement = await settled(await mount(tag, width));
          const charts = [...shadow(element).querySelectorAll<GuideElement>('.chart > *')];
          await Promise.all(charts.map((chart) => settled(chart)));
          // The table buttons, as they show once the guide is drawn; the guide's charts, through their shadow roots.
          const found = [element, ...charts].flatMap((host) => targets(shadow(host)));
          const small = found
            .filter((target) => target.checkVisibility())
            .map((target) => ({ target, box: target.getBoundingClientRect() }))
            .filter(({ box }) => box.width < 24 || box.height < 24)
            .map(({ target, box }) => `${target.localName}.${[...target.classList].join('.')} "${text(target).slice(0, 30)}": ${box.width.toFixed(1)} × ${box.height.toFixed(1)}`);
          expect(small).to.deep.equal([]);
        });
      }
    }
  });
});

/** What a mark looks like: the painted styles of it and of everything in it (focus ring and selection frame included). */
function snapshot(mark: Element): string {
  return [mark, ...mark.querySelectorAll('*')]
    .map((node) => {
      const style = getComputedStyle(node);
      return [style.visibility, style.outlineStyle, style.textDecorationLine, style.strokeDasharray, style.fill, style.opacity].join(' ');
    })
    .join('|');
}
