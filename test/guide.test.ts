/**
 * <career-guide>: the whole guide in one tag. Walks the seed page's sections and finds each
 * one's text and figures in what the guide renders (its shadow root and those of the charts
 * inside it), checks the outline, the table of contents, section selection, links and print.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/guide/guide.js';
import type { CareerGuide } from '../src/guide/guide.js';
import type { GuideElement } from '../src/element/guide-element.js';
import { GUIDE_SECTIONS, guideSections, safeHttpUrl } from '../src/guide/guide.sections.js';
import { toOccupationJsonLd, type OccupationJsonLd } from '../src/contract/occupation.js';
import type { Guide } from '../src/contract/schema.js';
import { clearGuideCache } from '../src/data/load.js';
import { sampleGuide } from './support/guides.js';
import { deepText, frames, mount, settled, shadow, text, uniqueKey } from './support/dom.js';
import { faultHits } from './support/server.js';

/** Waits until the guide and every chart inside it are ready. */
async function guideReady(el: CareerGuide): Promise<void> {
  await settled(el);
  const charts = [...shadow(el).querySelectorAll<GuideElement>('[class="chart"] > *')];
  for (const chart of charts) await settled(chart);
}

async function guideOf(setup: (el: CareerGuide) => void, width = 900): Promise<CareerGuide> {
  const el = await mount('career-guide', width, setup);
  await guideReady(el);
  return el;
}

afterEach(() => clearGuideCache());

describe('<career-guide>', () => {
  describe('holds every piece of the seed page', () => {
    let rendered = '';
    before(async () => {
      const el = await guideOf((e) => (e.data = sampleGuide()));
      rendered = deepText(shadow(el));
    });

    // Ids, enum values, codes and times are the contract's words; the charts write them as
    // words and formatted figures, checked below.
    const structural = /^(\$schema|schemaVersion|id|lang|.*\.id|.*\.basis|.*\.level|.*\.currency|.*\.country|.*\.period|.*\.start|.*\.end|.*\.unit|.*\.salaryLevel|workLife\.(stress|balance))$/;
    const strings = (value: unknown, path = ''): [string, string][] => {
      if (typeof value === 'string') return [[path, value]];
      if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
      if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => strings(item, path ? `${path}.${key}` : key));
      return [];
    };

    it('every text of the guide, word for word', () => {
      const missing = strings(sampleGuide())
        .filter(([path]) => !structural.test(path.replace(/\[\d+\]/g, '')))
        .filter(([, value]) => !rendered.includes(value.replace(/[ \t\n\r]+/g, ' ')))
        .map(([path]) => path);
      expect(missing).to.deep.equal([]);
    });

    const figures: [section: string, texts: string[]][] = [
      ['headline facts', ['9%', '$100,000', 'Remote-friendly']],
      ['market demand', ['High', 'Low']],
      ['salary', ['$70,000', '$130,000', '$79,000', '$121,000', 'Top 10%']],
      ['career tiers', ['Junior Operations Engineer', '8+']],
      ['a day in the life', ['9:00', '12:00', '6:00']],
      ['work-life balance', ['Moderate to high', 'Challenging']],
      ['skill map', ['Foundational Skills', 'Advanced & Leadership Skills']],
      ['job outlook', ['Growing faster than average', 'U.S. Bureau of Labor Statistics']],
    ];
    for (const [section, texts] of figures) {
      it(`the figures of ${section}`, () => {
        for (const value of texts) expect(rendered, value).to.contain(value);
      });
    }
  });

  describe('outline and navigation', () => {
    it('puts the title at heading-level and sections one below', async () => {
      const el = await guideOf((e) => {
        e.data = sampleGuide();
        e.headingLevel = 3;
      });
      const root = shadow(el);
      expect(root.querySelector('h3#guide-title')?.textContent).to.equal('Operations Engineer');
      const sectionHeadings = [...root.querySelectorAll('section > .section-title')];
      expect(sectionHeadings.length).to.equal(guideSections(sampleGuide(), undefined).length);
      expect(sectionHeadings.every((heading) => heading.localName === 'h4')).to.equal(true);
      expect([...root.querySelectorAll('.subsection-title')].every((heading) => heading.localName === 'h5')).to.equal(true);
    });

    it('lists every section in the table of contents, and a link moves focus there', async () => {
      const el = await guideOf((e) => (e.data = sampleGuide()));
      const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('nav.toc a')];
      expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(guideSections(sampleGuide(), undefined).map((id) => `#${id}`));
      const faq = links.find((link) => link.getAttribute('href') === '#faq')!;
      faq.click();
      expect(shadow(el).activeElement?.id).to.equal('faq');
    });

    it('shows only the sections asked for, in that order, without empty headings', async () => {
      const guide = sampleGuide();
      delete guide.demand;
      const el = await guideOf((e) => {
        e.data = guide;
        e.sections = 'faq, salary demand tiers nonsense';
      });
      const ids = [...shadow(el).querySelectorAll('section > .section-title')].map((heading) => heading.id);
      expect(ids).to.deep.equal(['faq', 'salary', 'tiers']);
    });

    it('leaves out sections the guide does not have', () => {
      expect(guideSections({ schemaVersion: 1, faq: [{ question: 'Q?', answer: 'A.' }], relatedRoles: [] }, undefined)).to.deep.equal(['faq']);
      expect(GUIDE_SECTIONS).to.include('related-roles');
    });

    it('shows FAQ answers in native disclosure widgets', async () => {
      const el = await guideOf((e) => (e.data = sampleGuide()));
      const details = [...shadow(el).querySelectorAll('details')];
      expect(details).to.have.length(8);
      expect(details.every((entry) => !entry.open)).to.equal(true);
      details[0]!.querySelector('summary')!.click();
      expect(details[0]!.open).to.equal(true);
    });

    it('opens every answer for printing and restores them afterwards', async () => {
      const el = await guideOf((e) => (e.data = sampleGuide()));
      const details = [...shadow(el).querySelectorAll('details')];
      details[1]!.open = true;
      window.dispatchEvent(new Event('beforeprint'));
      expect(details.every((entry) => entry.open)).to.equal(true);
      window.dispatchEvent(new Event('afterprint'));
      expect(details.filter((entry) => entry.open)).to.deep.equal([details[1]]);
    });
  });

  describe('one request, charts fed by the guide', () => {
    it('fetches the guide once and hands it to every chart', async () => {
      const key = uniqueKey();
      const el = await guideOf((e) => (e.src = `/faults/guide/${key}`));
      const charts = [...shadow(el).querySelectorAll<GuideElement>('.chart > *')];
      expect(charts.length).to.be.greaterThan(5);
      for (const chart of charts) expect(chart.state).to.deep.include({ status: 'ready', source: 'data' });
      expect(await faultHits(key)).to.equal(1);
    });
  });

  describe('text stays text', () => {
    it('never interprets HTML in the data, and links only http(s)', async () => {
      const guide = sampleGuide();
      guide.summary = '<img src=x onerror="window.__pwned=1">';
      // The contract already refuses non-http(s) URLs; the element checks again before linking.
      guide.sources = [{ title: 'Safe', url: 'https://example.org/report' }];
      (window as { __pwned?: number }).__pwned = 0;
      const el = await guideOf((e) => (e.data = guide));
      expect(shadow(el).querySelector('img')).to.equal(null);
      expect(text(shadow(el).querySelector('.lead'))).to.equal('<img src=x onerror="window.__pwned=1">');
      const link = shadow(el).querySelector<HTMLAnchorElement>('section a[href^="https"]')!;
      expect(link.rel).to.equal('noopener noreferrer');
      expect(safeHttpUrl('javascript:alert(1)')).to.equal(undefined);
      expect(safeHttpUrl('data:text/html,<b>')).to.equal(undefined);
      expect(safeHttpUrl('https://example.org/x')).to.equal('https://example.org/x');
      expect((window as { __pwned?: number }).__pwned).to.equal(0);
    });
  });

  describe('structured data', () => {
    /** The page's JSON-LD scripts, in document order. */
    const dataBlocks = () => [...document.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];
    /** What the page's JSON-LD states, script by script. */
    const stated = () => dataBlocks().map((script) => JSON.parse(script.text) as Record<string, unknown>);
    /** The Occupations the page states. */
    const occupations = () => stated().filter((ld) => ld['@type'] === 'Occupation') as unknown as OccupationJsonLd[];
    /** The page's address as the element should name it here: no canonical link in these tests, and no fragment. */
    const pageUrl = () => location.href.replace(/#.*/, '');
    const titled = (title: string): Guide => ({ ...sampleGuide(), title });
    const added: Element[] = [];
    /** Puts `node` in the page's head for one test. */
    const inHead = <T extends Element>(node: T): T => {
      document.head.append(node);
      added.push(node);
      return node;
    };

    beforeEach(() => expect(dataBlocks(), 'JSON-LD left over from another test').to.deep.equal([]));
    afterEach(() => {
      for (const node of added.splice(0)) node.remove();
      history.replaceState(null, '', pageUrl());
    });

    it('adds the Occupation to the head once the guide is ready, and only once', async () => {
      const key = uniqueKey();
      const waiting = await mount('career-guide', 900, (e) => (e.src = `/faults/never/${key}`));
      await frames();
      expect(waiting.state.status).to.equal('loading');
      expect(dataBlocks(), 'while loading').to.have.length(0);

      const el = await guideOf((e) => (e.data = sampleGuide()));
      const [script] = dataBlocks();
      expect(script?.parentElement).to.equal(document.head);
      expect(JSON.parse(script!.text)).to.deep.equal(toOccupationJsonLd(sampleGuide(), { url: pageUrl() }));
      // Later updates (another heading level, another width) keep the same script.
      el.headingLevel = 3;
      (el.parentElement as HTMLElement).style.width = '400px';
      await frames();
      await el.updateComplete;
      expect(dataBlocks()).to.deep.equal([script]);
    });

    it('names the page by its address without the fragment', async () => {
      history.replaceState(null, '', '#faq');
      await guideOf((e) => (e.data = sampleGuide()));
      expect(location.hash).to.equal('#faq');
      expect(occupations().map((ld) => ld.mainEntityOfPage?.url)).to.deep.equal([location.href.slice(0, -'#faq'.length)]);
    });

    it('prefers the canonical link', async () => {
      const link = inHead(document.createElement('link'));
      link.rel = 'canonical';
      link.href = '/careers/operations-engineer?from=test';
      await guideOf((e) => (e.data = sampleGuide()));
      expect(occupations().map((ld) => ld.mainEntityOfPage?.url)).to.deep.equal([`${location.origin}/careers/operations-engineer?from=test`]);
    });

    it('states one Occupation for two guides, and the second takes over when the first goes', async () => {
      const first = await guideOf((e) => (e.data = titled('Operations Engineer')));
      const second = await guideOf((e) => (e.data = titled('Site Reliability Engineer')));
      expect(second.state.status).to.equal('ready');
      expect(occupations().map((ld) => ld.name)).to.deep.equal(['Operations Engineer']);
      first.remove();
      expect(occupations().map((ld) => ld.name)).to.deep.equal(['Site Reliability Engineer']);
    });

    it('replaces its Occupation when the guide changes', async () => {
      const el = await guideOf((e) => (e.data = sampleGuide()));
      const [before] = dataBlocks();
      el.data = titled('Site Reliability Engineer');
      await settled(el);
      expect(before!.isConnected).to.equal(false);
      expect(occupations().map((ld) => ld.name)).to.deep.equal(['Site Reliability Engineer']);
    });

    it('states only the sections it shows', async () => {
      const el = await guideOf((e) => {
        e.data = sampleGuide();
        e.sections = 'faq';
      });
      expect(Object.keys(occupations()[0]!)).to.deep.equal(['@context', '@type', 'name', 'description', 'mainEntityOfPage']);
      el.sections = 'salary responsibilities';
      await el.updateComplete;
      expect(Object.keys(occupations()[0]!)).to.deep.equal(['@context', '@type', 'name', 'description', 'mainEntityOfPage', 'estimatedSalary', 'occupationLocation', 'responsibilities']);
      el.sections = 'facts';
      await el.updateComplete;
      // The headline median, which the facts show, and no place: the facts do not say where it holds.
      expect(occupations()[0]!.estimatedSalary).to.deep.equal({ '@type': 'MonetaryAmountDistribution', name: 'base', currency: 'USD', duration: 'P1Y', median: 100000 });
      expect(occupations()[0]).not.to.have.property('occupationLocation');
      expect(dataBlocks()).to.have.length(1);
    });

    it('adds none with structured-data="off", and follows the attribute', async () => {
      const el = await guideOf((e) => {
        e.data = sampleGuide();
        e.setAttribute('structured-data', 'off');
      });
      expect(el.structuredData).to.equal('off');
      expect(dataBlocks()).to.have.length(0);
      el.structuredData = 'on';
      await el.updateComplete;
      expect(el.getAttribute('structured-data')).to.equal('on');
      expect(occupations()).to.have.length(1);
      el.setAttribute('structured-data', 'off');
      await el.updateComplete;
      expect(dataBlocks()).to.have.length(0);
    });

    const EXISTING: { name: string; ld: unknown; occupation: boolean }[] = [
      { name: 'an Occupation', ld: { '@context': 'https://schema.org', '@type': 'Occupation', name: 'Written by the server' }, occupation: true },
      { name: 'a list holding an Occupation', ld: [{ '@context': 'https://schema.org', '@type': 'WebSite' }, { '@context': 'https://schema.org', '@type': ['Thing', 'schema:Occupation'] }], occupation: true },
      { name: 'a graph holding an Occupation', ld: { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': 'https://schema.org/Occupation' }] }, occupation: true },
      { name: 'an Organization', ld: { '@context': 'https://schema.org', '@type': 'Organization', name: 'Example' }, occupation: false },
      { name: 'JSON-LD that does not parse', ld: '{"@type": "Occupation",', occupation: false },
    ];
    for (const { name, ld, occupation } of EXISTING) {
      it(`${occupation ? 'adds none to' : 'adds its own to'} a page whose JSON-LD holds ${name}`, async () => {
        const existing = inHead(document.createElement('script'));
        existing.type = 'application/ld+json';
        existing.textContent = typeof ld === 'string' ? ld : JSON.stringify(ld);
        await guideOf((e) => (e.data = sampleGuide()));
        const ours = dataBlocks().filter((script) => script !== existing);
        expect(ours.map((script) => (JSON.parse(script.text) as OccupationJsonLd).name)).to.deep.equal(occupation ? [] : ['Operations Engineer']);
      });
    }

    it('adds none when its own children carry an Occupation, as a server writes it', async () => {
      const server = document.createElement('script');
      server.type = 'application/ld+json';
      server.textContent = JSON.stringify(toOccupationJsonLd(sampleGuide(), { url: 'https://example.com/careers/operations-engineer' }));
      const el = await guideOf((e) => {
        e.data = sampleGuide();
        e.append(server);
      });
      expect(dataBlocks()).to.deep.equal([server]);
      expect(server.parentElement).to.equal(el);
    });

    it('removes its Occupation when it leaves the page, and adds none while away', async () => {
      const el = await guideOf((e) => (e.data = sampleGuide()));
      expect(dataBlocks()).to.have.length(1);
      const box = el.parentElement!;
      el.remove();
      expect(dataBlocks()).to.have.length(0);
      // An update after leaving (new data) states nothing.
      el.data = titled('Site Reliability Engineer');
      await el.updateComplete;
      expect(el.state.status).to.equal('ready');
      expect(dataBlocks()).to.have.length(0);
      // Back in the page, it states its guide again.
      box.append(el);
      await el.updateComplete;
      expect(occupations().map((ld) => ld.name)).to.deep.equal(['Site Reliability Engineer']);
    });

    const HOSTILE = ['</script><script>window.__pwned = 1</script>', 'Ops <!-- engineer', 'Line\u2028separator\u2029and </SCRIPT >'];
    for (const title of HOSTILE) {
      it(`keeps ${JSON.stringify(title)} inside the JSON`, async () => {
        (window as { __pwned?: number }).__pwned = 0;
        const headBefore = document.head.children.length;
        await guideOf((e) => (e.data = titled(title)));
        expect(document.head.children.length, 'one element more in the head').to.equal(headBefore + 1);
        const [script] = dataBlocks();
        expect(JSON.parse(script!.text)).to.deep.equal(toOccupationJsonLd(titled(title), { url: pageUrl() }));
        expect((JSON.parse(script!.text) as OccupationJsonLd).name).to.equal(title);
        expect(script!.text).not.to.match(/[<>\u2028\u2029]/);
        // Written out as HTML (a crawler's snapshot, a saved page) and read back, it is still the one script.
        const page = new DOMParser().parseFromString(`<!doctype html><html>${document.head.outerHTML}<body></body></html>`, 'text/html');
        expect([...page.querySelectorAll('script[type="application/ld+json"]')].map((node) => node.textContent)).to.deep.equal([script!.text]);
        expect((window as { __pwned?: number }).__pwned).to.equal(0);
      });
    }
  });

  describe('accessibility', () => {
    it('is axe-clean, wide and narrow', async () => {
      const wide = await guideOf((e) => (e.data = sampleGuide()), 900);
      await expect(wide).to.be.accessible();
      const narrow = await guideOf((e) => (e.data = sampleGuide()), 340);
      await expect(narrow).to.be.accessible();
    });

    it('is axe-clean in dark, empty and error states', async () => {
      await expect(await guideOf((e) => ((e.data = sampleGuide()), (e.theme = 'dark')))).to.be.accessible();
      const empty = await fixture<CareerGuide>(html`<career-guide .data=${{ schemaVersion: 1 }}></career-guide>`);
      await settled(empty);
      expect(text(shadow(empty).querySelector('[part="empty"]'))).to.equal('This guide is empty.');
      await expect(empty).to.be.accessible();
      const broken = await fixture<CareerGuide>(html`<career-guide .data=${'{nope'}></career-guide>`);
      await waitUntil(() => broken.state.status === 'error');
      await expect(broken).to.be.accessible();
    });
  });
});
