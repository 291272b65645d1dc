import { html, nothing, svg, type CSSResultGroup, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { Guide, Salary } from '../contract/schema.js';
import { renderAxis } from '../element/axis.js';
import { GuideElement } from '../element/guide-element.js';
import { nextMarkIndex } from '../element/keyboard.js';
import type { Messages } from '../i18n/messages.js';
import { salaryStyles } from './salary.styles.js';
import { salaryLayout, salaryPlaceholderHeight, type SalaryLayout, type SalaryMark } from './salary.layout.js';

/**
 * Pay for a role: the range, the median, pay at each career level and where the top earners
 * start, as bars on a currency axis that follows its container's width and the reader's language.
 *
 * @summary Salary range, median, levels and top earners as bars on a currency axis.
 *
 * @fires career-load - The guide was loaded and validated; `detail.guide`, `detail.source`, `detail.empty`.
 * @fires career-error - The guide could not be loaded or is invalid; `detail.kind`, `detail.message`, `detail.issues`.
 * @fires career-select - A reader activated a bar (click, Enter or Space); `detail.id` is `range`, `top` or a level id.
 *
 * @csspart figure - The chart with its caption.
 * @csspart chart - The SVG drawing.
 * @csspart table - The table of exact figures (visually hidden, read by screen readers).
 * @csspart placeholder - The space reserved while the guide loads.
 * @csspart empty - The message for a guide without salary figures.
 * @csspart error - The error message box (`role="alert"`).
 * @csspart retry - The retry button shown for network errors.
 *
 * @cssprop [--career-font=system-ui] - Font family.
 * @cssprop [--career-font-size=0.875rem] - Base font size.
 * @cssprop [--career-ink=#1f2937] - Text color.
 * @cssprop [--career-muted=#4b5563] - Secondary text color.
 * @cssprop [--career-surface=#ffffff] - Background color.
 * @cssprop [--career-border=#d1d5db] - Border color of state boxes.
 * @cssprop [--career-grid=#e5e7eb] - Axis grid line color.
 * @cssprop [--career-accent=#1d4ed8] - Bar color.
 * @cssprop [--career-accent-soft=#bfdbfe] - Range bar fill.
 * @cssprop [--career-accent-ink=#ffffff] - Text on accent color (buttons).
 * @cssprop [--career-highlight=#b45309] - Top earners bar color.
 * @cssprop [--career-focus=#1d4ed8] - Focus ring color.
 * @cssprop [--career-error=#b91c1c] - Error text and border color.
 * @cssprop [--career-skeleton=#eef0f3] - Placeholder shapes while loading.
 * @cssprop [--career-radius=6px] - Corner radius of boxes and buttons.
 */
@customElement('career-salary')
export class CareerSalary extends GuideElement {
  static override styles: CSSResultGroup = [GuideElement.styles, salaryStyles];

  /** The mark that holds the tab stop. */
  @state() private activeIndex = 0;
  /** The mark whose exact figure the readout shows (hovered or focused). */
  @state() private shownIndex: number | undefined;

  private layout: SalaryLayout | undefined;
  private layoutInputs: readonly unknown[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const salary = this.guide?.salary;
    const inputs = [salary, this.size.width, this.resolvedLocale];
    // Layout is computed once per change of data, width or language, never per render.
    if (salary && this.size.width > 0 && inputs.some((input, i) => input !== this.layoutInputs[i])) {
      this.layout = salaryLayout(salary, { width: this.size.width, locale: this.resolvedLocale, messages: this.messages });
      this.layoutInputs = inputs;
      this.activeIndex = Math.min(this.activeIndex, this.layout.marks.length - 1);
    }
  }

  protected override hasSection(guide: Guide): boolean {
    return guide.salary !== undefined;
  }

  protected override emptyMessage(messages: Messages): string {
    return messages.salary.empty;
  }

  protected override placeholderHeight(width: number): number {
    return salaryPlaceholderHeight(width);
  }

  protected override renderSection(_guide: Guide): unknown {
    const layout = this.layout;
    if (!layout) return nothing;
    const shown = this.shownIndex === undefined ? undefined : layout.marks[this.shownIndex];
    return html`<figure part="figure">
      <figcaption class="caption">
        <span class="title" id="title">${layout.title}</span>
        <span class="subtitle">${layout.subtitle}</span>
      </figcaption>
      <p class="visually-hidden" id="summary">${layout.summary} ${this.messages.salary.hint}</p>
      <svg
        part="chart"
        role="list"
        aria-labelledby="title"
        aria-describedby="summary"
        width=${layout.width}
        height=${layout.height}
        viewBox="0 0 ${layout.width} ${layout.height}"
        @keydown=${this.onKeydown}
        @pointerleave=${this.onPointerLeave}
      >
        ${renderAxis(layout.ticks, layout.plot.top - 4, layout.plot.bottom, layout.axisY + 14)}
        ${layout.median
          ? svg`<line class="median-line" aria-hidden="true" x1=${layout.median.x} x2=${layout.median.x} y1=${layout.median.y1} y2=${layout.median.y2}></line>`
          : nothing}
        ${layout.marks.map((mark, index) => this.renderMark(mark, index, layout))}
        ${layout.median
          ? svg`<g class="median" aria-hidden="true">
              <path class="median-marker" d=${diamond(layout.median.marker)}></path>
              <text class="median-label" x=${layout.median.label.x} y=${layout.median.label.y} text-anchor=${layout.median.label.anchor}>${layout.median.label.text}</text>
            </g>`
          : nothing}
      </svg>
      <p class="readout" aria-hidden="true">${shown?.exact ?? layout.median?.exact ?? ''}</p>
      ${this.renderTable(layout)}
    </figure>`;
  }

  private renderMark(mark: SalaryMark, index: number, layout: SalaryLayout) {
    const medianNote = mark.kind === 'range' && layout.median ? `; ${layout.median.exact}` : '';
    return svg`<g
      class="mark mark-${mark.kind} ${index === this.shownIndex ? 'is-showing' : ''}"
      role="listitem"
      tabindex=${index === this.activeIndex ? 0 : -1}
      aria-label=${mark.ariaLabel + medianNote}
      data-index=${index}
      @focus=${() => this.show(index)}
      @blur=${() => this.show(undefined)}
      @pointerenter=${() => this.show(index)}
      @click=${() => this.activate(index)}
    >
      <rect class="focus-ring" x=${mark.focus.x} y=${mark.focus.y} width=${mark.focus.width} height=${mark.focus.height} rx="4"></rect>
      <text class="label" x=${mark.label.x} y=${mark.label.y} text-anchor=${mark.label.anchor}>${mark.label.text}</text>
      <path class="bar" d=${mark.path}></path>
      ${mark.band ? svg`<rect class="band" x=${mark.band.x} y=${mark.band.y} width=${mark.band.width} height=${mark.band.height}></rect>` : nothing}
      <text class="value" x=${mark.value.x} y=${mark.value.y} text-anchor=${mark.value.anchor}>${mark.value.text}</text>
    </g>`;
  }

  private renderTable(layout: SalaryLayout) {
    const m = this.messages.salary;
    return html`<table class="visually-hidden" part="table">
      <caption>${m.tableCaption}: ${layout.title}, ${layout.subtitle}</caption>
      <thead><tr><th scope="col">${m.tableFigure}</th><th scope="col">${m.tableAmount}</th></tr></thead>
      <tbody>
        ${layout.table.map((row) => html`<tr><th scope="row">${row.label}</th><td>${row.value}</td></tr>`)}
      </tbody>
    </table>`;
  }

  private show(index: number | undefined): void {
    this.shownIndex = index;
    if (index !== undefined) this.activeIndex = index;
  }

  private activate(index: number): void {
    const mark = this.layout?.marks[index];
    if (!mark) return;
    this.show(index);
    this.select({ kind: 'salary', id: mark.id, label: mark.label.text, value: mark.amount });
  }

  private onKeydown(event: KeyboardEvent): void {
    const count = this.layout?.marks.length ?? 0;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.activate(this.activeIndex);
      return;
    }
    if (event.key === 'Escape') {
      this.shownIndex = undefined;
      return;
    }
    const next = nextMarkIndex(event.key, this.activeIndex, count);
    if (next === undefined) return;
    event.preventDefault();
    this.activeIndex = next;
    this.shadowRoot?.querySelector<SVGGElement>(`.mark[data-index="${next}"]`)?.focus();
  }

  private onPointerLeave(): void {
    this.shownIndex = undefined;
  }
}

/** A diamond inscribed in `box`. */
function diamond(box: { x: number; y: number; width: number; height: number }): string {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  return `M${cx},${box.y}L${box.x + box.width},${cy}L${cx},${box.y + box.height}L${box.x},${cy}Z`;
}

/** The guide's salary section, for typing helpers. */
export type { Salary };

declare global {
  interface HTMLElementTagNameMap {
    'career-salary': CareerSalary;
  }
}
