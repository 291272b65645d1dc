import { html, nothing, type TemplateResult } from 'lit';

/** What every chart's frame holds. */
export interface FigureParts {
  /** The chart's name, shown as its caption and used as its accessible name. */
  readonly title: string;
  /** A second line of context: place, currency, source. */
  readonly subtitle?: string | undefined;
  /** A paragraph written from the data, for screen readers (the chart's description). */
  readonly summary: string;
  /** The drawing: an SVG with `aria-labelledby="title"` and `aria-describedby="summary"`. */
  readonly chart: unknown;
  /** The line under the chart that shows the hovered or focused mark's exact figure. */
  readonly readout: string;
  /** The numbers as a table, visually hidden. */
  readonly table?: TemplateResult | undefined;
}

/**
 * The frame shared by every chart: caption, hidden summary, drawing, readout line and table.
 * The loading placeholder has the same caption and readout lines, so nothing moves when the
 * chart replaces it. Ids are unique within the element's shadow root.
 */
export function renderFigure({ title, subtitle, summary, chart, readout, table }: FigureParts): TemplateResult {
  return html`<figure part="figure">
    <figcaption class="caption">
      <span class="title" id="title">${title}</span>
      ${subtitle ? html`<span class="subtitle">${subtitle}</span>` : nothing}
    </figcaption>
    <p class="visually-hidden" id="summary">${summary}</p>
    ${chart}
    <p class="readout" aria-hidden="true">${readout}</p>
    ${table ?? nothing}
  </figure>`;
}

/**
 * A visually hidden table of the exact figures, for screen readers. It sits in a clipping box:
 * `width: 1px` does not narrow a table, and its long unwrapped cells would otherwise widen the
 * page's scrollable area.
 */
export function renderTable(caption: string, headers: readonly string[], rows: readonly (readonly string[])[]): TemplateResult {
  return html`<div class="visually-hidden">
    <table part="table">
      <caption>${caption}</caption>
      <thead><tr>${headers.map((header) => html`<th scope="col">${header}</th>`)}</tr></thead>
      <tbody>
        ${rows.map(([head, ...cells]) => html`<tr><th scope="row">${head}</th>${cells.map((cell) => html`<td>${cell}</td>`)}</tr>`)}
      </tbody>
    </table>
  </div>`;
}
