/**
 * What the contrast tests measure with: colors read with getComputedStyle and normalised by
 * painting them on a canvas; what is behind a thing composited from the SVG shapes painted
 * under it and the backgrounds of its ancestors, up through shadow roots, translucent layers
 * (rgba, fill-opacity, opacity) over what is really under them. Gradients (SVG linearGradient
 * by url(#id), CSS linear gradients) are sampled across the whole box of a text, not at its
 * centre: a label on a fading bar is as readable as its worst part.
 */

export type Rgba = readonly [r: number, g: number, b: number, a: number];

export const WHITE: Rgba = [255, 255, 255, 1];

// ---- colors -------------------------------------------------------------------------------

const canvas = document.createElement('canvas');
canvas.width = canvas.height = 1;
const paint = canvas.getContext('2d', { willReadFrequently: true })!;

/** Any CSS color (rgb, color(srgb …), oklch, named) as 8-bit sRGB with alpha, read off a canvas. */
export function rgba(color: string): Rgba {
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
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
}

export const withAlpha = (color: Rgba, alpha: number): Rgba => [color[0], color[1], color[2], color[3] * alpha];

/** WCAG 2 relative luminance. */
function luminance([r, g, b]: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio of two opaque colors. */
export function ratio(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

// ---- gradients ----------------------------------------------------------------------------

interface Stop {
  readonly offset: number;
  readonly color: Rgba;
}

/** The color of a gradient at `t` (0–1 along its vector), stops' alpha interpolated too (non-premultiplied, as SVG does). */
function colorAt(stops: readonly Stop[], t: number): Rgba {
  const after = stops.findIndex((stop) => stop.offset >= t);
  const b = stops[after === -1 ? stops.length - 1 : after]!;
  const a = stops[Math.max(0, (after === -1 ? stops.length : after) - 1)]!;
  const f = b.offset === a.offset ? 1 : (t - a.offset) / (b.offset - a.offset);
  return a.color.map((channel, i) => channel + (b.color[i]! - channel) * f) as unknown as Rgba;
}

/** A comma-separated list split at its top-level commas only, not those inside `rgb(…)`. */
function topLevel(list: string): string[] {
  const parts = [''];
  let depth = 0;
  for (const char of list) {
    depth += char === '(' ? 1 : char === ')' ? -1 : 0;
    if (char === ',' && depth === 0) parts.push('');
    else parts[parts.length - 1] += char;
  }
  return parts.map((part) => part.trim());
}

const clamp01 = (t: number) => Math.min(1, Math.max(0, t));

/** A CSS `linear-gradient()` or `repeating-linear-gradient()` (computed value) at `at`, over the border box `box`. */
function cssGradientAt(image: string, box: DOMRect, at: DOMPoint): Rgba {
  const match = /^(repeating-)?linear-gradient\((.*)\)$/.exec(image.trim());
  if (!match) throw new Error(`the contrast sampler cannot read ${image}`);
  const args = topLevel(match[2]!);
  // Direction: an angle, `to <side>`, or by default to bottom (CSS: 0deg points up, clockwise).
  const sides: Record<string, number> = { top: 0, right: 90, bottom: 180, left: 270 };
  let angle = 180;
  const deg = /^(-?[\d.]+)(deg|turn|rad)$/.exec(args[0]!);
  if (deg) {
    angle = Number(deg[1]) * ({ deg: 1, turn: 360, rad: 180 / Math.PI } as Record<string, number>)[deg[2]!]!;
    args.shift();
  } else if (args[0]!.startsWith('to ')) {
    const named = args.shift()!.slice(3).split(' ').map((side) => sides[side]!);
    angle = named.length === 2 ? (named[0]! + named[1]! + (Math.abs(named[0]! - named[1]!) > 180 ? 360 : 0)) / 2 : named[0]!;
  }
  const radians = (angle * Math.PI) / 180;
  const [dx, dy] = [Math.sin(radians), -Math.cos(radians)];
  const length = Math.abs(box.width * dx) + Math.abs(box.height * dy);
  // Stops: `color [position]`; positions in % or px, missing ones spread evenly between known ones.
  const raw = args.map((arg) => {
    const position = /\s(-?[\d.]+)(%|px)$/.exec(arg);
    const color = rgba(position ? arg.slice(0, position.index) : arg);
    return { color, offset: position ? (position[2] === '%' ? Number(position[1]) / 100 : Number(position[1]) / length) : undefined };
  });
  raw[0]!.offset ??= 0;
  raw[raw.length - 1]!.offset ??= 1;
  for (let i = 1; i < raw.length; i += 1) {
    if (raw[i]!.offset !== undefined) continue;
    const next = raw.findIndex((stop, j) => j > i && stop.offset !== undefined);
    raw[i]!.offset = raw[i - 1]!.offset! + (raw[next]!.offset! - raw[i - 1]!.offset!) / (next - i + 1);
  }
  const stops = raw.map((stop, i) => ({ color: stop.color, offset: Math.max(stop.offset!, ...raw.slice(0, i).map((s) => s.offset!)) }));
  let t = ((at.x - (box.left + box.width / 2)) * dx + (at.y - (box.top + box.height / 2)) * dy) / (length || 1) + 0.5;
  if (match[1]) {
    const period = stops.at(-1)!.offset - stops[0]!.offset;
    t = period > 0 ? stops[0]!.offset + ((((t - stops[0]!.offset) % period) + period) % period) : t;
  }
  return colorAt(stops, clamp01(t));
}

/** An SVG `<linearGradient>` (bounding-box units, the only kind the charts use) on `shape`, at the screen point `at`. */
function svgGradientAt(gradient: SVGLinearGradientElement, shape: SVGGraphicsElement, at: DOMPoint): Rgba {
  const box = shape.getBBox();
  const local = at.matrixTransform(shape.getScreenCTM()!.inverse());
  const [x1, y1, x2, y2] = [gradient.x1, gradient.y1, gradient.x2, gradient.y2].map((length) => length.baseVal.value);
  const u = (local.x - box.x) / (box.width || 1);
  const v = (local.y - box.y) / (box.height || 1);
  const [dx, dy] = [x2! - x1!, y2! - y1!];
  const t = clamp01(((u - x1!) * dx + (v - y1!) * dy) / (dx * dx + dy * dy || 1));
  const stops = [...gradient.querySelectorAll('stop')].map((stop) => {
    const s = getComputedStyle(stop);
    return { offset: stop.offset.baseVal, color: withAlpha(rgba(s.stopColor), Number(s.stopOpacity)) };
  });
  return colorAt(stops, t);
}

// ---- the tree -----------------------------------------------------------------------------

/** The parent in the flat tree: across a shadow root to its host. */
export function parentOf(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

function* ancestors(start: Element | null): Generator<Element> {
  for (let el = start; el; el = parentOf(el)) yield el;
}

/** `opacity` multiplied from `el` up to (not including) `stop`. */
export function opacityOf(el: Element, stop?: Element): number {
  let product = 1;
  for (const a of ancestors(el)) {
    if (a === stop) break;
    product *= Number(getComputedStyle(a).opacity);
  }
  return product;
}

/** Every node of `root`'s shadow tree and of the open shadow trees nested in it (career-guide). */
export function* shadowNodes(root: ShadowRoot): Generator<Node> {
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

export const centre = (box: DOMRect) => new DOMPoint(box.left + box.width / 2, box.top + box.height / 2);

/**
 * Points across a text's box where its backdrop is read: its centre, nine along its middle line
 * from end to end and five down its middle, a pixel in from the edges. A gradient along either
 * axis is read at both ends of the text's extent on it and in between.
 */
export function samplesOf(box: DOMRect): DOMPoint[] {
  const inset = (from: number, size: number, i: number, n: number) => from + Math.min(1, size / 4) + ((size - 2 * Math.min(1, size / 4)) * i) / (n - 1);
  const mid = centre(box);
  return [
    mid,
    ...Array.from({ length: 9 }, (_, i) => new DOMPoint(inset(box.left, box.width, i, 9), mid.y)),
    ...Array.from({ length: 5 }, (_, i) => new DOMPoint(mid.x, inset(box.top, box.height, i, 5))),
  ];
}

// ---- what is behind -----------------------------------------------------------------------

/** The color `shape` paints with `property` (fill or stroke) at a point, gradients included; undefined for none. */
export function paintOf(shape: SVGGraphicsElement, property: 'fill' | 'stroke', at: DOMPoint): Rgba | undefined {
  const style = getComputedStyle(shape);
  const value = property === 'fill' ? style.fill : style.stroke;
  const alpha = Number(property === 'fill' ? style.fillOpacity : style.strokeOpacity);
  if (value === 'none') return undefined;
  const url = /url\("?#([^")]+)"?\)/.exec(value);
  if (!url) return withAlpha(rgba(value), alpha);
  const gradient = (shape.getRootNode() as ShadowRoot | Document).getElementById(url[1]!);
  if (!(gradient instanceof SVGLinearGradientElement)) throw new Error(`the contrast sampler cannot read ${value}`);
  return withAlpha(svgGradientAt(gradient, shape, at), alpha);
}

/** What an HTML box paints at `at`, top layer first: its background image (a gradient), then its background color. */
function backgroundsOf(el: Element, at: DOMPoint): Rgba[] {
  const style = getComputedStyle(el);
  const alpha = opacityOf(el);
  const layers: Rgba[] = [];
  if (style.backgroundImage !== 'none') {
    for (const image of topLevel(style.backgroundImage)) layers.push(withAlpha(cssGradientAt(image, el.getBoundingClientRect(), at), alpha));
  }
  const color = rgba(style.backgroundColor);
  if (color[3] > 0) layers.push(withAlpha(color, alpha));
  return layers;
}

/**
 * What is painted behind `el`, at each of `samples`: the SVG shapes under it in its drawing
 * (earlier in tree order, so painted first, found under `at`), then the backgrounds of its
 * ancestors up to the page, whose canvas is white. Gradients are read at each sample.
 */
export function backdrop(el: Element, at: DOMPoint, samples: readonly DOMPoint[] = [at]): Rgba[] {
  const svgRoot = el instanceof SVGElement ? (el instanceof SVGSVGElement ? el : el.ownerSVGElement) : null;
  const under: SVGGeometryElement[] = [];
  if (svgRoot && el !== svgRoot) {
    under.push(
      ...[...svgRoot.querySelectorAll<SVGGeometryElement>('rect, path, circle, ellipse, polygon')].filter(
        (shape) =>
          shape !== el &&
          !shape.contains(el) &&
          !shape.closest('defs') &&
          shape.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING &&
          shape.checkVisibility({ visibilityProperty: true }) &&
          shape.isPointInFill(at.matrixTransform(shape.getScreenCTM()!.inverse())),
      ),
    );
    under.reverse();
  }
  return samples.map((point) => {
    const layers: Rgba[] = [];
    for (const shape of under) {
      const fill = paintOf(shape, 'fill', point);
      if (fill) layers.push(withAlpha(fill, opacityOf(shape, svgRoot!)));
    }
    for (const a of ancestors(svgRoot ?? el)) layers.push(...backgroundsOf(a, point));
    return layers.reduceRight((below, layer) => over(layer, below), WHITE);
  });
}

// ---- findings -----------------------------------------------------------------------------

export interface Finding {
  readonly what: string;
  readonly ratio: number;
  readonly needed: number;
}

export const describeEl = (el: Element) => `${(el.getRootNode() as ShadowRoot).host?.localName ?? ''} ${el.localName}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;

/** The text color of `el` at `at`: an SVG text's fill (a gradient too), an HTML text's color. */
function inkOf(el: Element, at: DOMPoint): Rgba | undefined {
  return el instanceof SVGElement ? paintOf(el as unknown as SVGGraphicsElement, 'fill', at) : rgba(getComputedStyle(el).color);
}

/**
 * Every visible text in `root` (nested shadow roots included), against what is behind it: the
 * worst ratio over the samples across its box (see `samplesOf`).
 */
export function textContrasts(root: ShadowRoot): Finding[] {
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
    const samples = samplesOf(box);
    const behind = backdrop(el, centre(box), samples);
    const ratios = samples.flatMap((point, i) => {
      const ink = inkOf(el, point);
      return ink ? [ratio(over(withAlpha(ink, opacityOf(el)), behind[i]!), behind[i]!)] : [];
    });
    if (ratios.length === 0) continue;
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    findings.push({ what: `${describeEl(el)} "${node.data.trim().slice(0, 40)}"`, ratio: Math.min(...ratios), needed: large ? 3 : 4.5 });
  }
  return findings;
}

/** What falls short, each once. */
export const failures = (findings: readonly Finding[]) => [...new Set(findings.filter((f) => f.ratio < f.needed).map((f) => `${f.what}: ${f.ratio.toFixed(2)}:1 < ${f.needed}:1`))];
