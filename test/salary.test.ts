import { expect, fixture, html } from '@open-wc/testing';
import '../src/salary/salary.js';
import type { CareerSalary } from '../src/salary/salary.js';
import type { CareerErrorEvent, CareerLoadEvent, CareerSelectEvent } from '../src/element/events.js';
import { clearGuideCache } from '../src/data/load.js';
import { salaryPlaceholderHeight } from '../src/salary/salary.layout.js';
import { SAMPLE_URL, salaryOnlyGuide, sampleGuide } from './support/guides.js';
import { container, frames, nextEvent, settled, shadow, text, uniqueKey } from './support/dom.js';

async function salaryIn(width: number, setup: (el: CareerSalary) => void = (el) => (el.data = sampleGuide())): Promise<CareerSalary> {
  const box = await container(width);
  const el = document.createElement('career-salary');
  setup(el);
  box.append(el);
  return el;
}

const marks = (el: CareerSalary) => [...shadow(el).querySelectorAll<SVGGElement>('.mark')];
const valueTexts = (el: CareerSalary) => [...shadow(el).querySelectorAll('.mark .value')].map((node) => text(node));

afterEach(() => clearGuideCache());

describe('<career-salary>', () => {
  describe('data sources', () => {
    it('renders from the data property', async () => {
      const el = await settled(await salaryIn(720));
      expect(marks(el)).to.have.length(5);
      expect(valueTexts(el)).to.deep.equal(['$70,000–$130,000', '$79,000', '$100,000', '$121,000', '$130,000+']);
      expect(el.state).to.deep.include({ status: 'ready', source: 'data' });
    });

    it('renders from JSON text given as data', async () => {
      const el = await settled(await salaryIn(720, (e) => (e.data = JSON.stringify(salaryOnlyGuide()))));
      expect(marks(el)).to.have.length(5);
    });

    it('renders from the src attribute and reports the URL', async () => {
      let loaded!: Promise<CareerLoadEvent>;
      const el = await salaryIn(720, (e) => {
        e.src = SAMPLE_URL;
        loaded = nextEvent<CareerLoadEvent>(e, 'career-load');
      });
      expect((await loaded).detail.source).to.equal('src');
      expect((await loaded).detail.url).to.equal(new URL(SAMPLE_URL, location.href).href);
      await settled(el);
      expect(marks(el)).to.have.length(5);
    });

    it('renders from an inline JSON script child', async () => {
      const json = JSON.stringify(salaryOnlyGuide());
      const el = await fixture<CareerSalary>(html`<career-salary><script type="application/json">${json}</script></career-salary>`);
      await settled(el);
      expect(el.state).to.deep.include({ status: 'ready', source: 'inline' });
      expect(marks(el)).to.have.length(5);
    });

    it('follows changes to the inline JSON', async () => {
      const guide = salaryOnlyGuide();
      const el = await fixture<CareerSalary>(html`<career-salary><script type="application/json">${JSON.stringify(guide)}</script></career-salary>`);
      await settled(el);
      guide.salary!.levels = guide.salary!.levels!.slice(0, 1);
      el.querySelector('script')!.textContent = JSON.stringify(guide);
      await nextEvent(el, 'career-load');
      await settled(el);
      expect(marks(el)).to.have.length(3);
    });

    it('prefers data over src, and src over inline JSON', async () => {
      const key = uniqueKey();
      const inline = salaryOnlyGuide();
      inline.salary!.levels = [];
      const el = await fixture<CareerSalary>(
        html`<career-salary src="/faults/guide/${key}"><script type="application/json">${JSON.stringify(inline)}</script></career-salary>`,
      );
      await settled(el);
      expect(el.state).to.deep.include({ source: 'src' });
      expect(marks(el)).to.have.length(5);
      el.data = { schemaVersion: 1, salary: { ...salaryOnlyGuide().salary!, levels: undefined } };
      await settled(el);
      expect(el.state).to.deep.include({ source: 'data' });
      expect(marks(el)).to.have.length(2);
    });

    it('does not request src while data is set', async () => {
      const key = uniqueKey();
      const el = await salaryIn(720, (e) => {
        e.data = sampleGuide();
        e.src = `/faults/guide/${key}`;
      });
      await settled(el);
      const { hits } = await (await fetch(`/faults/hits/${key}`)).json();
      expect(hits).to.equal(0);
    });
  });

  describe('states', () => {
    it('reserves the final size while loading, so nothing jumps', async () => {
      const el = await salaryIn(720, (e) => (e.src = `/faults/slow/${uniqueKey()}?ms=800`));
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await el.updateComplete;
      const placeholder = shadow(el).querySelector('[part="placeholder"]')!;
      expect(placeholder.getAttribute('aria-busy')).to.equal('true');
      expect(text(shadow(el).querySelector('[role="status"]'))).to.equal('Loading the career guide…');
      expect(shadow(el).querySelector<HTMLElement>('.skeleton-chart')!.offsetHeight).to.equal(salaryPlaceholderHeight(720));
      const loadingHeight = el.getBoundingClientRect().height;
      await settled(el);
      expect(shadow(el).querySelector('svg')!.getBoundingClientRect().height).to.equal(salaryPlaceholderHeight(720));
      expect(el.getBoundingClientRect().height).to.equal(loadingHeight);
    });

    it('says so when the guide has no salary', async () => {
      const el = await settled(await salaryIn(720, (e) => (e.data = { schemaVersion: 1, title: 'Baker' })));
      expect(text(shadow(el).querySelector('[part="empty"]'))).to.equal('This guide has no salary figures.');
      expect(shadow(el).querySelector('svg')).to.equal(null);
    });

    it('shows invalid data as an alert with the path of the problem', async () => {
      const guide = sampleGuide();
      (guide.salary!.levels![1] as { amount: unknown }).amount = '100k';
      let errored!: Promise<CareerErrorEvent>;
      const el = await salaryIn(720, (e) => {
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
      const el = await settled(await salaryIn(720, (e) => (e.data = guide)), 'error');
      const items = shadow(el).querySelectorAll('[role="alert"] li');
      expect(items).to.have.length(6);
      expect(text(items[5])).to.match(/^and \d+ more$/);
    });

    it('refuses a newer schemaVersion with a clear message', async () => {
      const el = await settled(await salaryIn(720, (e) => (e.data = { ...sampleGuide(), schemaVersion: 3 })), 'error');
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
    it('fires career-load once, bubbling and composed', async () => {
      const seen: CareerLoadEvent[] = [];
      const listener = (event: Event) => seen.push(event as CareerLoadEvent);
      document.addEventListener('career-load', listener);
      try {
        const el = await settled(await salaryIn(720));
        el.requestUpdate();
        await el.updateComplete;
        expect(seen).to.have.length(1);
        expect(seen[0]!.bubbles && seen[0]!.composed).to.equal(true);
        expect(seen[0]!.detail).to.deep.include({ source: 'data', empty: false });
        expect(seen[0]!.detail.guide.title).to.equal('Operations Engineer');
      } finally {
        document.removeEventListener('career-load', listener);
      }
    });

    it('fires career-select on click and on Enter with the mark', async () => {
      const el = await settled(await salaryIn(720));
      const clicked = nextEvent<CareerSelectEvent>(el, 'career-select');
      marks(el)[1]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      expect((await clicked).detail).to.deep.equal({ kind: 'salary', id: 'entry', label: 'Entry-Level', value: 79000 });
      const pressed = nextEvent<CareerSelectEvent>(el, 'career-select');
      marks(el)[3]!.focus();
      marks(el)[3]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      const event = await pressed;
      expect(event.detail).to.deep.include({ id: 'senior', value: 121000 });
      expect(event.bubbles && event.composed).to.equal(true);
    });
  });

  describe('keyboard', () => {
    const press = (target: Element, key: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
    const focusedIndex = (el: CareerSalary) => marks(el).indexOf(shadow(el).activeElement as SVGGElement);

    it('has one tab stop and moves between bars with arrows, Home and End', async () => {
      const el = await settled(await salaryIn(720));
      expect(marks(el).filter((mark) => mark.getAttribute('tabindex') === '0')).to.have.length(1);
      marks(el)[0]!.focus();
      press(shadow(el).activeElement!, 'ArrowDown');
      await el.updateComplete;
      expect(focusedIndex(el)).to.equal(1);
      press(shadow(el).activeElement!, 'End');
      await el.updateComplete;
      expect(focusedIndex(el)).to.equal(4);
      press(shadow(el).activeElement!, 'ArrowDown');
      await el.updateComplete;
      expect(focusedIndex(el)).to.equal(4);
      press(shadow(el).activeElement!, 'Home');
      await el.updateComplete;
      expect(focusedIndex(el)).to.equal(0);
      expect(marks(el).map((mark) => mark.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1', '-1', '-1']);
    });

    it('shows the exact value of the focused bar, and a visible focus ring', async () => {
      const el = await settled(await salaryIn(320));
      expect(valueTexts(el)[1]).to.equal('$79K');
      marks(el)[1]!.focus();
      await el.updateComplete;
      expect(text(shadow(el).querySelector('.readout'))).to.equal('Entry-Level: $79,000 per year');
      const ring = marks(el)[1]!.querySelector('.focus-ring')!;
      // Programmatic focus after no pointer use counts as keyboard focus: the ring shows.
      expect(getComputedStyle(ring).visibility).to.equal('visible');
      expect(getComputedStyle(marks(el)[2]!.querySelector('.focus-ring')!).visibility).to.equal('hidden');
    });
  });

  describe('accessibility', () => {
    it('names the chart and describes it with a summary from the data', async () => {
      const el = await settled(await salaryIn(720));
      const svg = shadow(el).querySelector('svg')!;
      const title = shadow(el).getElementById(svg.getAttribute('aria-labelledby')!);
      expect(text(title)).to.equal('Annual salary');
      const summary = text(shadow(el).getElementById(svg.getAttribute('aria-describedby')!));
      expect(summary).to.contain('typical range $70,000 to $130,000, median $100,000');
      expect(summary).to.contain('Senior-Level $121,000');
    });

    it('gives every bar an accessible name with its exact value', async () => {
      const el = await settled(await salaryIn(320));
      expect(marks(el).map((mark) => mark.getAttribute('aria-label'))).to.deep.equal([
        'Range, typical range: $70,000–$130,000 per year; Median: $100,000 per year',
        'Entry-Level: $79,000 per year',
        'Mid-Level: $100,000 per year',
        'Senior-Level: $121,000 per year',
        'Top 10%: from $130,000 per year',
      ]);
    });

    it('has every exact figure in a table', async () => {
      const el = await settled(await salaryIn(320));
      const rows = [...shadow(el).querySelectorAll('table tbody tr')].map((row) => [...row.children].map((cell) => text(cell)));
      expect(rows).to.deep.equal([
        ['Range (typical range)', '$70,000–$130,000'],
        ['Median', '$100,000'],
        ['Entry-Level', '$79,000'],
        ['Mid-Level', '$100,000'],
        ['Senior-Level', '$121,000'],
        ['Top 10%', 'from $130,000'],
      ]);
    });

    it('tells the top earners apart by shape and words, not color alone', async () => {
      const el = await settled(await salaryIn(720));
      const top = marks(el)[4]!;
      expect(text(top.querySelector('.label'))).to.equal('Top 10%');
      expect(top.querySelector('.bar')!.getAttribute('d')).to.match(/l8,9l-8,9h/);
    });

    const states: [string, (el: CareerSalary) => void, CareerSalary['state']['status'], number][] = [
      ['ready, wide', (e) => (e.data = sampleGuide()), 'ready', 720],
      ['ready, narrow', (e) => (e.data = sampleGuide()), 'ready', 300],
      ['ready, dark', (e) => ((e.data = sampleGuide()), (e.theme = 'dark')), 'ready', 720],
      ['loading', (e) => (e.src = `/faults/never/${uniqueKey()}`), 'loading', 720],
      ['empty', (e) => (e.data = { schemaVersion: 1 }), 'ready', 720],
      ['invalid data', (e) => (e.data = { schemaVersion: 1, salary: { currency: 5 } }), 'error', 720],
      ['network error with retry', (e) => (e.src = `/faults/status/503`), 'error', 720],
    ];
    for (const [name, setup, status, width] of states) {
      it(`is axe-clean: ${name}`, async () => {
        const el = await settled(await salaryIn(width, setup), status);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('size and language', () => {
    it('follows its container, not the window', async () => {
      const el = await settled(await salaryIn(720));
      expect(shadow(el).querySelector('svg')!.getAttribute('width')).to.equal('720');
      el.parentElement!.style.width = '360px';
      await frames();
      await el.updateComplete;
      expect(shadow(el).querySelector('svg')!.getAttribute('width')).to.equal('360');
      expect(valueTexts(el)[1]).to.equal('$79K');
    });

    it('speaks the locale attribute', async () => {
      const el = await settled(await salaryIn(720, (e) => ((e.data = sampleGuide()), (e.locale = 'de-DE'))));
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
      const el = await settled(await salaryIn(720));
      const bar = () => getComputedStyle(marks(el)[1]!.querySelector('.bar')!).fill;
      const light = bar();
      el.theme = 'dark';
      await el.updateComplete;
      expect(bar()).not.to.equal(light);
      expect(el.getAttribute('theme')).to.equal('dark');
    });
  });
});
