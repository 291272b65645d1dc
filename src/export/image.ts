/**
 * A chart's drawing as an image to take away: a standalone SVG document (the drawn `<svg>`
 * cloned, every style that shows inlined as presentation attributes in the theme it is drawn
 * in, the caption above and the notes and source under it as text), and a PNG painted from that
 * same document at twice its size.
 *
 * A chart drawn in HTML around small SVGs (the demand gauge, the facts' tiles, the balance
 * meters, the skill map) is traced as the browser laid it out: each box's background and border
 * a `<rect>`, each line of text a `<text>` at its place, each inner `<svg>` cloned as above.
 * Not an HTML `<foreignObject>`: few SVG readers draw one, and a canvas cannot paint one under a
 * strict policy either (see below).
 *
 * The PNG is painted by walking the SVG's shapes onto a canvas, not by loading the SVG into an
 * `<img>`: a page with a strict policy (`default-src 'self'` and no `img-src`) refuses `blob:`
 * and `data:` images in every engine, and `createImageBitmap` decodes no SVG. The charts draw
 * with few shapes (rect, line, path, circle, text, linear gradients), all of which a canvas
 * draws; `Path2D` takes SVG path data as it is.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The computed properties that decide how a shape or its text looks, written on the clone as
 * presentation attributes. Inherited ones are written where they differ from the parent's;
 * the others (`opacity`, a gradient stop's color) where they differ from their initial value.
 */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'direction',
] as const;
const NOT_INHERITED = { opacity: '1', 'stop-color': 'rgb(0, 0, 0)', 'stop-opacity': '1' } as const;

/** Values of the inherited properties, by name. */
type Inherited = Readonly<Record<string, string>>;

/** Attributes of the live chart that mean nothing in a file: roles, names, focus, handlers' data. */
const DROPPED = /^(role|tabindex|part|class|data-.*|aria-.*|style)$/;

/** What frames the drawing in the image. */
export interface ImageText {
  /** The chart's title, as its caption says it: the image's `<title>` and its first line. */
  readonly title: string;
  /** The caption's second line (place, currency), if any. */
  readonly subtitle?: string | undefined;
  /** A description of the chart, for the image's `<desc>`. */
  readonly summary?: string | undefined;
  /** Lines under the drawing: what its marks mean, the source and its date. */
  readonly notes: readonly string[];
}

const PAD = 16;
const GAP = 8;

/** A coordinate to a tenth of a pixel, which is all a reader sees. */
const round = (value: number) => Math.round(value * 10) / 10;

/**
 * A standalone SVG document of the chart drawn in `figure` (its `svg[part=chart]`), framed by
 * `text`, on the surface color of the element's theme. Built as DOM nodes, so that the guide's
 * text is only ever a text node: `XMLSerializer` escapes it.
 */
export function standaloneSvg(figure: Element, text: ImageText): SVGSVGElement {
  const chart = figure.querySelector('[part~="chart"]');
  if (!chart) throw new Error('the chart has no drawing');
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement as unknown as SVGSVGElement;
  const element = (name: string, attributes: Record<string, string | number> = {}) => svgNode(doc, name, attributes);
  const view = getComputedStyle(figure);
  // Drawn larger for a reader's larger text (see `drawing` in figure.ts), a chart's image is
  // written at its designed size all the same: a chart drawn in SVG by its own size, one drawn in
  // HTML by the size it takes on the page divided by its zoom.
  const drawn = chart.getBoundingClientRect();
  const ownSize = chart instanceof SVGSVGElement;
  const zoom = ownSize ? 1 : zoomOf(chart);
  const width = ownSize ? Number(chart.getAttribute('width')) : round(drawn.width / zoom);
  const height = ownSize ? Number(chart.getAttribute('height')) : round(drawn.height / zoom);
  const title = getComputedStyle(figure.querySelector('.title') ?? figure);
  const subtitle = getComputedStyle(figure.querySelector('.subtitle') ?? figure);
  const notes = getComputedStyle(figure.querySelector('.notes') ?? figure);
  const lines: { text: string; style: CSSStyleDeclaration; bold: boolean }[] = [];
  const block = (content: string | undefined, style: CSSStyleDeclaration, bold = false) => {
    for (const line of content ? wrap(content, font(style, bold), width) : []) lines.push({ text: line, style, bold });
  };
  const frameWidth = width + 2 * PAD;
  root.setAttribute('width', String(frameWidth));

  root.append(element('title'));
  root.lastChild!.textContent = text.title;
  if (text.summary) {
    root.append(element('desc'));
    root.lastChild!.textContent = text.summary;
  }
  const background = element('rect', { width: '100%', height: '100%', fill: surface(figure) });
  root.append(background);

  // The caption, the drawing, then the notes; each line a <text> at its baseline.
  let y = PAD;
  const writeLines = (from: number) => {
    for (const line of lines.slice(from)) {
      const size = parseFloat(line.style.fontSize);
      const leading = size * 1.4;
      const node = element('text', {
        x: view.direction === 'rtl' ? PAD + width : PAD,
        y: round(y + leading * 0.75),
        fill: line.style.color,
        'font-family': line.style.fontFamily,
        'font-size': size,
        'font-weight': line.bold ? 600 : line.style.fontWeight,
        'text-anchor': 'start',
        direction: view.direction,
      });
      node.textContent = line.text;
      root.append(node);
      y += leading;
    }
  };
  block(text.title, title, true);
  block(text.subtitle, subtitle);
  writeLines(0);
  y += GAP;

  const gradients = new Map<string, Element>();
  const at: Placement = { x: PAD, y: round(y), left: drawn.left, top: drawn.top, zoom };
  root.append(chart instanceof SVGSVGElement ? svgCopy(chart, doc, at, gradients) : traced(chart, doc, at, gradients));
  y = round(y) + height + GAP;

  const written = lines.length;
  for (const note of text.notes) block(note, notes);
  writeLines(written);
  y += PAD;

  root.setAttribute('height', String(Math.ceil(y)));
  root.setAttribute('viewBox', `0 0 ${frameWidth} ${Math.ceil(y)}`);
  root.setAttribute('lang', figure.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang);
  return root;
}

/**
 * Where a drawing goes in the image: from the page's coordinates, in which the drawing may be
 * enlarged (zoomed) for a reader's larger text, to the image's, at its designed size.
 */
interface Placement {
  /** The image's point for the drawing's top-left corner. */
  readonly x: number;
  readonly y: number;
  /** The drawing's top-left corner on the page. */
  readonly left: number;
  readonly top: number;
  /** How much larger the page shows the drawing than designed. */
  readonly zoom: number;
}

/** A box of the page, in the image. */
function placed(at: Placement, box: { left: number; top: number; width: number; height: number }): { x: number; y: number; width: number; height: number } {
  return { x: at.x + (box.left - at.left) / at.zoom, y: at.y + (box.top - at.top) / at.zoom, width: box.width / at.zoom, height: box.height / at.zoom };
}

/**
 * How much larger than designed the page's coordinates show the HTML element `element` (the
 * `.drawing` box's zoom, by `--_scale`): its box on the page over its layout width. Chromium and
 * Firefox give boxes zoomed; WebKit gives them at the designed size, and so 1.
 */
function zoomOf(element: Element): number {
  const layoutWidth = (element as HTMLElement).offsetWidth;
  return layoutWidth > 0 ? element.getBoundingClientRect().width / layoutWidth : 1;
}

/**
 * A group in `doc` holding a copy of the drawn `svg`, placed where `at` puts it and scaled as it
 * is drawn (a glyph's 24-unit view box drawn 20px wide); a chart's own `<svg>` at `at` itself,
 * at its own size. A group moved into place rather than a nested `<svg>`, which not every SVG
 * reader places.
 */
function svgCopy(svg: SVGSVGElement, doc: XMLDocument, at: Placement, gradients: Map<string, Element>): Element {
  const own = svg.matches('[part~="chart"]');
  const box = own ? { x: at.x, y: at.y, width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) } : placed(at, svg.getBoundingClientRect());
  const [minX = 0, minY = 0, viewWidth = box.width, viewHeight = box.height] = (svg.getAttribute('viewBox') ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number);
  const scale = { x: viewWidth > 0 ? box.width / viewWidth : 1, y: viewHeight > 0 ? box.height / viewHeight : 1 };
  const scaled = Math.abs(scale.x - 1) > 0.001 || Math.abs(scale.y - 1) > 0.001 ? ` scale(${round4(scale.x)} ${round4(scale.y)})` : '';
  // The drawing's own computed values are written on it in full; below it, only what changes.
  const base = inheritedValues(getComputedStyle(svg), {});
  const group = svgNode(doc, 'g', { transform: `translate(${round(box.x - minX * scale.x)} ${round(box.y - minY * scale.y)})${scaled}`, ...base });
  for (const child of svg.childNodes) {
    const copy = inlined(child, doc, base, gradients);
    if (copy) group.append(copy);
  }
  return group;
}

/** A scale to four decimals. */
const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

/**
 * A group in `doc` tracing the HTML drawing `chart` as laid out now, placed by `at`: boxes,
 * lines of text and inner SVGs, in the order they are painted.
 */
function traced(chart: Element, doc: XMLDocument, at: Placement, gradients: Map<string, Element>): Element {
  const group = svgNode(doc, 'g');
  const trace = (node: Node, style: CSSStyleDeclaration | undefined): void => {
    if (node.nodeType === Node.TEXT_NODE && style) {
      for (const line of textLines(node as Text, style, doc, at)) group.append(line);
      return;
    }
    if (!(node instanceof Element) || node.hasAttribute('data-screen-only')) return;
    if (node instanceof SVGSVGElement) {
      if (getComputedStyle(node).display !== 'none') group.append(svgCopy(node, doc, at, gradients));
      return;
    }
    const own = getComputedStyle(node);
    if (own.display === 'none' || own.visibility === 'hidden' || Number(own.opacity) === 0) return;
    const box = node.getBoundingClientRect();
    // Visually hidden text, there for screen readers: a box of a pixel or less, clipped.
    if (box.width <= 1 && box.height <= 1) return;
    for (const shape of boxShapes(box, own, doc, at)) group.append(shape);
    for (const child of node.childNodes) trace(child, own);
  };
  trace(chart, undefined);
  return group;
}

/**
 * The shapes that paint an HTML box: its background and its border, as one `<rect>`. A border is
 * drawn when it is the same on every side, as the charts' cards and numbers have it.
 */
function boxShapes(onPage: DOMRect, style: CSSStyleDeclaration, doc: XMLDocument, at: Placement): Element[] {
  const background = visible(style.backgroundColor) ? style.backgroundColor : 'none';
  const border = parseFloat(style.borderTopWidth) || 0;
  const even = ['right', 'bottom', 'left'].every((side) => style.getPropertyValue(`border-${side}-width`) === style.borderTopWidth && style.getPropertyValue(`border-${side}-color`) === style.borderTopColor);
  const stroke = border > 0 && even && style.borderTopStyle !== 'none' && visible(style.borderTopColor) ? border : 0;
  if (background === 'none' && stroke === 0) return [];
  // Lengths as computed (a border's width, a radius) are at the designed size already.
  const box = placed(at, onPage);
  const corner = style.borderTopLeftRadius;
  const radius = corner.endsWith('%') ? (parseFloat(corner) / 100) * Math.min(box.width, box.height) : parseFloat(corner) || 0;
  // A stroke is centred on its path: inset by half its width, the border's outer edge is the box's.
  const half = stroke / 2;
  return [
    svgNode(doc, 'rect', {
      x: round(box.x + half),
      y: round(box.y + half),
      width: round(box.width - stroke),
      height: round(box.height - stroke),
      rx: Math.max(0, radius - half),
      fill: background,
      ...(stroke > 0 ? { stroke: style.borderTopColor, 'stroke-width': stroke } : {}),
    }),
  ];
}

/** A new element `name` of `doc` in the SVG namespace, with `attributes`. */
function svgNode(doc: XMLDocument, name: string, attributes: Record<string, string | number> = {}): Element {
  const node = doc.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

/** Whether a computed color paints at all. */
function visible(color: string): boolean {
  return Boolean(color) && color !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(color);
}

/**
 * The lines of a text node as laid out, each a `<text>` at its baseline: its words grouped by the
 * line box they fell in, so that a label wrapped over two lines stays two lines.
 */
function textLines(node: Text, style: CSSStyleDeclaration, doc: XMLDocument, at: Placement): Element[] {
  if (!visible(style.color)) return [];
  const range = node.ownerDocument.createRange();
  const lines: { words: string[]; left: number; right: number; top: number; height: number }[] = [];
  for (const word of node.data.matchAll(/\S+/g)) {
    range.setStart(node, word.index);
    range.setEnd(node, word.index + word[0].length);
    const box = range.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    const line = lines.at(-1);
    if (line && Math.abs(box.top - line.top) < box.height / 2) {
      line.words.push(word[0]);
      line.left = Math.min(line.left, box.left);
      line.right = Math.max(line.right, box.right);
    } else {
      lines.push({ words: [word[0]], left: box.left, right: box.right, top: box.top, height: box.height });
    }
  }
  const rtl = style.direction === 'rtl';
  return lines.map((line) => {
    const content = line.words.join(' ');
    const box = placed(at, { left: line.left, top: line.top, width: line.right - line.left, height: line.height });
    const text = svgNode(doc, 'text', {
      x: round(rtl ? box.x + box.width : box.x),
      y: round(box.y + baseline(content, style, box.height)),
      fill: style.color,
      'font-family': style.fontFamily,
      'font-size': parseFloat(style.fontSize),
      'font-weight': style.fontWeight,
      'font-style': style.fontStyle,
      'text-anchor': 'start',
      direction: style.direction,
    });
    text.textContent = content;
    return text;
  });
}

/**
 * How far below the top of a text's box its baseline is: the box is the font's ascent and
 * descent, centred in the height the browser gave it.
 */
function baseline(text: string, style: CSSStyleDeclaration, height: number): number {
  measurer ??= document.createElement('canvas').getContext('2d');
  if (!measurer) return height * 0.8;
  measurer.font = font(style);
  const metrics = measurer.measureText(text);
  const ascent = metrics.fontBoundingBoxAscent;
  const descent = metrics.fontBoundingBoxDescent;
  if (!Number.isFinite(ascent) || !Number.isFinite(descent)) return height * 0.8;
  return (height - ascent - descent) / 2 + ascent;
}

/** The SVG document's text, with its XML declaration. */
export function svgText(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}

/** The inherited properties of `style` that differ from `parent`'s, lengths in plain numbers (user units, which every SVG reader takes). */
function inheritedValues(style: CSSStyleDeclaration, parent: Inherited): Record<string, string> {
  const values: Record<string, string> = {};
  for (const property of INHERITED) {
    const value = style
      .getPropertyValue(property)
      .replace(/^(-?[\d.]+)px$/, '$1')
      .replace(/^url\(["']([^"']*)["']\)$/, 'url($1)');
    if (value && value !== parent[property]) values[property] = value;
  }
  return values;
}

/**
 * A copy of `node` for the file, in `doc`: elements with what they look like written on them
 * (computed, so in the drawn theme, with custom properties and `currentColor` resolved), text
 * as text; what is not shown (a focus ring, a closed selection frame) and what only a reader at
 * the screen needs (`data-screen-only`: the current tier's band, which the panel explains) left
 * out. A gradient is placed in the drawing's coordinates (`userSpaceOnUse`) by the box of the
 * shape it fills, which only the live drawing knows; `gradients` holds the copies made so far,
 * by id.
 */
function inlined(node: Node, doc: XMLDocument, parent: Inherited, gradients: Map<string, Element>): Node | undefined {
  if (node.nodeType === Node.TEXT_NODE) return doc.createTextNode(node.textContent ?? '');
  if (!(node instanceof SVGElement) || node.hasAttribute('data-screen-only')) return undefined;
  const style = getComputedStyle(node);
  if (style.display === 'none' || style.visibility === 'hidden' || (node instanceof SVGGraphicsElement && Number(style.opacity) === 0)) return undefined;
  const copy = doc.createElementNS(SVG_NS, node.localName);
  for (const { name, value } of node.attributes) if (!DROPPED.test(name)) copy.setAttribute(name, value);
  const values = inheritedValues(style, parent);
  for (const [property, value] of Object.entries(values)) copy.setAttribute(property, value);
  for (const [property, initial] of Object.entries(NOT_INHERITED)) {
    const value = style.getPropertyValue(property);
    if (value && value !== initial) copy.setAttribute(property, value);
  }
  if (node.localName === 'linearGradient' && node.id) gradients.set(node.id, copy);
  const gradient = /^url\(["']?#([^"')]+)["']?\)/.exec(style.fill)?.[1];
  if (gradient && gradients.has(gradient) && node instanceof SVGGraphicsElement) placeGradient(gradients.get(gradient)!, node.getBBox());
  const inherited = { ...parent, ...values };
  for (const child of node.childNodes) {
    const inner = inlined(child, doc, inherited, gradients);
    if (inner) copy.append(inner);
  }
  return copy;
}

/** Puts a gradient given in the box of the shape it fills (`objectBoundingBox`, the default) in user space. */
function placeGradient(gradient: Element, box: DOMRect): void {
  if (gradient.getAttribute('gradientUnits') === 'userSpaceOnUse') return;
  const at = (name: string, fallback: number) => {
    const value = parseFloat(gradient.getAttribute(name) ?? '');
    return Number.isFinite(value) ? value : fallback;
  };
  const [x1, y1, x2, y2] = [box.x + at('x1', 0) * box.width, box.y + at('y1', 0) * box.height, box.x + at('x2', 1) * box.width, box.y + at('y2', 0) * box.height];
  gradient.setAttribute('gradientUnits', 'userSpaceOnUse');
  for (const [name, value] of Object.entries({ x1, y1, x2, y2 })) gradient.setAttribute(name, String(value));
}

/** The element's background, as its theme paints it: the first opaque background from the figure up to the host. */
function surface(figure: Element): string {
  for (let node: Element | null = figure; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const color = getComputedStyle(node).backgroundColor;
    if (color && color !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(color)) return color;
  }
  return '#ffffff';
}

/** A canvas font for `style`'s text. */
function font(style: CSSStyleDeclaration, bold = false): string {
  return `${style.fontStyle} ${bold ? 600 : style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
}

let measurer: CanvasRenderingContext2D | null | undefined;

/** `text` in lines no wider than `width` in `fontText`, broken between words (a word wider than the line stands alone). */
function wrap(text: string, fontText: string, width: number): string[] {
  measurer ??= document.createElement('canvas').getContext('2d');
  if (!measurer) return [text];
  measurer.font = fontText;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measurer.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The PNG of a standalone SVG document (see `standaloneSvg`), painted at `scale` times its size. */
export async function paintPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const canvas = paintCanvas(svg, scale);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas made no PNG'))), 'image/png'));
}

/** A canvas with `svg` painted on it at `scale` times its size. */
export function paintCanvas(svg: SVGSVGElement, scale = 2): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  const size = { width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) };
  canvas.width = Math.round(size.width * scale);
  canvas.height = Math.round(size.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.scale(scale, scale);
  const gradients = new Map<string, Element>();
  for (const gradient of svg.querySelectorAll('linearGradient[id]')) gradients.set(gradient.id, gradient);
  const painter: Painter = { context, gradients, size };
  for (const child of svg.children) paint(child, painter, {});
  return canvas;
}

/** What painting needs besides the element: the canvas, the gradients by id, the image's size (for `100%`). */
interface Painter {
  readonly context: CanvasRenderingContext2D;
  readonly gradients: ReadonlyMap<string, Element>;
  readonly size: { readonly width: number; readonly height: number };
}

/** The number of attribute `name`, or `fallback`. */
function numberOf(node: Element, name: string, fallback = 0): number {
  const value = parseFloat(node.getAttribute(name) ?? '');
  return Number.isFinite(value) ? value : fallback;
}

/** A length attribute: a number, or a percentage of `whole`. */
function lengthOf(node: Element, name: string, whole: number): number {
  const value = node.getAttribute(name) ?? '';
  return value.endsWith('%') ? (parseFloat(value) / 100) * whole : numberOf(node, name);
}

/** Paints one element of the standalone SVG and its children; `parent` holds the inherited properties in force. */
function paint(node: Element, painter: Painter, parent: Inherited): void {
  const name = node.localName;
  if (name === 'title' || name === 'desc' || name === 'defs' || name === 'linearGradient') return;
  const style: Record<string, string> = { ...parent };
  for (const property of INHERITED) {
    const value = node.getAttribute(property);
    if (value !== null) style[property] = value;
  }
  const { context } = painter;
  context.save();
  context.globalAlpha *= numberOf(node, 'opacity', 1);
  // The only transforms the standalone SVG has: a drawing's group moved into place, and scaled
  // as an inner <svg> is drawn.
  const moved = /^translate\(\s*(-?[\d.]+)[\s,]+(-?[\d.]+)\s*\)(?:\s*scale\(\s*([\d.]+)[\s,]+([\d.]+)\s*\))?$/.exec(node.getAttribute('transform') ?? '');
  if (moved) {
    context.translate(Number(moved[1]), Number(moved[2]));
    if (moved[3]) context.scale(Number(moved[3]), Number(moved[4]));
  }
  const shape = new Path2D();
  switch (name) {
    case 'rect': {
      const [x, y] = [numberOf(node, 'x'), numberOf(node, 'y')];
      const [width, height] = [lengthOf(node, 'width', painter.size.width), lengthOf(node, 'height', painter.size.height)];
      const radius = numberOf(node, 'rx');
      if (radius > 0) shape.roundRect(x, y, width, height, radius);
      else shape.rect(x, y, width, height);
      fillAndStroke(shape, style, painter);
      break;
    }
    case 'path':
      fillAndStroke(new Path2D(node.getAttribute('d') ?? ''), style, painter);
      break;
    case 'line':
      shape.moveTo(numberOf(node, 'x1'), numberOf(node, 'y1'));
      shape.lineTo(numberOf(node, 'x2'), numberOf(node, 'y2'));
      fillAndStroke(shape, { ...style, fill: 'none' }, painter);
      break;
    case 'circle':
      shape.arc(numberOf(node, 'cx'), numberOf(node, 'cy'), numberOf(node, 'r'), 0, 2 * Math.PI);
      fillAndStroke(shape, style, painter);
      break;
    case 'text':
      paintText(node, style, context);
      break;
    default:
      break;
  }
  if (name === 'g' || name === 'svg') for (const child of node.children) paint(child, painter, style);
  context.restore();
}

/** A canvas style for an SVG paint: a color, or a linear gradient (placed in user space by `standaloneSvg`). */
function paintStyle(value: string | undefined, { context, gradients }: Painter): string | CanvasGradient | undefined {
  if (!value || value === 'none') return undefined;
  const reference = /^url\(["']?#([^"')]+)["']?\)/.exec(value);
  if (!reference) return value;
  const gradient = gradients.get(reference[1]!);
  if (!gradient) return undefined;
  const fill = context.createLinearGradient(numberOf(gradient, 'x1'), numberOf(gradient, 'y1'), numberOf(gradient, 'x2'), numberOf(gradient, 'y2'));
  for (const stop of gradient.querySelectorAll('stop')) {
    const color = stop.getAttribute('stop-color') ?? 'rgb(0, 0, 0)';
    const opacity = numberOf(stop, 'stop-opacity', 1);
    fill.addColorStop(Math.min(1, Math.max(0, numberOf(stop, 'offset'))), opacity < 1 ? withAlpha(color, opacity) : color);
  }
  return fill;
}

/** `color` (as computed: `rgb()` or `rgba()`) with its alpha multiplied by `alpha`. */
function withAlpha(color: string, alpha: number): string {
  const parts = /rgba?\(([^)]+)\)/.exec(color)?.[1]?.split(/[\s,/]+/).filter(Boolean);
  if (!parts || parts.length < 3) return color;
  const [r, g, b, a = '1'] = parts;
  return `rgba(${r}, ${g}, ${b}, ${Number(a) * alpha})`;
}

/** A number from an inherited property, or `fallback`. */
function numberIn(style: Inherited, name: string, fallback: number): number {
  const value = parseFloat(style[name] ?? '');
  return Number.isFinite(value) ? value : fallback;
}

function fillAndStroke(shape: Path2D, style: Inherited, painter: Painter): void {
  const { context } = painter;
  const fill = paintStyle(style.fill ?? 'rgb(0, 0, 0)', painter);
  if (fill) {
    context.save();
    context.globalAlpha *= numberIn(style, 'fill-opacity', 1);
    context.fillStyle = fill;
    context.fill(shape);
    context.restore();
  }
  const stroke = paintStyle(style.stroke, painter);
  const width = numberIn(style, 'stroke-width', 1);
  if (stroke && width > 0) {
    context.save();
    context.globalAlpha *= numberIn(style, 'stroke-opacity', 1);
    context.strokeStyle = stroke;
    context.lineWidth = width;
    context.lineCap = (style['stroke-linecap'] as CanvasLineCap | undefined) ?? 'butt';
    context.lineJoin = (style['stroke-linejoin'] as CanvasLineJoin | undefined) ?? 'miter';
    const dashes = style['stroke-dasharray'];
    if (dashes && dashes !== 'none') context.setLineDash(dashes.split(/[\s,]+/).map(parseFloat));
    context.stroke(shape);
    context.restore();
  }
}

function paintText(node: Element, style: Inherited, context: CanvasRenderingContext2D): void {
  const fill = style.fill ?? 'rgb(0, 0, 0)';
  if (fill === 'none') return;
  context.fillStyle = fill;
  context.globalAlpha *= numberIn(style, 'fill-opacity', 1);
  const size = style['font-size'] ?? '16';
  context.font = `${style['font-style'] ?? 'normal'} ${style['font-weight'] ?? 'normal'} ${/^[\d.]+$/.test(size) ? `${size}px` : size} ${style['font-family'] ?? 'sans-serif'}`;
  const direction = style.direction === 'rtl' ? 'rtl' : 'ltr';
  context.direction = direction;
  // text-anchor start and end follow the text's direction, as in SVG.
  const anchor = style['text-anchor'];
  context.textAlign = anchor === 'middle' ? 'center' : anchor === 'end' ? (direction === 'rtl' ? 'left' : 'right') : direction === 'rtl' ? 'right' : 'left';
  const baseline = style['dominant-baseline'];
  context.textBaseline = baseline === 'middle' || baseline === 'central' ? 'middle' : baseline === 'hanging' ? 'hanging' : 'alphabetic';
  context.fillText(node.textContent ?? '', numberOf(node, 'x'), numberOf(node, 'y'));
}
