import { expect } from '@open-wc/testing';
import '../src/tiers/tiers.js';
import type { CareerTiers } from '../src/tiers/tiers.js';
import type { Guide } from '../src/contract/schema.js';
import type { CareerErrorEvent, CareerLoadEvent, CareerSelectEvent } from '../src/element/events.js';
import { clearGuideCache } from '../src/data/load.js';
import { sampleGuide } from './support/guides.js';
import { hover, drawnIn, frames, nextEvent, overflowingTexts, press, settled, shadow, svgTexts, text, uniqueKey, mount } from './support/dom.js';
import { reflected } from './support/reflect.js';

/** The sample with only what the tiers need: the tiers and the salary levels they link to. */
function tiersOnlyGuide(): Guide {
  const { tiers, salary } = sampleGuide();
  return { schemaVersion: 1, tiers, salary };
}

const marks = (el: CareerTiers) => [...shadow(el).querySelectorAll<SVGGElement>('.mark')];
const currentDetail = (el: CareerTiers) => {
  const visible = [...shadow(el).querySelectorAll<HTMLElement>('.detail')].filter((detail) => getComputedStyle(detail).visibility === 'visible');
  expect(visible).to.have.length(1);
  return visible[0]!;
};

const LEAD = 'Lead Operations Engineer / Site Reliability Engineer (SRE)';

afterEach(() => clearGuideCache());

describe('<career-tiers>', () => {
  describe('states', () => {
    for (const width of [720, 340]) {
      it(`reserves the final size while loading, so nothing jumps (${width}px)`, async () => {
        const el = await mount('career-tiers', width, (e) => (e.src = `/faults/slow/${uniqueKey()}?ms=800`));
        await el.updateComplete;
        await frames();
        await el.updateComplete;
        const placeholder = shadow(el).querySelector('[part="placeholder"]')!;
        expect(placeholder.getAttribute('aria-busy')).to.equal('true');
        expect(text(shadow(el).querySelector('[role="status"]'))).to.equal('Loading the career guide…');
        const loadingHeight = el.getBoundingClientRect().height;
        await settled(el);
        expect(shadow(el).querySelector('svg')).not.to.equal(null);
        // To the browser's rounding of the caption's and readout's 1.4em lines to 1/64px.
        expect(el.getBoundingClientRect().height).to.be.closeTo(loadingHeight, 0.1);
      });
    }

    it('says so when the guide has no tiers', async () => {
      const el = await settled(await mount('career-tiers', 720, (e) => (e.data = { schemaVersion: 1, salary: sampleGuide().salary })));
      expect(text(shadow(el).querySelector('[part="empty"]'))).to.equal('This guide has no career tiers.');
      expect(shadow(el).querySelector('svg')).to.equal(null);
    });

    it('treats an empty list of tiers as no tiers', async () => {
      const loaded = new Promise<CareerLoadEvent>((resolve) => document.addEventListener('career-load', (e) => resolve(e as CareerLoadEvent), { once: true }));
      const el = await settled(await mount('career-tiers', 720, (e) => (e.data = { schemaVersion: 1, tiers: [] })));
      expect((await loaded).detail.empty).to.equal(true);
      expect(text(shadow(el).querySelector('[part="empty"]'))).to.equal('This guide has no career tiers.');
    });

    it('shows invalid data as an alert with the path of the problem', async () => {
      const guide = sampleGuide();
      (guide.tiers![1]!.years as { min: unknown }).min = 'two';
      let errored!: Promise<CareerErrorEvent>;
      const el = await mount('career-tiers', 720, (e) => {
        e.data = guide;
        errored = nextEvent<CareerErrorEvent>(e, 'career-error');
      });
      const error = await errored;
      await settled(el, 'error');
      expect(text(shadow(el).querySelector('[role="alert"]'))).to.contain('tiers[1].years.min: expected a number, got "two"');
      expect(error.detail).to.deep.include({ kind: 'invalid-data', retryable: false });
      expect(shadow(el).querySelector('[part="retry"]')).to.equal(null);
    });

    it('refuses a tier linked to a salary level that does not exist', async () => {
      const guide = sampleGuide();
      guide.tiers![0]!.salaryLevel = 'intern';
      const el = await settled(await mount('career-tiers', 720, (e) => (e.data = guide)), 'error');
      expect(text(shadow(el).querySelector('[role="alert"]'))).to.contain('tiers[0].salaryLevel');
    });
  });

  describe('events', () => {
    it('fires career-select on click and on Enter with the tier', async () => {
      const el = await settled(await mount('career-tiers', 720));
      const clicked = nextEvent<CareerSelectEvent>(el, 'career-select');
      marks(el)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      expect((await clicked).detail).to.deep.equal({ kind: 'tier', id: 'junior', label: 'Junior Operations Engineer', value: 0 });
      const pressed = nextEvent<CareerSelectEvent>(el, 'career-select');
      marks(el)[3]!.focus();
      press(marks(el)[3]!, 'Enter');
      const event = await pressed;
      expect(event.detail).to.deep.equal({ kind: 'tier', id: 'lead', label: LEAD, value: 8 });
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('names a tier without an id by its position', async () => {
      const guide = tiersOnlyGuide();
      delete guide.tiers![1]!.id;
      const el = await settled(await mount('career-tiers', 720, (e) => (e.data = guide)));
      const selected = nextEvent<CareerSelectEvent>(el, 'career-select');
      marks(el)[1]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      expect((await selected).detail).to.deep.include({ id: '1', value: 2 });
    });
  });

  describe('keyboard and pointer', () => {

    it('shows the focused tier in the readout with a visible focus ring, and the selected one (Enter) in the panel', async () => {
      const el = await settled(await mount('career-tiers', 720));
      expect(text(currentDetail(el).querySelector('.detail-title'))).to.equal('Junior Operations Engineer');
      expect(marks(el).map((mark) => mark.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false', 'false']);
      marks(el)[0]!.focus();
      press(marks(el)[0]!, 'ArrowDown');
      await el.updateComplete;
      // Focus moves the readout; selection does not follow it (a screen reader hears the tier's summary as its description).
      expect(text(shadow(el).querySelector('.readout'))).to.equal('Operations Engineer · 2–5 years · Mid-Level · $100,000');
      expect(text(currentDetail(el).querySelector('.detail-title'))).to.equal('Junior Operations Engineer');
      expect(getComputedStyle(marks(el)[1]!.querySelector('.focus-ring')!).visibility).to.equal('visible');
      expect(getComputedStyle(marks(el)[0]!.querySelector('.focus-ring')!).visibility).to.equal('hidden');
      press(marks(el)[1]!, 'Enter');
      await el.updateComplete;
      const detail = currentDetail(el);
      expect(text(detail.querySelector('.detail-title'))).to.equal('Operations Engineer');
      expect(text(detail.querySelector('.detail-meta'))).to.equal('2–5 years · Mid-Level · $100,000');
      expect(text(detail.querySelector('.detail-summary'))).to.equal(sampleGuide().tiers![1]!.summary);
      expect(marks(el).map((mark) => mark.getAttribute('aria-selected'))).to.deep.equal(['false', 'true', 'false', 'false']);
      expect(marks(el)[1]!.classList.contains('is-current')).to.equal(true);
    });

    it('shows a hovered tier in the readout without moving the panel', async () => {
      const el = await settled(await mount('career-tiers', 720));
      expect(text(shadow(el).querySelector('.readout'))).to.equal('Arrow keys or hover; Enter: details below');
      await hover(marks(el)[2]!.querySelector('.row')!);
      await el.updateComplete;
      expect(text(shadow(el).querySelector('.readout'))).to.equal('Senior Operations Engineer · 5–8 years · Senior-Level · $121,000');
      expect(marks(el)[2]!.classList.contains('is-showing')).to.equal(true);
      expect(text(currentDetail(el).querySelector('.detail-title'))).to.equal('Junior Operations Engineer');
      marks(el)[2]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(text(currentDetail(el).querySelector('.detail-title'))).to.equal('Senior Operations Engineer');
    });

    it('keeps the panel’s height whichever tier it shows', async () => {
      const el = await settled(await mount('career-tiers', 340));
      const panel = shadow(el).querySelector<HTMLElement>('[part="details"]')!;
      const heights = [];
      for (const mark of marks(el)) {
        mark.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        await el.updateComplete;
        heights.push(panel.offsetHeight);
      }
      expect(new Set(heights).size).to.equal(1);
    });
  });

  describe('accessibility', () => {
    it('is a listbox of its tiers, named by the caption and described by the keys, after a summary of what they tell together', async () => {
      const el = await settled(await mount('career-tiers', 720));
      const svg = shadow(el).querySelector('svg')!;
      expect(svg.getAttribute('role')).to.equal('listbox');
      expect(marks(el).map((mark) => mark.getAttribute('role'))).to.deep.equal(Array(4).fill('option'));
      expect(text(shadow(el).getElementById(svg.getAttribute('aria-labelledby')!))).to.equal('Career path tiers');
      expect(text(shadow(el).getElementById(svg.getAttribute('aria-describedby')!))).to.equal('Use the arrow keys to move from one item to the next, Enter to select one.');
      expect(text(shadow(el).querySelector('#summary'))).to.equal('4 career tiers by years of experience, the last one open-ended. Pay rises from tier to tier.');
    });

    it('gives every tier a name with its title, years and pay, described by its summary; the panel is for the eyes', async () => {
      const el = await settled(await mount('career-tiers', 340));
      expect(marks(el).map((mark) => mark.getAttribute('aria-label'))).to.deep.equal([
        'Junior Operations Engineer, 0 to 2 years, Entry-Level $79,000',
        'Operations Engineer, 2 to 5 years, Mid-Level $100,000',
        'Senior Operations Engineer, 5 to 8 years, Senior-Level $121,000',
        `${LEAD}, 8+ years`,
      ]);
      const summaries = sampleGuide().tiers!.map((tier) => tier.summary);
      expect(marks(el).map((mark) => text(shadow(el).getElementById(mark.getAttribute('aria-describedby')!)))).to.deep.equal(summaries);
      // The panel repeats the selected tier's name and description: hidden from screen readers, which hear them from the tier.
      expect(shadow(el).querySelector('[part="details"]')!.getAttribute('aria-hidden')).to.equal('true');
      // The option holds the title drawn, which starts its name (WCAG 2.5.3); the years and pay drawn are for the eyes, beside it.
      for (const mark of marks(el)) {
        expect([...mark.querySelectorAll('text')].every((node) => node.classList.contains('tier-title'))).to.equal(true);
        const drawn = [...mark.querySelectorAll('text')].map((node) => text(node)).join(' ').replace(/…$/, '');
        expect(mark.getAttribute('aria-label')!.startsWith(drawn), drawn).to.equal(true);
        expect(mark.nextElementSibling!.matches('.mark-words[aria-hidden="true"]')).to.equal(true);
      }
    });

    it('has every tier, its years, pay and summary in a table', async () => {
      const el = await settled(await mount('career-tiers', 340));
      const table = shadow(el).querySelector('[part="table"]')!;
      expect(text(table.querySelector('caption'))).to.equal('Career tiers: Salaries per year, United States (USD)');
      expect([...table.querySelectorAll('thead th')].map((cell) => text(cell))).to.deep.equal(['Tier', 'Years of experience', 'Salary', 'What the work is']);
      const rows = [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => text(cell)));
      expect(rows.map((row) => row.slice(0, 3))).to.deep.equal([
        ['Junior Operations Engineer', '0 to 2 years', 'Entry-Level · $79,000'],
        ['Operations Engineer', '2 to 5 years', 'Mid-Level · $100,000'],
        ['Senior Operations Engineer', '5 to 8 years', 'Senior-Level · $121,000'],
        [LEAD, '8+ years', ''],
      ]);
      expect(rows.map((row) => row[3])).to.deep.equal(sampleGuide().tiers!.map((tier) => tier.summary));
    });

    it('keeps the hidden table from widening the page', async () => {
      const el = await settled(await mount('career-tiers', 340));
      expect(shadow(el).querySelector('[part="table"]')!.parentElement!.getBoundingClientRect().width).to.be.at.most(1);
      expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    });

    it('tells the open-ended tier apart by shape and words, not color alone', async () => {
      const el = await settled(await mount('career-tiers', 720));
      const lead = marks(el)[3]!;
      expect(lead.classList.contains('is-open')).to.equal(true);
      expect(lead.querySelector('.bar')!.getAttribute('d')).to.match(/l12,12l-12,12h/);
      expect(text(lead.nextElementSibling!.querySelector('[class^="tier-years"]'))).to.equal('8+ years');
    });
  });

  describe('size and language', () => {
    it('draws rows when wide and a top-to-bottom timeline when narrow, following its container', async () => {
      const el = await settled(await mount('career-tiers', 720));
      const svg = () => shadow(el).querySelector('svg')!;
      expect(svg().getAttribute('width')).to.equal('720');
      expect(svg().classList.contains('horizontal')).to.equal(true);
      const [first, second] = marks(el).map((mark) => mark.querySelector('.bar')!.getBoundingClientRect());
      expect(second!.left).to.be.greaterThan(first!.left);
      el.parentElement!.style.width = '340px';
      await frames();
      await el.updateComplete;
      expect(svg().getAttribute('width')).to.equal('340');
      expect(svg().classList.contains('vertical')).to.equal(true);
      const bars = marks(el).map((mark) => mark.querySelector('.bar')!.getBoundingClientRect());
      expect(bars[1]!.top).to.be.greaterThan(bars[0]!.bottom);
      expect(bars[1]!.left).to.equal(bars[0]!.left);
      expect(bars[0]!.height).to.be.greaterThan(bars[0]!.width);
      expect(text(shadow(el).querySelector('.mark-words .tier-meta'))).to.equal('0–2 years · Entry-Level · $79,000');
    });

    it('fits inside a 320px column without overflowing', async () => {
      const el = await settled(await mount('career-tiers', 320));
      const box = el.getBoundingClientRect();
      for (const node of shadow(el).querySelectorAll('svg text')) {
        const rect = node.getBoundingClientRect();
        expect(rect.right).to.be.at.most(box.right + 0.5);
        // A glyph's side bearing may reach a pixel past its anchor.
        expect(rect.left).to.be.at.least(box.left - 1.5);
      }
    });

    it('speaks the locale attribute', async () => {
      const el = await settled(await mount('career-tiers', 720, (e) => ((e.data = sampleGuide()), (e.locale = 'de-DE'))));
      const years = [...shadow(el).querySelectorAll('[class^="tier-years"]')].map((node) => text(node));
      expect(years).to.deep.equal(['0–2 Jahre', '2–5 Jahre', '5–8 Jahre', '8+ Jahre']);
      expect(text(shadow(el).querySelector('.tier-salary'))).to.equal('Entry-Level · 79.000\u00a0$');
    });

    it('switches palettes with the theme attribute', async () => {
      const el = await settled(await mount('career-tiers', 720));
      const bar = () => getComputedStyle(marks(el)[0]!.querySelector('.bar')!).fill;
      const light = bar();
      el.theme = 'dark';
      await el.updateComplete;
      expect(bar()).not.to.equal(light);
      expect(el.getAttribute('theme')).to.equal('dark');
    });
  });
});

describe('<career-tiers> right to left', () => {
  const inDirection = (width: number, dir: 'ltr' | 'rtl') => drawnIn<CareerTiers>('career-tiers', sampleGuide(), width, dir);

  for (const width of [720, 360]) {
    it(`mirrors the chart under a dir="rtl" ancestor at ${width}px: every text mirrored, nothing clipped`, async () => {
      const [ltr, rtl] = [await inDirection(width, 'ltr'), await inDirection(width, 'rtl')];
      expect(svgTexts(shadow(rtl))).to.deep.equal(svgTexts(shadow(ltr)).map((t) => reflected(t, width)));
      const bar = (el: Element) => shadow(el).querySelector('.mark .bar')!.getBoundingClientRect();
      const frame = (el: Element) => shadow(el).querySelector('svg')!.getBoundingClientRect();
      expect(frame(rtl).right - bar(rtl).right).to.be.closeTo(bar(ltr).left - frame(ltr).left, 0.5);
      expect(overflowingTexts(shadow(rtl))).to.deep.equal([]);
    });
  }

  it('moves with the arrows in the visual direction: left is next', async () => {
    const el = await inDirection(720, 'rtl');
    marks(el)[0]!.focus();
    press(marks(el)[0]!, 'ArrowLeft');
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(marks(el)[1]);
  });
});
