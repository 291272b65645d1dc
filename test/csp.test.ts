/**
 * Every element under a strict Content-Security-Policy with Trusted Types (see
 * test/support/csp.mjs): everything renders, and <career-guide> adds its Occupation JSON-LD to
 * the head, with zero securitypolicyviolation events.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { toOccupationJsonLd } from '../src/contract/occupation.js';
import { sampleGuide } from './support/guides.js';

type CspWindow = Window & { __violations: string[] };
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
