import '../element/hydrate.js';
import { html, nothing, svg, type CSSResultGroup } from 'lit';
import { customElement } from '../element/define.js';
import type { Guide } from '../contract/schema.js';
import { renderAxis, renderVerticalAxis } from '../element/axis.js';
import { cssomStyle } from '../element/cssom-style.js';
import { GuideElement, type LayoutOptions } from '../element/guide-element.js';
import { daySection, guidePart } from '../contract/sections.js';
import { drawTable, inLang, renderChartSvg, renderFigure, selectionRing } from '../element/figure.js';
import { MarksController } from '../element/marks-controller.js';
import { WordsController } from '../element/words-controller.js';
import type { Words } from '../i18n/messages.js';
import { enDay } from '../i18n/en.js';
import { dayStyles } from './day.styles.js';
import { dayReserved } from './day.reserved.js';
import { dayLayout, type DayLayout, type DayMark } from './day.layout.js';

/**
 * A day in the life: the blocks of a typical working day on a clock, each with its hours and
 * focus, and every block's tasks. A schedule of bars side by side with a column of tasks under
 * each when wide, an agenda running down the page when narrow. Times follow the reader's
 * clock (`9 AM`, `09:00`).
 *
 * Keyboard: Tab reaches the blocks as one stop, a listbox of options; the arrows move between
 * them, Home and End jump to the first and last, Enter or Space selects one, which stays framed,
 * with its tasks marked and its hours in the readout line, until Escape or another selection; Tab
 * again reaches “Show as table”. While it shows no block, the readout line says how to show one.
 *
 * The guide comes from the `data` property, else the `src` or `career` attribute, else a
 * `<script type="application/json">` child holding the guide's JSON (which server-rendered
 * HTML carries, see `career-widgets/ssr`).
 *
 * @summary The blocks of a typical day on a clock axis, with their focus and tasks.
 *
 * @fires career-load - The guide was loaded and validated; `detail.guide`, `detail.source`, `detail.empty`.
 * @fires career-error - The guide could not be loaded or is invalid; `detail.kind`, `detail.message`, `detail.issues`.
 * @fires career-select - A reader selected a block (click, Enter or Space); `detail.id` is its position, `detail.value` its start in minutes from midnight.
 *
 * @csspart figure - The chart with its caption.
 * @csspart chart - The SVG drawing.
 * @csspart tasks - The task lists under the chart.
 * @csspart table - The table of blocks, hours, focus and tasks: hidden (from screen readers too; the blocks' names and the task lists carry it all) until the table toggle shows it.
 * @csspart table-toggle - The "show as table" button under the chart (`aria-expanded`), which shows the table and hides it again.
 * @csspart downloads-toggle - The "Download" button beside the table toggle (`aria-expanded`), which shows the download choices and hides them again; absent with `downloads="off"`.
 * @csspart download-choices - The download choices: the figures as CSV, the drawing as SVG or PNG, the figures copied; and what copying came to.
 * @csspart placeholder - The space reserved while the guide loads.
 * @csspart empty - The message for a guide without a day in the life.
 * @csspart error - The error message box (`role="alert"`).
 * @csspart retry - The retry button shown for network errors.
 *
 * @cssprop [--career-font=system-ui] - Font family.
 * @cssprop [--career-font-size=0.875rem] - Base font size.
 * @cssprop [--career-ink=#1f2937] - Text color.
 * @cssprop [--career-muted=#4b5563] - Secondary text color.
 * @cssprop [--career-surface=#ffffff] - Background color.
 * @cssprop [--career-border=#d1d5db] - Border color of state boxes.
 * @cssprop [--career-grid=#e5e7eb] - Tick marks, the agenda's spine and the task columns' edges.
 * @cssprop [--career-accent=#1d4ed8] - Block edges, agenda bars, the shown block's tasks.
 * @cssprop [--career-accent-soft=#bfdbfe] - Block fill in the schedule.
 * @cssprop [--career-accent-ink=#ffffff] - Text on accent color (buttons).
 * @cssprop [--career-focus=#1d4ed8] - Focus ring color.
 * @cssprop [--career-error=#b91c1c] - Error text and border color.
 * @cssprop [--career-skeleton=#eef0f3] - Placeholder shapes while loading.
 * @cssprop [--career-radius=6px] - Corner radius of boxes and buttons.
 * @cssprop [--career-content-visibility=auto] - `visible` draws the chart even while it is off screen, where the browser otherwise skips its style, layout and paint.
 */
@customElement('career-day')
export class CareerDay extends GuideElement<DayLayout, 'day'> {
  static override styles: CSSResultGroup = [GuideElement.styles, dayStyles, dayReserved];

  /** What it shows, and so all it validates: the header and this section. */
  protected override readonly shows = guidePart(daySection);

  protected override readonly hasTable = true;

  protected override readonly hasFigures = true;

  protected override readonly words = new WordsController(this, () => this.resolvedLocale, { day: enDay });

  private readonly marks = new MarksController(this, {
    count: () => this.drawnLayout?.marks.length ?? 0,
    activate: (index) => {
      const mark = this.drawnLayout?.marks[index];
      if (mark) this.select({ kind: 'day', id: mark.id, label: mark.label, value: mark.start });
    },
    rtl: () => this.page.rightToLeft,
  });

  protected override hasSection(guide: Guide): boolean {
    return (guide.day?.blocks.length ?? 0) > 0;
  }

  protected override emptyMessage(words: Words<'day'>): string {
    return words.day.empty;
  }

  protected override layout(guide: Guide, options: LayoutOptions<'day'>): DayLayout {
    return dayLayout(guide.day!.blocks, options);
  }

  protected override renderChart(layout: DayLayout, words: Words<'day'>, ids: string): unknown {
    const pinned = this.marks.pinned === undefined ? undefined : layout.marks[this.marks.pinned];
    return renderFigure({
      title: layout.title,
      summary: layout.summary,
      keys: words.keyboardHint,
      readout: pinned?.exact ?? '',
      cue: words.cue,
      readoutLines: layout.readoutLines,
      captionLines: layout.captionLines,
      table: { toggle: this.tableToggle(words), content: drawDayTable(layout, this.guideLang) },
      downloads: this.downloadsMenu(words, layout.width),
      ids,
      // The tasks follow the bars directly, above the readout line, so that each column
      // hangs from its bar.
      chart: html`${renderChartSvg(
        { width: layout.width, height: layout.height, className: layout.narrow ? 'vertical' : 'horizontal', listeners: this.marks.container(), ids },
        svg`${layout.narrow ? renderVerticalAxis(layout) : renderAxis(layout.ticks, 15, 21, layout.tickLabelAt)}
          ${layout.marks.map((mark, index) => this.renderMark(mark, index))}`,
      )}${this.renderTasks(layout, words, ids)}`,
    });
  }

  // The option holds the block's label drawn, which starts its name (WCAG 2.5.3, label in name);
  // the name says its hours and focus. The hours and focus drawn are for the eyes, outside the
  // option (see the shared styles' .mark-words). No description: the tasks are on screen, read as
  // lists after the chart, not twice.
  private renderMark(mark: DayMark, index: number) {
    const drawn = (label: DayMark['labels'][number]) =>
      svg`<text class="day-${label.kind}" lang=${label.kind === 'time' ? nothing : this.guideLang} x=${label.x} y=${label.y} text-anchor=${label.anchor}>${label.text}</text>`;
    return svg`<g
      class="mark ${this.marks.showing(index)}"
      role="option"
      tabindex=${this.marks.tabindex(index)}
      aria-selected=${this.marks.selectedState(index)}
      aria-label=${mark.ariaLabel}
      data-mark=${index}
    >
      <rect class="focus-ring" x=${mark.focusRing.x} y=${mark.focusRing.y} width=${mark.focusRing.width} height=${mark.focusRing.height} rx="4"></rect>
      ${selectionRing(mark.focusRing)}
      <rect class="bar" x=${mark.bar.x} y=${mark.bar.y} width=${mark.bar.width} height=${mark.bar.height} rx="2"></rect>
      ${mark.strip ? svg`<rect class="strip" x=${mark.strip.x} y=${mark.strip.y} width=${mark.strip.width} height=${mark.strip.height}></rect>` : nothing}
      ${mark.labels.filter((label) => label.kind === 'label').map(drawn)}
    </g>
    <g class="mark-words" aria-hidden="true">${mark.labels.filter((label) => label.kind !== 'label').map(drawn)}</g>`;
  }

  /**
   * Every block's tasks, always on screen. Wide, each list stands in a column under its bar
   * (its heading is for screen readers; the bar says it); narrow, the lists follow each other
   * under visible headings, whose hours are for the eyes (the block's option says them). The
   * block shown in the readout has its tasks marked. Sizes go through the CSSOM (cssomStyle),
   * which a strict style-src allows.
   */
  private renderTasks(layout: DayLayout, words: Words<'day'>, ids: string) {
    if (layout.tasksHeight === 0) return nothing;
    const m = words.day;
    let end = 0;
    return html`<div class="tasks ${layout.narrow ? 'groups' : 'columns'}" part="tasks" style=${cssomStyle({ 'min-height': `${layout.tasksHeight}px` })}>
      ${layout.marks.map((mark, index) => {
        if (!mark.tasks.length && layout.narrow) return nothing;
        const showing = index === this.marks.pinned ? 'is-showing' : '';
        const heading = html`<p class="task-heading ${layout.narrow ? '' : 'visually-hidden'}" id="tasks-heading-${index}${ids}">
          ${layout.narrow ? html`${inLang(mark.label, this.guideLang)}<span aria-hidden="true"> · ${mark.timeText}</span>` : m.tasksOf(mark.label)}
        </p>`;
        const list = html`<ul id="tasks-${index}${ids}" lang=${this.guideLang} aria-labelledby="tasks-heading-${index}${ids}">
          ${mark.tasks.map((task) => html`<li>${task}</li>`)}
        </ul>`;
        if (layout.narrow) return html`<div class="task-group ${showing}">${heading}${list}</div>`;
        const column = mark.column!;
        const offset = column.x - end;
        end = column.x + column.width;
        return html`<div class="task-column ${showing}" style=${cssomStyle({ width: `${column.width}px`, 'margin-inline-start': `${offset}px` })}>
          ${mark.tasks.length ? html`${heading}${list}` : nothing}
        </div>`;
      })}
    </div>`;
  }
}

function drawDayTable(layout: DayLayout, lang: string | typeof nothing) {
  return drawTable(
    layout.tableCaption,
    layout.tableHeaders,
    layout.table.map((row) => [inLang(row.block, lang), row.time, inLang(row.focus, lang), inLang(row.tasks, lang)]),
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'career-day': CareerDay;
  }
}
