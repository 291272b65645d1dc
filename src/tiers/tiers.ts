import '../element/hydrate.js';
import { html, nothing, svg, type CSSResultGroup } from 'lit';
import { customElement } from '../element/define.js';
import type { Guide } from '../contract/schema.js';
import { renderAxis, renderVerticalAxis } from '../element/axis.js';
import { cssomStyle } from '../element/cssom-style.js';
import { GuideElement, type LayoutOptions } from '../element/guide-element.js';
import { guidePart, salarySection, tiersSection } from '../contract/sections.js';
import { drawTable, inLang, renderChartSvg, renderFigure } from '../element/figure.js';
import { MarksController } from '../element/marks-controller.js';
import { WordsController } from '../element/words-controller.js';
import type { Words } from '../i18n/messages.js';
import { enTiers, enSalary } from '../i18n/en.js';
import { tiersStyles } from './tiers.styles.js';
import { tiersReserved } from './tiers.reserved.js';
import { tiersLayout, type TierMark, type TiersLayout } from './tiers.layout.js';

/**
 * The career path: each tier on a years-of-experience axis, with its title, its years and the
 * pay of the salary level the guide links it to; the open-ended last tier runs off the edge.
 * Rows of a gantt chart when wide, a top-to-bottom timeline when narrow; the selected tier (the
 * first, until the reader selects another) is tinted and outlined, and its summary is shown in a
 * panel under the chart.
 *
 * Keyboard: Tab reaches the tiers as one stop, a listbox of options; the arrows move between them
 * (the readout line shows each one's years and pay, and a screen reader hears its summary), Home
 * and End jump, Enter or Space selects one and shows its summary in the panel, Escape clears the
 * readout; Tab again reaches “Show as table”.
 *
 * The guide comes from the `data` property, else the `src` or `career` attribute, else a
 * `<script type="application/json">` child holding the guide's JSON (which server-rendered
 * HTML carries, see `career-widgets/ssr`).
 *
 * @summary Career tiers on a years-of-experience axis, with pay and summaries.
 *
 * @fires career-load - The guide was loaded and validated; `detail.guide`, `detail.source`, `detail.empty`.
 * @fires career-error - The guide could not be loaded or is invalid; `detail.kind`, `detail.message`, `detail.issues`.
 * @fires career-select - A reader selected a tier (click, Enter or Space); `detail.id` is the tier's id (else its position), `detail.value` its first year.
 *
 * @csspart figure - The chart with its caption.
 * @csspart chart - The SVG drawing.
 * @csspart details - The panel under the chart with the selected tier's summary (for the eyes: each tier's name and description say it).
 * @csspart table - The table of tiers, years, pay and summaries: hidden (from screen readers too; the tiers' names and descriptions carry it all) until the table toggle shows it.
 * @csspart table-toggle - The "show as table" button under the chart (`aria-expanded`), which shows the table and hides it again.
 * @csspart downloads-toggle - The "Download" button beside the table toggle (`aria-expanded`), which shows the download choices and hides them again; absent with `downloads="off"`.
 * @csspart download-choices - The download choices: the figures as CSV, the drawing as SVG or PNG, the figures copied; and what copying came to.
 * @csspart placeholder - The space reserved while the guide loads.
 * @csspart empty - The message for a guide without career tiers.
 * @csspart error - The error message box (`role="alert"`).
 * @csspart retry - The retry button shown for network errors.
 *
 * @cssprop [--career-font=system-ui] - Font family.
 * @cssprop [--career-font-size=0.875rem] - Base font size.
 * @cssprop [--career-ink=#1f2937] - Text color.
 * @cssprop [--career-muted=#4b5563] - Secondary text color.
 * @cssprop [--career-surface=#ffffff] - Background color.
 * @cssprop [--career-border=#d1d5db] - Border color of state boxes.
 * @cssprop [--career-grid=#e5e7eb] - Axis grid lines, the timeline's spine and the panel's rule.
 * @cssprop [--career-accent=#1d4ed8] - Bar color.
 * @cssprop [--career-accent-soft=#bfdbfe] - Tint of the tier shown in the panel.
 * @cssprop [--career-accent-ink=#ffffff] - Text on accent color (years on bars, buttons).
 * @cssprop [--career-focus=#1d4ed8] - Focus ring color.
 * @cssprop [--career-error=#b91c1c] - Error text and border color.
 * @cssprop [--career-skeleton=#eef0f3] - Placeholder shapes while loading.
 * @cssprop [--career-radius=6px] - Corner radius of boxes and buttons.
 * @cssprop [--career-content-visibility=auto] - `visible` draws the chart even while it is off screen, where the browser otherwise skips its style, layout and paint.
 */
@customElement('career-tiers')
export class CareerTiers extends GuideElement<TiersLayout, 'tiers' | 'salary'> {
  static override styles: CSSResultGroup = [GuideElement.styles, tiersStyles, tiersReserved];

  /** What it shows, and so all it validates: the header and these sections. */
  protected override readonly shows = guidePart(tiersSection, salarySection);

  protected override readonly hasTable = true;

  protected override readonly hasFigures = true;

  protected override readonly words = new WordsController(this, () => this.resolvedLocale, { tiers: enTiers, salary: enSalary });

  // One tier is always selected, as one tab of a tab list is: the panel shows its summary.
  private readonly marks = new MarksController(this, {
    count: () => this.drawnLayout?.marks.length ?? 0,
    activate: (index) => {
      const mark = this.drawnLayout?.marks[index];
      if (mark) this.select({ kind: 'tier', id: mark.id, label: mark.title, value: mark.years.min });
    },
    rtl: () => this.page.rightToLeft,
    required: true,
  });

  protected override hasSection(guide: Guide): boolean {
    return (guide.tiers?.length ?? 0) > 0;
  }

  protected override emptyMessage(words: Words<'tiers'>): string {
    return words.tiers.empty;
  }

  protected override layout(guide: Guide, options: LayoutOptions<'tiers' | 'salary'>): TiersLayout {
    return tiersLayout(guide.tiers!, { ...options, salary: guide.salary });
  }

  protected override renderChart(layout: TiersLayout, words: Words<'tiers' | 'salary'>, ids: string): unknown {
    const shown = this.marks.shown === undefined ? undefined : layout.marks[this.marks.shown];
    const current = this.marks.selected ?? 0;
    const { axisTitle } = layout;
    return renderFigure({
      title: layout.title,
      subtitle: layout.subtitle,
      summary: layout.summary,
      keys: words.keyboardHint,
      // The panel shows the selected tier: the readout line, the one shown by hover or focus.
      readout: shown?.exact ?? '',
      cue: layout.hint,
      readoutLines: layout.readoutLines,
      captionLines: layout.captionLines,
      details: this.renderDetails(layout, current, ids),
      table: { toggle: this.tableToggle(words), content: drawTiersTable(layout, this.guideLang) },
      downloads: this.downloadsMenu(words, layout.width),
      ids,
      chart: renderChartSvg(
        { width: layout.width, height: layout.height, className: layout.narrow ? 'vertical' : 'horizontal', listeners: this.marks.container(), ids },
        svg`<defs aria-hidden="true">
            ${layout.marks.map((mark, index) =>
              mark.open
                ? svg`<linearGradient id="fade${index}${ids}" x1=${layout.rtl && !layout.narrow ? 1 : 0} y1="0" x2=${layout.narrow || layout.rtl ? 0 : 1} y2=${layout.narrow ? 1 : 0}>
                    <stop class="fade-from" offset=${mark.fade}></stop>
                    <stop class="fade-to" offset="1"></stop>
                  </linearGradient>`
                : nothing,
            )}
          </defs>
          ${layout.narrow ? renderVerticalAxis(layout) : renderAxis(layout.ticks, layout.plot.top - 4, layout.plot.bottom, layout.tickLabelAt)}
          ${axisTitle.map((line) => svg`<text class="axis-title" aria-hidden="true" x=${line.x} y=${line.y} text-anchor=${line.anchor}>${line.text}</text>`)}
          ${layout.marks.map((mark, index) => this.renderMark(mark, index, index === current, ids))}`,
      ),
    });
  }

  // The option holds the title drawn, which starts its name (WCAG 2.5.3, label in name); the name
  // says the years and pay in words. The years and pay drawn are for the eyes, outside the option
  // (see the shared styles' .mark-words).
  private renderMark(mark: TierMark, index: number, current: boolean, ids: string) {
    const drawn = (label: TierMark['labels'][number], after = '') =>
      svg`<text class="tier-${label.kind}" lang=${label.kind === 'title' ? this.guideLang : nothing} x=${label.x} y=${label.y} text-anchor=${label.anchor}>${label.text}${after}</text>`;
    // A title's lines end in a space, which SVG does not draw: read together, they are its words.
    const titles = mark.labels.filter((label) => label.kind === 'title');
    return svg`<g
      class="mark ${mark.open ? 'is-open' : ''} ${current ? 'is-current' : ''} ${this.marks.showing(index)}"
      role="option"
      tabindex=${this.marks.tabindex(index)}
      aria-selected=${this.marks.selectedState(index)}
      aria-label=${mark.ariaLabel}
      aria-describedby=${mark.summary ? `detail-summary-${index}${ids}` : nothing}
      data-mark=${index}
    >
      <rect class="row" data-screen-only x=${mark.row.x} y=${mark.row.y} width=${mark.row.width} height=${mark.row.height} rx="4"></rect>
      <rect class="focus-ring" x=${mark.focus.x} y=${mark.focus.y} width=${mark.focus.width} height=${mark.focus.height} rx="4"></rect>
      <path class="bar" d=${mark.path} style=${cssomStyle(mark.open ? { fill: `url(#fade${index}${ids})` } : {})}></path>
      ${titles.map((label, line) => drawn(label, line < titles.length - 1 ? ' ' : ''))}
    </g>
    <g class="mark-words" aria-hidden="true">${mark.labels.filter((label) => label.kind !== 'title').map((label) => drawn(label))}</g>`;
  }

  /**
   * Every tier's title, years and summary, stacked in one cell with only the selected one
   * visible: the panel keeps the height of the longest and nothing below it moves. The
   * reserved height goes through the CSSOM (cssomStyle), which a strict style-src allows.
   *
   * The panel is for the eyes: a screen reader hears each tier's title, years and pay as its
   * option's name and its summary as its description (which may name hidden text), so that
   * nothing is read twice.
   */
  private renderDetails(layout: TiersLayout, current: number, ids: string) {
    if (layout.detailsHeight === 0) return nothing;
    return html`<div class="details" part="details" aria-hidden="true" style=${cssomStyle({ 'min-height': `${layout.detailsHeight}px` })}>
      ${layout.marks.map(
        (mark, index) => html`<div class="detail ${index === current ? 'is-current' : ''}">
          <p class="detail-title" lang=${this.guideLang}>${mark.title}</p>
          <p class="detail-meta">${mark.meta}</p>
          ${mark.summary ? html`<p class="detail-summary" id="detail-summary-${index}${ids}" lang=${this.guideLang}>${mark.summary}</p>` : nothing}
        </div>`,
      )}
    </div>`;
  }
}

function drawTiersTable(layout: TiersLayout, lang: string | typeof nothing) {
  return drawTable(
    layout.tableCaption,
    layout.tableHeaders,
    layout.table.map((row) => [inLang(row.tier, lang), row.years, row.salary, inLang(row.summary, lang)]),
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'career-tiers': CareerTiers;
  }
}
