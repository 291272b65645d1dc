import '../element/hydrate.js';
import { html, nothing, svg, type CSSResultGroup } from 'lit';
import { customElement } from '../element/define.js';
import type { Guide } from '../contract/schema.js';
import { GuideElement, type LayoutOptions } from '../element/guide-element.js';
import { guidePart, workLifeSection } from '../contract/sections.js';
import { drawing, renderFigure } from '../element/figure.js';
import { WordsController } from '../element/words-controller.js';
import type { Words } from '../i18n/messages.js';
import { enBalance } from '../i18n/en.js';
import { balanceStyles } from './balance.styles.js';
import { balanceReserved } from './balance.reserved.js';
import { balanceLayout, hasWorkLife, type BalanceLayout, type BalanceMeter } from './balance.layout.js';
import { cssomStyle } from '../element/cssom-style.js';

/**
 * Work-life balance: the stress level and the balance rating as two five-step meters, each
 * with its level in words and the ends of its scale, and the guide's text about what shapes
 * the balance below them. Side by side when wide, one above the other when narrow.
 *
 * The meters are readings, not controls (`role="meter"`, its level as `aria-valuetext`): every
 * word is on screen, so they take no tab stop and offer nothing to select.
 *
 * The guide comes from the `data` property, else the `src` or `career` attribute, else a
 * `<script type="application/json">` child holding the guide's JSON (which server-rendered
 * HTML carries, see `career-widgets/ssr`).
 *
 * @summary Stress level and work-life balance rating as five-step meters, with the text.
 *
 * @fires career-load - The guide was loaded and validated; `detail.guide`, `detail.source`, `detail.empty`.
 * @fires career-error - The guide could not be loaded or is invalid; `detail.kind`, `detail.message`, `detail.issues`.
 *
 * @csspart figure - The meters with their caption.
 * @csspart chart - The group of meters (also named `meters`).
 * @csspart meters - The group of meters.
 * @csspart meter - One meter (`role="meter"`).
 * @csspart word - The level in words, under a meter's label.
 * @csspart text - The paragraphs under the meters.
 * @csspart downloads-toggle - The "Download" button under the chart (`aria-expanded`), which shows the download choices and hides them again; absent with `downloads="off"`.
 * @csspart download-choices - The download choices: the figures as CSV or copied; and what copying came to.
 * @csspart placeholder - The space reserved while the guide loads.
 * @csspart empty - The message for a guide without work-life balance.
 * @csspart error - The error message box (`role="alert"`).
 * @csspart retry - The retry button shown for network errors.
 *
 * @cssprop [--career-font=system-ui] - Font family.
 * @cssprop [--career-font-size=0.875rem] - Base font size.
 * @cssprop [--career-ink=#1f2937] - Text color.
 * @cssprop [--career-muted=#4b5563] - Secondary text color; outline of the segments above the level.
 * @cssprop [--career-surface=#ffffff] - Background color.
 * @cssprop [--career-border=#d1d5db] - Border color of meters and state boxes.
 * @cssprop [--career-accent=#1d4ed8] - Segments up to the level, and the level marker.
 * @cssprop [--career-accent-ink=#ffffff] - Text on accent color (buttons).
 * @cssprop [--career-focus=#1d4ed8] - Focus ring color.
 * @cssprop [--career-error=#b91c1c] - Error text and border color.
 * @cssprop [--career-skeleton=#eef0f3] - Placeholder shapes while loading.
 * @cssprop [--career-radius=6px] - Corner radius of meters, boxes and buttons.
 * @cssprop [--career-content-visibility=auto] - `visible` draws the chart even while it is off screen, where the browser otherwise skips its style, layout and paint.
 */
@customElement('career-balance')
export class CareerBalance extends GuideElement<BalanceLayout, 'balance'> {
  static override styles: CSSResultGroup = [GuideElement.styles, balanceStyles, balanceReserved];

  /** What it shows, and so all it validates: the header and this section. */
  protected override readonly shows = guidePart(workLifeSection);

  protected override readonly hasFigures = true;

  protected override readonly words = new WordsController(this, () => this.resolvedLocale, { balance: enBalance });

  protected override hasSection(guide: Guide): boolean {
    return hasWorkLife(guide.workLife);
  }

  protected override emptyMessage(words: Words<'balance'>): string {
    return words.balance.empty;
  }

  protected override layout(guide: Guide, options: LayoutOptions<'balance'>): BalanceLayout {
    return balanceLayout(guide.workLife!, options);
  }

  protected override renderChart(layout: BalanceLayout, words: Words<'balance'>, ids: string): unknown {
    const { metrics, text } = layout;
    // Geometry from the layout, set through the CSSOM (cssomStyle), which a strict CSP allows.
    const sizes = {
      '--_columns': String(layout.columns),
      '--_card-height': `${layout.cardHeight}px`,
      '--_gap': `${layout.gap}px`,
      '--_border-width': `${metrics.border}px`,
      '--_pad-x': `${metrics.padX}px`,
      '--_pad-y': `${metrics.padY}px`,
      '--_label-size': `${metrics.labelSize}px`,
      '--_label-line': `${metrics.labelLine}px`,
      '--_word-size': `${metrics.wordSize}px`,
      '--_word-line': `${metrics.wordLine}px`,
      '--_word-gap': `${metrics.wordGap}px`,
    };
    const textSizes = {
      'max-width': `${text.width}px`,
      'min-height': `${text.height}px`,
      'padding-top': `${text.gap}px`,
      '--_text-size': `${text.size}px`,
      '--_text-line': `${text.line}px`,
      '--_paragraph-gap': `${text.paragraphGap}px`,
    };
    const figure = renderFigure({
      title: layout.title,
      summary: layout.meters.length > 0 ? layout.summary : '',
      readout: '',
      readoutLines: layout.readoutLines,
      captionLines: layout.captionLines,
      // A guide with only the text has no figures to take away.
      downloads: layout.meters.length > 0 ? this.downloadsMenu(words, layout.width) : undefined,
      ids,
      chart:
        layout.meters.length > 0
          ? html`<div part="chart meters" class="meters cards" role="group" aria-labelledby="title${ids}" style=${cssomStyle(sizes)}>
              ${layout.meters.map((meter) => this.renderMeter(meter, layout, ids))}
            </div>`
          : nothing,
    });
    return html`${figure}${text.paragraphs.length > 0
      ? drawing(html`<div class="text" part="text" lang=${this.guideLang} style=${cssomStyle(textSizes)}>${text.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}</div>`)
      : nothing}`;
  }

  private renderMeter(meter: BalanceMeter, layout: BalanceLayout, ids: string) {
    const { width, height } = layout.scale;
    const labelId = `${meter.id}-label${ids}`;
    // The meter is HTML so its role, name and value reach assistive technology reliably; the
    // drawing inside is decoration, and the word says the level.
    return html`<div
      part="meter"
      class="meter card meter-${meter.id}"
      role="meter"
      aria-labelledby=${labelId}
      aria-valuemin="1"
      aria-valuemax=${meter.count}
      aria-valuenow=${meter.index}
      aria-valuetext=${meter.word}
    >
      <span class="meter-label" id=${labelId}>${meter.name}</span>
      <span class="meter-word" part="word">${meter.word}</span>
      <svg class="scale" aria-hidden="true" focusable="false" width=${width} height=${height} viewBox="0 0 ${width} ${height}">
        ${meter.segments.map(
          (segment) =>
            svg`<rect class="segment ${segment.filled ? 'filled' : 'empty'}" x=${segment.x} y=${segment.y} width=${segment.width} height=${segment.height} rx="3"></rect>`,
        )}
        <path class="marker" d=${meter.marker}></path>
        ${meter.ends.map((end) => svg`<text class="end" x=${end.x} y=${end.y} text-anchor=${end.anchor}>${end.text}</text>`)}
      </svg>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'career-balance': CareerBalance;
  }
}
