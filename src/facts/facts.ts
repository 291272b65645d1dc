import '../element/hydrate.js';
import { html, nothing, svg, type CSSResultGroup } from 'lit';
import { customElement } from '../element/define.js';
import type { Guide } from '../contract/schema.js';
import { GuideElement, type LayoutOptions } from '../element/guide-element.js';
import { factsSection, guidePart, outlookSection, salarySection, titleSection } from '../contract/sections.js';
import { renderFigure } from '../element/figure.js';
import { WordsController } from '../element/words-controller.js';
import type { Words } from '../i18n/messages.js';
import { enFacts } from '../i18n/en.js';
import { factsStyles } from './facts.styles.js';
import { factsReserved } from './facts.reserved.js';
import { factsLayout, headlineFacts, type FactTile, type FactsLayout } from './facts.layout.js';
import { cssomStyle } from '../element/cssom-style.js';

/**
 * The guide's headline facts as tiles: the growth rate, the median salary, whether the role is
 * remote-friendly and the job outlook, each with its source. The tiles stand four across in a
 * wide container and two or one across in a narrow one; they are an HTML list a screen reader
 * reads as "growth rate, 9%". The tiles write every figure in full and are not interactive: no tab
 * stop, nothing to select.
 *
 * The guide comes from the `data` property, else the `src` or `career` attribute, else a
 * `<script type="application/json">` child holding the guide's JSON (which server-rendered
 * HTML carries, see `career-widgets/ssr`).
 *
 * @summary Headline facts (growth rate, median salary, remote-friendly, outlook) as tiles.
 *
 * @fires career-load - The guide was loaded and validated; `detail.guide`, `detail.source`, `detail.empty`.
 * @fires career-error - The guide could not be loaded or is invalid; `detail.kind`, `detail.message`, `detail.issues`.
 *
 * @csspart figure - The tiles with their caption.
 * @csspart chart - The list of tiles (also named `list`).
 * @csspart list - The list of tiles (`<ul>`).
 * @csspart tile - One tile (`<li>`).
 * @csspart value - The figure or word shown big in a tile.
 * @csspart label - The name of the fact under the figure.
 * @csspart glyph - The decorative icon beside the remote-friendly or on-site word.
 * @csspart downloads-toggle - The "Download" button under the chart (`aria-expanded`), which shows the download choices and hides them again; absent with `downloads="off"`.
 * @csspart download-choices - The download choices: the figures as CSV or copied; and what copying came to.
 * @csspart placeholder - The space reserved while the guide loads.
 * @csspart empty - The message for a guide without headline facts.
 * @csspart error - The error message box (`role="alert"`).
 * @csspart retry - The retry button shown for network errors.
 *
 * @cssprop [--career-font=system-ui] - Font family.
 * @cssprop [--career-font-size=0.875rem] - Base font size.
 * @cssprop [--career-ink=#1f2937] - Text color.
 * @cssprop [--career-muted=#4b5563] - Secondary text color (labels, sources).
 * @cssprop [--career-surface=#ffffff] - Background color of the element and its tiles.
 * @cssprop [--career-border=#d1d5db] - Border color of tiles and state boxes.
 * @cssprop [--career-accent=#1d4ed8] - Glyph color and the border of the tile under the pointer.
 * @cssprop [--career-accent-ink=#ffffff] - Text on accent color (buttons).
 * @cssprop [--career-focus=#1d4ed8] - Focus ring color.
 * @cssprop [--career-error=#b91c1c] - Error text and border color.
 * @cssprop [--career-skeleton=#eef0f3] - Placeholder shapes while loading.
 * @cssprop [--career-radius=6px] - Corner radius of tiles, boxes and buttons.
 * @cssprop [--career-content-visibility=auto] - `visible` draws the chart even while it is off screen, where the browser otherwise skips its style, layout and paint.
 */
@customElement('career-facts')
export class CareerFacts extends GuideElement<FactsLayout, 'facts'> {
  static override styles: CSSResultGroup = [GuideElement.styles, factsStyles, factsReserved];

  /** What it shows, and so all it validates: the header and these sections. */
  protected override readonly shows = guidePart(titleSection, factsSection, outlookSection, salarySection);

  protected override readonly hasFigures = true;

  protected override readonly words = new WordsController(this, () => this.resolvedLocale, { facts: enFacts });

  protected override hasSection(guide: Guide): boolean {
    return headlineFacts(guide).length > 0;
  }

  protected override emptyMessage(words: Words<'facts'>): string {
    return words.facts.empty;
  }

  protected override layout(guide: Guide, options: LayoutOptions<'facts'>): FactsLayout {
    return factsLayout(guide, options);
  }

  protected override renderChart(layout: FactsLayout, words: Words<'facts'>, ids: string): unknown {
    const { metrics } = layout;
    // Geometry from the layout, set through the CSSOM (cssomStyle), which a strict CSP allows.
    const sizes = {
      '--_columns': String(layout.columns),
      '--_card-height': `${layout.rowHeight}px`,
      '--_gap': `${layout.gap}px`,
      '--_border-width': `${metrics.border}px`,
      '--_pad-x': `${metrics.padX}px`,
      '--_pad-y': `${metrics.padY}px`,
      '--_value-height': `${metrics.valueHeight}px`,
      '--_number-size': `${metrics.numberSize}px`,
      '--_number-line': `${metrics.numberLine}px`,
      '--_word-size': `${metrics.wordSize}px`,
      '--_word-line': `${metrics.wordLine}px`,
      '--_glyph': `${metrics.glyph}px`,
      '--_glyph-gap': `${metrics.glyphGap}px`,
      '--_label-size': `${metrics.labelSize}px`,
      '--_label-line': `${metrics.labelLine}px`,
      '--_label-gap': `${metrics.labelGap}px`,
      '--_meta-size': `${metrics.metaSize}px`,
      '--_meta-line': `${metrics.metaLine}px`,
      '--_meta-gap': `${metrics.metaGap}px`,
    };
    return renderFigure({
      title: layout.title,
      subtitle: layout.subtitle,
      subtitleLang: this.guideLang,
      summary: layout.summary,
      readout: '',
      readoutLines: layout.readoutLines,
      captionLines: layout.captionLines,
      downloads: this.downloadsMenu(words, layout.width),
      ids,
      chart: html`<ul part="chart list" class="tiles cards ${layout.narrow ? 'narrow' : 'wide'}" role="list" aria-labelledby="title${ids}" style=${cssomStyle(sizes)}>
        ${layout.tiles.map((tile) => this.renderTile(tile))}
      </ul>`,
    });
  }

  // Read as its words, label first: what the tile shows is what a screen reader says.
  private renderTile(tile: FactTile) {
    return html`<li part="tile" class="tile card kind-${tile.kind}" data-fact=${tile.id}>
      <span class="term" part="label">${tile.label}</span>
      <span class="value" part="value">${tile.glyph ? renderGlyph(tile.glyph) : nothing}<span class="value-text" lang=${tile.kind === 'word' && tile.id === 'outlookStatus' ? this.guideLang : nothing}>${tile.value}</span></span>
      ${tile.detail ? html`<span class="detail">${tile.detail}</span>` : nothing}
      ${tile.source ? html`<span class="source">${tile.source}</span>` : nothing}
    </li>`;
  }
}

/**
 * A house for remote-friendly work, an office building for on-site work. Decorative: the word
 * beside it says the same, so it is hidden from assistive technology.
 */
function renderGlyph(glyph: 'remote' | 'on-site') {
  return html`<svg class="glyph glyph-${glyph}" part="glyph" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    ${glyph === 'remote'
      ? svg`<path d="M3 11.5 12 4l9 7.5"></path><path d="M5.5 10v10h13V10"></path><path d="M10 20v-5.5h4V20"></path>`
      : svg`<path d="M4 21V3.5h10V21"></path><path d="M14 9h6v12"></path><path d="M2.5 21h19"></path><path d="M7.5 7.5h3M7.5 11.5h3M7.5 15.5h3M16.5 13h1M16.5 16.5h1"></path>`}
  </svg>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'career-facts': CareerFacts;
  }
}
