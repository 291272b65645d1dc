import { expect } from '@open-wc/testing';
import '../src/facts/facts.js';
import type { CareerFacts } from '../src/facts/facts.js';
import type { CareerErrorEvent, CareerLoadEvent } from '../src/element/events.js';
import { clearGuideCache } from '../src/data/load.js';
import { factsListHeight } from '../src/facts/facts.layout.js';
import { sampleGuide } from './support/guides.js';
import { nextEvent, settled, shadow, text, frames, mount } from './support/dom.js';

const list = (el: CareerFacts) => shadow(el).querySelector<HTMLUListElement>('ul')!;
const tiles = (el: CareerFacts) => [...shadow(el).querySelectorAll<HTMLLIElement>('li.tile')];
const values = (el: CareerFacts) => tiles(el).map((tile) => text(tile.querySelector('.value')));
/**
 * Columns as the reader sees them: the distinct left edges of the tiles. (The computed
 * grid-template-columns is no measure: Firefox gives the specified `repeat()` for a grid it has
 * not laid out yet, which content-visibility: auto defers to the next frame.)
 */
const columnCount = (el: CareerFacts) => new Set(tiles(el).map((tile) => Math.round(tile.getBoundingClientRect().left))).size;

afterEach(() => clearGuideCache());

describe('<career-facts>', () => {
  describe('states', () => {
    it('says so when the guide has no headline facts', async () => {
      let loaded!: Promise<CareerLoadEvent>;
      const el = await mount('career-facts', 720, (e) => {
        e.data = { schemaVersion: 1, title: 'Baker', facts: { source: { name: 'Nobody' } } };
        loaded = nextEvent<CareerLoadEvent>(e, 'career-load');
      });
      expect((await loaded).detail.empty).to.equal(true);
      await settled(el);
      expect(text(shadow(el).querySelector('[part="empty"]'))).to.equal('This guide has no headline facts.');
      expect(shadow(el).querySelector('ul')).to.equal(null);
    });

    it('shows invalid data as an alert with the path of the problem', async () => {
      const guide = sampleGuide();
      (guide.facts!.growthRate as { value: unknown }).value = '9%';
      let errored!: Promise<CareerErrorEvent>;
      const el = await mount('career-facts', 720, (e) => {
        e.data = guide;
        errored = nextEvent<CareerErrorEvent>(e, 'career-error');
      });
      const error = await errored;
      await settled(el, 'error');
      expect(text(shadow(el).querySelector('[role="alert"]'))).to.contain('facts.growthRate.value: expected a number, got "9%"');
      expect(error.detail).to.deep.include({ kind: 'invalid-data', retryable: false });
      expect(shadow(el).querySelector('[part="retry"]')).to.equal(null);
    });
  });

  describe('interaction', () => {
    it('shows every figure as text and offers nothing to select: no tab stop, no career-select, no readout', async () => {
      const el = await settled(await mount('career-facts', 720));
      let selected = 0;
      el.addEventListener('career-select', () => (selected += 1));
      expect(tiles(el).map((tile) => tile.tabIndex)).to.deep.equal([-1, -1, -1, -1]);
      tiles(el)[1]!.click();
      await el.updateComplete;
      expect(selected).to.equal(0);
      expect(text(shadow(el).querySelector('.readout'))).to.equal('');
    });
  });

  describe('accessibility', () => {
    it('is a list named by the section title; the summary before it names the facts, not their figures', async () => {
      const el = await settled(await mount('career-facts', 720));
      const ul = list(el);
      expect(ul.getAttribute('role')).to.equal('list');
      expect(text(shadow(el).getElementById(ul.getAttribute('aria-labelledby')!))).to.equal('Key facts');
      expect(ul.hasAttribute('aria-describedby'), 'read once, in its place').to.equal(false);
      expect(text(shadow(el).querySelector('#summary'))).to.equal('Headline facts: growth rate, median salary, work arrangement, outlook.');
      expect([...ul.children].every((child) => child.localName === 'li')).to.equal(true);
    });

    it('reads every tile as its words, the term first', async () => {
      const el = await settled(await mount('career-facts', 340));
      expect(tiles(el).filter((tile) => tile.hasAttribute('aria-label')), 'no name over the words').to.deep.equal([]);
      // Document order (what a screen reader reads in browse mode): label, then figure, then notes.
      expect(tiles(el).map((tile) => text(tile))).to.deep.equal([
        'growth rate 9%',
        'median salary $100,000 per year',
        'work arrangement Remote-friendly',
        'outlook Growing faster than average Source: U.S. Bureau of Labor Statistics',
      ]);
    });

    it('shows the figure above its label on screen', async () => {
      const el = await settled(await mount('career-facts', 720));
      for (const tile of tiles(el)) {
        expect(tile.querySelector('.value')!.getBoundingClientRect().bottom).to.be.at.most(tile.querySelector('.term')!.getBoundingClientRect().top);
      }
    });

    it('says remote or on-site in words; the glyph is decoration', async () => {
      const el = await settled(await mount('career-facts', 720));
      const remote = tiles(el)[2]!;
      expect(text(remote.querySelector('.value'))).to.equal('Remote-friendly');
      expect(remote.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      el.data = { schemaVersion: 1, facts: { remoteFriendly: false } };
      await settled(el);
      expect(text(tiles(el)[0]!.querySelector('.value'))).to.equal('On-site');
      expect(tiles(el)[0]!.querySelector('svg')!.classList.contains('glyph-on-site')).to.equal(true);
    });
  });

  describe('size and language', () => {
    it('stands four across when wide, two across when narrow, one across when very narrow', async () => {
      const el = await settled(await mount('career-facts', 720));
      expect(columnCount(el)).to.equal(4);
      const top = (index: number) => tiles(el)[index]!.getBoundingClientRect().top;
      expect(top(3)).to.equal(top(0));
      el.parentElement!.style.width = '340px';
      await frames();
      await el.updateComplete;
      expect(columnCount(el)).to.equal(2);
      expect(top(2)).to.be.greaterThan(top(1));
      expect(list(el).getBoundingClientRect().height).to.equal(factsListHeight(4, 340));
      el.parentElement!.style.width = '260px';
      await frames();
      await el.updateComplete;
      expect(columnCount(el)).to.equal(1);
      expect(list(el).getBoundingClientRect().height).to.equal(factsListHeight(4, 260));
    });

    it('keeps every word inside its tile at every width', async () => {
      const el = await settled(await mount('career-facts', 1000));
      for (const width of [1000, 720, 680, 520, 340, 300, 260]) {
        el.parentElement!.style.width = `${width}px`;
        await frames();
        await el.updateComplete;
        for (const tile of tiles(el)) {
          const box = tile.getBoundingClientRect();
          for (const part of tile.querySelectorAll('.value-text, .term, .detail, .source')) {
            const inner = part.getBoundingClientRect();
            expect(inner.right, `${width}px ${text(part)}`).to.be.at.most(box.right);
            expect(inner.bottom, `${width}px ${text(part)}`).to.be.at.most(box.bottom);
          }
        }
      }
    });

    it('speaks the locale attribute', async () => {
      const el = await settled(await mount('career-facts', 720, (e) => ((e.data = sampleGuide()), (e.locale = 'de-DE'))));
      expect(values(el).slice(0, 2)).to.deep.equal(['9\u00a0%', '100.000\u00a0$']);
    });

    it('speaks the closest ancestor lang', async () => {
      const el = await settled(await mount('career-facts', 720, undefined, { lang: 'fr' }));
      expect(values(el)[1]).to.equal('100\u202f000\u00a0$US');
    });

    it('switches palettes with the theme attribute', async () => {
      const el = await settled(await mount('career-facts', 720));
      const ink = () => getComputedStyle(tiles(el)[0]!.querySelector('.value')!).color;
      const light = ink();
      el.theme = 'dark';
      await el.updateComplete;
      expect(ink()).not.to.equal(light);
      expect(el.getAttribute('theme')).to.equal('dark');
    });
  });
});
