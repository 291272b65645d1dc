/**
 * Where the browser really drew an element's text, and what is wrong with it: words on top of
 * each other, words cut by their box or by an ellipsis, text outside the element. For the suites
 * that change what the layouts cannot see (the reader's font size, a narrow column).
 */

/** One run of visible text and the box the browser drew it in. */
export interface DrawnText {
  readonly text: string;
  /** The boxes of its lines (one per line box for HTML, the whole `<text>` for SVG). */
  readonly boxes: readonly DOMRect[];
  readonly element: Element;
}

/** The parent of `node` across shadow roots. */
function parentOf(node: Node): Element | null {
  const parent = node.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}

/** Whether `element` is not drawn: not displayed, invisible, or visually hidden text for screen readers. */
function undrawn(element: Element): boolean {
  for (let current: Element | null = element; current; current = parentOf(current)) {
    const style = getComputedStyle(current);
    if (style.display === 'none' || style.visibility === 'hidden' || style.clipPath === 'inset(50%)') return true;
    if (current.closest('.visually-hidden, style, script, title, desc')) return true;
  }
  return false;
}

/**
 * Whether this engine reports the boxes of elements under a CSS `zoom` in unzoomed pixels, from
 * an unzoomed origin (WebKit 2.50 does; Chromium and Firefox follow the standard and report what
 * is drawn). Checked once, on a probe.
 */
const unzoomedRects = (() => {
  const probe = document.createElement('div');
  probe.style.cssText = 'position:absolute;zoom:2;width:10px;height:10px;visibility:hidden';
  document.body.append(probe);
  const reported = probe.getBoundingClientRect().width;
  probe.remove();
  return reported < 15;
})();

/** The product of the `zoom` of `element` and its ancestors, across shadow roots. */
function zoomOf(element: Element): number {
  let zoom = 1;
  for (let current: Element | null = element; current; current = parentOf(current)) zoom *= parseFloat(getComputedStyle(current).zoom) || 1;
  return zoom;
}

/** Where `element` drew a box that the engine reported as `box`, in the page's pixels. */
function drawnBox(element: Element, box: DOMRect): DOMRect {
  if (!unzoomedRects) return box;
  const zoom = zoomOf(element);
  return zoom === 1 ? box : new DOMRect(box.x * zoom, box.y * zoom, box.width * zoom, box.height * zoom);
}

/**
 * Every visible run of text in `root` (a shadow root), without going into the shadow roots of
 * the elements inside it: each element is checked on its own.
 */
export function drawnTexts(root: ShadowRoot | Element): DrawnText[] {
  const texts: DrawnText[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const element = node.parentElement;
    if (!element || !node.data.trim() || undrawn(element)) continue;
    let boxes: DOMRect[];
    if (element instanceof SVGElement) {
      boxes = [(element.closest('text') ?? element).getBoundingClientRect()];
    } else {
      const range = document.createRange();
      range.selectNodeContents(node);
      boxes = [...range.getClientRects()];
    }
    boxes = boxes.filter((box) => box.width >= 1 && box.height >= 1).map((box) => drawnBox(element, box));
    if (boxes.length > 0) texts.push({ text: node.data.trim(), boxes, element });
  }
  return texts;
}

/** How far two boxes overlap, in px along each axis (negative: apart). */
function overlap(a: DOMRect, b: DOMRect): { x: number; y: number } {
  return { x: Math.min(a.right, b.right) - Math.max(a.left, b.left), y: Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) };
}

/**
 * The pairs of texts drawn over each other. Line boxes of neighbouring lines may touch: only an
 * overlap of more than a quarter of the smaller line's height, and more than 2 px across,
 * counts (a glyph's ink is smaller than its line box).
 */
export function overlappingTexts(texts: readonly DrawnText[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < texts.length; i += 1) {
    for (let j = i + 1; j < texts.length; j += 1) {
      const a = texts[i]!;
      const b = texts[j]!;
      // A text inside the other's element (an SVG <tspan> in its <text>) is one text.
      if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
      const hit = a.boxes.some((boxA) =>
        b.boxes.some((boxB) => {
          const { x, y } = overlap(boxA, boxB);
          return x > 2 && y > Math.min(boxA.height, boxB.height) / 4;
        }),
      );
      if (hit) found.push(`"${a.text.slice(0, 40)}" overlaps "${b.text.slice(0, 40)}"`);
    }
  }
  return found;
}

/**
 * Texts that are not all there: cut by an ellipsis the data does not have, drawn past the edges
 * of `frame` (the element's box), or cut by a box that hides its overflow.
 */
export function clippedTexts(texts: readonly DrawnText[], frame: DOMRect, data: string): string[] {
  const found: string[] = [];
  for (const { text, boxes, element } of texts) {
    if (text.includes('…') && !data.includes(text)) found.push(`"${text}" ends in an ellipsis`);
    // A glyph's box may stand out of its advance by a fifth of its height ("J", "/"; Firefox's
    // boxes of SVG text are taller and wider than Chromium's): not a clip.
    const ink = (box: DOMRect) => Math.max(1.5, box.height / 5);
    if (boxes.some((box) => box.left < frame.left - ink(box) || box.right > frame.right + ink(box))) found.push(`"${text.slice(0, 40)}" is drawn outside the element`);
    for (let box: Element | null = element; box && !(box instanceof SVGElement); box = box.parentElement) {
      const style = getComputedStyle(box);
      if (style.overflowX !== 'visible' && box.scrollWidth > box.clientWidth + 1) {
        found.push(`"${text.slice(0, 40)}" is cut by its box (${box.scrollWidth} px in ${box.clientWidth})`);
        break;
      }
    }
  }
  return found;
}
