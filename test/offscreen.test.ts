/**
 * Off screen, the browser skips a chart's style, layout and paint (content-visibility: auto on
 * every chart's host) until the reader scrolls near it, even for loading="eager" charts whose
 * DOM is built at once. What must hold meanwhile: the chart keeps the height that
 * cdn/career-widgets.css reserves, its text is in the page for assistive technology, and focus
 * rings drawn just outside its box are not clipped once it shows.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import type { GuideElement } from '../src/element/guide-element.js';
import { sampleGuide } from './support/guides.js';
import { frames, settled, shadow } from './support/dom.js';
import { CHARTS as REGISTERED_CHARTS } from '../src/registry.js';

const CHARTS = REGISTERED_CHARTS.map((chart) => chart.name);

const sheet = new CSSStyleSheet();
sheet.replaceSync(await (await fetch('/cdn/career-widgets.css')).text());

/** The height cdn/career-widgets.css reserves for `tag` on wide screens, or under its phone media query, in px. */
function reserved(tag: string, phones = false): number {
  const rules = phones
    ? [...sheet.cssRules].filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText === '(max-width: 480px)').flatMap((rule) => [...rule.cssRules])
    : [...sheet.cssRules];
  const rule = rules.find((candidate): candidate is CSSStyleRule => candidate instanceof CSSStyleRule && candidate.selectorText === `${tag}:not(:defined)`);
  return Number.parseFloat(rule?.style.minHeight ?? 'NaN');
}

/** Whether the browser renders `node` now (false while its chart's host skips its contents). */
const rendered = (node: Element | null | undefined) => node?.checkVisibility({ contentVisibilityAuto: true }) ?? false;

let page: HTMLDivElement | undefined;
afterEach(() => {
  page?.remove();
  page = undefined;
  scrollTo(0, 0);
});

/** `element` three screens down a 700px-wide page. */
function farDown(element: HTMLElement): HTMLDivElement {
  const box = document.createElement('div');
  box.style.width = '700px';
  const spacer = document.createElement('div');
  spacer.style.height = `${3 * innerHeight}px`;
  box.append(spacer, element);
  document.body.append(box);
  return box;
}

describe('charts off screen (content-visibility: auto)', () => {
  for (const name of CHARTS) {
    const tag = `career-${name}`;
    it(`<${tag}>, eager and three screens down, is built but not rendered, at the reserved height, until scrolled near`, async () => {
      const el = document.createElement(tag) as GuideElement;
      el.loading = 'eager';
      el.data = sampleGuide();
      page = farDown(el);
      await el.updateComplete;
      await frames();
      const figure = shadow(el).querySelector('figure, [part="figure"]') ?? shadow(el).querySelector('[part]');
      expect(figure, 'the chart was not built').to.exist;
      expect(rendered(figure), 'rendered while three screens away').to.equal(false);
      expect(el.getBoundingClientRect().height).to.equal(reserved(tag));
      // Its words are in the page meanwhile: the summary is text, not something drawn later.
      expect(shadow(el).textContent?.trim().length ?? 0).to.be.greaterThan(20);

      el.scrollIntoView({ block: 'center' });
      await waitUntil(() => rendered(figure), 'not rendered after scrolling to it', { timeout: 3000 });
      await settled(el);
    });
  }

  it('keeps on phones the phone heights of the stylesheet until drawn, so a chart skipped for its first frame does not jump', async () => {
    await setViewport({ width: 400, height: 800 });
    try {
      for (const name of CHARTS) {
        const tag = `career-${name}`;
        const el = document.createElement(tag) as GuideElement;
        el.data = sampleGuide();
        page = farDown(el);
        page.style.width = '340px';
        await el.updateComplete;
        await frames();
        expect(el.getBoundingClientRect().height, tag).to.equal(reserved(tag, true));
        page.remove();
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('leaves room for every focus ring drawn outside a chart’s box, which paint containment would clip', async () => {
    const el = document.createElement('career-salary') as GuideElement;
    el.data = sampleGuide();
    page = document.createElement('div');
    page.append(el);
    document.body.prepend(page);
    await settled(el);
    const margin = Number.parseFloat(getComputedStyle(el).overflowClipMargin);
    const button = shadow(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
    button.focus();
    const ring = getComputedStyle(button);
    expect(getComputedStyle(el).contentVisibility).to.equal('auto');
    expect(Number.parseFloat(ring.outlineWidth) + Number.parseFloat(ring.outlineOffset)).to.be.greaterThan(0);
    expect(Number.parseFloat(ring.outlineWidth) + Number.parseFloat(ring.outlineOffset)).to.be.at.most(margin);
  });

  it('leaves <career-guide> rendered whole: its charts skip their own rendering', async () => {
    const el = document.createElement('career-guide');
    document.body.append(el);
    await el.updateComplete;
    expect(getComputedStyle(el).contentVisibility).to.equal('visible');
    el.remove();
  });
});
