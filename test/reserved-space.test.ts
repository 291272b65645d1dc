/**
 * cdn/career-widgets.css reserves each widget's space before the script defines it, so that a
 * page does not move when the widgets upgrade. Its heights are measured, not guessed: each must
 * be the drawn height of the element on the bundled guide at the width it stands for (700 px; on
 * phones, 340 px), or the page jumps by the difference.
 */
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { sampleGuide } from './support/guides.js';
import { mount, settled } from './support/dom.js';
import { CHARTS as REGISTERED_CHARTS } from '../src/registry.js';

const CHARTS = REGISTERED_CHARTS.map((chart) => chart.name);
/** The element widths the stylesheet's two sets of heights stand for, and the media query of each. */
const WIDTHS = [
  { width: 700, media: undefined },
  { width: 340, media: '(max-width: 480px)' },
] as const;

const sheet = new CSSStyleSheet();
sheet.replaceSync(await (await fetch('/cdn/career-widgets.css')).text());

/** The reserved min-height of `tag` in the rules under `media` (or at the top level), in px. */
function reserved(tag: string, media: string | undefined): number | undefined {
  const rules = media === undefined ? [...sheet.cssRules] : [...sheet.cssRules].filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText === media).flatMap((rule) => [...rule.cssRules]);
  const rule = rules.find((candidate): candidate is CSSStyleRule => candidate instanceof CSSStyleRule && candidate.selectorText === `${tag}:not(:defined)`);
  return rule ? Number.parseFloat(rule.style.minHeight) : undefined;
}

describe('career-widgets.css', () => {
  for (const { width, media } of WIDTHS) {
    for (const name of CHARTS) {
      const tag = `career-${name}`;
      it(`reserves the drawn height of <${tag}> at ${width}px${media ? ` (${media})` : ''}`, async () => {
        const el = await mount(tag, width, (e) => {
          e.loading = 'eager';
          e.data = sampleGuide();
        });
        await settled(el);
        const drawn = el.getBoundingClientRect().height;
        expect(reserved(tag, media), `no min-height for ${tag}`).to.be.a('number');
        expect(Math.abs(drawn - reserved(tag, media)!), `${tag}: drawn ${drawn}px, reserved ${reserved(tag, media)}px`).to.be.at.most(2);
      });
    }
  }

  it('reserves a screen for <career-guide>, which is always taller', () => {
    expect(reserved('career-guide', undefined)).to.be.at.least(600);
  });
});
