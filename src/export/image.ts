/**
 * A chart's drawing as an image to take away: a standalone SVG document (the drawn `<svg>`
 * cloned, every style that shows inlined as presentation attributes in the theme it is drawn
 * in, the caption above and the notes and source under it as text), and a PNG painted from that
 * same document at twice its size.
 *
 * The PNG is painted by walking the SVG's shapes onto a canvas, not by loading the SVG into an
 * `<img>`: a page with a strict policy (`default-src 'self'` and no `img-src`) refuses `blob:`
 * and `data:` images in every engine, and `createImageBitmap` decodes no SVG. The charts draw
 * with few shapes (rect, line, path, circle, text, linear gradients), all of which a canvas
 * draws; `Path2D` takes SVG path data as it is.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The computed properties that decide how a shape or its text looks, written on the clone as presentation attributes. */
const PAINTED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'stop-color',
  'stop-opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'direction',
] as const;

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

/**
 * A standalone SVG document of the chart drawn in `figure` (its `svg[part=chart]`), framed by
 * `text`, on the surface color of the element's theme. Built as DOM nodes, so that the guide's
 * text is only ever a text node: `XMLSerializer` escapes it.
 */
export function standaloneSvg(figure: Element, text: ImageText): SVGSVGElement {
  const chart = figure.querySelector<SVGSVGElement>('svg[part="chart"]');
  if (!chart) throw new Error('the chart has no drawing');
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement as unknown as SVGSVGElement;
  const element = (name: string, attributes: Record<string, string | number> = {}) => {
    const node = doc.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
    return node;
  };
  const view = getComputedStyle(figure);
  const width = Number(chart.getAttribute('width'));
  const height = Number(chart.getAttribute('height'));
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
        y: y + leading * 0.75,
        fill: line.style.color,
        'font-family': line.style.fontFamily,
        'font-size': line.style.fontSize,
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

  const drawing = element('svg', { x: PAD, y, width, height, viewBox: chart.getAttribute('viewBox') ?? `0 0 ${width} ${height}`, overflow: 'visible' });
  for (const child of chart.childNodes) {
    const copy = inlined(child, doc);
    if (copy) drawing.append(copy);
  }
  root.append(drawing);
  y += height + GAP;

  const written = lines.length;
  for (const note of text.notes) block(note, notes);
  writeLines(written);
  y += PAD;

  root.setAttribute('height', String(Math.ceil(y)));
  root.setAttribute('viewBox', `0 0 ${frameWidth} ${Math.ceil(y)}`);
  root.setAttribute('lang', figure.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang);
  return root;
}

/** The SVG document's text, with its XML declaration. */
export function svgText(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}

/**
 * A copy of `node` for the file, in `doc`: elements with what they look like written on them
 * (computed, so in the drawn theme, with custom properties and `currentColor` resolved), text
 * as text; what is not shown (a focus ring, a closed selection frame) left out.
 */
function inlined(node: Node, doc: XMLDocument): Node | undefined {
  if (node.nodeType === Node.TEXT_NODE) return doc.createTextNode(node.textContent ?? '');
  if (!(node instanceof SVGElement)) return undefined;
  const style = getComputedStyle(node);
  if (style.display === 'none' || style.visibility === 'hidden' || (node instanceof SVGGraphicsElement && Number(style.opacity) === 0)) return undefined;
  const copy = doc.createElementNS(SVG_NS, node.localName);
  for (const { name, value } of node.attributes) if (!DROPPED.test(name)) copy.setAttribute(name, value);
  for (const property of PAINTED) {
    const value = style.getPropertyValue(property);
    if (value && value !== 'normal' && value !== 'auto') copy.setAttribute(property, value);
  }
  for (const child of node.childNodes) {
    const inner = inlined(child, doc);
    if (inner) copy.append(inner);
  }
  return copy;
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
  canvas.width = Math.round(Number(svg.getAttribute('width')) * scale);
  canvas.height = Math.round(Number(svg.getAttribute('height')) * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.scale(scale, scale);
  const gradients = new Map<string, Element>();
  for (const gradient of svg.querySelectorAll('linearGradient[id]')) gradients.set(gradient.id, gradient);
  for (const child of svg.children) paint(child, context, gradients);
  return canvas;
}

/** The number of attribute `name`, or `fallback`. */
function numberOf(node: Element, name: string, fallback = 0): number {
  const value = parseFloat(node.getAttribute(name) ?? '');
  return Number.isFinite(value) ? value : fallback;
}

/** Paints one element of the standalone SVG and its children. */
function paint(node: Element, context: CanvasRenderingContext2D, gradients: Map<string, Element>): void {
  const name = node.localName;
  if (name === 'title' || name === 'desc' || name === 'defs' || name === 'linearGradient') return;
  context.save();
  context.globalAlpha *= numberOf(node, 'opacity', 1);
  if (name === 'svg' && node !== node.ownerDocument.documentElement) {
    // A nested drawing: its viewBox maps onto its box (the charts' are the same size).
    const [minX = 0, minY = 0] = (node.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
    context.translate(numberOf(node, 'x') - minX, numberOf(node, 'y') - minY);
  }
  switch (name) {
    case 'rect': {
      const box = { x: numberOf(node, 'x'), y: numberOf(node, 'y'), width: node.getAttribute('width') === '100%' ? context.canvas.width : numberOf(node, 'width'), height: node.getAttribute('height') === '100%' ? context.canvas.height : numberOf(node, 'height') };
      const path = new Path2D();
      const radius = numberOf(node, 'rx');
      if (radius > 0) path.roundRect(box.x, box.y, box.width, box.height, radius);
      else path.rect(box.x, box.y, box.width, box.height);
      fillAndStroke(node, context, path, box, gradients);
      break;
    }
    case 'path':
      fillAndStroke(node, context, new Path2D(node.getAttribute('d') ?? ''), pathBox(node.getAttribute('d') ?? ''), gradients);
      break;
    case 'line': {
      const path = new Path2D();
      path.moveTo(numberOf(node, 'x1'), numberOf(node, 'y1'));
      path.lineTo(numberOf(node, 'x2'), numberOf(node, 'y2'));
      fillAndStroke(node, context, path, undefined, gradients, false);
      break;
    }
    case 'circle': {
      const path = new Path2D();
      const r = numberOf(node, 'r');
      path.arc(numberOf(node, 'cx'), numberOf(node, 'cy'), r, 0, 2 * Math.PI);
      fillAndStroke(node, context, path, { x: numberOf(node, 'cx') - r, y: numberOf(node, 'cy') - r, width: 2 * r, height: 2 * r }, gradients);
      break;
    }
    case 'text':
      paintText(node, context);
      break;
    default:
      break;
  }
  if (name === 'g' || name === 'svg') for (const child of node.children) paint(child, context, gradients);
  context.restore();
}

type PlainBox = { x: number; y: number; width: number; height: number };

/** The box around a path's points (its control points included): what a gradient in bounding-box units spans. */
function pathBox(d: string): PlainBox {
  const numbers = (d.match(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi) ?? []).map(Number);
  const xs = numbers.filter((_, index) => index % 2 === 0);
  const ys = numbers.filter((_, index) => index % 2 === 1);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** A canvas style for an SVG paint: a color, or a linear gradient in the shape's bounding box. */
function paintStyle(value: string | null, context: CanvasRenderingContext2D, box: PlainBox | undefined, gradients: Map<string, Element>): string | CanvasGradient | undefined {
  if (!value || value === 'none') return undefined;
  const reference = /^url\(["']?#([^"')]+)["']?\)/.exec(value);
  if (!reference) return value;
  const gradient = gradients.get(reference[1]!);
  if (!gradient || !box) return undefined;
  const at = (name: string, fallback: number) => numberOf(gradient, name, fallback);
  const fill = context.createLinearGradient(box.x + at('x1', 0) * box.width, box.y + at('y1', 0) * box.height, box.x + at('x2', 1) * box.width, box.y + at('y2', 0) * box.height);
  for (const stop of gradient.querySelectorAll('stop')) {
    const color = stop.getAttribute('stop-color') ?? 'black';
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

function fillAndStroke(node: Element, context: CanvasRenderingContext2D, path: Path2D, box: PlainBox | undefined, gradients: Map<string, Element>, fills = true): void {
  const fill = fills ? paintStyle(node.getAttribute('fill') ?? 'black', context, box, gradients) : undefined;
  if (fill) {
    context.save();
    context.globalAlpha *= numberOf(node, 'fill-opacity', 1);
    context.fillStyle = fill;
    context.fill(path);
    context.restore();
  }
  const stroke = paintStyle(node.getAttribute('stroke'), context, box, gradients);
  const width = numberOf(node, 'stroke-width', 1);
  if (stroke && width > 0) {
    context.save();
    context.globalAlpha *= numberOf(node, 'stroke-opacity', 1);
    context.strokeStyle = stroke;
    context.lineWidth = width;
    context.lineCap = (node.getAttribute('stroke-linecap') as CanvasLineCap | null) ?? 'butt';
    context.lineJoin = (node.getAttribute('stroke-linejoin') as CanvasLineJoin | null) ?? 'miter';
    const dashes = node.getAttribute('stroke-dasharray');
    if (dashes && dashes !== 'none') context.setLineDash(dashes.split(/[\s,]+/).map(parseFloat));
    context.stroke(path);
    context.restore();
  }
}

function paintText(node: Element, context: CanvasRenderingContext2D): void {
  const fill = node.getAttribute('fill');
  if (!fill || fill === 'none') return;
  context.fillStyle = fill;
  context.font = `${node.getAttribute('font-style') ?? 'normal'} ${node.getAttribute('font-weight') ?? 'normal'} ${node.getAttribute('font-size') ?? '12px'} ${node.getAttribute('font-family') ?? 'sans-serif'}`;
  const direction = node.getAttribute('direction') === 'rtl' ? 'rtl' : 'ltr';
  context.direction = direction;
  // text-anchor start and end follow the text's direction, as in SVG.
  const anchor = node.getAttribute('text-anchor');
  context.textAlign = anchor === 'middle' ? 'center' : anchor === 'end' ? (direction === 'rtl' ? 'left' : 'right') : direction === 'rtl' ? 'right' : 'left';
  const baseline = node.getAttribute('dominant-baseline');
  context.textBaseline = baseline === 'middle' || baseline === 'central' ? 'middle' : baseline === 'hanging' ? 'hanging' : 'alphabetic';
  context.fillText(node.textContent ?? '', numberOf(node, 'x'), numberOf(node, 'y'));
}
