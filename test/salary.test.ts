import { expect, fixture, html } from '@open-wc/testing';
import '../src/salary/salary.js';
import type { CareerSalary } from '../src/salary/salary.js';
import type { CareerErrorEvent, CareerSelectEvent } from '../src/element/events.js';
import { clearGuideCache } from '../src/data/load.js';
import { sampleGuide } from './support/guides.js';
import { container, drawnIn, frames, nextEvent, overflowingTexts, press, settled, shadow, svgTexts, text, mount } from './support/dom.js';
import { reflected } from './support/reflect.js';

const marks = (el: CareerSalary) => [...shadow(el).querySelectorAll<SVGGElement>('.mark')];
const valueTexts = (el: CareerSalary) => [...shadow(el).querySelectorAll('.value')].map((node) => text(node));

afterEach(() => clearGuideCache());

describe('<career-salary>', () => {
  describe('states', () => {
    it('says so when the guide has no salary', async () => {
      const el = await settled(await mount('career-salary', 720, (e) => (e.data = { schemaVersion: 1, title: 'Baker' })));
      expect(text(shadow(el).querySelector('[part="empty"]'))).to.equal('This guide has no salary figures.');
      expect(shadow(el).querySelector('svg')).to.equal(null);
    });

    it('shows invalid data as an alert with the path of the problem', async () => {
      const guide = sampleGuide();
      (guide.salary!.levels![1] as { amount: unknown }).amount = '100k';
      let errored!: Promise<CareerErrorEvent>;
      const el = await mount('career-salary', 720, (e) => {
        e.data = guide;
        errored = nextEvent<CareerErrorEvent>(e, 'career-error');
      });
      const error = await errored;
      await settled(el, 'error');
      const alert = shadow(el).querySelector('[role="alert"]')!;
      expect(text(alert)).to.contain('salary.levels[1].amount: expected a number, got "100k"');
      expect(error.detail).to.deep.include({ kind: 'invalid-data', retryable: false });
      expect(error.detail.issues[0]).to.deep.equal({ path: 'salary.levels[1].amount', code: 'invalid_type', message: 'expected a number, got "100k"' });
      expect(shadow(el).querySelector('[part="retry"]')).to.equal(null);
    });

    it('lists several problems, bounded', async () => {
      const guide = sampleGuide();
      guide.salary!.levels = Array.from({ length: 30 }, (_, i) => ({ id: `l${i}`, label: 'L', amount: 'x' as unknown as number }));
      const el = await settled(await mount('career-salary', 720, (e) => (e.data = guide)), 'error');
      const items = shadow(el).querySelectorAll('[role="alert"] li');
      expect(items).to.have.length(6);
      expect(text(items[5])).to.match(/^and \d+ more$/);
    });

    it('refuses a newer schemaVersion with a clear message', async () => {
      const el = await settled(await mount('career-salary', 720, (e) => (e.data = { ...sampleGuide(), schemaVersion: 3 })), 'error');
      expect(text(shadow(el).querySelector('[role="alert"]'))).to.contain('schemaVersion: version 3 is newer than this version of career-widgets reads (1)');
      expect(el.state.status === 'error' && el.state.error.kind).to.equal('unsupported-version');
    });

    it('keeps the rest of the page working when one element fails', async () => {
      const box = await container(720);
      const bad = document.createElement('career-salary');
      bad.data = '{not json';
      const good = document.createElement('career-salary');
      good.data = sampleGuide();
      box.append(bad, good);
      await settled(bad, 'error');
      await settled(good);
      expect(marks(good)).to.have.length(5);
    });
  });

  describe('events', () => {
    it('fires career-select on click and on Enter with the mark it selects', async () => {
      const el = await settled(await mount('career-salary', 720));
      const clicked = nextEvent<CareerSelectEvent>(el, 'career-select');
      marks(el)[1]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      expect((await clicked).detail).to.deep.equal({ kind: 'salary', id: 'entry', label: 'Entry-Level', value: 79000 });
      const pressed = nextEvent<CareerSelectEvent>(el, 'career-select');
      marks(el)[3]!.focus();
      marks(el)[3]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      const event = await pressed;
      expect(event.detail).to.deep.include({ id: 'senior', value: 121000 });
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(marks(el).map((mark) => mark.getAttribute('aria-selected'))).to.deep.equal(['false', 'false', 'false', 'true', 'false']);
    });
  });

  describe('keyboard', () => {
    it('shows the exact value of the focused bar, and a visible focus ring', async () => {
      const el = await settled(await mount('career-salary', 320));
      expect(valueTexts(el)[1]).to.equal('$79K');
      marks(el)[1]!.focus();
      await el.updateComplete;
      expect(text(shadow(el).querySelector('.readout'))).to.equal('Entry-Level: $79,000 per year');
      const ring = marks(el)[1]!.querySelector('.focus-ring')!;
      // Programmatic focus after no pointer use counts as keyboard focus: the ring shows.
      expect(getComputedStyle(ring).visibility).to.equal('visible');
      expect(getComputedStyle(marks(el)[2]!.querySelector('.focus-ring')!).visibility).to.equal('hidden');
    });

    it('moves focus and the tab stop with an arrow key in one update, with no update scheduled after it', async () => {
      const el = await settled(await mount('career-salary', 720));
      marks(el)[0]!.focus();
      await el.updateComplete;
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
      let updates = 0;
      const count = () => (updates += 1);
      const probe = { hostUpdated: count };
      el.addController(probe);
      try {
        press(marks(el)[0]!, 'ArrowDown');
        await el.updateComplete;
        await frames();
      } finally {
        console.warn = warn;
        el.removeController(probe);
      }
      expect(updates, 'updates after one arrow key').to.equal(1);
      expect(shadow(el).activeElement?.getAttribute('data-mark') ?? 'nothing').to.equal('1');
      expect(marks(el).map((mark) => mark.tabIndex)).to.deep.equal([-1, 0, -1, -1, -1]);
      expect(warnings.filter((warning) => warning.includes('scheduled an update'))).to.deep.equal([]);
    });

    it('keeps the focus on the same bar when a new width redraws the chart', async () => {
      const el = await settled(await mount('career-salary', 720));
      const before = marks(el)[2]!;
      before.focus();
      await el.updateComplete;
      el.parentElement!.style.width = '400px';
      await new Promise((resolve) => setTimeout(resolve, 100));
      await el.updateComplete;
      // Lit redraws the same nodes with the new geometry, so focus never leaves the bar.
      // Compared as booleans and strings: chai's message for an SVG element takes minutes to write.
      expect(marks(el)[2]!.getAttribute('d') === null && marks(el)[2] === before, 'the bar is the same node').to.equal(true);
      expect(shadow(el).activeElement?.getAttribute('data-mark') ?? 'nothing').to.equal('2');
      expect(marks(el)[2]!.tabIndex).to.equal(0);
      expect(text(shadow(el).querySelector('.readout'))).to.equal('Mid-Level: $100,000 per year');
    });
  });

  describe('accessibility', () => {
    it('is a listbox of its bars, named by the caption and described by the keys, after a summary that names no amount', async () => {
      const el = await settled(await mount('career-salary', 720));
      const svg = shadow(el).querySelector('svg')!;
      expect(svg.getAttribute('role')).to.equal('listbox');
      expect(marks(el).map((mark) => mark.getAttribute('role'))).to.deep.equal(Array(5).fill('option'));
      const title = shadow(el).getElementById(svg.getAttribute('aria-labelledby')!);
      expect(text(title)).to.equal('Annual salary: Operations Engineer');
      expect(text(shadow(el).getElementById(svg.getAttribute('aria-describedby')!))).to.equal('Use the arrow keys to move from one item to the next, Enter to select one.');
      // Read in its place before the chart: what the bars show together, not their amounts again.
      const summary = text(shadow(el).querySelector('#summary'));
      expect(summary).to.equal('Salary per year in United States. Pay rises 53% from Entry-Level to Senior-Level. The median lies in the middle third of the range.');
      expect(summary).not.to.match(/\$\d/);
    });

    it('shows the source, its date and what the range and the open arrow mean, under the chart', async () => {
      const guide = sampleGuide();
      guide.salary = { ...guide.salary!, range: { ...guide.salary!.range, basis: 'p10-p90' }, source: { name: 'U.S. Bureau of Labor Statistics' }, asOf: '2024-05' };
      for (const width of [900, 320]) {
        const el = await settled(await mount('career-salary', width, (e) => (e.data = guide)));
        const notes = [...shadow(el).querySelectorAll('[part="notes"] p')];
        expect(notes.map((note) => text(note))).to.deep.equal([
          'Range: the middle 80% of pay, 10th to 90th percentile',
          'Top 10%: no upper limit, as the arrow shows',
          'Source: U.S. Bureau of Labor Statistics · as of May 2024',
        ]);
        for (const note of notes) expect(note.checkVisibility(), text(note)).to.equal(true);
        // The chart's accessible name is the caption on screen, which names the occupation.
        const caption = shadow(el).querySelector('.caption .title')!;
        expect(shadow(el).querySelector('svg')!.getAttribute('aria-labelledby')).to.equal(caption.id);
        expect(text(caption)).to.equal('Annual salary: Operations Engineer');
        el.remove();
      }
    });

    it('gives every bar an accessible name that starts with its label and says its exact value', async () => {
      const el = await settled(await mount('career-salary', 320));
      // The drawn amounts (compact when narrow) are for the eyes; the label starts the name (WCAG 2.5.3).
      for (const mark of marks(el)) {
        expect([...mark.querySelectorAll('text')].map((node) => node.getAttribute('class')), 'the option holds its label alone').to.deep.equal(['label']);
        expect(mark.getAttribute('aria-label')!.startsWith(text(mark.querySelector('.label')))).to.equal(true);
        expect(mark.nextElementSibling!.matches('.mark-words[aria-hidden="true"]')).to.equal(true);
      }
      expect(marks(el).map((mark) => mark.getAttribute('aria-label'))).to.deep.equal([
        'Range, typical range: $70,000 to $130,000 per year; Median: $100,000 per year',
        'Entry-Level: $79,000 per year',
        'Mid-Level: $100,000 per year',
        'Senior-Level: $121,000 per year',
        'Top 10%: from $130,000 per year',
      ]);
    });

    it('has every exact figure in a table', async () => {
      const el = await settled(await mount('career-salary', 320));
      const rows = [...shadow(el).querySelectorAll('table tbody tr')].map((row) => [...row.children].map((cell) => text(cell)));
      expect(rows).to.deep.equal([
        ['Range (typical range)', '$70,000 to $130,000'],
        ['Median', '$100,000'],
        ['Entry-Level', '$79,000'],
        ['Mid-Level', '$100,000'],
        ['Senior-Level', '$121,000'],
        ['Top 10%', 'from $130,000'],
      ]);
    });

    it('tells the top earners apart by shape and words, not color alone', async () => {
      const el = await settled(await mount('career-salary', 720));
      const top = marks(el)[4]!;
      expect(text(top.querySelector('.label'))).to.equal('Top 10%');
      expect(top.querySelector('.bar')!.getAttribute('d')).to.match(/l8,9l-8,9h/);
    });
  });

  describe('size and language', () => {
    it('follows its container, not the window', async () => {
      const el = await settled(await mount('career-salary', 720));
      expect(shadow(el).querySelector('svg')!.getAttribute('width')).to.equal('720');
      el.parentElement!.style.width = '360px';
      await frames();
      await el.updateComplete;
      expect(shadow(el).querySelector('svg')!.getAttribute('width')).to.equal('360');
      expect(valueTexts(el)[1]).to.equal('$79K');
    });

    it('lays out at its whole width rounded down, never wider than its box', async () => {
      const el = await settled(await mount('career-salary', 719.75));
      expect(shadow(el).querySelector('svg')!.getAttribute('width')).to.equal('719');
      el.parentElement!.style.width = '519.5px';
      await frames();
      await el.updateComplete;
      expect(shadow(el).querySelector('svg')!.getAttribute('width')).to.equal('519');
      expect(valueTexts(el)[1], 'narrow below 520px: compact amounts').to.equal('$79K');
    });

    it('speaks the locale attribute', async () => {
      const el = await settled(await mount('career-salary', 720, (e) => ((e.data = sampleGuide()), (e.locale = 'de-DE'))));
      expect(valueTexts(el)[1]).to.equal('79.000\u00a0$');
    });

    it('speaks the closest ancestor lang, across shadow roots', async () => {
      const host = await fixture<HTMLDivElement>(html`<div lang="fr"><div></div></div>`);
      const inner = host.firstElementChild!.attachShadow({ mode: 'open' });
      const box = document.createElement('div');
      box.style.width = '720px';
      inner.append(box);
      const el = document.createElement('career-salary');
      el.data = sampleGuide();
      box.append(el);
      await settled(el);
      expect(valueTexts(el)[1]).to.equal('79\u202f000\u00a0$US');
    });

    it('switches palettes with the theme attribute', async () => {
      const el = await settled(await mount('career-salary', 720));
      const bar = () => getComputedStyle(marks(el)[1]!.querySelector('.bar')!).fill;
      const light = bar();
      el.theme = 'dark';
      await el.updateComplete;
      expect(bar()).not.to.equal(light);
      expect(el.getAttribute('theme')).to.equal('dark');
    });
  });
});

describe('<career-salary> right to left', () => {
  const inDirection = (width: number, dir: 'ltr' | 'rtl') => drawnIn<CareerSalary>('career-salary', sampleGuide(), width, dir);

  for (const width of [720, 360]) {
    it(`mirrors the chart under a dir="rtl" ancestor at ${width}px: names on the right, bars growing leftwards, nothing clipped`, async () => {
      const [ltr, rtl] = [await inDirection(width, 'ltr'), await inDirection(width, 'rtl')];
      expect(svgTexts(shadow(rtl))).to.deep.equal(svgTexts(shadow(ltr)).map((t) => reflected(t, width)));
      const entry = (el: Element) => shadow(el).querySelector('.mark-level .bar')!.getBoundingClientRect();
      const frame = (el: Element) => shadow(el).querySelector('svg')!.getBoundingClientRect();
      expect(frame(rtl).right - entry(rtl).right).to.be.closeTo(entry(ltr).left - frame(ltr).left, 0.5);
      expect(overflowingTexts(shadow(rtl))).to.deep.equal([]);
    });
  }

  it('moves with the arrows in the visual direction: left is next', async () => {
    const el = await inDirection(720, 'rtl');
    const rows = marks(el);
    rows[0]!.focus();
    press(rows[0]!, 'ArrowLeft');
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(rows[1]);
    press(rows[1]!, 'ArrowRight');
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(rows[0]);
  });

  it('mirrors when it re-renders after the page turned right to left', async () => {
    const el = await inDirection(720, 'ltr');
    const label = () => shadow(el).querySelector('.mark .label')!;
    expect(label().getAttribute('text-anchor')).to.equal('start');
    el.parentElement!.dir = 'rtl';
    // A change of an ancestor's dir is not observed: the next render picks it up.
    el.requestUpdate();
    await el.updateComplete;
    expect(label().getAttribute('text-anchor')).to.equal('end');
    expect(label().getAttribute('x')).to.equal('720');
  });
});
