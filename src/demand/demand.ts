import '../element/hydrate.js';
import { html, nothing, svg, type CSSResultGroup } from 'lit';
import { customElement } from '../element/define.js';
import type { Guide } from '../contract/schema.js';
import { placeAt } from '../element/cssom-style.js';
import { GuideElement, type LayoutOptions } from '../element/guide-element.js';
import { demandSection, factsSection, guidePart, outlookSection } from '../contract/sections.js';
import { renderFigure } from '../element/figure.js';
import { WordsController } from '../element/words-controller.js';
import type { Words } from '../i18n/messages.js';
import { enDemand } from '../i18n/en.js';
import { demandStyles } from './demand.styles.js';
import { demandReserved } from './demand.reserved.js';
import { demandLayout, type DemandLayout } from './demand.layout.js';

/**
 * How much the market wants the role: a gauge from Low to High with the guide's level filled and
 * pointed at, the level in words, the growth rate of its job outlook with its source, and the
 * guide's note. Nothing rests on color alone: the needle and the words say the level too.
 *
 * Keyboard: nothing to operate and no tab stop; the gauge is one image with a full text name, and
 * its figures are text.
 *
 * The guide comes from the `data` property, else the `src` or `career` attribute, else a
 * `<script type="application/json">` child holding the guide's JSON (which server-rendered
 * HTML carries, see `career-widgets/ssr`).
 *
 * @summary Market demand as a Low–High gauge, with the growth rate and its source.
 *
 * @fires career-load - The guide was loaded and validated; `detail.guide`, `detail.source`, `detail.empty`.
 * @fires career-error - The guide could not be loaded or is invalid; `detail.kind`, `detail.message`, `detail.issues`.
 *
 * @csspart figure - The gauge and its text, with the caption.
 * @csspart chart - The box that holds the gauge and its text.
 * @csspart gauge - The gauge (`role="img"`): drawing, end labels and the level in words.
 * @csspart growth - The growth rate, its label, the outlook and the source.
 * @csspart note - The guide's note on demand.
 * @csspart downloads-toggle - The "Download" button under the chart (`aria-expanded`), which shows the download choices and hides them again; absent with `downloads="off"`.
 * @csspart download-choices - The download choices: the figures as CSV or copied; and what copying came to.
 * @csspart placeholder - The space reserved while the guide loads.
 * @csspart empty - The message for a guide without market demand.
 * @csspart error - The error message box (`role="alert"`).
 * @csspart retry - The retry button shown for network errors.
 *
 * @cssprop [--career-font=system-ui] - Font family.
 * @cssprop [--career-font-size=0.875rem] - Base font size (the gauge's text is set in px to match its layout).
 * @cssprop [--career-ink=#1f2937] - Text color, and the needle.
 * @cssprop [--career-muted=#4b5563] - Secondary text color, and the outline of the other segments.
 * @cssprop [--career-surface=#ffffff] - Background color.
 * @cssprop [--career-border=#d1d5db] - Border color of state boxes.
 * @cssprop [--career-grid=#e5e7eb] - Fill of the segments of the other levels.
 * @cssprop [--career-accent=#1d4ed8] - Fill of the current level's segment.
 * @cssprop [--career-accent-ink=#ffffff] - Text on accent color (buttons).
 * @cssprop [--career-focus=#1d4ed8] - Focus ring color (the retry button).
 * @cssprop [--career-error=#b91c1c] - Error text and border color.
 * @cssprop [--career-skeleton=#eef0f3] - Placeholder shapes while loading.
 * @cssprop [--career-radius=6px] - Corner radius of boxes and buttons.
 * @cssprop [--career-content-visibility=auto] - `visible` draws the chart even while it is off screen, where the browser otherwise skips its style, layout and paint.
 */
@customElement('career-demand')
export class CareerDemand extends GuideElement<DemandLayout, 'demand'> {
  static override styles: CSSResultGroup = [GuideElement.styles, demandStyles, demandReserved];

  /** What it shows, and so all it validates: the header and these sections. */
  protected override readonly shows = guidePart(demandSection, outlookSection, factsSection);

  protected override readonly hasFigures = true;

  protected override readonly words = new WordsController(this, () => this.resolvedLocale, { demand: enDemand });

  protected override hasSection(guide: Guide): boolean {
    return guide.demand !== undefined;
  }

  protected override emptyMessage(words: Words<'demand'>): string {
    return words.demand.empty;
  }

  protected override layout(guide: Guide, options: LayoutOptions<'demand'>): DemandLayout {
    return demandLayout({ demand: guide.demand!, outlook: guide.outlook, facts: guide.facts }, options);
  }

  protected override renderChart(layout: DemandLayout, words: Words<'demand'>, ids: string): unknown {
    const { gauge, growth, note } = layout;
    return renderFigure({
      title: layout.title,
      summary: layout.summary,
      readout: '',
      captionLines: layout.captionLines,
      downloads: this.downloadsMenu(words, layout.width),
      ids,
      chart: html`<div class="demand ${layout.narrow ? 'is-narrow' : 'is-wide'} level-${layout.level}" part="chart" style=${placeAt({ height: layout.height })}>
        <div class="gauge" part="gauge" role="img" aria-label=${layout.gaugeLabel} style=${placeAt(gauge.box)}>
          ${svg`<svg aria-hidden="true" width=${gauge.width} height=${gauge.height} viewBox="0 0 ${gauge.width} ${gauge.height}">
            <g transform="translate(${gauge.cx},${gauge.cy})">
              ${gauge.segments.map((segment) => svg`<path class="segment segment-${segment.level} ${segment.current ? 'is-current' : ''}" d=${segment.path}></path>`)}
              <path class="needle" d=${gauge.needle}></path>
              <circle class="hub" r=${Math.max(4, gauge.outer * 0.06)}></circle>
            </g>
            ${gauge.ends.map((end) => svg`<text class="end" x=${end.x} y=${end.y} text-anchor=${end.anchor}>${end.text}</text>`)}
          </svg>`}
          <span class="word">${layout.word}</span>
          ${layout.demandSource ? html`<span class="demand-source">${layout.demandSource}</span>` : nothing}
        </div>
        ${growth
          ? html`<div class="growth" part="growth" style=${placeAt(growth.box)}>
              <p><span class="growth-value">${growth.value}</span> <span class="growth-label">${growth.label}</span></p>
              ${growth.status ? html`<p class="growth-status" lang=${this.guideLang}>${growth.status}</p>` : nothing}
              ${growth.source ? html`<p class="growth-source">${growth.source}</p>` : nothing}
            </div>`
          : nothing}
        ${note ? html`<p class="note" part="note" lang=${this.guideLang} style=${placeAt(note.box)}>${note.text}</p>` : nothing}
      </div>`,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'career-demand': CareerDemand;
  }
}
