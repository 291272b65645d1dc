import { svg, type SVGTemplateResult } from 'lit';
import type { Tick } from '../chart/ticks.js';
import type { TimelineFrame } from '../chart/layout.js';

/**
 * A horizontal axis: a grid line per tick from `top` to `bottom` and the tick's label below.
 * Decorative for assistive technology: the same numbers are in the text summary and table.
 */
export function renderAxis(ticks: readonly Tick[], top: number, bottom: number, labelY: number): SVGTemplateResult {
  return svg`<g class="axis" aria-hidden="true">
    ${ticks.map(
      (tick) => svg`<line x1=${tick.position} x2=${tick.position} y1=${top} y2=${bottom}></line>
        <text x=${tick.position} y=${labelY} text-anchor=${tick.anchor}>${tick.label}</text>`,
    )}
  </g>`;
}

/** What a vertical time axis needs from a timeline: the plot, the ticks, where labels and tick rules go. */
export type VerticalAxis = Pick<TimelineFrame, 'plot' | 'ticks' | 'tickLabelAt' | 'tickRule'>;

/**
 * A vertical axis, for charts drawn narrow (the tiers' years, the day's clock): a spine down the
 * middle of the plot, a short rule and a label per tick. Decorative, as `renderAxis` is.
 */
export function renderVerticalAxis({ plot, ticks, tickLabelAt, tickRule }: VerticalAxis): SVGTemplateResult {
  const spine = plot.x0 + (plot.x1 - plot.x0) / 2;
  return svg`<g class="axis" aria-hidden="true">
    <line class="spine" x1=${spine} x2=${spine} y1=${plot.top} y2=${plot.bottom}></line>
    ${ticks.map(
      (tick) => svg`<line x1=${tickRule?.x1 ?? 0} x2=${tickRule?.x2 ?? 0} y1=${tick.position} y2=${tick.position}></line>
        <text x=${tickLabelAt} y=${tick.position + 4} text-anchor=${tick.anchor}>${tick.label}</text>`,
    )}
  </g>`;
}
