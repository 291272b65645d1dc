/**
 * Server-rendered pages, as `career-widgets render … --page` writes them (through
 * test/support/ssr.mjs): read with no script at all (in a sandboxed frame, where scripts never
 * run), and hydrated by the drop-in bundle and by the npm modules without re-creating or moving
 * anything.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { sampleGuide } from './support/guides.js';
import { drawnIn, svgTexts } from './support/dom.js';
import { allElements, charts, openFrame, visibleText } from './support/rendered.js';
import { guideStrings, misplaced } from './support/lang.js';

interface PageQuery {
  readonly element?: string;
  readonly csp?: 'strict';
  readonly dir?: 'rtl';
  readonly locale?: string;
  readonly script?: 'cdn' | 'autoload' | 'npm' | 'inline' | 'none';
  readonly src?: string;
  readonly file?: string;
}

function pageUrl(query: PageQuery): string {
  return `/ssr/page?${new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined))}`;
}

/** A frame `width` px wide showing a server-rendered page; `scripts: false` sandboxes it so that no script runs. */
function openPage(query: PageQuery, width: number, options: { scripts?: boolean } = {}): Promise<HTMLIFrameElement> {
  return openFrame(pageUrl(query), width, options);
}

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

describe('a server-rendered page without JavaScript', () => {
  // 280: a box narrower than the narrowest server form (SERVER_WIDTHS), as a 320 px page with a
  // classic scrollbar gives in Firefox.
  for (const width of [280, 320, 1200]) {
    it(`shows every section and chart of the guide, its tables in the HTML, at ${width} px`, async () => {
      const frame = await openPage({ element: 'guide', script: 'none' }, width, { scripts: false });
      const doc = frame.contentDocument!;
      // No script ran: nothing is defined, and the HTML alone shows the guide.
      expect(frame.contentWindow!.customElements.get('career-guide')).to.equal(undefined);
      const guide = doc.querySelector('career-guide')!;
      expect(guide.shadowRoot, 'the declarative shadow root').to.not.equal(null);
      const seen = visibleText(doc.body);
      const sample = sampleGuide();
      for (const heading of allElements(guide.shadowRoot!).filter((element) => element.matches('section > :is(h2, h3)'))) {
        expect(heading.checkVisibility(), heading.textContent ?? '').to.equal(true);
      }
      expect(allElements(guide.shadowRoot!).filter((element) => element.matches('section')).length, 'sections').to.be.greaterThan(20);
      for (const words of [sample.title!, 'Junior Operations Engineer', 'Site Reliability Engineering (SLOs, SLIs, Error Budgets)', '$100,000', 'Moderate to high', sample.faq![7]!.question]) {
        expect(seen, words).to.include(words);
      }
      const drawn = charts(doc);
      expect(drawn.map((chart) => chart.localName).sort()).to.deep.equal(['career-balance', 'career-day', 'career-demand', 'career-facts', 'career-salary', 'career-skills', 'career-tiers']);
      for (const chart of drawn) {
        const root = chart.shadowRoot!;
        expect(root.querySelector('[part="placeholder"]'), `${chart.localName} placeholder`).to.equal(null);
        // One form shows, drawn no wider than the chart's box, which the form fills. Measured
        // against the form: below its width the narrowest form is zoomed out, and WebKit gives
        // the boxes inside a zoomed element in its unzoomed pixels.
        const shown = [...root.querySelectorAll('.form')].filter((form) => form.checkVisibility());
        expect(shown.length, `${chart.localName}: forms shown`).to.equal(1);
        const content = shown[0]!.getBoundingClientRect();
        expect(content.height, `${chart.localName} height`).to.be.greaterThan(40);
        for (const svg of shown[0]!.querySelectorAll('svg')) expect(svg.getBoundingClientRect().right, `${chart.localName} svg`).to.be.at.most(content.right + 1);
      }
      // The tables are in the HTML, hidden until a reader opens them (which takes script): the
      // marks' names carry every figure.
      for (const name of ['career-salary', 'career-tiers', 'career-day']) {
        const chart = drawn.find((element) => element.localName === name)!;
        const table = [...chart.shadowRoot!.querySelectorAll('table')].find((element) => element.closest('.form')!.checkVisibility());
        expect(table?.rows.length ?? 0, `${name} table rows`).to.be.greaterThan(3);
      }
    });
  }

  it('shows the salary’s occupation, source, date and meaning in the HTML', async () => {
    for (const width of [320, 900]) {
      const frame = await openPage({ element: 'salary', script: 'none', file: 'test/fixtures/guides/salary-provenance.json' }, width, { scripts: false });
      const seen = visibleText(frame.contentDocument!.body);
      for (const words of [
        'Annual salary: Operations Engineer',
        'Range: the middle 80% of pay, 10th to 90th percentile',
        'Top 10%: no upper limit, as the arrow shows',
        'Source: U.S. Bureau of Labor Statistics · as of May 2024',
      ]) {
        expect(seen, `${words} at ${width}px`).to.include(words);
      }
    }
  });

  it('hides what only script makes answer: the readout’s cue and the table button', async () => {
    for (const [element, script] of [
      ['salary', 'none'],
      ['salary', 'cdn'],
    ] as const) {
      const frame = await openPage({ element, script }, 600, { scripts: script !== 'none' });
      const chart = frame.contentDocument!.querySelector<HTMLElement & { hasUpdated?: boolean }>(`career-${element}`)!;
      if (script !== 'none') await waitUntil(() => chart.hasUpdated, 'hydrated', { timeout: 5000 });
      const form = [...chart.shadowRoot!.querySelectorAll('.form')].find((candidate) => candidate.checkVisibility())!;
      const visibility = (selector: string) => frame.contentWindow!.getComputedStyle(form.querySelector(selector)!).visibility;
      const expected = script === 'none' ? 'hidden' : 'visible';
      expect(visibility('.cue'), `the cue, ${script}`).to.equal(expected);
      expect(visibility('[part="table-toggle"]'), `the table button, ${script}`).to.equal(expected);
      // Their lines are kept either way: nothing moves when the script arrives.
      expect(form.querySelector('.readout')!.getBoundingClientRect().height).to.be.greaterThan(10);
    }
  });

  it('carries one Occupation in JSON-LD', async () => {
    const frame = await openPage({ element: 'guide', script: 'none' }, 800, { scripts: false });
    const scripts = [...frame.contentDocument!.querySelectorAll('script[type="application/ld+json"]')];
    expect(scripts.length).to.equal(1);
    const occupation = JSON.parse(scripts[0]!.textContent) as { '@type': string; name: string };
    expect(occupation['@type']).to.equal('Occupation');
    expect(occupation.name).to.equal(sampleGuide().title);
  });

  it('states no more in the JSON-LD of a chart’s page than the chart shows', async () => {
    const frame = await openPage({ element: 'salary', script: 'none' }, 800, { scripts: false });
    const scripts = [...frame.contentDocument!.querySelectorAll('script[type="application/ld+json"]')];
    expect(scripts.length).to.equal(1);
    const occupation = JSON.parse(scripts[0]!.textContent) as Record<string, unknown>;
    expect(Object.keys(occupation).sort()).to.deep.equal(['@context', '@type', 'estimatedSalary', 'name', 'occupationLocation']);
  });

  it('is the same bytes for the same input', async () => {
    const [first, second] = await Promise.all([1, 2].map(async () => (await fetch(pageUrl({ element: 'guide', locale: 'de-DE' }))).text()));
    expect(first!.length).to.be.greaterThan(10_000);
    expect(first === second, 'two renders of one guide differ').to.equal(true);
  });
});

describe('hydrating a server-rendered page', () => {
  const SCRIPTS = { cdn: ['/dist/cdn/career-widgets.js', 'the drop-in bundle'], autoload: ['/dist/cdn/autoload.js', 'the autoloader'], npm: ['/test/fixtures/ssr/npm-entry.js', 'the npm modules'] } as const;
  for (const [script, [url, name]] of Object.entries(SCRIPTS)) {
    it(`keeps the nodes, moves nothing and logs no error (${name}, ${script})`, async () => {
      const frame = await openPage({ element: 'guide', script: 'none' }, 900);
      const win = frame.contentWindow! as Window & typeof globalThis;
      const doc = frame.contentDocument!;
      const errors: string[] = [];
      win.addEventListener('error', (event) => errors.push(event.message));
      const consoleError = win.console.error.bind(win.console);
      win.console.error = (...args: unknown[]) => {
        errors.push(args.map(String).join(' '));
        consoleError(...args);
      };
      let shifted = 0;
      new win.PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifted += (entry as PerformanceEntry & { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
      const before = allElements(doc.body);
      const positions = before.map((element) => element.getBoundingClientRect().top);
      const loaded = new Promise((resolve) => doc.querySelector('career-guide')!.addEventListener('career-load', resolve, { once: true }));
      const tag = doc.createElement('script');
      tag.type = 'module';
      tag.src = url;
      doc.head.append(tag);
      await loaded;
      // Every chart inside has hydrated too.
      await waitUntil(() => charts(doc).every((chart) => (chart as HTMLElement & { hasUpdated?: boolean }).hasUpdated), 'charts hydrated', { timeout: 5000 });
      await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
      const kept = before.filter((element) => element.isConnected).length;
      expect(kept / before.length, `${before.length - kept} of ${before.length} nodes replaced`).to.be.at.least(0.95);
      const moved = before.filter((element, index) => element.isConnected && Math.abs(element.getBoundingClientRect().top - positions[index]!) > 0.5);
      expect(moved.length, 'nodes that moved').to.equal(0);
      expect(shifted, 'layout shift').to.equal(0);
      expect(errors).to.deep.equal([]);
    });
  }

  it('answers keys, the table button, selection and theme afterwards', async () => {
    const frame = await openPage({ element: 'salary', script: 'cdn' }, 600);
    const doc = frame.contentDocument!;
    const salary = doc.querySelector('career-salary')!;
    await waitUntil(() => (salary as HTMLElement & { hasUpdated?: boolean }).hasUpdated, 'hydrated', { timeout: 5000 });
    const root = salary.shadowRoot!;
    const form = [...root.querySelectorAll<HTMLElement>('.form')].find((element) => element.checkVisibility())!;
    const marks = [...form.querySelectorAll<SVGGElement>('.mark')];
    const selected: string[] = [];
    salary.addEventListener('career-select', (event) => selected.push((event as CustomEvent<{ id: string }>).detail.id));
    frame.focus();
    marks[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(root.activeElement).to.equal(marks[1]);
    await sendKeys({ press: 'Enter' });
    expect(selected).to.deep.equal([marks.length > 1 ? 'entry' : 'range']);
    const toggle = form.querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
    toggle.click();
    await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true', 'the table opens');
    const surface = () => doc.defaultView!.getComputedStyle(salary).backgroundColor;
    const light = surface();
    salary.setAttribute('theme', 'dark');
    expect(surface()).to.not.equal(light);
  });

  it('carries the drop-in inline by default, hydrated, without its source map comment', async () => {
    // Inline, `//# sourceMappingURL=career-widgets.js.map` would name a file beside the page.
    const html = await (await fetch('/ssr/page?element=salary&script=inline')).text();
    expect(html.includes('<script type="module">'), 'an inline module').to.equal(true);
    expect(html.includes('sourceMappingURL'), 'a source map comment').to.equal(false);
    const frame = await openPage({ element: 'salary', script: 'inline' }, 600);
    const salary = frame.contentDocument!.querySelector('career-salary')!;
    await waitUntil(() => (salary as HTMLElement & { hasUpdated?: boolean }).hasUpdated, 'hydrated', { timeout: 5000 });
  });

  it('shows a guide rendered from a URL without loading it again, and without a placeholder', async () => {
    const frame = await openPage({ element: 'salary', script: 'cdn', src: '/data/operations-engineer.json' }, 600);
    const doc = frame.contentDocument!;
    const salary = doc.querySelector('career-salary')!;
    expect(salary.getAttribute('src')).to.equal('/data/operations-engineer.json');
    let placeholders = 0;
    new MutationObserver(() => (placeholders += salary.shadowRoot!.querySelector('[part="placeholder"]') ? 1 : 0)).observe(salary.shadowRoot!, { subtree: true, childList: true });
    await waitUntil(() => (salary as HTMLElement & { hasUpdated?: boolean }).hasUpdated, 'hydrated', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const requests = frame.contentWindow!.performance.getEntriesByType('resource').filter((entry) => entry.name.includes('operations-engineer.json'));
    expect(requests.length, 'requests for the guide').to.equal(0);
    expect(placeholders).to.equal(0);
  });
});

describe('a server-rendered page under a strict CSP', () => {
  // Why a page that must read without script allows style-src 'unsafe-inline' (README, "Server
  // rendering and search"): a strict style-src refuses the server's <style> and style attributes.
  it('is unstyled without script: every width form of a chart shows', async () => {
    const frame = await openPage({ element: 'salary', script: 'none', csp: 'strict' }, 900, { scripts: false });
    const root = frame.contentDocument!.querySelector('career-salary')!.shadowRoot!;
    const forms = [...root.querySelectorAll('.form')];
    expect(forms.length).to.be.greaterThan(1);
    expect(forms.filter((form) => form.checkVisibility()).length).to.equal(forms.length);
  });

  it('is styled once hydrated, though the policy refused the server’s styles', async () => {
    const frame = await openPage({ element: 'guide', script: 'cdn', csp: 'strict' }, 900);
    const doc = frame.contentDocument!;
    await waitUntil(() => charts(doc).length === 7 && charts(doc).every((chart) => (chart as HTMLElement & { hasUpdated?: boolean }).hasUpdated), 'charts hydrated', { timeout: 8000 });
    for (const chart of charts(doc)) {
      const shown = [...chart.shadowRoot!.querySelectorAll('.form')].filter((form) => form.checkVisibility());
      expect(shown.length, `${chart.localName}: forms shown`).to.equal(1);
      // Sizes from the layout, which the policy refused as style attributes, are set again.
      const styled = [...chart.shadowRoot!.querySelectorAll<HTMLElement>('[style]')].filter((element) => element.style.length > 0);
      if (chart.localName === 'career-facts') expect(styled.length, 'facts sizes').to.be.greaterThan(0);
    }
    const salary = charts(doc).find((chart) => chart.localName === 'career-salary')!;
    const form = [...salary.shadowRoot!.querySelectorAll('.form')].find((element) => element.checkVisibility())!;
    const bar = form.querySelector('.bar')!;
    expect(doc.defaultView!.getComputedStyle(bar).fill, 'bar fill from the element styles').to.not.equal('rgb(0, 0, 0)');
  });
});

describe('server rendering in another language', () => {
  it('mirrors a right-to-left chart as the browser does', async () => {
    await import('../src/tiers/tiers.js');
    const frame = await openPage({ element: 'tiers', dir: 'rtl', script: 'none' }, 600, { scripts: false });
    const served = frame.contentDocument!.querySelector('career-tiers')!.shadowRoot!.querySelector('.form-520 svg')!;
    const drawn = await drawnIn('career-tiers', sampleGuide(), 520, 'rtl');
    expect(svgTexts(served)).to.deep.equal(svgTexts(drawn.shadowRoot!.querySelector('svg')!));
    expect(svgTexts(served).some((label) => label.anchor === 'end' && label.x > 400), 'labels at the right').to.equal(true);
  });

  it('marks the words and the guide’s text with their languages, as the browser does', async () => {
    const frame = await openPage({ element: 'guide', locale: 'de-DE', script: 'none' }, 900, { scripts: false });
    const guide = frame.contentDocument!.querySelector('career-guide')!;
    expect(guide.shadowRoot!.querySelector('.content')!.getAttribute('lang')).to.equal('de-DE');
    expect(misplaced(guide, guideStrings(sampleGuide()), 'en', 'de')).to.deep.equal([]);
  });

  it('writes the words and numbers the browser writes', async () => {
    const frame = await openPage({ element: 'salary', locale: 'de-DE', script: 'none' }, 600, { scripts: false });
    const served = frame.contentDocument!.querySelector('career-salary')!.shadowRoot!;
    const summary = served.querySelector('.form-520 [id^="summary"]')!.textContent;
    await import('../src/salary/salary.js');
    const element = document.createElement('career-salary') as HTMLElement & { data: unknown; updateComplete: Promise<unknown> };
    element.setAttribute('locale', 'de-DE');
    element.data = sampleGuide();
    element.style.width = '600px';
    document.body.append(element);
    await waitUntil(() => element.shadowRoot?.querySelector('#summary'), 'drawn', { timeout: 5000 });
    // The rise from the first level to the last, as German writes a percentage.
    expect(summary).to.match(/um 53[\u00a0\u202f]%/);
    expect(summary).to.equal(element.shadowRoot!.querySelector('#summary')!.textContent);
    element.remove();
  });
});
