/** The right-to-left reflection rule, as the tests state it (independent of src/chart/mirror.ts). */
const SWAPPED_ANCHOR = { start: 'end', middle: 'middle', end: 'start' } as const;

/**
 * Where a text placed at `x` with `anchor` stands once a drawing `width` wide is reflected for
 * right-to-left reading: at `width − x`, anchored on the other side. The tests' own statement of
 * the rule, independent of src/chart/mirror.ts.
 */
export function reflected<T extends { readonly x: number; readonly anchor: string }>(text: T, width: number): T {
  return { ...text, x: width - text.x, anchor: SWAPPED_ANCHOR[text.anchor as keyof typeof SWAPPED_ANCHOR] };
}

/** A text anchor swapped for right-to-left reading. */
export function swappedAnchor<A extends string>(anchor: A): A {
  return SWAPPED_ANCHOR[anchor as keyof typeof SWAPPED_ANCHOR] as A;
}
