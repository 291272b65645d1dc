/**
 * Off screen, the browser skips a drawn chart's style, layout and paint (content-visibility: auto
 * on the box inside its shadow root) until the reader scrolls near it, though its DOM is built at
 * once, wherever it stands. What must hold meanwhile: the chart keeps the height it has drawn, at
 * any width, so that neither its first frame nor scrolling to it moves the page; its text is in
 * the page for assistive technology and find-in-page (test/content-always.test.ts checks every
 * word); and focus rings drawn just outside its box are not clipped once it shows.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from './support/engine.js';
import '../src/index.js';
import { NARROW_BELOW } from '../src/chart/layout.js';
import type { GuideElement } from '../src/element/guide-element.js';
import { sampleGuide } from './support/guides.js';
import { frames, settled, shadow } from './support/dom.js';
import { CHARTS as REGISTERED_CHARTS } from '../src/registry.js';

const CHARTS = REGISTERED_CHARTS.map((chart) => chart.name);

/** Whether the browser renders `node` now (false while its chart skips its contents). */
const rendered = (node: Element | null | undefined) => node?.checkVisibility({ contentVisibilityAuto: true }) ?? false;

/** The box inside a chart's shadow root that the browser skips off screen. */
const content = (el: Element) => shadow(el).querySelector<HTMLElement>('.content')!;

let page: HTMLDivElement | undefined;
afterEach(() => {
  page?.remove();
  page = undefined;
  scrollTo(0, 0);
});

/** `element` three screens down a page `width` px wide. */
function farDown(element: HTMLElement, width = 700): HTMLDivElement {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  const spacer = document.createElement('div');
  spacer.style.height = `${3 * innerHeight}px`;
  box.append(spacer, element);
  document.body.append(box);
  return box;
}

/** Scrolls to `el` and waits until it is rendered and drawn; returns its height then. */
async function drawnHeight(el: GuideElement): Promise<number> {
  el.scrollIntoView({ block: 'center' });
  await waitUntil(() => rendered(content(el).firstElementChild), 'not rendered after scrolling to it', { timeout: 3000 });
  await settled(el);
  return el.getBoundingClientRect().height;
}

describe('charts off screen (content-visibility: auto)', () => {
  for (const name of CHARTS) {
    const tag = `career-${name}`;
    it(`<${tag}>, three screens down, is built but not rendered, as tall as it will be drawn, until scrolled near`, async () => {
      const el = document.createElement(tag) as GuideElement;
      el.data = sampleGuide();
      page = farDown(el);
      await el.updateComplete;
      await frames();
      const figure = shadow(el).querySelector('figure, [part="figure"]') ?? shadow(el).querySelector('[part]');
      expect(figure, 'the chart was not built').to.exist;
      expect(rendered(figure), 'rendered while three screens away').to.equal(false);
      const skipped = el.getBoundingClientRect().height;
      // Its words are in the page meanwhile: the summary is text, not something drawn later.
      expect(shadow(el).textContent?.trim().length ?? 0).to.be.greaterThan(20);
      expect(await drawnHeight(el)).to.be.closeTo(skipped, 0.5);
    });
  }

  for (const width of [320, NARROW_BELOW - 1, NARROW_BELOW, 1000]) {
    it(`is as tall far down, drawn and skipped, as it is drawn on screen, ${width}px wide`, async () => {
      await setViewport({ width: Math.max(400, width + 40), height: 800 });
      try {
        for (const name of CHARTS) {
          const el = document.createElement(`career-${name}`) as GuideElement;
          el.data = sampleGuide();
          page = farDown(el, width);
          await el.updateComplete;
          await frames();
          expect(shadow(el).querySelector('[part="placeholder"]'), 'a placeholder far down').to.equal(null);
          expect(getComputedStyle(content(el)).contentVisibility, 'skipped far down').to.equal('auto');
          const far = el.getBoundingClientRect().height;
          expect(await drawnHeight(el), el.localName).to.be.closeTo(far, 0.5);
          page.remove();
          scrollTo(0, 0);
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('keeps the height of its own guide, not the bundled one, while skipped', async () => {
    const guide = sampleGuide();
    const levels = guide.salary!.levels!;
    guide.salary!.levels = [...levels, ...levels.map((level) => ({ ...level, id: `${level.id}-2` }))];
    const el = document.createElement('career-salary') as GuideElement;
    el.data = guide;
    page = farDown(el);
    await el.updateComplete;
    await frames();
    const skipped = el.getBoundingClientRect().height;
    expect(await drawnHeight(el)).to.be.closeTo(skipped, 0.5);
  });

  it('draws every chart on screen when the page sets --career-content-visibility: visible', async () => {
    const el = document.createElement('career-salary') as GuideElement;
    el.data = sampleGuide();
    page = farDown(el);
    page.style.setProperty('--career-content-visibility', 'visible');
    await el.updateComplete;
    await frames();
    expect(getComputedStyle(content(el)).contentVisibility).to.equal('visible');
    expect(rendered(shadow(el).querySelector('figure')), 'skipped three screens away').to.equal(true);
  });

  // <career-demand> has no control of its own to focus.
  // Demand, facts and balance have nothing focusable: every figure is text (test/cues.test.ts).
  for (const name of CHARTS.filter((chart) => !['demand', 'facts', 'balance'].includes(chart))) {
    it(`<career-${name}> leaves room for every focus ring drawn outside its box, which paint containment would clip`, async () => {
      const el = document.createElement(`career-${name}`) as GuideElement;
      el.data = sampleGuide();
      page = document.createElement('div');
      page.style.cssText = 'width:700px;margin:16px';
      page.append(el);
      document.body.prepend(page);
      await settled(el);
      // The download choices open, to be checked too.
      shadow(el).querySelector<HTMLButtonElement>('[part="downloads-toggle"]')?.click();
      await el.updateComplete;
      // Laid out again at the next frame: until then a skipped box keeps its remembered size.
      await frames();
      const box = content(el);
      expect(getComputedStyle(box).contentVisibility).to.equal('auto');
      // Paint containment clips at the padding box, grown by overflow-clip-margin where the
      // engine has it (WebKit has not: the padding box itself must reach far enough there).
      const style = getComputedStyle(box);
      const border = box.getBoundingClientRect();
      const margin = Number.parseFloat(style.overflowClipMargin) || 0;
      const clip = {
        left: border.left + Number.parseFloat(style.borderLeftWidth) - margin,
        top: border.top + Number.parseFloat(style.borderTopWidth) - margin,
        right: border.right - Number.parseFloat(style.borderRightWidth) + margin,
        bottom: border.bottom - Number.parseFloat(style.borderBottomWidth) + margin,
      };
      // The outlined controls: "show as table", "Download" and its choices, and the HTML
      // marks (the skill map's headings and skills); SVG marks draw their ring inside their drawing.
      const targets = [...shadow(el).querySelectorAll<HTMLElement>('button, .mark:not(g)')];
      expect(targets.length, 'focusable controls').to.be.greaterThan(0);
      for (const target of targets) {
        target.focus();
        const ring = getComputedStyle(target);
        const reach = Number.parseFloat(ring.outlineWidth) + Number.parseFloat(ring.outlineOffset);
        const what = [target.localName, ...target.classList].join('.');
        expect(reach, `${what} draws its ring outside itself`).to.be.greaterThan(0);
        const drawn = target.getBoundingClientRect();
        expect(drawn.left - reach, `${what}: left`).to.be.at.least(clip.left - 0.01);
        expect(drawn.top - reach, `${what}: top`).to.be.at.least(clip.top - 0.01);
        expect(drawn.right + reach, `${what}: right`).to.be.at.most(clip.right + 0.01);
        expect(drawn.bottom + reach, `${what}: bottom`).to.be.at.most(clip.bottom + 0.01);
      }
    });
  }

  it('moves nothing where it makes room for focus rings without a clip margin', async () => {
    const el = document.createElement('career-facts') as GuideElement;
    el.data = sampleGuide();
    page = document.createElement('div');
    page.style.cssText = 'width:700px';
    const before = Object.assign(document.createElement('p'), { textContent: 'Above', style: 'margin:0 0 10px' });
    page.append(before, el);
    document.body.prepend(page);
    await settled(el);
    const host = el.getBoundingClientRect();
    const box = content(el).getBoundingClientRect();
    const style = getComputedStyle(content(el));
    // The margin between the paragraph and the chart stays 10px; the content box is the host's.
    expect(host.top - before.getBoundingClientRect().bottom).to.be.closeTo(10, 0.01);
    expect(box.left + Number.parseFloat(style.paddingLeft)).to.be.closeTo(host.left, 0.01);
    expect(box.right - Number.parseFloat(style.paddingRight)).to.be.closeTo(host.right, 0.01);
    expect(box.top + Number.parseFloat(style.paddingTop)).to.be.closeTo(host.top, 0.01);
    expect(box.bottom - Number.parseFloat(style.paddingBottom)).to.be.closeTo(host.bottom, 0.01);
    expect(shadow(el).querySelector('.sizer')!.getBoundingClientRect().width, 'the width the chart is measured at').to.be.closeTo(host.width, 0.01);
  });

  it('leaves <career-guide> rendered whole: its charts skip their own rendering', async () => {
    const el = document.createElement('career-guide');
    document.body.append(el);
    await el.updateComplete;
    expect(getComputedStyle(content(el)).contentVisibility).to.equal('visible');
    el.remove();
  });
});
