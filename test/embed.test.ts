/**
 * The iframe embed (dist/cdn/embed.html + embed.js, from `npm run build`), the rendered embed
 * pages (dist/cdn/embed/<guide>/<element>.html) and the host script (dist/cdn/embed-host.js):
 * the iframe takes its content's height, grows and shrinks with it, and believes only its own
 * frame from its own origin; a rendered page shows its chart with no script at all.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { renderedEmbedPath } from '../src/cdn/embed-pages.js';
import { ELEMENTS, type ElementName } from '../src/registry.js';
import { sampleGuide } from './support/guides.js';

const HOST_SCRIPT = '/dist/cdn/embed-host.js';
await import(/* @vite-ignore */ HOST_SCRIPT);

function embed(query: string, width = 700, origin = location.origin): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.dataset.careerEmbed = '';
  frame.title = 'Salary';
  frame.style.cssText = `width:${width}px;height:150px;border:0`;
  frame.src = `${origin}/dist/cdn/embed.html?${query}`;
  document.body.append(frame);
  return frame;
}

const height = (frame: HTMLIFrameElement) => frame.getBoundingClientRect().height;

describe('the iframe embed', () => {
  it('renders one element from URL parameters and sizes the iframe to it', async () => {
    const frame = embed('element=salary&guide=operations-engineer&id=one');
    await waitUntil(() => height(frame) > 250, 'the iframe did not take its content height', { timeout: 8000 });
    const doc = frame.contentDocument!;
    const element = doc.querySelector('career-salary') as HTMLElement & { state: { status: string } };
    await waitUntil(() => element.state.status === 'ready', 'the guide did not load', { timeout: 8000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Nothing else on the page (the test server adds a script of its own).
    expect(doc.querySelectorAll('body > :not(script)')).to.have.length(1);
    expect(doc.querySelector('#root')!.children).to.have.length(1);
    // The iframe is exactly as tall as the embed's document.
    expect(Math.abs(height(frame) - doc.documentElement.getBoundingClientRect().height)).to.be.lessThan(2);
    frame.remove();
  });

  it('grows when its content grows and shrinks when it shrinks', async () => {
    const frame = embed('element=salary&guide=operations-engineer&id=two', 700);
    await waitUntil(() => height(frame) > 250, 'no first height', { timeout: 8000 });
    const wide = height(frame);
    frame.style.width = '340px'; // narrow: labels above bars, a taller chart
    await waitUntil(() => height(frame) > wide + 20, 'the iframe did not grow', { timeout: 5000 });
    const narrow = height(frame);
    frame.style.width = '700px';
    await waitUntil(() => height(frame) < narrow - 20, 'the iframe did not shrink', { timeout: 5000 });
    frame.remove();
  });

  it('passes theme, locale and whole-guide options through', async () => {
    const frame = embed('element=guide&guide=operations-engineer&theme=dark&locale=de-DE&sections=salary+faq&heading-level=3&id=three', 800);
    await waitUntil(() => height(frame) > 250, 'no height', { timeout: 8000 });
    const guide = frame.contentDocument!.querySelector('career-guide')!;
    expect(guide.getAttribute('theme')).to.equal('dark');
    expect(guide.getAttribute('locale')).to.equal('de-DE');
    expect(guide.getAttribute('sections')).to.equal('salary faq');
    expect(guide.getAttribute('heading-level')).to.equal('3');
    frame.remove();
  });

  it('works across origins', async () => {
    // The test server answers on 127.0.0.1 too: a different origin from localhost.
    const other = location.origin.replace('localhost', '127.0.0.1');
    expect(other).not.to.equal(location.origin);
    const frame = embed('element=facts&guide=operations-engineer&id=four', 700, other);
    await waitUntil(() => height(frame) > 160, 'a cross-origin embed was not sized', { timeout: 8000 });
    frame.remove();
  });

  it('ignores height messages from other windows and other origins', async () => {
    const frame = embed('element=salary&guide=operations-engineer&id=five');
    await waitUntil(() => height(frame) > 250, 'no height', { timeout: 8000 });
    const before = height(frame);
    const claim = { type: 'career-widgets:height', id: 'five', height: 9 };
    // From this window, not the iframe's.
    window.postMessage(claim, '*');
    // From another frame on the page.
    const stranger = document.createElement('iframe');
    stranger.srcdoc = '<p>stranger</p>';
    document.body.append(stranger);
    await new Promise((resolve) => stranger.addEventListener('load', resolve, { once: true }));
    stranger.contentWindow!.parent.postMessage(claim, '*');
    // From the right window but claiming another origin.
    window.dispatchEvent(new MessageEvent('message', { data: claim, origin: 'https://evil.example', source: frame.contentWindow }));
    // Absurd heights from the right frame are refused too.
    window.dispatchEvent(new MessageEvent('message', { data: { ...claim, height: 1e9 }, origin: location.origin, source: frame.contentWindow }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(height(frame)).to.equal(before);
    // The same message from the right window and origin is believed.
    window.dispatchEvent(new MessageEvent('message', { data: { ...claim, height: 333 }, origin: location.origin, source: frame.contentWindow }));
    expect(height(frame)).to.equal(333);
    stranger.remove();
    frame.remove();
  });

  it('says so for an unknown element, and refuses javascript: sources', async () => {
    const frame = embed('element=banner&id=six');
    await waitUntil(() => frame.contentDocument?.querySelector('[role="alert"]') !== null && frame.contentDocument?.readyState === 'complete', 'no message', { timeout: 8000 });
    expect(frame.contentDocument!.querySelector('[role="alert"]')!.textContent).to.contain('Unknown element "banner"');
    frame.remove();
    const script = embed('element=salary&src=javascript:alert(1)&id=seven');
    await waitUntil(() => (script.contentDocument?.querySelector('career-salary') as { state?: { status: string } } | null)?.state?.status === 'error', 'no error state', { timeout: 8000 });
    script.remove();
  });
});

/** A rendered embed page of the bundled guide, from the test server's root. */
const rendered = (name: string) => `/dist/cdn/${renderedEmbedPath('operations-engineer', name)}`;

/** Every element node of `root`, in the shadow roots of its elements too. */
function allElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...allElements(element.shadowRoot));
  }
  return found;
}

/** The text a reader sees in `root`: visible text nodes, through shadow roots. */
function visibleText(root: ParentNode): string {
  const parts: string[] = [];
  for (const element of allElements(root)) {
    if (!element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: false })) continue;
    for (const node of element.childNodes) if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
  }
  return parts.join(' ').replace(/\s+/g, ' ');
}

const sample = sampleGuide();

/** Words of the sample that each element shows on screen. */
const WORDS: Readonly<Record<ElementName, readonly string[]>> = {
  salary: ['$100,000', '$130,000'],
  // Titles that fit their column at this width (the last one is cut there; its tier's name says it whole).
  tiers: [sample.tiers![0]!.title, sample.tiers![2]!.title],
  skills: [sample.skillMap!.levels[0]!.title, 'Site Reliability Engineering (SLOs, SLIs, Error Budgets)'],
  demand: ['High', '9%'],
  facts: ['9%', '$100,000'],
  day: [sample.day!.blocks[0]!.focus!, sample.day!.blocks[0]!.tasks![0]!],
  balance: ['Moderate to high', 'Challenging'],
  guide: [sample.title!, sample.tiers![0]!.title, 'Moderate to high', sample.faq![7]!.question],
};

/** Opens a rendered page `width` px wide; `scripts: false` sandboxes the frame, so that no script runs in it. */
async function openRendered(name: string, width: number, { scripts = true, origin = location.origin } = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.dataset.careerEmbed = '';
  frame.title = name;
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = `width:${width}px;height:150px;border:0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${origin}${rendered(name)}?id=${name}`;
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('the rendered embed pages', () => {
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  for (const { name, tag } of ELEMENTS) {
    it(`show <${tag}> with scripts off: the chart drawn, its words, no placeholder, nothing refused`, async () => {
      const frame = await openRendered(name, 700, { scripts: false });
      const doc = frame.contentDocument!;
      expect(frame.contentWindow!.customElements.get(tag), 'no script ran').to.equal(undefined);
      const host = doc.querySelector(`#root > ${tag}`)!;
      expect(host.shadowRoot, 'the declarative shadow root').to.not.equal(null);
      const charts = [host, ...allElements(host.shadowRoot!)].filter((element) => /^career-(?!guide)/.test(element.localName));
      expect(charts.length, 'charts').to.equal(name === 'guide' ? 7 : 1);
      for (const chart of charts) {
        const root = chart.shadowRoot!;
        expect(root.querySelector('[part="placeholder"]'), `${chart.localName} placeholder`).to.equal(null);
        // The page's policy let the shadow root's styles apply: one form shows, not all of them.
        const shown = [...root.querySelectorAll('.form')].filter((form) => form.checkVisibility());
        expect(shown.length, `${chart.localName}: forms shown`).to.equal(1);
        const marks = [...shown[0]!.querySelectorAll('svg')].filter((svg) => svg.getBoundingClientRect().width > 0 && svg.querySelector('path, rect, line, circle'));
        expect(marks.length, `${chart.localName}: SVG drawn`).to.be.greaterThan(0);
      }
      const seen = visibleText(doc.body);
      for (const words of WORDS[name]) expect(seen, `${name}: ${words}`).to.include(words);
      // Nothing the page needs was refused by its policy (the reports so far, read at once).
      const win = frame.contentWindow! as Window & typeof globalThis;
      const reports = new win.ReportingObserver(() => undefined, { types: ['csp-violation'], buffered: true });
      reports.observe();
      expect(reports.takeRecords().map((report) => JSON.stringify(report.body))).to.deep.equal([]);
    });
  }

  it('are pages of their own: titled, English, indexed only as part of the host page, with no JSON-LD', async () => {
    const frame = await openRendered('salary', 700, { scripts: false });
    const doc = frame.contentDocument!;
    expect(doc.title).to.equal('Salary — Operations Engineer');
    expect(doc.documentElement.lang).to.equal('en');
    expect(doc.querySelector('meta[name="robots"]')!.getAttribute('content')).to.equal('noindex, indexifembedded');
    // The host page states the Occupation, once; an embed is part of that page.
    expect(doc.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);
    expect(doc.querySelector('career-salary')!.getAttribute('theme')).to.equal('light');
  });

  for (const { name, tag } of ELEMENTS) {
    it(`with scripts on, hydrate <${tag}> in place and are sized by the host script, with no CSP violation`, async () => {
      const frame = await openRendered(name, 700);
      const win = frame.contentWindow! as Window & typeof globalThis;
      const doc = frame.contentDocument!;
      const reports: string[] = [];
      new win.ReportingObserver((list) => reports.push(...list.map((report) => JSON.stringify(report.body))), { types: ['csp-violation'], buffered: true }).observe();
      const host = doc.querySelector(`#root > ${tag}`) as HTMLElement & { hasUpdated?: boolean };
      await waitUntil(() => host.hasUpdated, `<${tag}> did not hydrate`, { timeout: 8000 });
      // Hydrated, not drawn again beside the server's DOM.
      expect([...host.shadowRoot!.children].filter((child) => child.localName !== 'style'), 'top-level nodes of the shadow root').to.have.length(1);
      await waitUntil(() => Math.abs(height(frame) - doc.documentElement.getBoundingClientRect().height) < 2 && height(frame) > 150, 'the host script did not size the iframe', {
        timeout: 8000,
      });
      expect(reports).to.deep.equal([]);
    });
  }

  it('follow their content when the iframe narrows and widens, across origins too', async () => {
    const other = location.origin.replace('localhost', '127.0.0.1');
    const frame = await openRendered('salary', 700, { origin: other });
    await waitUntil(() => height(frame) > 250, 'no first height', { timeout: 8000 });
    const wide = height(frame);
    frame.style.width = '340px'; // the narrowest form: labels above bars, a taller chart
    await waitUntil(() => height(frame) > wide + 20, 'the iframe did not grow', { timeout: 5000 });
    const narrow = height(frame);
    frame.style.width = '700px';
    await waitUntil(() => height(frame) < narrow - 20, 'the iframe did not shrink', { timeout: 5000 });
  });
});
