/**
 * Drawing waits for the reader (loading="lazy", the default): a chart far down the page loads its
 * guide and keeps its size, but lays out and draws nothing until it comes near the viewport.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../src/salary/salary.js';
import '../src/guide/guide.js';
import type { CareerSalary } from '../src/salary/salary.js';
import { sampleGuide } from './support/guides.js';
import { frames, settled, shadow } from './support/dom.js';

const drawn = (el: Element) => shadow(el).querySelector('[part="chart"]') !== null;

/** A page with a tall spacer, so that what follows it starts three screens down. */
function farDown(...elements: HTMLElement[]): HTMLDivElement {
  const page = document.createElement('div');
  page.style.width = '640px';
  const spacer = document.createElement('div');
  spacer.style.height = `${3 * innerHeight}px`;
  page.append(spacer, ...elements);
  document.body.append(page);
  return page;
}

function salary(setup: (el: CareerSalary) => void = () => {}): CareerSalary {
  const el = document.createElement('career-salary');
  el.data = sampleGuide();
  setup(el);
  return el;
}

let page: HTMLDivElement | undefined;
afterEach(() => {
  page?.remove();
  page = undefined;
  scrollTo(0, 0);
});

describe('loading="lazy" (the default)', () => {
  it('loads the guide far down the page but draws only when the reader scrolls near it, without moving', async () => {
    const el = salary();
    const loaded = new Promise((resolve) => el.addEventListener('career-load', resolve, { once: true }));
    page = farDown(el);
    await loaded;
    await frames();
    expect(el.loading).to.equal('lazy');
    expect(el.state.status).to.equal('ready');
    expect(drawn(el), 'drawn while three screens away').to.equal(false);
    const reserved = el.getBoundingClientRect().height;
    expect(reserved).to.be.greaterThan(100);

    el.scrollIntoView({ block: 'end' });
    await waitUntil(() => drawn(el), 'never drawn after scrolling to it', { timeout: 3000 });
    // Off screen it stood at its whole-pixel estimate (content-visibility, test/offscreen.test.ts).
    expect(Math.abs(el.getBoundingClientRect().height - reserved)).to.be.at.most(1);
  });

  it('draws what is in view at once, in the first frames', async () => {
    const el = salary();
    page = document.createElement('div');
    page.style.width = '640px';
    page.append(el);
    document.body.prepend(page);
    await frames(3);
    expect(drawn(el)).to.equal(true);
  });

  it('of many charts added at once, draws only those within a screen of the viewport', async () => {
    // Measured after their first render: empty, they would all seem to stand at the top.
    page = document.createElement('div');
    page.style.width = '640px';
    const charts = Array.from({ length: 30 }, () => salary());
    page.append(...charts);
    document.body.prepend(page);
    await waitUntil(() => drawn(charts[0]!), 'the first chart was not drawn', { timeout: 3000 });
    await frames(5);
    const reach = 2 * innerHeight;
    for (const chart of charts) {
      const top = chart.getBoundingClientRect().top;
      if (top < innerHeight) expect(drawn(chart), `in view at ${top}px`).to.equal(true);
      if (top > reach + 400) expect(drawn(chart), `far below at ${top}px`).to.equal(false);
    }
    expect(charts.filter(drawn).length).to.be.lessThan(charts.length / 2);
  });

  it('draws every chart before the page is printed', async () => {
    const el = salary();
    page = farDown(el);
    await frames();
    expect(drawn(el)).to.equal(false);
    dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(drawn(el)).to.equal(true);
  });
});

describe('loading="eager"', () => {
  it('draws at once, however far down the page', async () => {
    const el = salary((e) => (e.loading = 'eager'));
    page = farDown(el);
    await frames();
    expect(drawn(el)).to.equal(true);
  });

  it('is handed by <career-guide> to its charts', async () => {
    const guide = document.createElement('career-guide');
    guide.data = sampleGuide();
    guide.loading = 'eager';
    page = farDown(guide);
    await settled(guide);
    const charts = [...shadow(guide).querySelectorAll<CareerSalary>('career-salary, career-tiers, career-skills, career-day')];
    expect(charts).to.have.length(4);
    for (const chart of charts) expect(chart.loading).to.equal('eager');
    await waitUntil(() => charts.every(drawn), 'a chart of an eager guide was not drawn', { timeout: 3000 });
  });
});
