/**
 * No framework at all: the elements are built from markup alone (a container's innerHTML, as a
 * server-rendered page or a CMS post gives them), configured by attributes and an inline JSON
 * script, and heard with addEventListener. No test sets a property of an element.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { GuideElement } from '../src/element/guide-element.js';
import type { CareerErrorEvent, CareerLoadEvent, CareerSelectEvent } from '../src/element/events.js';
import { clearGuideCache } from '../src/data/load.js';
import { SAMPLE_URL, salaryOnlyGuide } from './support/guides.js';
import { container, nextEvent, settled, shadow, text } from './support/dom.js';
import { ELEMENTS as REGISTRY } from '../src/registry.js';

const ELEMENTS = REGISTRY.map((element) => element.tag);

const marks = (el: Element) => [...shadow(el).querySelectorAll<SVGGElement>('.mark')];
const valueTexts = (el: Element) => [...shadow(el).querySelectorAll('.value')].map((node) => text(node));

/** A 720px container whose markup is `markup`, with `listen` attached before the markup goes in. */
async function page(markup: string, listen: (box: HTMLDivElement) => void = () => {}): Promise<HTMLDivElement> {
  const box = await container(720);
  listen(box);
  box.innerHTML = markup;
  return box;
}

function one<T extends GuideElement>(box: Element, selector: string): T {
  const el = box.querySelector<T>(selector);
  if (!el) throw new Error(`no ${selector} in the markup`);
  return el;
}

afterEach(() => clearGuideCache());

describe('plain HTML, no framework', () => {
  it('loads a guide from the src attribute and tells a listener on the page', async () => {
    let loaded!: Promise<CareerLoadEvent>;
    const box = await page(`<career-salary src="${SAMPLE_URL}"></career-salary>`, (b) => {
      loaded = nextEvent<CareerLoadEvent>(b, 'career-load');
    });
    const el = one(box, 'career-salary');
    const event = await loaded;
    expect(event.target).to.equal(el);
    expect(event.detail).to.deep.include({ source: 'src', url: new URL(SAMPLE_URL, location.href).href, empty: false });
    await settled(el);
    expect(valueTexts(el)).to.deep.equal(['$70,000–$130,000', '$79,000', '$100,000', '$121,000', '$130,000+']);
  });

  it('reads an inline JSON script, with locale and theme from attributes', async () => {
    const json = JSON.stringify(salaryOnlyGuide()).replaceAll('<', '\\u003c');
    const box = await page(`<career-salary locale="de-DE" theme="dark"><script type="application/json">${json}</script></career-salary>`);
    const el = await settled(one(box, 'career-salary'));
    expect(el.state).to.deep.include({ status: 'ready', source: 'inline' });
    expect(el.theme).to.equal('dark');
    expect(valueTexts(el)[1]).to.equal('79.000\u00a0$');
  });

  it('takes heading-level and sections from attributes', async () => {
    const box = await page(`<career-skills src="${SAMPLE_URL}" heading-level="4"></career-skills><career-guide src="${SAMPLE_URL}" heading-level="3" sections="salary faq"></career-guide>`);
    const skills = await settled(one(box, 'career-skills'));
    expect(shadow(skills).querySelectorAll('h4')).to.have.length(3);
    const guide = await settled(one(box, 'career-guide'));
    expect(shadow(guide).querySelector('h3')).to.exist;
    expect(shadow(guide).querySelectorAll('career-salary')).to.have.length(1);
    expect(shadow(guide).querySelector('career-tiers')).to.equal(null);
  });

  it('builds every element from one string of markup, all from one src', async () => {
    const loads: Element[] = [];
    const markup = ELEMENTS.map((tag) => `<${tag} src="${SAMPLE_URL}"></${tag}>`).join('\n');
    const box = await page(markup, (b) => b.addEventListener('career-load', (event) => loads.push(event.composedPath()[0] as Element)));
    for (const tag of ELEMENTS) {
      const el = await settled(one(box, tag));
      expect(el.state, tag).to.deep.include({ status: 'ready', source: 'src' });
    }
    // Each element announced itself once (the charts inside <career-guide> announce themselves too).
    for (const tag of ELEMENTS) expect(loads.filter((origin) => origin === one(box, tag)), tag).to.have.length(1);
  });

  it('lets a listener on the document hear career-select from inside the shadow root', async () => {
    const box = await page(`<career-salary src="${SAMPLE_URL}"></career-salary>`);
    const el = await settled(one(box, 'career-salary'));
    const selected = nextEvent<CareerSelectEvent>(document, 'career-select');
    marks(el)[2]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const event = await selected;
    expect(event.target).to.equal(el);
    expect(event.detail).to.deep.equal({ kind: 'salary', id: 'mid', label: 'Mid-Level', value: 100000 });
  });

  it('reports a failing src with career-error and an alert', async () => {
    let failed!: Promise<CareerErrorEvent>;
    const box = await page(`<career-salary src="/faults/status/410"></career-salary>`, (b) => {
      failed = nextEvent<CareerErrorEvent>(b, 'career-error');
    });
    const event = await failed;
    expect(event.detail).to.deep.include({ kind: 'http', status: 410 });
    const el = await settled(one(box, 'career-salary'), 'error');
    expect(text(shadow(el).querySelector('[role="alert"]'))).to.contain('410');
  });

  it('follows attribute changes and leaves the page quietly', async () => {
    const box = await page(`<career-salary src="${SAMPLE_URL}"></career-salary>`);
    const el = await settled(one(box, 'career-salary'));
    el.setAttribute('locale', 'fr-FR');
    await waitUntil(() => valueTexts(el)[1] === '79\u202f000\u00a0$US', `the chart still shows ${valueTexts(el)[1]}`);
    expect(() => (box.innerHTML = '')).not.to.throw();
    expect(el.isConnected).to.equal(false);
  });
});
