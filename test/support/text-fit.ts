/**
 * Whether the text an element draws fits, as a reader sees it: measured in the rendered DOM,
 * through shadow roots, HTML and SVG `<text>` alike, line by line (Range.getClientRects). For
 * the reflow test (320px columns) and the font-size suite (16, 24, 32px browser fonts), which
 * look for the same faults at other sizes.
 *
 * `textFitProblems(element)` returns each fault as a sentence naming the texts, empty when the
 * element's text fits:
 * - `overlap`: two texts' line boxes overlap;
 * - `clipped`: a box cuts its text off (overflow hidden, or an ellipsis by `text-overflow`);
 * - `outside`: text sticks out of the element's own box, or out of the bordered box it is in
 *   (a card, a skill);
 * - `ellipsis`: a text holds "…" that the data and the words do not (pass them as `allowed`);
 * - `broken-word`: a line of HTML text ends inside a word that would have fit on a line;
 * - `too-wide`: the element's box is wider than its container, so the page scrolls sideways.
 *   (Its own focus rings may reach past it, by design: WebKit's room for them, see the shared
 *   styles; text that does is `outside`.)
 */

/** One fault found: its kind, and a sentence that says what and where. */
export interface TextFitProblem {
  readonly kind: 'overlap' | 'clipped' | 'outside' | 'ellipsis' | 'broken-word' | 'too-wide';
  readonly message: string;
}

/** What to check besides the defaults. */
export interface TextFitOptions {
  /** Text that may hold an ellipsis: the guide's JSON and the element's words, say. */
  readonly allowed?: string;
  /** Sub-pixel slack, px: boxes that merely touch do not overlap (default 1). */
  readonly slack?: number;
}

/** A run of text on screen: its node, its element, its line boxes. */
interface Run {
  readonly node: Text;
  readonly element: Element;
  readonly rects: readonly DOMRect[];
}

/** Every text node under `root`, through open shadow roots, with the element that holds it. */
function* textNodes(root: Node): Generator<Text> {
  for (const child of root.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) yield child as Text;
    else {
      if (child instanceof Element && child.shadowRoot) yield* textNodes(child.shadowRoot);
      yield* textNodes(child);
    }
  }
}

/** The element's parent, across a shadow root's boundary. */
const parentOf = (element: Element): Element | null => element.parentElement ?? ((element.parentNode as ShadowRoot | null)?.host ?? null);

/**
 * Whether a reader sees `element`'s text: not hidden, not a style or title, not visually hidden
 * (the clip of `.visually-hidden`, or a box of a pixel), not empty.
 */
function shown(element: Element, host: Element): boolean {
  if (element.closest('style, script, title, desc, template')) return false;
  if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
  for (let e: Element | null = element; e && e !== host; e = parentOf(e)) {
    const style = getComputedStyle(e);
    if (style.clipPath === 'inset(50%)') return false;
    const box = e.getBoundingClientRect();
    if (style.overflow !== 'visible' && (box.width <= 1 || box.height <= 1)) return false;
  }
  return true;
}

/**
 * Whether this engine reports the boxes of elements under a CSS `zoom` (the charts' drawings at
 * a larger font size) in unzoomed pixels: WebKit 2.50 reports the box's place in the document
 * divided by the zoom, less the scroll offset; Chromium and Firefox follow the standard and report
 * what is drawn. Checked once, on a probe.
 */
const unzoomedRects = (() => {
  const probe = document.createElement('div');
  probe.style.cssText = 'position:absolute;zoom:2;width:10px;height:10px;visibility:hidden';
  document.body.append(probe);
  const reported = probe.getBoundingClientRect().width;
  probe.remove();
  return reported < 15;
})();

/** Where `element` drew what the engine reports as `rect`, in the page's pixels (see `unzoomedRects`). */
function drawnRect(element: Element, rect: DOMRect): DOMRect {
  if (!unzoomedRects) return rect;
  let zoom = 1;
  for (let e: Element | null = element; e; e = parentOf(e)) zoom *= parseFloat(getComputedStyle(e).zoom) || 1;
  if (zoom === 1) return rect;
  const { scrollX, scrollY } = window;
  return new DOMRect((rect.x + scrollX) * zoom - scrollX, (rect.y + scrollY) * zoom - scrollY, rect.width * zoom, rect.height * zoom);
}

function runs(host: Element): Run[] {
  const found: Run[] = [];
  for (const node of textNodes(host.shadowRoot ?? host)) {
    const element = node.parentElement;
    if (!element || !node.data.trim() || !shown(element, host)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((rect) => rect.width > 0.5 && rect.height > 0.5).map((rect) => drawnRect(element, rect));
    if (rects.length) found.push({ node, element, rects });
  }
  return found;
}

const quote = (text: string) => `"${text.trim().replace(/\s+/g, ' ').slice(0, 60)}"`;
const where = (element: Element) => `<${element.localName}${element.classList.length ? ` class="${[...element.classList].join(' ')}"` : ''}>`;
const intersect = (a: DOMRect, b: DOMRect) => Math.min(a.right, b.right) - Math.max(a.left, b.left);
const down = (a: DOMRect, b: DOMRect) => Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);

/** The nearest ancestor (up to the host) that clips its content or draws a border around it. */
function frameOf(element: Element, host: Element): { element: Element; rect: DOMRect; clips: boolean } | undefined {
  for (let e = parentOf(element); e && e !== host; e = parentOf(e)) {
    if (e instanceof SVGElement && !(e instanceof SVGSVGElement)) continue;
    const style = getComputedStyle(e);
    const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
    const bordered = ['Top', 'Right', 'Bottom', 'Left'].every((side) => parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0);
    if (clips || bordered) return { element: e, rect: drawnRect(e, e.getBoundingClientRect()), clips };
  }
  return undefined;
}

/** Where a line may end in a word: after a hyphen or a dash, or a slash (browsers break there too). */
const BREAKABLE = /[-‐–—/]/u;

/** Lines of `run` that end inside a word that would have fit on a line of its own. */
function brokenWords(run: Run): string[] {
  if (run.rects.length < 2 || run.element instanceof SVGElement) return [];
  const text = run.node.data;
  const range = document.createRange();
  const top = (index: number) => {
    range.setStart(run.node, index);
    range.setEnd(run.node, index + 1);
    return range.getBoundingClientRect().top;
  };
  const room = run.element.getBoundingClientRect().width;
  const found: string[] = [];
  for (let i = 1; i < text.length; i += 1) {
    const [before, here] = [text[i - 1]!, text[i]!];
    if (/\s/.test(before) || /\s/.test(here) || BREAKABLE.test(before)) continue;
    if (Math.abs(top(i) - top(i - 1)) < 2) continue;
    // A new line starts inside a word: fine only if the word is wider than the line, or has a
    // dash, hyphen or slash (engines differ on which side of it they report the break).
    const start = text.slice(0, i).search(/\S+$/);
    const end = i + text.slice(i).search(/\s|$/);
    if (BREAKABLE.test(text.slice(start, end))) continue;
    range.setStart(run.node, start);
    range.setEnd(run.node, end);
    const wide = [...range.getClientRects()].reduce((sum, rect) => sum + rect.width, 0);
    if (wide <= room + 1) found.push(`${quote(text.slice(start, end))} in ${where(run.element)} is broken mid-word, though it fits its ${room.toFixed(0)}px line`);
  }
  return found;
}

/**
 * The faults in the text `element` draws (see the module's comment), each with a sentence that
 * names the texts and where they are. Measures only: it changes nothing and waits for nothing,
 * so the caller renders, focuses or hovers first.
 */
export function textFitProblems(element: Element, { allowed = '', slack = 1 }: TextFitOptions = {}): TextFitProblem[] {
  const problems: TextFitProblem[] = [];
  const add = (kind: TextFitProblem['kind'], message: string) => problems.push({ kind, message: `<${element.localName}>: ${message}` });
  const found = runs(element);
  const hostRect = element.getBoundingClientRect();

  found.forEach((a, i) => {
    for (const b of found.slice(i + 1)) {
      const hit = a.rects.some((ra) => b.rects.some((rb) => intersect(ra, rb) > slack && down(ra, rb) > slack));
      if (hit) add('overlap', `${quote(a.node.data)} in ${where(a.element)} overlaps ${quote(b.node.data)} in ${where(b.element)}`);
    }
  });

  const seen = new Set<Element>();
  for (const run of found) {
    const style = getComputedStyle(run.element);
    if (!seen.has(run.element) && !(run.element instanceof SVGElement)) {
      seen.add(run.element);
      const clips = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
      if (clips && run.element.scrollWidth > run.element.clientWidth + slack) add('clipped', `${quote(run.element.textContent ?? '')} in ${where(run.element)} is cut off (${run.element.scrollWidth}px of text in ${run.element.clientWidth}px)`);
    }
    for (const rect of run.rects) {
      if (rect.left < hostRect.left - slack || rect.right > hostRect.right + slack || rect.top < hostRect.top - slack || rect.bottom > hostRect.bottom + slack) {
        add('outside', `${quote(run.node.data)} in ${where(run.element)} sticks out of the element's box`);
        break;
      }
    }
    const frame = frameOf(run.element, element);
    if (frame && run.rects.some((rect) => rect.left < frame.rect.left - slack || rect.right > frame.rect.right + slack || rect.top < frame.rect.top - slack || rect.bottom > frame.rect.bottom + slack)) {
      add(frame.clips ? 'clipped' : 'outside', `${quote(run.node.data)} in ${where(run.element)} ${frame.clips ? 'is cut off by' : 'sticks out of'} ${where(frame.element)}`);
    }
    if (run.node.data.includes('…') && !allowed.includes(run.node.data.trim())) add('ellipsis', `${quote(run.node.data)} in ${where(run.element)} is cut with an ellipsis`);
    for (const message of brokenWords(run)) add('broken-word', message);
  }

  const container = parentOf(element);
  if (container) {
    const room = container.getBoundingClientRect();
    if (hostRect.width > room.width + slack || hostRect.right > room.right + slack) add('too-wide', `the element is ${hostRect.width.toFixed(0)}px wide in a ${room.width.toFixed(0)}px container`);
  }
  return problems;
}

/**
 * The height of the smallest line of text `element` shows, in px: about 1.15 times its font's
 * size for HTML text (the line box of the font), as drawn, zoom included.
 */
export function smallestTextHeight(element: Element): number {
  return Math.min(...runs(element).flatMap((run) => run.rects.map((rect) => rect.height)));
}
