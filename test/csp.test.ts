/**
 * Every element under a strict Content-Security-Policy with Trusted Types (see
 * test/support/csp.mjs): everything renders, and <career-guide> adds its Occupation JSON-LD to
 * the head, with zero securitypolicyviolation events.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { toOccupationJsonLd } from '../src/contract/occupation.js';
import { sampleGuide } from './support/guides.js';
import { catchDownloads, choose, imageStats } from './support/downloads.js';

type CspWindow = typeof globalThis & Window & { __violations: string[] };
type CareerElement = HTMLElement & { state: { status: string } };

describe('a page with a strict CSP and Trusted Types', () => {
  let frame: HTMLIFrameElement;
  let win: CspWindow;

  before(async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width:1000px;height:800px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/test/fixtures/csp/page.html';
    document.body.append(frame);
    await loaded;
    win = frame.contentWindow as CspWindow;
  });

  after(() => frame.remove());

  it('renders every element in every state', async () => {
    const elements = [...frame.contentDocument!.querySelectorAll<CareerElement>('body > *')].filter((el) => el.localName.startsWith('career-'));
    expect(elements).to.have.length(11);
    await waitUntil(() => elements.every((el) => el.shadowRoot && el.state?.status !== 'idle' && (el.state.status !== 'loading' || el.getAttribute('src') === '/faults/never/csp')), 'not all settled', { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const states = elements.map((el) => `${el.localName}:${el.state.status}`);
    expect(states).to.deep.equal([
      'career-salary:ready',
      'career-tiers:ready',
      'career-skills:ready',
      'career-demand:ready',
      'career-facts:ready',
      'career-day:ready',
      'career-balance:ready',
      'career-guide:ready',
      'career-salary:error',
      'career-salary:loading',
      'career-tiers:ready',
    ]);
    // Drawn, and styled: the stylesheets applied (constructable sheets are allowed).
    const salary = elements[0]!.shadowRoot!;
    expect(salary.querySelectorAll('.mark')).to.have.length(5);
    expect(win.getComputedStyle(salary.querySelector('.mark-level .bar')!).fill).to.equal('rgb(29, 78, 216)');
  });

  it('has the guide’s Occupation JSON-LD in the head', () => {
    const doc = frame.contentDocument!;
    const scripts = [...doc.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];
    expect(scripts.map((script) => script.parentElement?.localName)).to.deep.equal(['head']);
    expect(JSON.parse(scripts[0]!.text)).to.deep.equal(toOccupationJsonLd(sampleGuide(), { url: doc.URL }));
  });

  // Issue 19: under the same policy, with nothing added to it. A blob: or data: image is refused
  // here (img-src falls back to default-src 'self'), so the PNG is painted without one.
  it('makes every download: CSV, SVG and a PNG painted on a canvas', async () => {
    const doc = frame.contentDocument!;
    const downloads = catchDownloads(doc);
    try {
      for (const tag of ['career-salary', 'career-tiers', 'career-day']) {
        const element = doc.querySelector<CareerElement & { updateComplete: Promise<unknown> }>(tag)!;
        const files = [];
        for (const kind of ['csv', 'svg', 'png'] as const) {
          await choose(element, kind);
          files.push(await downloads.next());
        }
        expect(files.map((file) => file.name)).to.deep.equal(['csv', 'svg', 'png'].map((extension) => `operations-engineer-${tag.slice(7)}.${extension}`));
        const svg = new DOMParser().parseFromString(await files[1]!.blob.text(), 'image/svg+xml').documentElement;
        const png = await imageStats(files[2]!.blob);
        expect([png.width, png.height], tag).to.deep.equal([2 * Number(svg.getAttribute('width')), 2 * Number(svg.getAttribute('height'))]);
        expect(png.inked, `${tag}: drawn`).to.be.greaterThan(0.02);
      }
    } finally {
      downloads.stop();
    }
  });

  it('makes the CSV of the charts that offer only their figures: demand, facts, balance, skills', async () => {
    const doc = frame.contentDocument!;
    const downloads = catchDownloads(doc);
    try {
      for (const tag of ['career-demand', 'career-facts', 'career-balance', 'career-skills']) {
        const element = doc.querySelector<CareerElement & { updateComplete: Promise<unknown> }>(tag)!;
        await choose(element, 'csv');
        const file = await downloads.next();
        expect(file.name).to.equal(`operations-engineer-${tag.slice(7)}.csv`);
        expect((await file.blob.text()).split('\r\n').length, `${tag}: a header and rows`).to.be.greaterThan(2);
      }
    } finally {
      downloads.stop();
    }
  });

  it('raised no securitypolicyviolation', () => {
    expect(win.__violations).to.deep.equal([]);
  });

  it('really enforces the policy (the oracle works)', () => {
    // A style attribute is refused and reported; a string into innerHTML is refused by Trusted Types.
    frame.contentDocument!.body.setAttribute('style', 'color: red');
    expect(() => {
      frame.contentDocument!.body.innerHTML = '<b>x</b>';
    }).to.throw();
    return waitUntil(() => win.__violations.length >= 1, 'no violation recorded for a style attribute');
  });

  it('refuses blob: and data: images (why the PNG is painted without one)', async () => {
    const doc = frame.contentDocument!;
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="2" height="2"><rect width="2" height="2"/></svg>';
    const sources = [win.URL.createObjectURL(new win.Blob([svg], { type: 'image/svg+xml' })), `data:image/svg+xml,${encodeURIComponent(svg)}`];
    const outcomes = await Promise.all(
      sources.map(
        (source) =>
          new Promise((resolve) => {
            const image = doc.createElement('img');
            image.onload = () => resolve('loaded');
            image.onerror = () => resolve('refused');
            image.src = source;
          }),
      ),
    );
    expect(outcomes).to.deep.equal(['refused', 'refused']);
    await waitUntil(() => ['blob', 'data'].every((scheme) => win.__violations.some((violation) => violation.startsWith(`img-src: ${scheme}`))), 'no img-src violations');
  });

  it('reports JSON-LD text written from script (why the element has the parser write it)', async () => {
    // Trusted Types check a script's text when it enters the document, whatever its type: even
    // a Text node appended to a data block is reported. The element's script raised none above.
    const doc = frame.contentDocument!;
    const reported = () => win.__violations.filter((violation) => violation.startsWith('require-trusted-types-for')).length;
    const before = reported();
    const script = doc.createElement('script');
    script.type = 'application/ld+json';
    script.append(doc.createTextNode('{"@context": "https://schema.org", "@type": "Thing"}'));
    doc.head.append(script);
    await waitUntil(() => reported() > before, 'no violation recorded for JSON-LD text set from script');
    script.remove();
  });
});
