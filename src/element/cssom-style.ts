import { noChange } from 'lit';
import type { Box } from '../chart/geometry.js';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** CSS properties by their CSS names (`inset-inline-start`, `height`), with their values. */
export type CssProperties = Readonly<Record<string, string | undefined>>;

/**
 * Sets inline styles through the CSSOM (`style.setProperty`), on first render too. A page with
 * a strict `style-src` policy refuses a `style` attribute, however it is written, and `styleMap`
 * writes one on first render; CSSOM writes are allowed. Used as an element binding:
 * `<div ${cssomStyle({ height: '40px' })}>`. Properties dropped since the last render are removed.
 */
class CssomStyleDirective extends Directive {
  /** What the last update set: a value set again unchanged costs a parse and a style recalculation. */
  private previous = new Map<string, string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssomStyle() belongs on an element, as `<div ${cssomStyle(…)}>`');
  }

  render(_properties: CssProperties): unknown {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [CssProperties]): unknown {
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

/** Inline styles set through the CSSOM, allowed under a strict `style-src` policy. */
export const cssomStyle = directive(CssomStyleDirective);

const px = (value: number) => `${Math.round(value * 100) / 100}px`;

/**
 * Places an element at (part of) a layout box through the CSSOM. Inline start rather than left,
 * so a right-to-left page mirrors the placement by itself.
 */
export function placeAt(box: Partial<Box>) {
  return cssomStyle({
    'inset-inline-start': box.x === undefined ? undefined : px(box.x),
    top: box.y === undefined ? undefined : px(box.y),
    width: box.width === undefined ? undefined : px(box.width),
    height: box.height === undefined ? undefined : px(box.height),
  });
}
