/** The keyboard model shared by every chart: one tab stop, arrow keys between marks. */

/**
 * The index of the mark to move to for `key`, or undefined when the key is not a move.
 * Arrows step (and stop at the ends), Home and End jump; in right-to-left layouts the
 * horizontal arrows swap so that "right" follows the reading direction's visual right.
 */
export function nextMarkIndex(key: string, index: number, count: number, rtl = false): number | undefined {
  if (count === 0) return undefined;
  const last = count - 1;
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case 'ArrowDown':
    case forward:
      return Math.min(index + 1, last);
    case 'ArrowUp':
    case backward:
      return Math.max(index - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}
