import { isServer, noChange } from 'lit';
import type { Box } from '../chart/geometry.js';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/** CSS properties by their CSS names (`inset-inline-start`, `height`), with their values. */
export type CssProperties = Readonly<Record<string, string | undefined>>;

/**
 * Inline styles for the `style` attribute: `<div style=${cssomStyle({ height: '40px' })}>`.
 *
 * In the browser they are set through the CSSOM (`style.setProperty`), on first render too: a
 * page with a strict `style-src` policy refuses a `style` attribute, however it is written, and
 * `styleMap` writes one on first render; CSSOM writes are allowed. Properties dropped since the
 * last render are removed. A server has no CSSOM: there the directive writes the attribute, which
 * is what server-rendered HTML needs to lay out with no script (see the README on server
 * rendering and CSP). The values are numbers from layouts, never text from a guide.
 */
class CssomStyleDirective extends Directive {
  /** What the last update set: a value set again unchanged costs a parse and a style recalculation. */
  private previous = new Map<string, string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') throw new Error('cssomStyle() belongs in a style attribute, as `<div style=${cssomStyle(…)}>`');
  }

  /** The attribute's text: what a server writes. */
  render(properties: CssProperties): string {
    return Object.entries(properties)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => `${name}:${value}`)
      .join(';');
  }

  override update(part: AttributePart, [properties]: [CssProperties]): unknown {
    if (isServer) return this.render(properties);
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.previous.keys()) if (properties[name] === undefined) style.removeProperty(name);
    const previous = this.previous;
    this.previous = new Map();
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      if (previous.get(name) !== value) style.setProperty(name, value);
      this.previous.set(name, value);
    }
    return noChange;
  }
}

/** Inline styles set through the CSSOM, allowed under a strict `style-src` policy; written as the attribute on a server. */
export const cssomStyle = directive(CssomStyleDirective);

const px = (value: number) => `${Math.round(value * 100) / 100}px`;

/**
 * Places an element at (part of) a layout box, in its `style` attribute. Inline start rather than
 * left, so a right-to-left page mirrors the placement by itself.
 */
export function placeAt(box: Partial<Box>) {
  return cssomStyle({
    'inset-inline-start': box.x === undefined ? undefined : px(box.x),
    top: box.y === undefined ? undefined : px(box.y),
    width: box.width === undefined ? undefined : px(box.width),
    height: box.height === undefined ? undefined : px(box.height),
  });
}
