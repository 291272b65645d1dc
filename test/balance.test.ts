import { expect } from '@open-wc/testing';
import '../src/balance/balance.js';
import type { CareerBalance } from '../src/balance/balance.js';
import type { CareerErrorEvent, CareerLoadEvent } from '../src/element/events.js';
import { clearGuideCache } from '../src/data/load.js';
import { sampleGuide } from './support/guides.js';
import { drawnIn, frames, nextEvent, overflowingTexts, settled, shadow, svgTexts, text, mount } from './support/dom.js';
import { reflected } from './support/reflect.js';

const meters = (el: CareerBalance) => [...shadow(el).querySelectorAll<HTMLElement>('[role="meter"]')];

/** The accessible name of an element named by `aria-labelledby`, computed as the spec does for ids in the same root. */
function nameFromLabelledBy(element: Element): string {
  const ids = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const root = element.getRootNode() as ShadowRoot | Document;
  return ids.map((id) => text(root.getElementById(id))).join(' ').trim();
}

afterEach(() => clearGuideCache());

describe('<career-balance>', () => {
  describe('states', () => {
    it('says so when the guide has no work-life balance', async () => {
      let loaded!: Promise<CareerLoadEvent>;
      const el = await mount('career-balance', 720, (e) => {
        e.data = { schemaVersion: 1, title: 'Baker', workLife: { text: [] } };
        loaded = nextEvent<CareerLoadEvent>(e, 'career-load');
      });
      expect((await loaded).detail.empty).to.equal(true);
      await settled(el);
      expect(text(shadow(el).querySelector('[part="empty"]'))).to.equal('This guide has no work-life balance.');
      expect(meters(el)).to.have.length(0);
    });

    it('shows text alone when the guide rates nothing', async () => {
      const el = await settled(await mount('career-balance', 720, (e) => (e.data = { schemaVersion: 1, workLife: { text: ['Calm most days.'] } })));
      expect(meters(el)).to.have.length(0);
      expect(text(shadow(el).querySelector('.text'))).to.equal('Calm most days.');
    });

    it('shows invalid data as an alert with the path of the problem', async () => {
      const guide = sampleGuide();
      (guide.workLife as { stress: unknown }).stress = 'very high';
      let errored!: Promise<CareerErrorEvent>;
      const el = await mount('career-balance', 720, (e) => {
        e.data = guide;
        errored = nextEvent<CareerErrorEvent>(e, 'career-error');
      });
      const error = await errored;
      await settled(el, 'error');
      const alert = shadow(el).querySelector('[role="alert"]')!;
      expect(text(alert)).to.contain('workLife.stress');
      expect(error.detail.issues[0]!.path).to.equal('workLife.stress');
      expect(error.detail).to.deep.include({ kind: 'invalid-data', retryable: false });
    });
  });

  describe('interaction', () => {
    it('reads as meters, not controls: no tab stop, no selection, no career-select on click', async () => {
      const el = await settled(await mount('career-balance', 340));
      let selected = 0;
      el.addEventListener('career-select', () => (selected += 1));
      expect(meters(el).map((meter) => meter.tabIndex)).to.deep.equal([-1, -1]);
      meters(el)[0]!.click();
      await el.updateComplete;
      expect(selected).to.equal(0);
      expect(text(shadow(el).querySelector('.readout'))).to.equal('');
    });
  });

  describe('accessibility', () => {
    it('names the group by the section title; the summary before it says what the meters are, not their levels', async () => {
      const el = await settled(await mount('career-balance', 720));
      const group = shadow(el).querySelector('[role="group"]')!;
      expect(nameFromLabelledBy(group)).to.equal('Work-life balance and stress');
      expect(group.hasAttribute('aria-describedby'), 'read once, in its place').to.equal(false);
      expect(text(shadow(el).querySelector('#summary'))).to.equal('Rated on scales of 5 steps: Stress level, Work-life balance.');
    });

    it('makes each meter a named meter with its value in numbers and words', async () => {
      const el = await settled(await mount('career-balance', 720));
      expect(
        meters(el).map((meter) => ({
          name: nameFromLabelledBy(meter),
          min: meter.getAttribute('aria-valuemin'),
          max: meter.getAttribute('aria-valuemax'),
          now: meter.getAttribute('aria-valuenow'),
          text: meter.getAttribute('aria-valuetext'),
        })),
      ).to.deep.equal([
        { name: 'Stress level', min: '1', max: '5', now: '4', text: 'Moderate to high' },
        { name: 'Work-life balance', min: '1', max: '5', now: '2', text: 'Challenging' },
      ]);
      for (const meter of meters(el)) {
        // The label is visible text, not an empty or hidden node.
        const label = shadow(el).getElementById(meter.getAttribute('aria-labelledby')!)!;
        expect(label.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(meter.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      }
    });

    it('tells filled from empty segments by shape, not color alone, and writes the ends of each scale', async () => {
      const el = await settled(await mount('career-balance', 720));
      const [stress, balance] = meters(el);
      const filled = stress!.querySelectorAll('.segment.filled');
      const empty = stress!.querySelectorAll('.segment.empty');
      expect([filled.length, empty.length]).to.deep.equal([4, 1]);
      expect(balance!.querySelectorAll('.segment.filled')).to.have.length(2);
      const solid = getComputedStyle(filled[0]!);
      const hollow = getComputedStyle(empty[0]!);
      expect(solid.fill).not.to.equal('none');
      expect(hollow.fill).to.equal('none');
      expect(hollow.strokeDasharray).not.to.equal('none');
      expect([...stress!.querySelectorAll('.end')].map((end) => text(end))).to.deep.equal(['Low', 'High']);
      expect([...balance!.querySelectorAll('.end')].map((end) => text(end))).to.deep.equal(['Poor', 'Excellent']);
    });

    it('shows the text paragraphs as text', async () => {
      const el = await settled(await mount('career-balance', 720));
      const paragraphs = [...shadow(el).querySelectorAll('.text p')].map((p) => text(p));
      expect(paragraphs).to.deep.equal(sampleGuide().workLife!.text);
    });

    it('renders markup in the text as text', async () => {
      const el = await settled(await mount('career-balance', 720, (e) => (e.data = { schemaVersion: 1, workLife: { text: ['<img src=x onerror=alert(1)>'] } })));
      expect(shadow(el).querySelector('.text img')).to.equal(null);
      expect(text(shadow(el).querySelector('.text p'))).to.equal('<img src=x onerror=alert(1)>');
    });
  });

  describe('size and language', () => {
    it('puts the meters side by side when wide and stacks them when narrow', async () => {
      const el = await settled(await mount('career-balance', 720));
      const box = (index: number) => meters(el)[index]!.getBoundingClientRect();
      expect(box(1).top).to.equal(box(0).top);
      expect(box(1).left).to.be.greaterThan(box(0).right);
      el.parentElement!.style.width = '340px';
      await frames();
      await el.updateComplete;
      expect(box(1).left).to.equal(box(0).left);
      expect(box(1).top).to.be.greaterThan(box(0).bottom);
      expect(shadow(el).querySelector('.scale')!.getAttribute('width')).to.equal(String(340 - 26));
    });

    it('keeps the text inside the room reserved for it, at every width', async () => {
      const el = await settled(await mount('career-balance', 1000));
      for (const width of [1000, 720, 520, 400, 340, 300, 260]) {
        el.parentElement!.style.width = `${width}px`;
        await frames();
        await el.updateComplete;
        const block = shadow(el).querySelector<HTMLElement>('.text')!;
        const paragraphs = [...block.querySelectorAll('p')];
        const used = paragraphs.at(-1)!.getBoundingClientRect().bottom - paragraphs[0]!.getBoundingClientRect().top;
        expect(used, `${width}px`).to.be.at.most(parseFloat(block.style.minHeight) - parseFloat(block.style.paddingTop));
        expect(block.getBoundingClientRect().height, `${width}px`).to.equal(parseFloat(block.style.minHeight));
        for (const meter of meters(el)) {
          const card = meter.getBoundingClientRect();
          for (const part of meter.querySelectorAll('.meter-label, .meter-word, svg')) {
            expect(part.getBoundingClientRect().bottom, `${width}px`).to.be.at.most(card.bottom);
            expect(part.getBoundingClientRect().right, `${width}px`).to.be.at.most(card.right);
          }
        }
      }
    });

    it('speaks the locale attribute in its numerals', async () => {
      const el = await settled(await mount('career-balance', 720, (e) => ((e.data = sampleGuide()), (e.locale = 'ar-EG'))));
      expect(text(shadow(el).querySelector('#summary'))).to.equal('Rated on scales of ٥ steps: Stress level, Work-life balance.');
    });

    it('switches palettes with the theme attribute', async () => {
      const el = await settled(await mount('career-balance', 720));
      const fill = () => getComputedStyle(meters(el)[0]!.querySelector('.segment.filled')!).fill;
      const light = fill();
      el.theme = 'dark';
      await el.updateComplete;
      expect(fill()).not.to.equal(light);
      expect(el.getAttribute('theme')).to.equal('dark');
    });
  });
});

describe('<career-balance> right to left', () => {
  const inDirection = (width: number, dir: 'ltr' | 'rtl') => drawnIn<CareerBalance>('career-balance', sampleGuide(), width, dir);

  it('fills the meters from the right under a dir="rtl" ancestor, the low end on the right, nothing clipped', async () => {
    const [ltr, rtl] = [await inDirection(720, 'ltr'), await inDirection(720, 'rtl')];
    const scale = Number(shadow(rtl).querySelector('svg.scale')!.getAttribute('width'));
    expect(svgTexts(shadow(rtl))).to.deep.equal(svgTexts(shadow(ltr)).map((t) => reflected(t, scale)));
    for (const meter of meters(rtl)) {
      const x = (selector: string) => [...meter.querySelectorAll(selector)].map((segment) => segment.getBoundingClientRect().left);
      expect(Math.min(...x('.segment.filled'))).to.be.greaterThan(Math.max(...x('.segment.empty')));
    }
    // The first meter stands on the right: the cards are HTML and follow the page.
    expect(meters(rtl)[0]!.getBoundingClientRect().left).to.be.greaterThan(meters(rtl)[1]!.getBoundingClientRect().left);
    expect(overflowingTexts(shadow(rtl))).to.deep.equal([]);
  });
});
