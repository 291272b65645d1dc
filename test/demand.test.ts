import { expect } from '@open-wc/testing';
import 'axe-core';
import type AxeCore from 'axe-core';
import '../src/demand/demand.js';
import type { CareerDemand } from '../src/demand/demand.js';
import type { CareerErrorEvent } from '../src/element/events.js';
import { clearGuideCache } from '../src/data/load.js';
import { sampleGuide } from './support/guides.js';
import { drawnIn, frames, nextEvent, overflowingTexts, settled, shadow, svgTexts, text, mount } from './support/dom.js';
import { reflected } from './support/reflect.js';

const gauge = (el: CareerDemand) => shadow(el).querySelector<HTMLElement>('[part="gauge"]')!;

/** The accessible name as assistive technology computes it (axe-core's implementation of accname). */
function accessibleName(node: Element): string {
  const axe = (window as unknown as { axe: typeof AxeCore }).axe;
  axe.setup(document);
  try {
    return axe.commons.text.accessibleText(node);
  } finally {
    axe.teardown();
  }
}

afterEach(() => clearGuideCache());

describe('<career-demand>', () => {
  describe('states', () => {
    it('says so when the guide has no market demand', async () => {
      const el = await settled(await mount('career-demand', 720, (e) => (e.data = { schemaVersion: 1, title: 'Baker', outlook: sampleGuide().outlook })));
      expect(text(shadow(el).querySelector('[part="empty"]'))).to.equal('This guide has no market demand.');
      expect(shadow(el).querySelector('[role="img"]')).to.equal(null);
    });

    it('shows invalid data as an alert with the path of the problem', async () => {
      const guide = sampleGuide();
      (guide.demand as { level: unknown }).level = 'very high';
      let errored!: Promise<CareerErrorEvent>;
      const el = await mount('career-demand', 720, (e) => {
        e.data = guide;
        errored = nextEvent<CareerErrorEvent>(e, 'career-error');
      });
      const error = await errored;
      await settled(el, 'error');
      expect(text(shadow(el).querySelector('[role="alert"]'))).to.contain('demand.level');
      expect(error.detail).to.deep.include({ kind: 'invalid-data', retryable: false });
      expect(error.detail.issues[0]!.path).to.equal('demand.level');
    });
  });

  describe('events', () => {
    it('has no marks to operate: no career-select, no tab stop but its Download button', async () => {
      const el = await settled(await mount('career-demand', 720));
      let selected = 0;
      el.addEventListener('career-select', () => (selected += 1));
      gauge(el).click();
      gauge(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      expect(selected).to.equal(0);
      const stops = [...shadow(el).querySelectorAll('[tabindex], button, a')].filter((node) => !node.closest('[hidden]'));
      expect(stops.map((node) => node.getAttribute('part'))).to.deep.equal(['downloads-toggle']);
    });
  });

  describe('accessibility', () => {
    it('is one image named with the level and its scale, after a summary that says what the element shows', async () => {
      const el = await settled(await mount('career-demand', 720));
      const image = gauge(el);
      expect(shadow(el).querySelectorAll('[role="img"]')).to.have.length(1);
      expect(image.getAttribute('role')).to.equal('img');
      expect(accessibleName(image)).to.equal('Market demand: High, on a scale from Low to High');
      // Read once, in its place; the growth block after the gauge says its figure, status and source.
      expect(image.hasAttribute('aria-describedby')).to.equal(false);
      expect(text(shadow(el).querySelector('#summary'))).to.equal('Market demand, projected growth.');
      // The drawing inside is decorative: the name says it all.
      expect(image.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('writes the level in words and labels both ends of the scale, not color alone', async () => {
      const el = await settled(await mount('career-demand', 720, (e) => (e.data = { schemaVersion: 1, demand: { level: 'moderate' } })));
      expect(text(shadow(el).querySelector('.word'))).to.equal('Moderate');
      expect([...shadow(el).querySelectorAll('.end')].map((end) => text(end))).to.deep.equal(['Low', 'High']);
      expect(accessibleName(gauge(el))).to.equal('Market demand: Moderate, on a scale from Low to High');
      const current = shadow(el).querySelectorAll('.segment.is-current');
      expect(current).to.have.length(1);
      expect(current[0]!.classList.contains('segment-moderate')).to.equal(true);
      // The needle stands straight up for the middle level.
      const needle = shadow(el).querySelector('.needle')!.getBoundingClientRect();
      const hub = shadow(el).querySelector('.hub')!.getBoundingClientRect();
      expect(needle.left + needle.width / 2).to.be.closeTo(hub.left + hub.width / 2, 1);
      expect(needle.top).to.be.lessThan(hub.top - 50);
    });

    it('shows the growth rate with its label, outlook and source, and the note, as text', async () => {
      const el = await settled(await mount('career-demand', 720));
      expect(text(shadow(el).querySelector('.growth'))).to.equal(
        '9% projected growth Growing faster than average Source: U.S. Bureau of Labor Statistics',
      );
      expect(text(shadow(el).querySelector('.note'))).to.match(/^The demand is currently high, driven by the accelerating shift/);
    });

    it('never clips its text', async () => {
      for (const width of [240, 340, 720, 1000]) {
        const el = await settled(await mount('career-demand', width));
        for (const block of shadow(el).querySelectorAll<HTMLElement>('.gauge, .growth, .note')) {
          expect(block.scrollHeight, `${block.className} at ${width}px`).to.be.at.most(block.clientHeight);
          expect(block.scrollWidth, `${block.className} at ${width}px`).to.be.at.most(block.clientWidth);
        }
      }
    });
  });

  describe('size and language', () => {
    it('puts the text beside the gauge when wide, under it when narrow, following its container', async () => {
      const el = await settled(await mount('career-demand', 720));
      const rect = (selector: string) => shadow(el).querySelector(selector)!.getBoundingClientRect();
      expect(rect('.growth').left).to.be.greaterThan(rect('.gauge').right);
      expect(rect('.growth').top).to.equal(rect('.gauge').top);
      el.parentElement!.style.width = '340px';
      await frames();
      await el.updateComplete;
      expect(rect('.growth').top).to.be.greaterThan(rect('.gauge').bottom);
      // The gauge is centred in the narrow container.
      const box = el.getBoundingClientRect();
      expect(rect('.gauge').left - box.left).to.be.closeTo(box.right - rect('.gauge').right, 1);
      expect(shadow(el).querySelector('.demand')!.classList.contains('is-narrow')).to.equal(true);
    });

    it('scales the gauge down in a container narrower than it', async () => {
      const el = await settled(await mount('career-demand', 200));
      expect(shadow(el).querySelector('.gauge svg')!.getAttribute('width')).to.equal('200');
    });

    it('speaks the locale attribute', async () => {
      const guide = sampleGuide();
      guide.outlook!.growthRate = { value: 4.5, unit: 'percent' };
      const el = await settled(await mount('career-demand', 720, (e) => ((e.data = guide), (e.locale = 'de-DE'))));
      expect(text(shadow(el).querySelector('.growth-value'))).to.equal('4,5\u00a0%');
    });

    it('switches palettes with the theme attribute', async () => {
      const el = await settled(await mount('career-demand', 720));
      const fill = () => getComputedStyle(shadow(el).querySelector('.segment.is-current')!).fill;
      const light = fill();
      el.theme = 'dark';
      await el.updateComplete;
      expect(fill()).not.to.equal(light);
    });
  });
});

describe('<career-demand> right to left', () => {
  const inDirection = (width: number, dir: 'ltr' | 'rtl') => drawnIn<CareerDemand>('career-demand', sampleGuide(), width, dir);

  for (const width of [720, 360]) {
    it(`mirrors the gauge under a dir="rtl" ancestor at ${width}px: Low on the right, High on the left, the needle reflected`, async () => {
      const [ltr, rtl] = [await inDirection(width, 'ltr'), await inDirection(width, 'rtl')];
      const drawing = Number(gauge(rtl).querySelector('svg')!.getAttribute('width'));
      expect(svgTexts(shadow(rtl))).to.deep.equal(svgTexts(shadow(ltr)).map((t) => reflected(t, drawing)));
      const [low, high] = [...gauge(rtl).querySelectorAll('.end')].map((end) => end.getBoundingClientRect().left);
      expect(low).to.be.greaterThan(high!);
      // High demand: the needle leans to the left of the hub.
      const needle = gauge(rtl).querySelector('.needle')!.getBoundingClientRect();
      const hub = gauge(rtl).querySelector('.hub')!.getBoundingClientRect();
      expect(needle.left).to.be.lessThan(hub.left);
      // Wide, the gauge (HTML, placed from the inline start) stands on the right.
      if (width >= 520) expect(gauge(rtl).getBoundingClientRect().right).to.be.closeTo(rtl.getBoundingClientRect().right, 1);
      expect(overflowingTexts(shadow(rtl))).to.deep.equal([]);
    });
  }
});
