/** Axis ticks as data: what each tick says and where it stands. Drawn by `renderAxis`. */

/** One tick of an axis. */
export interface Tick {
  readonly value: number;
  /** Distance along the axis, in pixels. */
  readonly position: number;
  readonly label: string;
  /** How the label hangs from the tick: centred, unless that would cross the chart's edge. */
  readonly anchor: 'start' | 'middle' | 'end';
}

/** The subset of a d3 continuous scale that ticks need. */
export interface TickScale {
  (value: number): number;
  ticks(count?: number): number[];
}

/** Rough width of a 12px tabular-figure label; enough to keep labels off the edges. */
export const estimateLabelWidth = (label: string): number => label.length * 6.6;

/**
 * Nice ticks of `scale`, about `count` of them, labelled by `format`, kept within
 * `[0, width]`.
 */
export function axisTicks(scale: TickScale, count: number, format: (value: number) => string, width: number): Tick[] {
  return scale.ticks(count).map((value) => {
    const position = scale(value);
    const label = format(value);
    const half = estimateLabelWidth(label) / 2;
    const anchor = position - half < 0 ? 'start' : position + half > width ? 'end' : 'middle';
    return { value, position, label, anchor };
  });
}
