/**
 * Cross-site scripting: classic payloads put into every text field of the bundled guide, one
 * payload at a time, in every element. Nothing executes (alert is stubbed, a flag is watched, a
 * canary URL must see no request) and the payload shows as text.
 */
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { clearGuideCache } from '../src/data/load.js';
import { validateGuide } from '../src/contract/validate.js';
import { sampleGuide } from './support/guides.js';
import { mount, settled } from './support/dom.js';
import { fetchJson } from './support/server.js';
import { ELEMENTS } from '../src/registry.js';

const KEY = `x${Math.random().toString(36).slice(2, 10)}`;
const CANARY = `/faults/canary/${KEY}`;

const PAYLOADS = [
  '<script>window.__xss=1;alert(1)</script>',
  `<img src="${CANARY}" onerror="window.__xss=1">`,
  '<svg onload="window.__xss=1"></svg>',
  '" onmouseover="window.__xss=1" x="',
  "' autofocus onfocus='window.__xss=1' x='",
  'javascript:window.__xss=1',
  'data:text/html,<script>parent.__xss=1</script>',
  '&lt;script&gt;window.__xss=1&lt;/script&gt; &#60;img src=x onerror=alert(1)&#62;',
  '<a href="javascript:window.__xss=1">click</a>',
  `<noscript><p title="</noscript><img src=${CANARY} onerror=alert(1)>">`,
  `<math><mtext><table><mglyph><style><img src=${CANARY} onerror=alert(1)>`,
  '</style></title></textarea><script>window.__xss=1</script>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  'lit$123456789$ <?lit$123456789$> <!--?lit$123456789$--> {{constructor.constructor("alert(1)")()}} ${alert(1)}',
];

// Fields that are codes, ids, enums, times or URLs: the contract refuses payloads there, so they
// stay as in the sample (other tests cover their validation).
const STRUCTURAL = /(^|\.)(\$schema|id|lang|basis|level|currency|country|period|start|end|unit|salaryLevel|url|stress|balance|asOf)$/;

/** The sample with `payload` appended to every text field (and a marker of which field it was). */
function poisoned(payload: string): unknown {
  let count = 0;
  const walk = (value: unknown, path: string): unknown => {
    if (typeof value === 'string') {
      if (STRUCTURAL.test(path)) return value;
      count += 1;
      // Keep within the contract's length limits for labels (200) so the document stays valid.
      return `${value.slice(0, 20)} ${payload}`.slice(0, 190);
    }
    if (Array.isArray(value)) return value.map((item, i) => walk(item, `${path}[${i}]`));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item, path ? `${path}.${key}` : key)]));
    return value;
  };
  const guide = walk(sampleGuide(), '');
  expect(count, 'text fields poisoned').to.be.greaterThan(100);
  return guide;
}

/** Text a reader can reach, through every shadow root. */
function deepText(node: Node): string {
  let out = '';
  if (node.nodeType === Node.TEXT_NODE) out += node.textContent;
  if (node instanceof Element && node.shadowRoot) out += deepText(node.shadowRoot);
  node.childNodes.forEach((child) => (out += deepText(child)));
  return out;
}

/** Every element anywhere under `root`, through shadow roots. */
function deepElements(root: Node): Element[] {
  const found: Element[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element) {
      found.push(node);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return found;
}

let alerts = 0;
const realAlert = window.alert;
before(() => {
  window.alert = () => {
    alerts += 1;
  };
});
after(() => {
  window.alert = realAlert;
});
afterEach(() => clearGuideCache());

describe('XSS payloads in every text field', () => {
  for (const payload of PAYLOADS) {
    describe(payload.slice(0, 60), () => {
      const guide = poisoned(payload);

      it('still makes a valid guide, so the elements render it', () => {
        const result = validateGuide(guide);
        expect(result.ok, result.ok ? '' : JSON.stringify(result.issues.slice(0, 3))).to.equal(true);
      });

      for (const { name } of ELEMENTS) {
        it(`<career-${name}> shows it as text and runs nothing`, async () => {
          const el = await settled(await mount(`career-${name}`, 800, (e) => (e.data = guide)));
          const box = el.parentElement!;
          // Let anything that might run, run: event handlers, image errors, focus.
          await new Promise((resolve) => setTimeout(resolve, 50));
          expect(alerts, 'alert() called').to.equal(0);
          expect((window as { __xss?: unknown }).__xss, 'payload executed').to.equal(undefined);
          const injected = deepElements(box).filter((node) => ['script', 'img', 'iframe', 'object', 'embed', 'math', 'noscript', 'style'].includes(node.localName) && !node.closest('style'));
          expect(injected.map((node) => node.localName), 'elements from the data').to.deep.equal([]);
          for (const link of deepElements(box).filter((node) => node.localName === 'a')) {
            expect((link as HTMLAnchorElement).protocol, 'link scheme').to.match(/^https?:$/);
          }
          expect(deepText(box)).to.contain(payload.slice(0, 40));
          box.remove();
        });
      }
    });
  }

  it('made no request to the canary', async () => {
    const { hits } = await fetchJson<{ hits: number }>(`/faults/canary-hits/${KEY}`);
    expect(hits).to.equal(0);
  });
});
