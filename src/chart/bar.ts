/**
 * The bar mark shared by the charts: a rectangle, or an open-ended bar whose far end is a point,
 * for a range with no upper bound (the top earners, the last career tier). Path data in SVG user
 * units, drawn as `<path class="bar" d=…>`.
 */
import type { Box } from './geometry.js';

/** Which way an open-ended bar points: along x (wide charts) or down y (narrow timelines). */
export type OpenEnd = 'right' | 'down';

/** The path of a bar filling `box`; with `open`, its far end is a point `arrow` units long. */
export function barPath(box: Box, open?: { readonly end: OpenEnd; readonly arrow: number }): string {
  const { x, y, width, height } = box;
  if (!open) return `M${x},${y}h${width}v${height}h${-width}Z`;
  const { arrow } = open;
  return open.end === 'right'
    ? `M${x},${y}h${width - arrow}l${arrow},${height / 2}l${-arrow},${height / 2}h${-(width - arrow)}Z`
    : `M${x},${y}v${height - arrow}l${width / 2},${arrow}l${width / 2},${-arrow}v${-(height - arrow)}Z`;
}
