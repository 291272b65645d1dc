/**
 * The Eleventy example (examples/eleventy) as `npm run build:eleventy` builds it into
 * examples/eleventy/_site, with the path prefix that lets this server serve it from there: every
 * guide page read with no script at all (in a sandboxed frame) at a phone's and a desktop's
 * width, the index linking every page, and a page hydrated by the drop-in bundle it copies.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { Guide } from '../src/contract/schema.js';
import { allElements, charts, openFrame, visibleText } from './support/rendered.js';

/** Where the built site is served, the path prefix it is built with. */
const SITE = '/examples/eleventy/_site/';
/** The site's origin for canonical URLs (examples/eleventy/src/_data/site.mjs). */
const ORIGIN = 'https://careers.example.com';

/** The example's guides: its own, and the repository's sample (examples/eleventy/src/_data/guides.mjs). */
const GUIDES = [
  { slug: 'operations-engineer', file: '/data/operations-engineer.json' },
  { slug: 'technical-writer', file: '/examples/eleventy/guides/technical-writer.json' },
] as const;

const guides = new Map(await Promise.all(GUIDES.map(async ({ slug, file }) => [slug, (await (await fetch(file)).json()) as Guide] as const)));

/** The words of `guide` a reader must find on its page, from every kind of section. */
function wordsOf(guide: Guide): string[] {
  const money = (amount: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: guide.salary!.currency, maximumFractionDigits: 0 }).format(amount);
  return [
    guide.title!,
    money(guide.salary!.median!),
    ...guide.salary!.levels!.map((level) => level.label),
    ...guide.tiers!.map((tier) => tier.title),
    ...guide.day!.blocks.map((block) => block.focus!),
    ...guide.skillMap!.levels.flatMap((level) => level.skills),
    ...guide.responsibilities!,
    ...(guide.prosCons?.pros ?? []),
    ...(guide.faq ?? []).map((entry) => entry.question),
    ...(guide.sources ?? []).map((source) => source.title),
  ];
}

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

describe('the Eleventy example without JavaScript', () => {
  for (const { slug } of GUIDES) {
    for (const width of [320, 1200]) {
      it(`shows every section, chart and table of ${slug} at ${width} px`, async () => {
        const guide = guides.get(slug)!;
        const frame = await openFrame(`${SITE}careers/${slug}/`, width, { scripts: false });
        const doc = frame.contentDocument!;
        expect(frame.contentWindow!.customElements.get('career-guide'), 'no script ran').to.equal(undefined);

        // The head a search engine reads.
        expect(doc.title).to.equal(`${guide.title} · Career guides`);
        expect(doc.documentElement.lang).to.equal(guide.lang);
        expect(doc.querySelector('meta[name="description"]')!.getAttribute('content')).to.equal(guide.summary);
        const canonical = doc.querySelector('link[rel="canonical"]')!.getAttribute('href');
        expect(canonical).to.equal(`${ORIGIN}/careers/${slug}/`);

        // Every section of the table of contents, with its heading showing.
        const root = doc.querySelector('career-guide')!.shadowRoot!;
        expect(root, 'the declarative shadow root').to.not.equal(null);
        const targets = [...root.querySelectorAll<HTMLAnchorElement>('nav a[href^="#"]')].map((link) => link.hash.slice(1));
        expect(targets.length, 'sections in the contents').to.be.greaterThan(10);
        for (const id of targets) {
          const heading = root.getElementById(id);
          expect(heading?.closest('section'), `section #${id}`).to.not.equal(null);
          expect(heading!.checkVisibility(), `heading #${id}`).to.equal(true);
        }
        const seen = visibleText(doc.body);
        for (const words of wordsOf(guide)) expect(seen, words).to.include(words);

        // Every chart drawn as SVG in one form that fits, with its table, and no placeholder.
        const drawn = charts(doc);
        const forms = new Map<string, Element>();
        expect(drawn.map((chart) => chart.localName).sort()).to.deep.equal(['career-balance', 'career-day', 'career-demand', 'career-facts', 'career-salary', 'career-skills', 'career-tiers']);
        for (const chart of drawn) {
          const name = chart.localName;
          expect(chart.shadowRoot!.querySelector('[part="placeholder"]'), `${name} placeholder`).to.equal(null);
          const shown = [...chart.shadowRoot!.querySelectorAll('.form')].filter((form) => form.checkVisibility());
          expect(shown.length, `${name}: forms shown`).to.equal(1);
          forms.set(name, shown[0]!);
          const svgs = [...shown[0]!.querySelectorAll('svg')];
          expect(svgs.length, `${name} SVG`).to.be.greaterThan(0);
          const box = chart.getBoundingClientRect();
          for (const svg of svgs) {
            const drawnBox = svg.getBoundingClientRect();
            expect(drawnBox.height, `${name} SVG height`).to.be.greaterThan(0);
            expect(drawnBox.right, `${name} SVG right edge`).to.be.at.most(box.right + 1);
          }
        }
        // The exact figures as tables, a row per level, tier and time block.
        const rows = { 'career-salary': guide.salary!.levels!.map((level) => level.label), 'career-tiers': guide.tiers!.map((tier) => tier.title), 'career-day': guide.day!.blocks.map((block) => block.label) };
        for (const [name, labels] of Object.entries(rows)) {
          const table = forms.get(name)!.querySelector('table');
          expect(table?.rows.length ?? 0, `${name} table rows`).to.be.greaterThan(labels.length);
          for (const label of labels) expect(table!.textContent, `${name} table`).to.include(label);
        }

        // One Occupation for the page, naming the page as its own.
        const jsonLd = allElements(doc).filter((element) => element.matches('script[type="application/ld+json"]'));
        expect(jsonLd.length, 'JSON-LD scripts').to.equal(1);
        const occupation = JSON.parse(jsonLd[0]!.textContent) as { '@type': string; name: string; mainEntityOfPage: { url: string } };
        expect(occupation['@type']).to.equal('Occupation');
        expect(occupation.name).to.equal(guide.title);
        expect(occupation.mainEntityOfPage.url).to.equal(canonical);
      });
    }
  }

  it('has an index page linking every guide by its title', async () => {
    const frame = await openFrame(SITE, 800, { scripts: false });
    const doc = frame.contentDocument!;
    expect(doc.querySelectorAll('script[type="application/ld+json"]').length, 'no Occupation on the index').to.equal(0);
    const links = [...doc.querySelectorAll<HTMLAnchorElement>('main a')].map((link) => ({ href: link.getAttribute('href'), text: link.textContent }));
    const expected = GUIDES.map(({ slug }) => ({ href: `${SITE}careers/${slug}/`, text: guides.get(slug)!.title })).sort((a, b) => a.text!.localeCompare(b.text!, 'en'));
    expect(links).to.deep.equal(expected);
    for (const { href } of links) expect((await fetch(href!)).status, href!).to.equal(200);
  });
});

describe('the Eleventy example in the browser', () => {
  it('copies the drop-in bundle and hydrates with it, keeping every element in place', async () => {
    const copied = await (await fetch(`${SITE}career-widgets.js`)).text();
    expect(copied === (await (await fetch('/dist/cdn/career-widgets.js')).text()), 'the copy is the built drop-in').to.equal(true);

    const url = `${SITE}careers/operations-engineer/`;
    const still = await openFrame(url, 900, { scripts: false });
    const served = allElements(still.contentDocument!.body).map((element) => element.localName);
    still.remove();

    const frame = await openFrame(url, 900);
    const doc = frame.contentDocument!;
    expect(doc.querySelector('script[type="module"]')!.getAttribute('src')).to.equal(`${SITE}career-widgets.js`);
    const guide = doc.querySelector('career-guide') as HTMLElement & { hasUpdated?: boolean };
    await waitUntil(() => guide.hasUpdated && charts(doc).every((chart) => (chart as HTMLElement & { hasUpdated?: boolean }).hasUpdated), 'hydrated', { timeout: 10_000 });
    await new Promise((resolve) => frame.contentWindow!.requestAnimationFrame(() => frame.contentWindow!.requestAnimationFrame(resolve)));
    let shifted = 0;
    const win = frame.contentWindow! as Window & typeof globalThis;
    new win.PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifted += (entry as PerformanceEntry & { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(allElements(doc.body).map((element) => element.localName)).to.deep.equal(served);
    expect(shifted, 'layout shift').to.equal(0);
  });
});
