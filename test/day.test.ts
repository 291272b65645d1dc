import { expect } from '@open-wc/testing';
import '../src/day/day.js';
import type { CareerDay } from '../src/day/day.js';
import type { CareerErrorEvent, CareerSelectEvent } from '../src/element/events.js';
import { clearGuideCache } from '../src/data/load.js';
import { sampleGuide } from './support/guides.js';
import { hover, drawnIn, frames, nextEvent, overflowingTexts, press, settled, shadow, svgTexts, text, mount } from './support/dom.js';
import { reflected } from './support/reflect.js';
import { computeAccessibleName } from 'dom-accessibility-api';


const marks = (el: CareerDay) => [...shadow(el).querySelectorAll<SVGGElement>('.mark')];
const tickLabels = (el: CareerDay) => [...shadow(el).querySelectorAll('.axis text')].map((node) => text(node));
const tasks = (el: CareerDay) => [...shadow(el).querySelectorAll<HTMLLIElement>('[part="tasks"] li')];
const allTasks = () => sampleGuide().day!.blocks.flatMap((block) => block.tasks ?? []);

afterEach(() => clearGuideCache());

describe('<career-day>', () => {
  describe('states', () => {
    it('says so when the guide has no day in the life', async () => {
      const el = await settled(await mount('career-day', 720, (e) => (e.data = { schemaVersion: 1, title: 'Baker' })));
      expect(text(shadow(el).querySelector('[part="empty"]'))).to.equal('This guide has no day in the life.');
      expect(shadow(el).querySelector('svg')).to.equal(null);
    });

    it('treats a day without blocks as no day', async () => {
      const el = await settled(await mount('career-day', 720, (e) => (e.data = { schemaVersion: 1, day: { blocks: [] } })));
      expect(text(shadow(el).querySelector('[part="empty"]'))).to.equal('This guide has no day in the life.');
    });

    it('shows invalid data as an alert with the path of the problem', async () => {
      const guide = sampleGuide();
      guide.day!.blocks[1]!.start = '12pm';
      let errored!: Promise<CareerErrorEvent>;
      const el = await mount('career-day', 720, (e) => {
        e.data = guide;
        errored = nextEvent<CareerErrorEvent>(e, 'career-error');
      });
      const error = await errored;
      await settled(el, 'error');
      expect(text(shadow(el).querySelector('[role="alert"]'))).to.contain('day.blocks[1].start');
      expect(text(shadow(el).querySelector('[role="alert"]'))).to.contain('expected a 24-hour time as HH:MM');
      expect(error.detail).to.deep.include({ kind: 'invalid-data', retryable: false });
    });

    it('refuses a block that ends before it starts', async () => {
      const guide = sampleGuide();
      guide.day!.blocks[0]!.end = '08:00';
      const el = await settled(await mount('career-day', 720, (e) => (e.data = guide)), 'error');
      expect(text(shadow(el).querySelector('[role="alert"]'))).to.contain('day.blocks[0].end');
    });
  });

  describe('events', () => {
    it('fires career-select on click and on Enter with the block and its start in minutes', async () => {
      const el = await settled(await mount('career-day', 720));
      const clicked = nextEvent<CareerSelectEvent>(el, 'career-select');
      marks(el)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      expect((await clicked).detail).to.deep.equal({ kind: 'day', id: '0', label: 'Morning', value: 540 });
      const pressed = nextEvent<CareerSelectEvent>(el, 'career-select');
      marks(el)[2]!.focus();
      press(marks(el)[2]!, 'Enter');
      const event = await pressed;
      expect(event.detail).to.deep.equal({ kind: 'day', id: '2', label: 'Evening', value: 900 });
      expect(event.bubbles && event.composed).to.equal(true);
    });
  });

  describe('keyboard and pointer', () => {

    it('shows the focused block in the readout, its tasks marked, and a visible focus ring; the selected one stays so', async () => {
      const el = await settled(await mount('career-day', 720));
      expect(text(shadow(el).querySelector('.readout'))).to.equal('Hover or use arrow keys for details');
      marks(el)[1]!.focus();
      await el.updateComplete;
      expect(text(shadow(el).querySelector('.readout'))).to.equal('Afternoon · 12:00 PM–3:00 PM · Automation & Deployment');
      const columns = [...shadow(el).querySelectorAll('.task-column')];
      expect(columns.map((column) => column.classList.contains('is-showing'))).to.deep.equal([false, true, false]);
      expect(getComputedStyle(marks(el)[1]!.querySelector('.focus-ring')!).visibility).to.equal('visible');
      expect(getComputedStyle(marks(el)[0]!.querySelector('.focus-ring')!).visibility).to.equal('hidden');
      press(marks(el)[1]!, 'Escape');
      await el.updateComplete;
      expect(text(shadow(el).querySelector('.readout'))).to.equal('Hover or use arrow keys for details');
      // Selected, a block keeps its tasks marked and its hours in the readout once focus has left.
      press(marks(el)[1]!, 'Enter');
      marks(el)[1]!.blur();
      await el.updateComplete;
      expect(marks(el).map((mark) => mark.getAttribute('aria-selected'))).to.deep.equal(['false', 'true', 'false']);
      expect(getComputedStyle(marks(el)[1]!.querySelector('.selection-ring')!).visibility).to.equal('visible');
      expect(columns.map((column) => column.classList.contains('is-showing'))).to.deep.equal([false, true, false]);
      expect(text(shadow(el).querySelector('.readout'))).to.equal('Afternoon · 12:00 PM–3:00 PM · Automation & Deployment');
    });

    it('shows a hovered block without moving anything', async () => {
      const el = await settled(await mount('career-day', 340));
      const before = el.getBoundingClientRect().height;
      await hover(marks(el)[0]!.querySelector('.bar')!);
      await el.updateComplete;
      expect(marks(el)[0]!.classList.contains('is-showing')).to.equal(true);
      expect(shadow(el).querySelector('.task-group')!.classList.contains('is-showing')).to.equal(true);
      expect(text(shadow(el).querySelector('.readout'))).to.equal('Morning · 9:00 AM–12:00 PM · System Monitoring & Incident Review');
      // The readout now wraps onto the lines kept for it: the same height, but for the browser's
      // rounding of lines of 1.4em to 1/64px.
      expect(el.getBoundingClientRect().height).to.be.closeTo(before, 0.1);
    });
  });

  describe('accessibility', () => {
    it('is a listbox of its blocks, named by the caption and described by the keys, after a summary of the day', async () => {
      const el = await settled(await mount('career-day', 720));
      const svg = shadow(el).querySelector('svg')!;
      expect(svg.getAttribute('role')).to.equal('listbox');
      expect(text(shadow(el).getElementById(svg.getAttribute('aria-labelledby')!))).to.equal('A day in the life');
      expect(text(shadow(el).getElementById(svg.getAttribute('aria-describedby')!))).to.equal('Use the arrow keys to move from one item to the next, Enter to select one.');
      expect(text(shadow(el).querySelector('#summary'))).to.equal('A typical day of 9 hours in 3 blocks.');
    });

    it('gives every block a name with its hours and focus, starting with its label; its tasks are read once, as lists', async () => {
      const el = await settled(await mount('career-day', 720));
      expect(marks(el).map((mark) => mark.getAttribute('role'))).to.deep.equal(['option', 'option', 'option']);
      expect(marks(el).map((mark) => mark.getAttribute('aria-label'))).to.deep.equal([
        'Morning, 9:00 AM to 12:00 PM: System Monitoring & Incident Review',
        'Afternoon, 12:00 PM to 3:00 PM: Automation & Deployment',
        'Evening, 3:00 PM to 6:00 PM: Collaboration & Strategic Planning',
      ]);
      for (const mark of marks(el)) {
        // The option holds the label drawn, which starts its name (WCAG 2.5.3); hours and focus drawn are for the eyes, beside it.
        expect([...mark.querySelectorAll('text')].map((node) => node.getAttribute('class'))).to.deep.equal(['day-label']);
        expect(mark.getAttribute('aria-label')!.startsWith(text(mark.querySelector('.day-label')))).to.equal(true);
        expect(mark.hasAttribute('aria-describedby'), 'the tasks are on screen, not a description too').to.equal(false);
      }
    });

    for (const width of [720, 340]) {
      it(`shows every task, in named lists (${width}px)`, async () => {
        const el = await settled(await mount('career-day', width));
        expect(tasks(el).map((item) => text(item))).to.deep.equal(allTasks());
        for (const item of tasks(el)) {
          const box = item.getBoundingClientRect();
          expect(box.width * box.height).to.be.greaterThan(0);
          expect(getComputedStyle(item).visibility).to.equal('visible');
        }
        // Narrow, the headings show the hours too, for the eyes: the blocks' names say them.
        const names = [...shadow(el).querySelectorAll('[part="tasks"] ul')].map((list) => computeAccessibleName(list));
        expect(names).to.deep.equal(width < 520 ? ['Morning', 'Afternoon', 'Evening'] : ['Morning: tasks', 'Afternoon: tasks', 'Evening: tasks']);
      });
    }

    it('has every block, its hours, focus and tasks in a table', async () => {
      const el = await settled(await mount('career-day', 720));
      const table = shadow(el).querySelector('[part="table"]')!;
      expect(text(table.querySelector('caption'))).to.equal('A typical day');
      const rows = [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => text(cell)));
      expect(rows.map((row) => row.slice(0, 3))).to.deep.equal([
        ['Morning', '9:00 AM to 12:00 PM', 'System Monitoring & Incident Review'],
        ['Afternoon', '12:00 PM to 3:00 PM', 'Automation & Deployment'],
        ['Evening', '3:00 PM to 6:00 PM', 'Collaboration & Strategic Planning'],
      ]);
      expect(rows.map((row) => row[3])).to.deep.equal(sampleGuide().day!.blocks.map((block) => block.tasks!.join(' ')));
      expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    });
  });

  describe('size and language', () => {
    it('draws a schedule when wide and an agenda when narrow, following its container', async () => {
      const el = await settled(await mount('career-day', 720));
      const svg = () => shadow(el).querySelector('svg')!;
      expect(svg().classList.contains('horizontal')).to.equal(true);
      const bars = () => marks(el).map((mark) => mark.querySelector('.bar')!.getBoundingClientRect());
      expect(bars()[1]!.left).to.be.greaterThan(bars()[0]!.right);
      expect(Math.abs(bars()[1]!.top - bars()[0]!.top)).to.be.below(0.5);
      // Each task column hangs from its bar.
      const columns = [...shadow(el).querySelectorAll('.task-column')].map((column) => column.getBoundingClientRect());
      columns.forEach((column, index) => {
        expect(column.left).to.be.closeTo(bars()[index]!.left, 1);
        expect(column.width).to.be.closeTo(bars()[index]!.width, 1);
        expect(column.top).to.be.greaterThan(bars()[index]!.bottom);
      });
      el.parentElement!.style.width = '340px';
      await frames();
      await el.updateComplete;
      expect(svg().getAttribute('width')).to.equal('340');
      expect(svg().classList.contains('vertical')).to.equal(true);
      expect(bars()[1]!.top).to.be.greaterThan(bars()[0]!.bottom);
      expect(bars()[0]!.height).to.be.greaterThan(bars()[0]!.width);
      expect(shadow(el).querySelectorAll('.task-group')).to.have.length(3);
    });

    it('fits inside a 320px column without overflowing', async () => {
      const el = await settled(await mount('career-day', 320));
      const box = el.getBoundingClientRect();
      for (const node of shadow(el).querySelectorAll('svg text, li')) {
        const rect = node.getBoundingClientRect();
        expect(rect.right).to.be.at.most(box.right + 0.5);
        // A glyph's side bearing may reach a pixel past its anchor.
        expect(rect.left).to.be.at.least(box.left - 1.5);
      }
    });

    it('reads the clock of the locale attribute: 9 AM in American English, 09:00 in German', async () => {
      const american = await settled(await mount('career-day', 720, (e) => ((e.data = sampleGuide()), (e.locale = 'en-US'))));
      expect(tickLabels(american).slice(0, 4)).to.deep.equal(['9 AM', '10 AM', '11 AM', '12 PM']);
      const german = await settled(await mount('career-day', 720, (e) => ((e.data = sampleGuide()), (e.locale = 'de-DE'))));
      expect(tickLabels(german).slice(0, 4)).to.deep.equal(['09:00', '10:00', '11:00', '12:00']);
      expect(text(marks(german)[1]!.nextElementSibling!.querySelector('.day-time'))).to.equal('12:00–15:00');
      expect(text(shadow(german).querySelector('#summary'))).to.equal('Ein typischer Arbeitstag von 9 Stunden in 3 Zeitblöcken.');
    });

    it('switches palettes with the theme attribute', async () => {
      const el = await settled(await mount('career-day', 720));
      const bar = () => getComputedStyle(marks(el)[0]!.querySelector('.bar')!).fill;
      const light = bar();
      el.theme = 'dark';
      await el.updateComplete;
      expect(bar()).not.to.equal(light);
    });
  });
});

describe('<career-day> right to left', () => {
  const inDirection = (width: number, dir: 'ltr' | 'rtl') => drawnIn<CareerDay>('career-day', sampleGuide(), width, dir);

  for (const width of [1000, 360]) {
    it(`mirrors the chart under a dir="rtl" ancestor at ${width}px: every text mirrored, nothing clipped, tasks under their bars`, async () => {
      const [ltr, rtl] = [await inDirection(width, 'ltr'), await inDirection(width, 'rtl')];
      expect(svgTexts(shadow(rtl))).to.deep.equal(svgTexts(shadow(ltr)).map((t) => reflected(t, width)));
      expect(overflowingTexts(shadow(rtl))).to.deep.equal([]);
      if (width < 520) return;
      // The morning on the right, and each task column (HTML, mirrored by the page) under its bar.
      const bars = [...shadow(rtl).querySelectorAll('.mark .bar')].map((bar) => bar.getBoundingClientRect());
      expect(bars[0]!.left).to.be.greaterThan(bars[1]!.left);
      const columns = [...shadow(rtl).querySelectorAll('.task-column')].map((column) => column.getBoundingClientRect());
      columns.forEach((column, i) => expect(column.right).to.be.closeTo(bars[i]!.right + 1, 2));
    });
  }

  it('moves with the arrows in the visual direction: left is the next block', async () => {
    const el = await inDirection(1000, 'rtl');
    marks(el)[0]!.focus();
    press(marks(el)[0]!, 'ArrowLeft');
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(marks(el)[1]);
  });
});
