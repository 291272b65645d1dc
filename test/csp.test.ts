/**
 * Every element under a strict Content-Security-Policy with Trusted Types (see
 * test/support/csp.mjs): everything renders, with zero securitypolicyviolation events.
 */
import { expect, waitUntil } from '@open-wc/testing';

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
});
