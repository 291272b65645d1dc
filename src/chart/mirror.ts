/**
 * Right-to-left charts: the left-to-right geometry reflected across the chart's vertical centre
 * line. A layout computes its geometry left to right, then, with its `rtl` option, passes its SVG
 * coordinates through these helpers, so the mirrored chart is exactly the reflection
 * (`x → width − x`) and no layout keeps a second copy of its arithmetic.
 *
 * Only SVG coordinates are mirrored. Text is never reflected (digits stay in order): its anchor
 * point moves and its anchor swaps sides, and the SVG keeps `direction: ltr` so that `start` and
 * `end` mean left and right. HTML that a layout places with `inset-inline-start` (see `placeAt`)
 * or inline margins is already mirrored by the page's direction and keeps its logical x.
 */
import type { Box, Label } from './geometry.js';

/** A text anchor. */
export type Anchor = Label['anchor'];

/** `x` reflected in a drawing `width` wide. */
export function mirrorX(x: number, width: number): number {
  return width - x;
}

/** `start` and `end` swapped: text that hung rightwards from its point now hangs leftwards. */
export function mirrorAnchor(anchor: Anchor): Anchor {
  return anchor === 'start' ? 'end' : anchor === 'end' ? 'start' : 'middle';
}

/** A box reflected in a drawing `width` wide: its right edge becomes its left one. */
export function mirrorBox<B extends Box>(box: B, width: number): B {
  return { ...box, x: width - box.x - box.width };
}

/** A placed text reflected in a drawing `width` wide: its point moves, its anchor swaps. */
export function mirrorLabel<L extends Pick<Label, 'x' | 'anchor'>>(label: L, width: number): L {
  return { ...label, x: width - label.x, anchor: mirrorAnchor(label.anchor) };
}

/** An axis tick (position along a horizontal axis, and its label's anchor) reflected. */
export function mirrorTick<T extends { readonly position: number; readonly anchor: Anchor }>(tick: T, width: number): T {
  return { ...tick, position: width - tick.position, anchor: mirrorAnchor(tick.anchor) };
}

/** Which parameters of each path command are x coordinates, per repetition of the command. */
const X_PARAMS: Record<string, readonly number[]> = {
  m: [0],
  l: [0],
  t: [0],
  h: [0],
  v: [],
  c: [0, 2, 4],
  s: [0, 2],
  q: [0, 2],
  a: [5],
  z: [],
};
/** How many numbers each repetition of a path command takes. */
const ARITY: Record<string, number> = { m: 2, l: 2, t: 2, h: 1, v: 1, c: 6, s: 4, q: 4, a: 7, z: 0 };

const TOKEN = /([MLHVCSQTAZmlhvcsqtaz])|([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/g;
const round = (value: number) => String(Math.round(value * 1000) / 1000);

/**
 * SVG path data reflected in a drawing `width` wide: absolute x coordinates become `width − x`,
 * relative ones change sign, and arcs turn the other way (their rotation and sweep flip).
 * Covers every command d3-shape and the layouts write. Pass `width` 0 for a path drawn around
 * an origin that the element translates into place.
 */
export function mirrorPath(path: string, width: number): string {
  const out: string[] = [];
  let command = '';
  let index = 0;
  for (const [, letter, number] of path.matchAll(TOKEN)) {
    if (letter) {
      command = letter;
      index = 0;
      out.push(letter);
      continue;
    }
    const lower = command.toLowerCase();
    const arity = ARITY[lower] ?? 0;
    const slot = arity ? index % arity : 0;
    index += 1;
    let value = Number(number);
    if (X_PARAMS[lower]?.includes(slot)) value = command === lower ? -value : width - value;
    else if (lower === 'a' && slot === 2) value = -value;
    else if (lower === 'a' && slot === 4) value = 1 - value;
    // Numbers are comma-separated so that a negative one never merges with the one before.
    out.push(`${out.at(-1) === command ? '' : ','}${round(value)}`);
  }
  return out.join('');
}

/** The axis of a chart on a time-like scale (the day's clock, the tiers' years), as its layout holds it. */
export interface TimeAxis<T extends { readonly position: number; readonly anchor: Anchor }> {
  readonly width: number;
  /** Narrow, the axis runs down the page. */
  readonly narrow: boolean;
  readonly ticks: readonly T[];
  readonly plot: { readonly x0: number; readonly x1: number; readonly top: number; readonly bottom: number };
  readonly tickLabelAt: number;
  readonly tickRule: { readonly x1: number; readonly x2: number } | undefined;
}

/**
 * A time axis reflected: wide, the ticks, the plot and the tick rule mirror; narrow, the axis
 * runs down the page, so only the tick labels' anchors and their column swap sides.
 */
export function mirrorTimeAxis<T extends { readonly position: number; readonly anchor: Anchor }>(axis: TimeAxis<T>): Omit<TimeAxis<T>, 'width' | 'narrow'> {
  const w = axis.width;
  return {
    ticks: axis.ticks.map((tick) => (axis.narrow ? { ...tick, anchor: mirrorAnchor(tick.anchor) } : mirrorTick(tick, w))),
    plot: { ...axis.plot, x0: mirrorX(axis.plot.x0, w), x1: mirrorX(axis.plot.x1, w) },
    tickLabelAt: axis.narrow ? mirrorX(axis.tickLabelAt, w) : axis.tickLabelAt,
    tickRule: axis.tickRule && { x1: mirrorX(axis.tickRule.x1, w), x2: mirrorX(axis.tickRule.x2, w) },
  };
}
