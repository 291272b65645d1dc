/**
 * Contrast (WCAG 2.2 AA 1.4.3 and 1.4.11) of what every element really paints, in the light and
 * the dark theme: every visible text against what is behind it (≥ 4.5:1, or 3:1 for large text),
 * every mark that carries meaning (bars, markers, meter fills, gauge arcs) and every focus
 * indicator against what is behind it (≥ 3:1). Colors are read with getComputedStyle and
 * normalised by painting them on a canvas; what is behind a thing is composited from the SVG
 * shapes painted under it and the backgrounds of its ancestors, up through shadow roots.
 */
import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { GuideElement } from '../src/element/guide-element.js';
import { sampleGuide } from './support/guides.js';
import { mount, settled, shadow } from './support/dom.js';
import { ELEMENTS as REGISTRY } from '../src/registry.js';

type Rgba = readonly [r: number, g: number, b: number, a: number];

const WHITE: Rgba = [255, 255, 255, 1];
const ELEMENTS = REGISTRY.map((element) => element.name);
const THEMES = ['light', 'dark'] as const;

/**
 * SVG shapes that carry no meaning of their own, left out of the 3:1 check for marks. Each is
 * decorative for a stated reason; everything else that is painted is checked.
 */
const DECORATIVE_SHAPES: readonly [selector: string, reason: string][] = [
  // Gridlines and the timeline's spine: the tick labels (checked as text) say the scale.
  ['.axis line, .spine', 'gridlines'],
  // The tint behind the current tier: the panel under the chart and aria-current say which one.
  ['.row', 'current-tier tint'],
];

// ---- colors -------------------------------------------------------------------------------

const canvas = document.createElement('canvas');
canvas.width = canvas.height = 1;
const paint = canvas.getContext('2d', { willReadFrequently: true })!;

/** Any CSS color (rgb, color(srgb …), oklch, named) as 8-bit sRGB with alpha, read off a canvas. */
function rgba(color: string): Rgba {
  const exact = /^rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)$/.exec(color);
  if (exact) return [Number(exact[1]), Number(exact[2]), Number(exact[3]), exact[4] === undefined ? 1 : Number(exact[4])];
  paint.clearRect(0, 0, 1, 1);
  paint.fillStyle = '#000';
  paint.fillStyle = color;
  paint.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = paint.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

/** `top` painted over an opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
}

const withAlpha = (color: Rgba, alpha: number): Rgba => [color[0], color[1], color[2], color[3] * alpha];

/** WCAG 2 relative luminance. */
function luminance([r, g, b]: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio of two opaque colors. */
function ratio(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

// ---- the tree -----------------------------------------------------------------------------

/** The parent in the flat tree: across a shadow root to its host. */
function parentOf(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

function* ancestors(start: Element | null): Generator<Element> {
  for (let el = start; el; el = parentOf(el)) yield el;
}

/** `opacity` multiplied from `el` up to (not including) `stop`. */
function opacityOf(el: Element, stop?: Element): number {
  let product = 1;
  for (const a of ancestors(el)) {
    if (a === stop) break;
    product *= Number(getComputedStyle(a).opacity);
  }
  return product;
}

/** Every node of `root`'s shadow tree and of the open shadow trees nested in it (career-guide). */
function* shadowNodes(root: ShadowRoot): Generator<Node> {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    yield node;
    if (node instanceof Element && node.shadowRoot) yield* shadowNodes(node.shadowRoot);
  }
}

/** Whether a box is on screen: laid out, visible, and not clipped down to a pixel (visually hidden text). */
function isShown(el: Element, box: DOMRect): boolean {
  if (box.width === 0 || box.height === 0) return false;
  if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
  for (const a of ancestors(el)) {
    const style = getComputedStyle(a);
    if (style.clipPath === 'none' && style.overflow === 'visible') continue;
    const clip = a.getBoundingClientRect();
    if (clip.width <= 1 || clip.height <= 1) return false;
  }
  return true;
}

const centre = (box: DOMRect) => new DOMPoint(box.left + box.width / 2, box.top + box.height / 2);

// ---- what is behind -----------------------------------------------------------------------

/** The color `shape` paints with `property` (fill or stroke) at a point, gradients included; undefined for none. */
function paintOf(shape: SVGGraphicsElement, property: 'fill' | 'stroke', at: DOMPoint): Rgba | undefined {
  const style = getComputedStyle(shape);
  const value = property === 'fill' ? style.fill : style.stroke;
  const alpha = Number(property === 'fill' ? style.fillOpacity : style.strokeOpacity);
  if (value === 'none') return undefined;
  const url = /url\("?#([^")]+)"?\)/.exec(value);
  if (!url) return withAlpha(rgba(value), alpha);
  // A linear gradient in bounding-box units (the only kind the charts use): its color where the
  // point falls along the gradient's vector.
  const gradient = (shape.getRootNode() as ShadowRoot).getElementById(url[1]!) as SVGLinearGradientElement | null;
  if (!gradient) return undefined;
  const box = shape.getBBox();
  const local = at.matrixTransform(shape.getScreenCTM()!.inverse());
  const [x1, y1, x2, y2] = [gradient.x1, gradient.y1, gradient.x2, gradient.y2].map((length) => length.baseVal.value);
  const u = (local.x - box.x) / (box.width || 1);
  const v = (local.y - box.y) / (box.height || 1);
  const [dx, dy] = [x2! - x1!, y2! - y1!];
  const t = Math.min(1, Math.max(0, ((u - x1!) * dx + (v - y1!) * dy) / (dx * dx + dy * dy || 1)));
  const stops = [...gradient.querySelectorAll('stop')].map((stop) => {
    const s = getComputedStyle(stop);
    return { offset: stop.offset.baseVal, color: withAlpha(rgba(s.stopColor), Number(s.stopOpacity)) };
  });
  const after = stops.findIndex((stop) => stop.offset >= t);
  const b = stops[after === -1 ? stops.length - 1 : after]!;
  const a = stops[Math.max(0, (after === -1 ? stops.length : after) - 1)]!;
  const f = b.offset === a.offset ? 1 : (t - a.offset) / (b.offset - a.offset);
  const mix = a.color.map((channel, i) => channel + (b.color[i]! - channel) * f) as unknown as Rgba;
  return withAlpha(mix, alpha);
}

/**
 * What is painted behind `el` at `at`: the SVG shapes under it in its drawing (earlier in tree
 * order, so painted first), then the background colors of its ancestors up to the page, whose
 * canvas is white.
 */
function backdrop(el: Element, at: DOMPoint): Rgba {
  const layers: Rgba[] = [];
  const svgRoot = el instanceof SVGElement ? (el instanceof SVGSVGElement ? el : el.ownerSVGElement) : null;
  if (svgRoot && el !== svgRoot) {
    const under = [...svgRoot.querySelectorAll<SVGGeometryElement>('rect, path, circle, ellipse, polygon')].filter(
      (shape) =>
        shape !== el &&
        !shape.contains(el) &&
        !shape.closest('defs') &&
        shape.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING &&
        shape.checkVisibility({ visibilityProperty: true }) &&
        shape.isPointInFill(at.matrixTransform(shape.getScreenCTM()!.inverse())),
    );
    for (const shape of under.reverse()) {
      const fill = paintOf(shape, 'fill', at);
      if (fill) layers.push(withAlpha(fill, opacityOf(shape, svgRoot)));
    }
  }
  for (const a of ancestors(svgRoot ?? el)) {
    const background = rgba(getComputedStyle(a).backgroundColor);
    if (background[3] > 0) layers.push(background);
  }
  return layers.reduceRight((below, layer) => over(layer, below), WHITE);
}

// ---- the checks ---------------------------------------------------------------------------

interface Finding {
  readonly what: string;
  readonly ratio: number;
  readonly needed: number;
}

const describeEl = (el: Element) => `${(el.getRootNode() as ShadowRoot).host?.localName ?? ''} ${el.localName}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;

/** Every visible text in `root` (nested shadow roots included), against what is behind it. */
function textContrasts(root: ShadowRoot): Finding[] {
  const findings: Finding[] = [];
  for (const node of shadowNodes(root)) {
    if (!(node instanceof Text) || !node.data.trim()) continue;
    const el = node.parentElement;
    if (!el || el.closest('style, script')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (!isShown(el, box)) continue;
    const style = getComputedStyle(el);
    const ink = el instanceof SVGElement ? paintOf(el as unknown as SVGGraphicsElement, 'fill', centre(box)) : rgba(style.color);
    if (!ink) continue;
    const bg = backdrop(el, centre(box));
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    findings.push({
      what: `${describeEl(el)} "${node.data.trim().slice(0, 40)}"`,
      ratio: ratio(over(withAlpha(ink, opacityOf(el)), bg), bg),
      needed: large ? 3 : 4.5,
    });
  }
  return findings;
}

/** Every painted SVG shape that carries meaning, by its fill or its stroke (either may draw the shape). */
function markContrasts(root: ShadowRoot): Finding[] {
  const findings: Finding[] = [];
  const decorative = DECORATIVE_SHAPES.map(([selector]) => selector).join(', ');
  for (const node of shadowNodes(root)) {
    if (!(node instanceof SVGGeometryElement) || node.closest('defs') || node.matches(decorative)) continue;
    const box = node.getBoundingClientRect();
    if (!node.checkVisibility({ visibilityProperty: true }) || (box.width === 0 && box.height === 0)) continue;
    const at = centre(box);
    const bg = backdrop(node, at);
    const alpha = opacityOf(node, node.ownerSVGElement ?? undefined);
    const strokeWidth = parseFloat(getComputedStyle(node).strokeWidth);
    const paints = [paintOf(node, 'fill', at), strokeWidth >= 1 ? paintOf(node, 'stroke', at) : undefined].filter((p): p is Rgba => p !== undefined);
    if (paints.length === 0) continue;
    findings.push({
      what: describeEl(node),
      ratio: Math.max(...paints.map((p) => ratio(over(withAlpha(p, alpha), bg), bg))),
      needed: 3,
    });
  }
  return findings;
}

/** The focus indicator of the focused element of `root`: an SVG `.focus-ring` stroke or a CSS outline. */
function focusContrast(root: ShadowRoot): Finding | undefined {
  const focused = root.activeElement;
  if (!focused) return undefined;
  const ring = focused.querySelector<SVGGraphicsElement>('.focus-ring');
  if (ring && ring.checkVisibility({ visibilityProperty: true })) {
    const box = ring.getBoundingClientRect();
    // On the ring's left edge, where it is painted: what is under it there is what it must stand out from.
    const at = new DOMPoint(box.left + 1, box.top + box.height / 2);
    const bg = backdrop(ring, at);
    return { what: `${describeEl(focused)} focus ring`, ratio: ratio(over(paintOf(ring, 'stroke', at)!, bg), bg), needed: 3 };
  }
  const style = getComputedStyle(focused);
  expect(style.outlineStyle, `${describeEl(focused)} has no visible focus`).to.not.equal('none');
  // The outline is drawn outside the box (outline-offset), over the parent's background.
  const bg = backdrop(parentOf(focused)!, centre(focused.getBoundingClientRect()));
  return { what: `${describeEl(focused)} focus outline`, ratio: ratio(over(rgba(style.outlineColor), bg), bg), needed: 3 };
}

/** Every focusable thing in the element's tree, one per interactive control kind (a mark, each button). */
function focusables(root: ShadowRoot): HTMLElement[] {
  const seen = new Set<ShadowRoot>();
  const found: HTMLElement[] = [];
  for (const node of shadowNodes(root)) {
    if (!(node instanceof Element)) continue;
    const r = node.getRootNode() as ShadowRoot;
    if (node.matches('[data-mark][tabindex="0"]') && !seen.has(r)) {
      seen.add(r);
      found.push(node as HTMLElement);
    } else if (node.matches('button, a[href], summary')) {
      found.push(node as HTMLElement);
    }
  }
  return found;
}

/** Jumps every running CSS transition in `root` and the shadow roots in it to its end. */
function finishTransitions(root: ShadowRoot): void {
  const roots = [root, ...[...shadowNodes(root)].flatMap((node) => (node instanceof Element && node.shadowRoot ? [node.shadowRoot] : []))];
  for (const r of roots) for (const animation of r.getAnimations()) if (animation instanceof CSSTransition) animation.finish();
}

/** Ready guides' children (career-guide's charts) settle on their own. */
async function settledDeep(el: GuideElement): Promise<GuideElement> {
  await settled(el);
  for (const node of shadowNodes(shadow(el))) if (node instanceof Element && 'state' in node) await settled(node as GuideElement);
  return el;
}

/** What falls short, each once (the focused passes see most things again). */
const failures = (findings: readonly Finding[]) => [...new Set(findings.filter((f) => f.ratio < f.needed).map((f) => `${f.what}: ${f.ratio.toFixed(2)}:1 < ${f.needed}:1`))];

/** The worst ratio seen per theme and kind, printed at the end for the docs. */
const worst = new Map<string, Finding>();
function record(key: string, findings: readonly Finding[]): void {
  for (const finding of findings) {
    const current = worst.get(key);
    if (!current || finding.ratio < current.ratio) worst.set(key, finding);
  }
}

after(() => {
  for (const [key, finding] of [...worst].sort()) console.log(`worst ${key}: ${finding.ratio.toFixed(2)}:1 (${finding.what})`);
});

describe('contrast', () => {
  it('reads colors in every syntax getComputedStyle returns (the checks below rely on it)', () => {
    expect(rgba('rgb(29, 78, 216)')).to.deep.equal([29, 78, 216, 1]);
    expect(rgba('rgba(0, 0, 0, 0.5)')).to.deep.equal([0, 0, 0, 0.5]);
    expect(rgba('color(srgb 1 0 0)')).to.deep.equal([255, 0, 0, 1]);
    expect(rgba('oklch(0.628 0.2577 29.23)').slice(0, 3)).to.deep.equal([255, 0, 0]);
    expect(ratio(WHITE, [0, 0, 0, 1])).to.be.closeTo(21, 0.01);
    expect(ratio([118, 118, 118, 1], WHITE)).to.be.closeTo(4.54, 0.01);
  });

  for (const theme of THEMES) {
    describe(`theme="${theme}"`, () => {
      for (const name of ELEMENTS) {
        it(`<career-${name}>: text, marks and focus`, async function () {
          this.timeout(30_000);
          const el = await settledDeep(await mount(`career-${name}`, 720, (e) => ((e.data = sampleGuide()), (e.theme = theme))));
          const root = shadow(el);
          const text = textContrasts(root);
          const marks = markContrasts(root);
          expect(text.length, 'no text was checked').to.be.greaterThan(0);
          // The tables of exact figures, shown with their "show as table" buttons.
          const toggles = [...shadowNodes(root)].filter((node): node is HTMLButtonElement => node instanceof HTMLButtonElement && node.matches('[part="table-toggle"]'));
          for (const toggle of toggles) toggle.click();
          await settledDeep(el);
          if (toggles.length) text.push(...textContrasts(root));
          const focus: Finding[] = [];
          // Focused, each control shows its ring and, for marks, a highlighted state whose text counts too.
          for (const target of focusables(root)) {
            target.focus();
            await el.updateComplete;
            const owner = (target.getRootNode() as ShadowRoot).host as GuideElement;
            await owner.updateComplete;
            // Colors are read at their end state, not halfway through a transition.
            finishTransitions(root);
            const ring = focusContrast(target.getRootNode() as ShadowRoot);
            if (ring) focus.push(ring);
            text.push(...textContrasts(target.getRootNode() as ShadowRoot));
            marks.push(...markContrasts(target.getRootNode() as ShadowRoot));
          }
          if (theme === 'light') console.log(`<career-${name}>: ${text.length} texts, ${marks.length} marks, ${focus.length} focus indicators checked`);
          record(`${theme} text`, text);
          record(`${theme} marks`, marks);
          record(`${theme} focus`, focus);
          expect([...failures(text), ...failures(marks), ...failures(focus)]).to.deep.equal([]);
        });
      }

      it('the empty and error states', async () => {
        const empty = await settled(await mount('career-salary', 720, (e) => ((e.data = { schemaVersion: 1 }), (e.theme = theme))));
        const error = await settled(await mount('career-salary', 720, (e) => ((e.src = '/faults/status/503'), (e.theme = theme))), 'error');
        const text = [...textContrasts(shadow(empty)), ...textContrasts(shadow(error))];
        const retry = shadow(error).querySelector<HTMLElement>('[part="retry"]')!;
        retry.focus();
        const focus = [focusContrast(shadow(error))!];
        record(`${theme} text`, text);
        record(`${theme} focus`, focus);
        expect([...failures(text), ...failures(focus)]).to.deep.equal([]);
      });
    });
  }
});
