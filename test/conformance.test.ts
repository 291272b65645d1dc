/**
 * What every chart element promises, checked the same way for each: the three data sources and
 * their precedence, the `career-load` event, and axe in every state. Each element's own file
 * tests what is particular to it. The elements are those custom-elements.json declares, so a new
 * one fails here until its expectations are written below.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
// Static templates only to name the tag under test; every tag comes from custom-elements.json.
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/index.js';
import type { Guide } from '../src/contract/schema.js';
import type { GuideElement } from '../src/element/guide-element.js';
import type { CareerErrorEvent, CareerLoadEvent } from '../src/element/events.js';
import type { GuidePart } from '../src/contract/sections.js';
import { clearGuideCache } from '../src/data/load.js';
import { SAMPLE_URL, sampleGuide } from './support/guides.js';
import { CHART_SECTIONS, HEADER } from './support/sections.js';
import { frames, mount, nextEvent, press, settled, shadow, text, uniqueKey } from './support/dom.js';
import { faultHits } from './support/server.js';
import { manifestElements } from './support/manifest.js';
import { SPACE } from './support/engine.js';

/** What the suite expects of one chart element, for the sample guide. */
interface Expected {
  /** The sections its guide needs. */
  readonly sections: readonly (keyof Guide)[];
  /** What it draws for the sample, counted: marks for interactive charts (`[data-mark]`), tiles, meters or the gauge for the others. */
  readonly drawn: string;
  readonly count: number;
  /** Whether it has a table of exact figures behind a "show as table" button (the others show every figure as text). */
  readonly table: boolean;
}

/** The expectations for each chart element, by tag. */
const EXPECTED: Readonly<Record<string, Expected>> = {
  'career-salary': { sections: CHART_SECTIONS.salary!, drawn: '[data-mark]', count: 5, table: true },
  'career-tiers': { sections: CHART_SECTIONS.tiers!, drawn: '[data-mark]', count: 4, table: true },
  'career-skills': { sections: CHART_SECTIONS.skills!, drawn: '[data-mark]', count: 18, table: false },
  'career-demand': { sections: CHART_SECTIONS.demand!, drawn: '[part="gauge"]', count: 1, table: false },
  'career-facts': { sections: CHART_SECTIONS.facts!, drawn: '[part="tile"]', count: 4, table: false },
  'career-day': { sections: CHART_SECTIONS.day!, drawn: '[data-mark]', count: 3, table: true },
  'career-balance': { sections: CHART_SECTIONS.balance!, drawn: '[role="meter"]', count: 2, table: false },
};

/** Elements of the manifest that this suite leaves to their own file, each with the reason. */
const ELSEWHERE: Readonly<Record<string, string>> = {
  'career-guide': 'it holds the charts checked here, whose own events bubble out of it; test/guide.test.ts checks it whole',
};

/** One element under test: its tag and what is expected of it. */
interface Spec extends Expected {
  readonly tag: string;
}

/** Every element custom-elements.json declares, in the manifest's order. */
const TAGS = manifestElements.map((element) => element.tagName);

/** The elements checked here: those with expectations (the last test fails for any other not in ELSEWHERE). */
const SPECS: readonly Spec[] = TAGS.flatMap((tag) => (EXPECTED[tag] ? [{ tag, ...EXPECTED[tag] }] : []));

/** The sample with every section but `sections` malformed (a number where an object, list or text belongs). */
function othersMalformed(sections: readonly (keyof Guide)[]): Record<string, unknown> {
  const kept = new Set<string>([...HEADER, ...sections]);
  return Object.fromEntries(Object.entries(sampleGuide()).map(([key, value]) => [key, kept.has(key) ? value : 42]));
}

/** The sample with only `sections`. */
function only(sections: readonly (keyof Guide)[]): Guide {
  const sample = sampleGuide();
  return Object.fromEntries([['schemaVersion', 1], ...sections.map((key) => [key, sample[key]])]) as Guide;
}

const drawn = (spec: Spec, el: GuideElement) => shadow(el).querySelectorAll(spec.drawn).length;

afterEach(() => clearGuideCache());

for (const spec of SPECS) {
  const tag = unsafeStatic(spec.tag);

  describe(`<${spec.tag}> conformance`, () => {
    describe('loading', () => {
      // One place for every element: test/reserved-space.test.ts compares the reserved heights
      // with the drawn ones at ten widths; here, what a reader meets while a guide loads.
      for (const width of [720, 340]) {
        it(`reserves the final size while loading, busy and announced, so nothing jumps (${width}px)`, async () => {
          const el = await mount(spec.tag, width, (e) => (e.src = `/faults/slow/${uniqueKey()}?ms=800`));
          await el.updateComplete;
          await frames();
          await el.updateComplete;
          expect(shadow(el).querySelector('[part="placeholder"]')?.getAttribute('aria-busy')).to.equal('true');
          expect(text(shadow(el).querySelector('[role="status"]'))).to.equal('Loading the career guide…');
          const loadingHeight = el.getBoundingClientRect().height;
          await settled(el);
          expect(drawn(spec, el)).to.equal(spec.count);
          expect(Math.abs(el.getBoundingClientRect().height - loadingHeight), `${spec.tag}: loading ${loadingHeight}px`).to.be.at.most(0.5);
        });
      }
    });

    describe('data sources', () => {
      it('renders from the data property', async () => {
        const el = await settled(await mount(spec.tag, 720, (e) => (e.data = sampleGuide())));
        expect(el.state).to.deep.include({ status: 'ready', source: 'data' });
        expect(drawn(spec, el)).to.equal(spec.count);
      });

      it('renders from JSON text given as data', async () => {
        const el = await settled(await mount(spec.tag, 720, (e) => (e.data = JSON.stringify(only(spec.sections)))));
        expect(drawn(spec, el)).to.equal(spec.count);
      });

      it('renders from the src attribute and reports it in career-load', async () => {
        let loaded!: Promise<CareerLoadEvent>;
        const el = await mount(spec.tag, 720, (e) => {
          e.src = SAMPLE_URL;
          loaded = nextEvent<CareerLoadEvent>(e, 'career-load');
        });
        const event = await loaded;
        expect(event.detail).to.deep.include({ source: 'src', url: new URL(SAMPLE_URL, location.href).href, empty: false });
        expect(event.bubbles && event.composed).to.equal(true);
        await settled(el);
        expect(drawn(spec, el)).to.equal(spec.count);
      });

      it('renders from an inline JSON script child', async () => {
        const json = JSON.stringify(only(spec.sections));
        const el = await fixture<GuideElement>(staticHtml`<${tag}><script type="application/json">${json}</script></${tag}>`);
        await settled(el);
        expect(el.state).to.deep.include({ status: 'ready', source: 'inline' });
        expect(drawn(spec, el)).to.equal(spec.count);
      });

      it('follows changes to the inline JSON', async () => {
        const json = JSON.stringify(only(spec.sections));
        const el = await fixture<GuideElement>(staticHtml`<${tag}><script type="application/json">${json}</script></${tag}>`);
        await settled(el);
        const changed = nextEvent<CareerLoadEvent>(el, 'career-load');
        el.querySelector('script')!.textContent = JSON.stringify({ schemaVersion: 1 });
        expect((await changed).detail).to.deep.include({ source: 'inline', empty: true });
        await settled(el);
        expect(shadow(el).querySelector('[part="empty"]')).to.exist;
      });

      it('prefers data over src, and src over inline JSON', async () => {
        const inline = JSON.stringify({ schemaVersion: 1 });
        const el = await fixture<GuideElement>(staticHtml`<${tag} src="/faults/guide/${uniqueKey()}"><script type="application/json">${inline}</script></${tag}>`);
        await settled(el);
        expect(el.state).to.deep.include({ status: 'ready', source: 'src' });
        el.data = only(spec.sections);
        await settled(el);
        expect(el.state).to.deep.include({ status: 'ready', source: 'data' });
      });

      it('does not request src while data is set', async () => {
        const key = uniqueKey();
        const el = await settled(
          await mount(spec.tag, 720, (e) => {
            e.data = sampleGuide();
            e.src = `/faults/guide/${key}`;
          }),
        );
        expect(el.state).to.deep.include({ source: 'data' });
        expect(await faultHits(key)).to.equal(0);
      });
    });

    describe('events and errors', () => {
      it('fires career-load once, bubbling and composed', async () => {
        const seen: CareerLoadEvent[] = [];
        const listener = (event: Event) => seen.push(event as CareerLoadEvent);
        document.addEventListener('career-load', listener);
        try {
          const el = await settled(await mount(spec.tag, 720, (e) => (e.data = sampleGuide())));
          el.requestUpdate();
          await el.updateComplete;
          expect(seen).to.have.length(1);
          expect(seen[0]!.bubbles && seen[0]!.composed).to.equal(true);
          expect(seen[0]!.detail).to.deep.include({ source: 'data', empty: false });
        } finally {
          document.removeEventListener('career-load', listener);
        }
      });

      it('shows a network error with its status and a retry button', async () => {
        const el = await settled(await mount(spec.tag, 720, (e) => (e.src = '/faults/status/503')), 'error');
        const alert = shadow(el).querySelector('[role="alert"]');
        expect(alert?.textContent).to.contain('HTTP 503');
        expect(shadow(el).querySelector('[part="retry"]')).to.exist;
      });
    });

    if (spec.drawn === '[data-mark]') {
      it('has one tab stop and moves with the arrows, Home and End (MarksController)', async () => {
        const el = await settled(await mount(spec.tag, 720, (e) => (e.data = sampleGuide())));
        const marks = () => [...shadow(el).querySelectorAll<HTMLElement>('[data-mark]')];
        const focused = () => marks().indexOf(shadow(el).activeElement as HTMLElement);
        const step = async (key: string, expected: number) => {
          press(shadow(el).activeElement!, key);
          await el.updateComplete;
          expect(focused(), key).to.equal(expected);
        };
        const last = spec.count - 1;
        expect(marks().filter((mark) => mark.getAttribute('tabindex') === '0')).to.have.length(1);
        marks()[0]!.focus();
        await step('ArrowDown', 1);
        await step('End', last);
        await step('ArrowDown', last);
        await step('Home', 0);
        await step('ArrowUp', 0);
        expect(marks().map((mark) => mark.getAttribute('tabindex'))).to.deep.equal(marks().map((_, i) => (i === 0 ? '0' : '-1')));
      });
    } else {
      it('takes one tab stop, its Download button: it shows every figure as text and has no marks', async () => {
        const el = await settled(await mount(spec.tag, 720, (e) => (e.data = sampleGuide())));
        const stops = () => [...shadow(el).querySelectorAll('[tabindex], [data-mark], button, a[href]')].filter((node) => !node.closest('[hidden]'));
        expect(stops().map((node) => node.getAttribute('part'))).to.deep.equal(['downloads-toggle']);
        el.downloads = 'off';
        await el.updateComplete;
        expect(stops(), 'with downloads off').to.have.length(0);
      });
    }

    if (spec.table) {
      describe('the "show as table" button', () => {
        const parts = (el: GuideElement) => {
          const button = shadow(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
          const table = shadow(el).querySelector<HTMLTableElement>('[part="table"]')!;
          return { button, table, box: shadow(el).getElementById(button.getAttribute('aria-controls')!)! };
        };
        const size = (el: Element) => el.getBoundingClientRect();
        const shown = (box: Element) => size(box).width * size(box).height > 1;

        it('is a real button that shows the table of exact figures on screen and hides it again, by click', async () => {
          const el = await settled(await mount(spec.tag, 720, (e) => (e.data = sampleGuide())));
          const { button, table, box } = parts(el);
          expect(button.localName).to.equal('button');
          expect(button.getAttribute('aria-expanded')).to.equal('false');
          expect(box.contains(table), 'aria-controls names the table’s box').to.equal(true);
          expect(shown(box), 'hidden at first').to.equal(false);
          button.click();
          await el.updateComplete;
          expect(button.getAttribute('aria-expanded')).to.equal('true');
          expect(shown(box)).to.equal(true);
          expect(size(table).width).to.be.greaterThan(200);
          expect(size(table).height).to.be.greaterThan(40);
          expect(size(box).height, 'the box holds the whole table').to.be.at.least(size(table).height);
          button.click();
          await el.updateComplete;
          expect(button.getAttribute('aria-expanded')).to.equal('false');
          expect(shown(box)).to.equal(false);
        });

        it('toggles with Enter and Space, and axe finds nothing in either state', async () => {
          const el = await settled(await mount(spec.tag, 720, (e) => (e.data = sampleGuide())));
          const { button, box } = parts(el);
          button.focus();
          await sendKeys({ press: 'Enter' });
          await el.updateComplete;
          expect(button.getAttribute('aria-expanded')).to.equal('true');
          expect(shown(box)).to.equal(true);
          await expect(el).to.be.accessible();
          await sendKeys({ press: SPACE });
          await el.updateComplete;
          expect(button.getAttribute('aria-expanded')).to.equal('false');
          expect(shown(box)).to.equal(false);
          await expect(el).to.be.accessible();
        });

        it('keeps the collapsed table from everyone, screen readers too, so that aria-expanded="false" is true; and in the DOM', async () => {
          // The marks' names carry every figure of the table (test/announced-once.test.ts): a
          // screen reader hears each once, and the table again only when the reader opens it.
          const el = await settled(await mount(spec.tag, 720, (e) => (e.data = sampleGuide())));
          const { button, table, box } = parts(el);
          expect(button.getAttribute('aria-expanded')).to.equal('false');
          expect(box.hidden, 'the hidden attribute').to.equal(true);
          expect(table.checkVisibility(), 'rendered').to.equal(false);
          expect(text(table.querySelector('caption')), 'still in the DOM').to.not.equal('');
          button.click();
          await el.updateComplete;
          expect(box.hidden).to.equal(false);
          expect(table.checkVisibility()).to.equal(true);
        });

        it('stays open across re-renders and new data', async () => {
          const el = await settled(await mount(spec.tag, 720, (e) => (e.data = sampleGuide())));
          parts(el).button.click();
          await el.updateComplete;
          el.requestUpdate();
          await el.updateComplete;
          el.data = sampleGuide();
          await settled(el);
          const { button, box } = parts(el);
          expect(button.getAttribute('aria-expanded')).to.equal('true');
          expect(shown(box)).to.equal(true);
        });
      });
    } else {
      it('shows every figure as text, so it has no table to show', async () => {
        const el = await settled(await mount(spec.tag, 720, (e) => (e.data = sampleGuide())));
        expect(shadow(el).querySelector('[part="table-toggle"], [part="table"]')).to.equal(null);
      });
    }

    describe('its own sections only', () => {
      it('declares the sections it shows, as listed here', () => {
        const el = document.createElement(spec.tag) as unknown as { shows: GuidePart };
        expect(el.shows.keys).to.have.members([...spec.sections]).and.to.have.length(spec.sections.length);
      });

      for (const [how, give] of [
        ['the data property', (guide: unknown) => guide],
        ['JSON text', (guide: unknown) => JSON.stringify(guide)],
      ] as const) {
        it(`draws its chart when every other section is malformed (${how})`, async () => {
          let errors = 0;
          let loaded!: Promise<CareerLoadEvent>;
          const el = await mount(spec.tag, 720, (e) => {
            e.addEventListener('career-error', () => (errors += 1));
            loaded = nextEvent<CareerLoadEvent>(e, 'career-load');
            e.data = give(othersMalformed(spec.sections));
          });
          expect((await loaded).detail.empty).to.equal(false);
          await settled(el);
          expect(drawn(spec, el)).to.equal(spec.count);
          expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
          expect(errors).to.equal(0);
          // Its guide holds what it validated, nothing of the malformed rest.
          expect(Object.keys(el.guide!).every((key) => (HEADER as readonly string[]).includes(key) || spec.sections.includes(key as keyof Guide))).to.equal(true);
        });
      }

      for (const section of spec.sections) {
        it(`shows the error with its path when its own section ${section} is malformed`, async () => {
          let failed!: Promise<CareerErrorEvent>;
          const el = await mount(spec.tag, 720, (e) => {
            failed = nextEvent<CareerErrorEvent>(e, 'career-error');
            e.data = { ...sampleGuide(), [section]: 42 };
          });
          const { detail } = await failed;
          expect(detail.kind).to.equal('invalid-data');
          expect(detail.issues.map((issue) => issue.path)).to.deep.equal([section]);
          await settled(el, 'error');
          expect(text(shadow(el).querySelector('[role="alert"]'))).to.contain(`${section}: expected`).and.to.contain('got 42');
        });
      }
    });

    describe('axe in every state', () => {
      const states: [string, (el: GuideElement) => void, GuideElement['state']['status'], number][] = [
        ['ready, wide', (e) => (e.data = sampleGuide()), 'ready', 720],
        ['ready, narrow', (e) => (e.data = sampleGuide()), 'ready', 320],
        ['ready, dark', (e) => ((e.data = sampleGuide()), (e.theme = 'dark')), 'ready', 720],
        ['loading', (e) => (e.src = `/faults/never/${uniqueKey()}`), 'loading', 720],
        ['empty', (e) => (e.data = { schemaVersion: 1 }), 'ready', 720],
        ['invalid data', (e) => (e.data = { schemaVersion: 1, [spec.sections[0]!]: 42 }), 'error', 720],
        ['network error', (e) => (e.src = '/faults/status/503'), 'error', 720],
      ];
      for (const [state, setup, status, width] of states) {
        it(state, async () => {
          const el = await settled(await mount(spec.tag, width, setup), status);
          await expect(el).to.be.accessible();
        });
      }
    });
  });
}

it('covers every element in custom-elements.json, or names the file that does', () => {
  expect(SPECS.length, 'elements checked here').to.be.greaterThan(0);
  expect(
    TAGS.filter((tag) => !(tag in EXPECTED) && !(tag in ELSEWHERE)),
    'elements with no expectations here',
  ).to.deep.equal([]);
  expect(
    [...Object.keys(EXPECTED), ...Object.keys(ELSEWHERE)].filter((tag) => !TAGS.includes(tag)),
    'expectations for elements the manifest does not declare',
  ).to.deep.equal([]);
});
