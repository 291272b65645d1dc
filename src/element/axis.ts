import { svg, type SVGTemplateResult } from 'lit';
import type { Tick } from '../chart/ticks.js';

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
