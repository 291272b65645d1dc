/** Helpers for element tests. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { GuideElement } from '../../src/element/guide-element.js';
import { sampleGuide } from './guides.js';

/** Waits until the element has settled on `status` and rendered it. */
export async function settled<T extends GuideElement>(element: T, status: T['state']['status'] = 'ready'): Promise<T> {
  await waitUntil(() => element.state.status === status, `expected state ${status}, got ${element.state.status}`, { timeout: 5000 });
  await element.updateComplete;
  // The width arrives from a ResizeObserver and the chart draws in the frame after it: until
  // then a ready element still shows its placeholder.
  if (status !== 'loading') {
    await waitUntil(() => !element.shadowRoot?.querySelector('[part="placeholder"]'), `${element.localName} kept its placeholder`, { timeout: 5000 });
    // Drawn wherever it stands, without scrolling; but off screen the browser skips its
    // rendering (content-visibility: auto), and tests look at it as a reader would: in view.
    element.scrollIntoView({ block: 'nearest' });
    await drawnOnScreen(element);
  } else {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }
  await element.updateComplete;
  return element;
}

/**
 * Waits, a few frames at most, for the browser to lay out an element's skippable content once it
 * is in view. Chromium decides at once that content-visibility: auto content near the viewport is
 * relevant; WebKit decides in its next rendering update, ahead of painting, and until then lays
 * out none of the content's text: Range rectangles read zero, though boxes (whose rectangles force
 * a layout) do not, and checkVisibility() says nothing of it. Content the page hides stays hidden:
 * this gives up quietly.
 */
async function drawnOnScreen(element: Element): Promise<void> {
  for (let i = 0; i < 3 && [...(element.shadowRoot?.querySelectorAll('.content') ?? [])].some(unlaidText); i += 1) await frames(1);
}

/** Whether the first shown word under `root` has no layout yet. */
function unlaidText(root: Element): boolean {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim() || !node.parentElement?.getClientRects().length) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    return range.getClientRects().length === 0;
  }
  return false;
}

/**
 * Waits out a resize: the ResizeObserver reports after layout, the chart redraws in the next
 * frame, and Lit renders in a microtask after that. Three frames cover it.
 */
export async function frames(count = 3): Promise<void> {
  for (let i = 0; i < count; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** A container of a given width to put an element in. */
export async function container(width: number): Promise<HTMLDivElement> {
  return fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
}

/** The shadow root of an element, which must exist. */
export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`${element.localName} has no shadow root`);
  return element.shadowRoot;
}

/** Text of an element with whitespace collapsed. */
export function text(node: Node | null | undefined): string {
  // ASCII whitespace only: Intl's no-break spaces are part of what a number says.
  return (node?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
}

/** Every text under `root`, through every shadow root, as find-in-page and a screen reader get it (SVG `<title>` left out). */
export function deepText(root: Node): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) out += `${node.textContent} `;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    if (node instanceof Element && node.localName === 'title') return;
    node.childNodes.forEach(walk);
  };
  walk(root);
  return out.replace(/[ \t\n\r]+/g, ' ');
}

/** A promise for the next event of `type` on `target`, or a rejection after `ms`. */
export function nextEvent<E extends Event>(target: EventTarget, type: string, ms = 5000): Promise<E> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} event within ${ms}ms`)), ms);
    target.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event as E);
      },
      { once: true },
    );
  });
}

/** A unique key so that fault-server counters are per test. */
export function uniqueKey(): string {
  return `k${Math.random().toString(36).slice(2, 10)}`;
}

/** Moves the real mouse onto the middle of `target` (after scrolling it into view), as a reader's pointer would. */
export async function hover(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

/** Moves the real mouse to the viewport's bottom-right corner, off every chart in these tests. */
export async function hoverAway(): Promise<void> {
  await sendMouse({ type: 'move', position: [innerWidth - 1, innerHeight - 1] });
}

/** Presses `key` on `target` as a keyboard would (bubbling out of shadow roots, cancelable). */
export const press = (target: Element, key: string): boolean =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));

/** A container of a given width in a given direction (`dir` attribute) to put an element in. */
export async function directed(width: number, dir: 'ltr' | 'rtl'): Promise<HTMLDivElement> {
  return fixture<HTMLDivElement>(html`<div dir=${dir} style="width:${width}px"></div>`);
}

/** Every SVG text under `root`: where the layout put it, and the words. */
export function svgTexts(root: ParentNode): { x: number; anchor: string; text: string }[] {
  return [...root.querySelectorAll('svg text')].map((node) => ({ x: Number(node.getAttribute('x')), anchor: node.getAttribute('text-anchor') ?? 'start', text: text(node) }));
}

/** The texts under `root` that the browser draws past their SVG's left or right edge (clipped by the page or the card). */
export function overflowingTexts(root: ParentNode): string[] {
  return [...root.querySelectorAll<SVGTextElement>('svg text')]
    .filter((node) => {
      const frame = node.ownerSVGElement!.getBoundingClientRect();
      const box = node.getBoundingClientRect();
      // A glyph's ink may stand out of its advance by under a pixel ("/" does): not a clip.
      return box.width > 0 && (box.left < frame.left - 1.5 || box.right > frame.right + 1.5);
    })
    .map((node) => text(node));
}

/** Where the browser drew each character of the text under `node`, in document order (spaces included). */
export function characterBoxes(node: Node): { char: string; left: number; right: number; top: number }[] {
  const boxes: { char: string; left: number; right: number; top: number }[] = [];
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let current = walker.nextNode() as Text | null; current; current = walker.nextNode() as Text | null) {
    for (let i = 0; i < current.length; i += 1) {
      const range = document.createRange();
      range.setStart(current, i);
      range.setEnd(current, i + 1);
      const box = range.getBoundingClientRect();
      boxes.push({ char: current.data[i]!, left: box.left, right: box.right, top: box.top });
    }
  }
  return boxes;
}

/**
 * Collects what a test file's code throws into the page (errors and unhandled rejections) while
 * its tests run; `expectNone` fails the test that let one through. Call at a file's top level.
 */
export function watchPageErrors(): { expectNone: () => void } {
  const caught: string[] = [];
  const onError = (event: ErrorEvent) => caught.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => caught.push(String(event.reason));
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  return {
    expectNone: () => {
      const seen = caught.splice(0);
      expect(seen, 'errors thrown into the page').to.deep.equal([]);
    },
  };
}

/** The element class of `tag` where the tag is declared in HTMLElementTagNameMap, any guide element otherwise. */
export type ElementOf<K extends string> = K extends keyof HTMLElementTagNameMap ? HTMLElementTagNameMap[K] & GuideElement : GuideElement;

/** Where `mount` puts an element: the direction and language of its container. */
export interface Placement {
  readonly dir?: 'ltr' | 'rtl';
  readonly lang?: string;
}

/**
 * Creates a `tag` element, lets `setup` give it its data, source and options (the sample guide
 * when there is no `setup`), and appends it to a fresh container `width` px wide. Setting up
 * before connecting is what a page's markup does, and lets `setup` listen for the first events.
 * Returns at once, still loading: `settled()` waits for the state a test needs.
 */
export async function mount<K extends string>(
  tag: K,
  width: number,
  setup: (element: ElementOf<K>) => void = (element) => (element.data = sampleGuide()),
  { dir, lang }: Placement = {},
): Promise<ElementOf<K>> {
  const box = await (dir ? directed(width, dir) : container(width));
  if (lang) box.lang = lang;
  const element = document.createElement(tag) as ElementOf<K>;
  setup(element);
  box.append(element);
  return element;
}

/** A `tag` element on `data`, drawn in a container `width` px wide whose direction is `dir`. */
export async function drawnIn<T extends GuideElement>(tag: string, data: unknown, width: number, dir: 'ltr' | 'rtl'): Promise<T> {
  return settled((await mount(tag, width, (element) => (element.data = data), { dir })) as T);
}
