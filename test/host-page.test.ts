/**
 * The host page is never harmed: two copies of the library on one page, no globals of ours, and
 * no listener or observer left behind when elements leave.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { ELEMENTS as REGISTRY } from '../src/registry.js';

type CareerElement = HTMLElement & { state: { status: string } };
const TAGS = REGISTRY.map((element) => element.tag);

// Count what is left observing and listening. Installed before any of our code runs.
let observing = 0;
const observed = new WeakMap<object, number>();
for (const Observer of [ResizeObserver, MutationObserver, IntersectionObserver] as unknown as { prototype: { observe(...args: unknown[]): void; disconnect(): void } }[]) {
  const { observe, disconnect } = Observer.prototype;
  Observer.prototype.observe = function (this: object, ...args: unknown[]) {
    observed.set(this, (observed.get(this) ?? 0) + 1);
    observing += 1;
    return observe.apply(this, args);
  };
  Observer.prototype.disconnect = function (this: object) {
    observing -= observed.get(this) ?? 0;
    observed.set(this, 0);
    return disconnect.apply(this);
  };
}
let windowListeners = 0;
const { addEventListener, removeEventListener } = window;
window.addEventListener = function (...args: Parameters<typeof addEventListener>) {
  windowListeners += 1;
  return addEventListener.apply(window, args);
};
window.removeEventListener = function (...args: Parameters<typeof removeEventListener>) {
  windowListeners -= 1;
  return removeEventListener.apply(window, args);
};

const globalsBefore = new Set(Object.getOwnPropertyNames(window));

describe('the host page', () => {
  it('survives two copies of the bundle and an npm copy on one page', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    addEventListener.call(window, 'error', onError as unknown as EventListener);
    const copies = ['/dist/cdn/career-widgets.js?copy=1', '/dist/cdn/career-widgets.js?copy=2', '/dist/index.js'];
    for (const copy of copies) await import(/* @vite-ignore */ copy);
    removeEventListener.call(window, 'error', onError as unknown as EventListener);
    expect(errors).to.deep.equal([]);
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('adds no globals but Lit’s own version markers and hydration hook', () => {
    // (The test runner adds its own __WTR_ globals.)
    const added = Object.getOwnPropertyNames(window).filter((name) => !globalsBefore.has(name) && !name.startsWith('__WTR_'));
    expect(added.filter((name) => !/^(litHtmlVersions|litElementVersions|reactiveElementVersions|litPropertyMetadata|litElementHydrateSupport)$/.test(name))).to.deep.equal([]);
  });

  it('leaves no observer or window listener behind when elements are removed', async () => {
    const baseObservers = observing;
    const baseListeners = windowListeners;
    const box = document.createElement('div');
    box.style.width = '700px';
    document.body.append(box);
    for (let round = 0; round < 3; round += 1) {
      const elements = TAGS.map((tag) => {
        const el = document.createElement(tag) as CareerElement;
        el.setAttribute('src', '/data/operations-engineer.json');
        return el;
      });
      box.append(...elements);
      await waitUntil(() => elements.every((el) => el.state?.status === 'ready'), 'elements did not load', { timeout: 8000 });
      expect(observing, 'observing while on the page').to.be.greaterThan(baseObservers);
      for (const el of elements) el.remove();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(observing, 'observers left after removal').to.equal(baseObservers);
      expect(windowListeners, 'window listeners left after removal').to.equal(baseListeners);
    }
    box.remove();
  });
});
