import '../element/hydrate.js';
import { html, nothing, svg, type CSSResultGroup } from 'lit';
import { cssomStyle } from '../element/cssom-style.js';
import { customElement } from '../element/define.js';
import type { Guide } from '../contract/schema.js';
import { renderAxis } from '../element/axis.js';
import { GuideElement, type LayoutOptions } from '../element/guide-element.js';
import { guidePart, salarySection, titleSection } from '../contract/sections.js';
import { drawTable, inLang, renderChartSvg, renderFigure, selectionRing } from '../element/figure.js';
import { MarksController } from '../element/marks-controller.js';
import { WordsController } from '../element/words-controller.js';
import type { Words } from '../i18n/messages.js';
import { enSalary } from '../i18n/en.js';
import { salaryStyles } from './salary.styles.js';
import { salaryReserved } from './salary.reserved.js';
import { salaryLayout, type SalaryLayout, type SalaryMark } from './salary.layout.js';

/**
 * Pay for a role: the range, the median, pay at each career level and where the top earners
 * start, as bars on a currency axis that follows its container's width and the reader's language.
 *
 * Keyboard: Tab reaches the bars as one stop, a listbox of options; the arrows move between them,
 * Home and End jump to the first and last, Enter or Space selects one, which stays framed and in
 * the readout line until Escape or another selection; Tab again reaches “Show as table”. While it
 * shows no bar, the readout line says how to show one.
 *
 * The guide comes from the `data` property, else the `src` or `career` attribute, else a
 * `<script type="application/json">` child holding the guide's JSON (which server-rendered
 * HTML carries, see `career-widgets/ssr`).
 *
 * @summary Salary range, median, levels and top earners as bars on a currency axis.
 *
 * @fires career-load - The guide was loaded and validated; `detail.guide`, `detail.source`, `detail.empty`.
 * @fires career-error - The guide could not be loaded or is invalid; `detail.kind`, `detail.message`, `detail.issues`.
 * @fires career-select - A reader selected a bar (click, Enter or Space); `detail.id` is `range`, `top` or a level id.
 *
 * @csspart figure - The chart with its caption.
 * @csspart chart - The SVG drawing.
 * @csspart notes - The lines under the chart: what the range and the open-ended arrow mean, the source and its date.
 * @csspart table - The table of exact figures: hidden (from screen readers too; the bars' names carry every figure) until the table toggle shows it.
 * @csspart table-toggle - The "show as table" button under the chart (`aria-expanded`), which shows the table and hides it again.
 * @csspart downloads-toggle - The "Download" button beside the table toggle (`aria-expanded`), which shows the download choices and hides them again; absent with `downloads="off"`.
 * @csspart download-choices - The download choices: the figures as CSV, the drawing as SVG or PNG, the figures copied; and what copying came to.
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
 * @cssprop [--career-content-visibility=auto] - `visible` draws the chart even while it is off screen, where the browser otherwise skips its style, layout and paint.
 */
@customElement('career-salary')
export class CareerSalary extends GuideElement<SalaryLayout, 'salary'> {
  static override styles: CSSResultGroup = [GuideElement.styles, salaryStyles, salaryReserved];

  /** What it shows, and so all it validates: the header, the title (the occupation it names) and this section. */
  protected override readonly shows = guidePart(titleSection, salarySection);

  protected override readonly hasTable = true;

  protected override readonly hasFigures = true;

  protected override readonly words = new WordsController(this, () => this.resolvedLocale, { salary: enSalary });

  private readonly marks = new MarksController(this, {
    count: () => this.drawnLayout?.marks.length ?? 0,
    activate: (index) => {
      const mark = this.drawnLayout?.marks[index];
      if (mark) this.select({ kind: 'salary', id: mark.id, label: mark.label.text, value: mark.amount });
    },
    rtl: () => this.page.rightToLeft,
  });

  protected override hasSection(guide: Guide): boolean {
    return guide.salary !== undefined;
  }

  protected override emptyMessage(words: Words<'salary'>): string {
    return words.salary.empty;
  }

  protected override layout(guide: Guide, options: LayoutOptions<'salary'>): SalaryLayout {
    return salaryLayout(guide.salary!, { ...options, occupation: guide.title });
  }

  protected override renderChart(layout: SalaryLayout, words: Words<'salary'>, ids: string): unknown {
    const pinned = this.marks.pinned === undefined ? undefined : layout.marks[this.marks.pinned];
    return renderFigure({
      title: layout.title,
      subtitle: layout.subtitle,
      summary: layout.summary,
      keys: words.keyboardHint,
      readout: pinned?.exact ?? '',
      readoutLines: layout.readoutLines,
      cue: words.cue,
      captionLines: layout.captionLines,
      details: html`<div class="notes" part="notes" style=${cssomStyle({ 'min-height': `${layout.notesHeight}px` })}>
        ${layout.notes.map((note) => html`<p>${note}</p>`)}
      </div>`,
      table: { toggle: this.tableToggle(words), content: drawSalaryTable(layout, this.guideLang) },
      downloads: this.downloadsMenu(words, layout.width),
      ids,
      chart: renderChartSvg(
        { width: layout.width, height: layout.height, listeners: this.marks.container(), ids },
        svg`${renderAxis(layout.ticks, layout.plot.top - 4, layout.plot.bottom, layout.axisY + 14)}
          ${layout.median
            ? layout.median.segments.map(
                (segment) => svg`<line class="median-line" aria-hidden="true" x1=${layout.median!.x} x2=${layout.median!.x} y1=${segment.y1} y2=${segment.y2}></line>`,
              )
            : nothing}
          ${layout.marks.map((mark, index) => this.renderMark(mark, index, layout))}
          ${layout.median
            ? svg`<g class="median" aria-hidden="true">
                <path class="median-marker" d=${diamond(layout.median.marker)}></path>
                <text class="median-label" x=${layout.median.label.x} y=${layout.median.label.y} text-anchor=${layout.median.label.anchor}>${layout.median.label.text}</text>
              </g>`
            : nothing}`,
      ),
    });
  }

  // The option holds its label, which starts its name (WCAG 2.5.3: a speech user says what they
  // see); the name says the exact figures. The value drawn beside it, compact when narrow, is for
  // the eyes, outside the option (see the shared styles' .mark-words).
  private renderMark(mark: SalaryMark, index: number, layout: SalaryLayout) {
    const medianNote = mark.kind === 'range' && layout.median ? `; ${layout.median.exact}` : '';
    return svg`<g
      class="mark mark-${mark.kind} ${this.marks.showing(index)}"
      role="option"
      tabindex=${this.marks.tabindex(index)}
      aria-selected=${this.marks.selectedState(index)}
      aria-label=${mark.ariaLabel + medianNote}
      data-mark=${index}
    >
      <rect class="focus-ring" x=${mark.focus.x} y=${mark.focus.y} width=${mark.focus.width} height=${mark.focus.height} rx="4"></rect>
      ${selectionRing(mark.focus)}
      ${mark.labelLines.map(
        // A label's lines end in a space, which SVG does not draw: read together, they are its words.
        (line, index) =>
          svg`<text class="label" lang=${mark.kind === 'level' ? this.guideLang : nothing} x=${line.x} y=${line.y} text-anchor=${line.anchor}>${line.text}${index < mark.labelLines.length - 1 ? ' ' : ''}</text>`,
      )}
      <path class="bar" d=${mark.path}></path>
      ${mark.band ? svg`<rect class="band" x=${mark.band.x} y=${mark.band.y} width=${mark.band.width} height=${mark.band.height}></rect>` : nothing}
    </g>
    <g class="mark-words" aria-hidden="true">
      ${mark.valueLines.map((line) => svg`<text class="value" x=${line.x} y=${line.y} text-anchor=${line.anchor}>${line.text}</text>`)}
    </g>`;
  }
}

function drawSalaryTable(layout: SalaryLayout, lang: string | typeof nothing) {
  // The levels' names are the guide's text.
  const levels = new Set(layout.marks.filter((mark) => mark.kind === 'level').map((mark) => mark.label.text));
  return drawTable(
    layout.tableCaption,
    layout.tableHeaders,
    layout.table.map((row) => [levels.has(row.label) ? inLang(row.label, lang) : row.label, row.value]),
  );
}

/** A diamond inscribed in `box`. */
function diamond(box: { x: number; y: number; width: number; height: number }): string {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  return `M${cx},${box.y}L${box.x + box.width},${cy}L${cx},${box.y + box.height}L${box.x},${cy}Z`;
}

declare global {
  interface HTMLElementTagNameMap {
    'career-salary': CareerSalary;
  }
}
